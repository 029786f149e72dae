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
// in use are bounded (each judge keeps some 2 Mi characters defined and reuses the ids of
// definitions it dropped), so that a reader keeps a bounded table; judges on different threads use disjoint ids (`first`, `first + step`, …).

import type { ByteWriter } from "./assessment-json.ts";

/** How the compact writer numbers its definitions: ids `first`, `first + step`, `first + 2·step`, …. */
export interface ReferenceIds {
  readonly first: number;
  readonly step: number;
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** Values whose JSON is shorter than this stay inline: a reference would save little. */
const MIN_REFERENCED_LENGTH = 64;
/**
 * The characters of JSON a writer keeps defined (2 Mi: a few MB, and the reader's table holds no
 * more per judge). Bounded by size rather than count: the values range from 64 characters to tens of kB.
 */
export const COMPACT_DEFINITION_CHARS = 2 ** 21;

/** Writes assessments in compact form; one per judge, in the order its lines are output. */
export class CompactAssessmentJson {
  readonly #ids: ReferenceIds;
  readonly #budget: number;
  /** JSON text → id, least recently used first. */
  readonly #defined = new Map<string, number>();
  /** Characters of the texts in #defined. */
  #chars = 0;
  readonly #free: number[] = [];
  #next = 0;

  constructor(ids: ReferenceIds = { first: 0, step: 1 }, budget = COMPACT_DEFINITION_CHARS) {
    this.#ids = ids;
    this.#budget = budget;
  }

  /** Ids the line being written refers to: none of them may be dropped and given a new value before it. */
  readonly #inLine = new Set<number>();

  /** Drops least recently used definitions that the current line does not use, until `room` more characters fit (or none is left to drop). */
  #makeRoom(room: number): void {
    for (const [text, id] of this.#defined) {
      if (this.#chars + room <= this.#budget) return;
      if (this.#inLine.has(id)) continue;
      this.#defined.delete(text);
      this.#chars -= text.length;
      this.#free.push(id);
    }
  }

  /** The JSON of a field's value: a reference when it is long (defined first, in `definitions`, if new). */
  #field(value: unknown, definitions: string[]): string | undefined {
    if (!isObject(value)) return JSON.stringify(value);
    // (Not remembered per object: holding the text of every object seen cost more memory than the
    // JSON.stringify it saves.)
    const text = JSON.stringify(value);
    if (text.length < MIN_REFERENCED_LENGTH) return text;
    let id = this.#defined.get(text);
    if (id !== undefined) {
      // Most recently used last: the first entry is the one to drop.
      this.#defined.delete(text);
    } else {
      // (A line that needs more than the budget keeps all it needs: the table then grows for it.)
      this.#makeRoom(text.length);
      id = this.#free.pop() ?? this.#ids.first + this.#ids.step * this.#next++;
      this.#chars += text.length;
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
