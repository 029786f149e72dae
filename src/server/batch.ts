// The NDJSON batch: lines in, one output line per input line out, in order, streamed both ways.
// The output stream pulls: each pull reads input only until about OUTPUT_PER_PULL bytes of output
// are ready, so a slow reader slows the reading of the request (no unbounded buffering either way).
// A line longer than the limit is never held whole: its bytes are dropped as they arrive and the
// line is reported in place.

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const OUTPUT_PER_PULL = 256 * 1024;

/** One input line, or the fact that it was too long to keep. */
export type BatchLine = { readonly number: number; readonly bytes: Uint8Array } | { readonly number: number; readonly tooLong: true };

/** Judges one line and returns its output record as JSON text (without the newline); blank lines are skipped before. */
export type LineJudge = (line: BatchLine) => string;

function concat(left: Uint8Array, right: Uint8Array): Uint8Array {
  if (left.length === 0) return right.slice();
  const joined = new Uint8Array(left.length + right.length);
  joined.set(left);
  joined.set(right, left.length);
  return joined;
}

/** Cuts bytes into lines at newline bytes, keeping at most `maxLineBytes` of the line being read. */
class LineSplitter {
  readonly #max: number;
  #carry: Uint8Array = new Uint8Array(0);
  #skipping = false;
  #number = 0;

  constructor(maxLineBytes: number) {
    this.#max = maxLineBytes;
  }

  /** The lines that `chunk` completes. */
  push(chunk: Uint8Array, into: BatchLine[]): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(NEWLINE, start);
      const piece = chunk.subarray(start, newline === -1 ? chunk.length : newline);
      if (!this.#skipping) {
        if (this.#carry.length + piece.length > this.#max) {
          this.#skipping = true;
          this.#carry = new Uint8Array(0);
        } else if (newline === -1 || this.#carry.length > 0) {
          this.#carry = concat(this.#carry, piece);
        } else {
          // The whole line is inside this chunk: no copy.
          this.#emit(piece, into);
          start = newline + 1;
          continue;
        }
      }
      if (newline === -1) return;
      this.#emit(this.#carry, into);
      start = newline + 1;
    }
  }

  /** The last line, when the input does not end with a newline. */
  end(into: BatchLine[]): void {
    if (this.#carry.length > 0 || this.#skipping) this.#emit(this.#carry, into);
  }

  #emit(bytes: Uint8Array, into: BatchLine[]): void {
    const number = ++this.#number;
    if (this.#skipping) into.push({ number, tooLong: true });
    else {
      const end = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
      if (!isBlank(bytes, end)) into.push({ number, bytes: bytes.subarray(0, end) });
    }
    this.#carry = new Uint8Array(0);
    this.#skipping = false;
  }
}

function isBlank(bytes: Uint8Array, end: number): boolean {
  for (let index = 0; index < end; index++) {
    const byte = bytes[index];
    if (byte !== 32 && byte !== 9 && byte !== CARRIAGE_RETURN) return false;
  }
  return true;
}

/**
 * The output stream of a batch: for each non-blank input line, in order, the judge's record and a
 * newline. Blank lines are skipped but counted, so that line numbers are those of the input.
 */
export function batchStream(input: ReadableStream<Uint8Array> | null, judge: LineJudge, maxLineBytes: number): ReadableStream<Uint8Array> {
  const reader = input?.getReader();
  const splitter = new LineSplitter(maxLineBytes);
  const encoder = new TextEncoder();
  let pending: BatchLine[] = [];
  let next = 0;
  let ended = reader === undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let produced = 0;
        while (produced < OUTPUT_PER_PULL) {
          const line = pending[next];
          if (line) {
            next++;
            const bytes = encoder.encode(`${judge(line)}\n`);
            controller.enqueue(bytes);
            produced += bytes.length;
            continue;
          }
          pending = [];
          next = 0;
          if (ended) {
            controller.close();
            return;
          }
          const { value, done } = await (reader as ReadableStreamDefaultReader<Uint8Array>).read();
          if (done) {
            ended = true;
            splitter.end(pending);
          } else splitter.push(value, pending);
        }
      },
      async cancel(reason) {
        await reader?.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
}
