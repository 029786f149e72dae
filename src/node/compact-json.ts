// The compact form of a full assessment line (`detail: "compact"`): the same assessment, but a
// part that this stream already sent is a reference to it. A full line is some 200 kB, nearly all
// of it the findings' traces, explanations, provisions and sanctions, which are the same objects
// from one incident to the next; each is sent once, in a definition record before the first line
// that uses it, and then referred to by its id.
//
//   {"define": 7, "value": <any JSON>}        a definition (it replaces any earlier value of id 7)
//   {"verdict": …, "findings": [{"ruleId": …, "trace": {"ref": 7}, …}], …}
//
// A reference `{"ref": id}` stands only (1) for a top-level field of an assessment line or (2) for
// a field of one of its findings; the value is the one most recently defined for the id. The ids
// in use are bounded (each judge reuses the ids of definitions it dropped), so that a reader keeps
// a bounded table; judges on different threads use disjoint ids (`first`, `first + step`, …).

import type { ByteWriter } from "./assessment-json.ts";

/** How the compact writer numbers its definitions: ids `first`, `first + step`, `first + 2·step`, …. */
export interface ReferenceIds {
  readonly first: number;
  readonly step: number;
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** Values whose JSON is shorter than this stay inline: a reference would save little. */
const MIN_REFERENCED_LENGTH = 64;
/** Definitions a writer keeps: the reader's table holds at most this many per judge. */
export const COMPACT_DEFINITIONS = 4096;

/** Writes assessments in compact form; one per judge, in the order its lines are output. */
export class CompactAssessmentJson {
  readonly #ids: ReferenceIds;
  readonly #capacity: number;
  /** JSON text → id, least recently used first. */
  readonly #defined = new Map<string, number>();
  readonly #free: number[] = [];
  #next = 0;
  /** The JSON of frozen objects (outcome parts, rule-set objects), which cannot change. */
  readonly #texts = new WeakMap<object, string>();

  constructor(ids: ReferenceIds = { first: 0, step: 1 }, capacity = COMPACT_DEFINITIONS) {
    this.#ids = ids;
    this.#capacity = capacity;
  }

  #json(value: object): string {
    const frozen = Object.isFrozen(value);
    let text = frozen ? this.#texts.get(value) : undefined;
    if (text === undefined) {
      text = JSON.stringify(value);
      if (frozen) this.#texts.set(value, text);
    }
    return text;
  }

  /** Ids the line being written refers to: none of them may be dropped and given a new value before it. */
  readonly #inLine = new Set<number>();

  /** Drops the least recently used definition that the current line does not use, if there is one. */
  #dropOne(): void {
    for (const [text, id] of this.#defined) {
      if (this.#inLine.has(id)) continue;
      this.#defined.delete(text);
      this.#free.push(id);
      return;
    }
  }

  /** The JSON of a field's value: a reference when it is long (defined first, in `definitions`, if new). */
  #field(value: unknown, definitions: string[]): string | undefined {
    if (!isObject(value)) return JSON.stringify(value);
    const text = this.#json(value);
    if (text.length < MIN_REFERENCED_LENGTH) return text;
    let id = this.#defined.get(text);
    if (id !== undefined) {
      // Most recently used last: the first entry is the one to drop.
      this.#defined.delete(text);
    } else {
      // (A line that needs more values than the capacity keeps them all: the table then grows.)
      if (this.#defined.size >= this.#capacity) this.#dropOne();
      id = this.#free.pop() ?? this.#ids.first + this.#ids.step * this.#next++;
      definitions.push(`{"define":${id},"value":${text}}\n`);
    }
    this.#defined.set(text, id);
    this.#inLine.add(id);
    return `{"ref":${id}}`;
  }

  #object(record: Record<string, unknown>, each: (key: string, value: unknown) => string | undefined): string {
    let text = "{";
    for (const key of Object.keys(record)) {
      const json = each(key, record[key]);
      if (json === undefined) continue;
      text += `${text.length > 1 ? "," : ""}${JSON.stringify(key)}:${json}`;
    }
    return `${text}}`;
  }

  /** Writes the definitions the assessment needs (whole lines), then its compact line without the newline. */
  write(assessment: Readonly<Record<string, unknown>>, out: ByteWriter): void {
    const definitions: string[] = [];
    const line = this.#object(assessment, (key, value) => {
      if (key !== "findings" || !Array.isArray(value)) return this.#field(value, definitions);
      const findings = value.map((finding: unknown) =>
        isObject(finding) && !Array.isArray(finding)
          ? this.#object(finding as Record<string, unknown>, (_, field) => this.#field(field, definitions))
          : JSON.stringify(finding),
      );
      return `[${findings.join(",")}]`;
    });
    this.#inLine.clear();
    for (const definition of definitions) out.text(definition);
    out.text(line);
  }
}
