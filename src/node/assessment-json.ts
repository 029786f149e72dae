// JSON Lines output of assessments, as UTF-8 bytes, encoded straight into the batch's buffer.
//
// A full assessment is mostly findings (one per rule in force, each with its trace and explanation:
// some 200 kB of JSON for 40 rules), so each finding is stringified and encoded on its own rather
// than as part of one long string. The bytes are exactly those of JSON.stringify(assessment)
// (test/differential.test.ts and test/stream.test.ts compare them).
//
// The UTF-8 of each finding was once remembered by its trace and reused for a finding with the same
// field values. On distinct incidents it seldom matched (a finding that is not applicable has a trace
// of its own), and what it kept outlived the outcomes: over 100,000 streamed full lines the process
// grew by some 10 MB a minute with it, and stayed near 206 MB without it, at more lines a second.

const encoder = new TextEncoder();
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasToJson = (value: unknown): boolean => isObject(value) && typeof value["toJSON"] === "function";
const COMMA = encoder.encode(",");
const CLOSE = encoder.encode("]");

/** Concatenates byte chunks into one array with a buffer of its own (safe to transfer). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const chunk of chunks) length += chunk.byteLength;
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Where serialized output goes: text (encoded as UTF-8) or bytes already encoded. */
export interface ByteWriter {
  text(text: string): void;
  bytes(bytes: Uint8Array): void;
}

/**
 * The output of a batch of lines, as UTF-8: text is encoded straight into one buffer (no
 * Uint8Array per line, which would only be garbage). The buffer is given (memory reused from batch
 * to batch) or made by `allocate`, which also makes a bigger one when the output outgrows it.
 */
export class ByteBuffer implements ByteWriter {
  static readonly #empty = new Uint8Array(0);
  readonly #allocate: (size: number) => Uint8Array;
  #bytes: Uint8Array = ByteBuffer.#empty;
  #length = 0;
  #lines = 0;
  /** Output bytes per input line so far: new buffers are sized from it. */
  #perLine = 0;

  constructor(allocate: (size: number) => Uint8Array = (size) => new Uint8Array(size)) {
    this.#allocate = allocate;
  }

  /** Starts the output of a batch of `lines` lines, into `into` if it looks big enough, else into a new buffer. */
  begin(lines: number, into?: Uint8Array): void {
    this.#lines = lines;
    this.#length = 0;
    const expected = this.#perLine * lines;
    // A new buffer has a fifth more than the batches so far needed, so that it seldom grows (a copy).
    this.#bytes = into && into.length >= expected ? into : this.#allocate(Math.max(4096, Math.ceil(expected * 1.2)));
  }

  #grow(needed: number): void {
    const bytes = this.#allocate(Math.max(4096, this.#bytes.length * 2, this.#length + needed));
    bytes.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = bytes;
  }

  text(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.#bytes.subarray(this.#length));
      this.#length += written;
      if (read === rest.length) return;
      // encodeInto stops before a character that does not fit, so the rest starts on a whole one.
      rest = rest.slice(read);
      this.#grow(rest.length * 3);
    }
  }

  bytes(bytes: Uint8Array): void {
    if (this.#bytes.length - this.#length < bytes.length) this.#grow(bytes.length);
    this.#bytes.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  /** The batch's bytes: a view from the start of the given buffer, or of the one it grew into. */
  take(): Uint8Array {
    const taken = this.#bytes.subarray(0, this.#length);
    if (this.#lines > 0) {
      const perLine = this.#length / this.#lines;
      this.#perLine = this.#perLine === 0 ? perLine : (this.#perLine + perLine) / 2;
    }
    this.#bytes = ByteBuffer.#empty;
    this.#length = 0;
    return taken;
  }
}

/** Writes assessments as the UTF-8 bytes of their JSON, finding by finding. */
export class AssessmentJson {
  /** Writes the UTF-8 bytes of `JSON.stringify(assessment)` to `into` (chunks pushed onto an array, or a {@link ByteWriter}). */
  write(assessment: unknown, into: Uint8Array[] | ByteWriter): void {
    const out: ByteWriter = Array.isArray(into)
      ? { text: (text) => into.push(encoder.encode(text)), bytes: (bytes) => into.push(bytes) }
      : into;
    const whole = () => out.text(JSON.stringify(assessment) ?? "null");
    if (!isObject(assessment) || Array.isArray(assessment) || hasToJson(assessment)) return void whole();
    const findings = assessment["findings"];
    if (!Array.isArray(findings) || findings.some(hasToJson)) return void whole();
    const keys = Object.keys(assessment);
    for (const key of keys) if (hasToJson(assessment[key])) return void whole();
    let text = "{";
    let first = true;
    for (const key of keys) {
      const value = assessment[key];
      if (value === findings) {
        out.text(`${text}${first ? "" : ","}${JSON.stringify(key)}:[`);
        findings.forEach((finding, index) => {
          if (index > 0) out.bytes(COMMA);
          out.text(JSON.stringify(finding) ?? "null");
        });
        out.bytes(CLOSE);
        text = "";
        first = false;
        continue;
      }
      const json = JSON.stringify(value);
      if (json === undefined) continue;
      text += `${first ? "" : ","}${JSON.stringify(key)}:${json}`;
      first = false;
    }
    out.text(`${text}}`);
  }

  /** Exactly `JSON.stringify(assessment)` (for tests). */
  stringify(assessment: unknown): string {
    const chunks: Uint8Array[] = [];
    this.write(assessment, chunks);
    return new TextDecoder().decode(concatBytes(chunks));
  }
}
