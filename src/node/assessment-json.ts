// JSON Lines output of assessments, as UTF-8 bytes, with the findings' bytes remembered.
//
// A full assessment is mostly findings (one per rule in force, each with its trace and explanation:
// some 100 kB of JSON for 50 rules), and the evaluator shares each finding's frozen trace and
// explanation between incidents with the same facts. So the UTF-8 JSON of a finding is remembered
// by its trace and reused when another finding has the very same field values (the same objects, or
// equal primitives; lists compared item by item): no JSON.stringify and no UTF-8 encoding for it.
// Everything else goes through JSON.stringify. The bytes are exactly those of
// JSON.stringify(assessment) (test/differential.test.ts and test/stream.test.ts compare them): the
// objects compared by identity are frozen outcome parts or rule-set objects, which nothing changes
// while a judge runs.

interface Snapshot {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
  readonly bytes: Uint8Array;
}

const encoder = new TextEncoder();
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const hasToJson = (value: unknown): boolean => isObject(value) && typeof value["toJSON"] === "function";
const COMMA = encoder.encode(",");
const CLOSE = encoder.encode("]");

function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}

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

/** A remembering serializer; one per evaluator (its memory is bounded by the evaluator's shared outcomes). */
export class AssessmentJson {
  readonly #memo = new WeakMap<object, Snapshot[]>();

  /** The UTF-8 JSON of one finding. */
  #finding(finding: unknown): Uint8Array {
    if (!isObject(finding) || hasToJson(finding)) return encoder.encode(JSON.stringify(finding) ?? "null");
    const trace = finding["trace"];
    if (!isObject(trace) || !Object.isFrozen(trace)) return encoder.encode(JSON.stringify(finding));
    const keys = Object.keys(finding);
    const snapshots = this.#memo.get(trace);
    if (snapshots) {
      search: for (const snapshot of snapshots) {
        if (snapshot.keys.length !== keys.length) continue;
        for (let index = 0; index < keys.length; index++) {
          const key = keys[index] as string;
          if (snapshot.keys[index] !== key || !sameValue(snapshot.values[index], finding[key])) continue search;
        }
        return snapshot.bytes;
      }
    }
    const bytes = encoder.encode(JSON.stringify(finding));
    // Objects compared by identity must not change: frozen ones, lists (copied, compared item by
    // item) and the rule's own title, provisions and sanctions. Anything else: not remembered.
    const stable = new Set([finding["title"], finding["provisions"], finding["sanctions"]]);
    const values = keys.map((key) => {
      const value = finding[key];
      return Array.isArray(value) ? value.slice() : value;
    });
    if (values.every((value) => !isObject(value) || Array.isArray(value) || Object.isFrozen(value) || stable.has(value))) {
      const list = snapshots ?? [];
      if (list.length >= 2) list.shift();
      list.push({ keys, values, bytes });
      if (!snapshots) this.#memo.set(trace, list);
    }
    return bytes;
  }

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
          out.bytes(this.#finding(finding));
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
