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

  /** The UTF-8 bytes of `JSON.stringify(assessment)`, as chunks, pushed onto `into`. */
  write(assessment: unknown, into: Uint8Array[]): void {
    const whole = () => into.push(encoder.encode(JSON.stringify(assessment) ?? "null"));
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
        into.push(encoder.encode(`${text}${first ? "" : ","}${JSON.stringify(key)}:[`));
        findings.forEach((finding, index) => {
          if (index > 0) into.push(COMMA);
          into.push(this.#finding(finding));
        });
        into.push(CLOSE);
        text = "";
        first = false;
        continue;
      }
      const json = JSON.stringify(value);
      if (json === undefined) continue;
      text += `${first ? "" : ","}${JSON.stringify(key)}:${json}`;
      first = false;
    }
    into.push(encoder.encode(`${text}}`));
  }

  /** Exactly `JSON.stringify(assessment)` (for tests). */
  stringify(assessment: unknown): string {
    const chunks: Uint8Array[] = [];
    this.write(assessment, chunks);
    return new TextDecoder().decode(concatBytes(chunks));
  }
}
