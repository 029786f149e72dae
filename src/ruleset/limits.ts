import type { RulesetProblem } from "../errors.ts";
import { LIMITS } from "../limits.ts";
import { message } from "../messages.ts";
import { copyJsonData } from "../_utils/json-data.ts";
import type { RulesetSource, SourceFile } from "./types.ts";

// Checks that run on the raw source before any schema: every file must be plain JSON data within
// LIMITS.ruleFile, and no condition tree may be deeper than LIMITS.conditionDepth once the shared
// conditions it refers to are counted. They keep the recursive schema, the cross-checks and the
// compiler away from input that would exhaust the stack or take unbounded time.

type Path = readonly (string | number)[];

function limitProblem(code: string, file: string | undefined, path: Path, values: Readonly<Record<string, string | number>>): RulesetProblem {
  return { code, ...(file === undefined ? {} : { file }), path: [...path], messages: message(code as Parameters<typeof message>[0], values) };
}

/** A name for a source file in problems, read without trusting the object. */
function fileName(file: unknown): string | undefined {
  try {
    const name = file !== null && typeof file === "object" ? Object.getOwnPropertyDescriptor(file, "file")?.value : undefined;
    return typeof name === "string" ? name.slice(0, 500) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A plain-data copy of a rule-set source, or the problems that stop it from being checked at all:
 * a source that is not shaped like one, or a file that is not JSON data within LIMITS.ruleFile
 * (too deep, too many values, too long a string, a cycle, a getter, a function, ...).
 */
export function screenRulesetSource(input: unknown): { readonly source: RulesetSource | undefined; readonly problems: RulesetProblem[] } {
  const problems: RulesetProblem[] = [];
  const invalid = (): { source: undefined; problems: RulesetProblem[] } => ({
    source: undefined,
    problems: [{ code: "invalid_ruleset_source", path: [], messages: message("invalid_ruleset_source") }],
  });
  const own = (value: unknown, key: string): unknown => {
    if (value === null || typeof value !== "object") return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor && "value" in descriptor ? descriptor.value : undefined;
  };
  const screenFile = (raw: unknown): SourceFile | undefined => {
    const file = fileName(raw);
    const result = copyJsonData(own(raw, "data"), LIMITS.ruleFile);
    if (result.ok) return { ...(file === undefined ? {} : { file }), data: result.value };
    const { kind, path, ...values } = result.problem;
    problems.push(limitProblem(kind, file, path, values));
    return undefined;
  };
  try {
    const lists: Record<"rules" | "provisions" | "calendars" | "conditions", SourceFile[]> = { rules: [], provisions: [], calendars: [], conditions: [] };
    for (const key of ["rules", "provisions", "calendars", "conditions"] as const) {
      const list = own(input, key);
      if (!Array.isArray(list)) return invalid();
      for (let index = 0; index < list.length; index++) {
        const screened = screenFile(own(list, String(index)));
        if (screened) lists[key].push(screened);
      }
    }
    const regions = own(input, "regions");
    const facts = own(input, "facts");
    if (regions === null || typeof regions !== "object" || facts === null || typeof facts !== "object") return invalid();
    const screenedRegions = screenFile(regions);
    const screenedFacts = screenFile(facts);
    const version = own(input, "version");
    if (problems.length > 0 || !screenedRegions || !screenedFacts) return { source: undefined, problems };
    return {
      source: { ...lists, regions: screenedRegions, facts: screenedFacts, ...(typeof version === "string" ? { version } : {}) },
      problems,
    };
  } catch {
    return invalid();
  }
}

const asObject = (value: unknown): Readonly<Record<string, unknown>> | undefined =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Readonly<Record<string, unknown>>) : undefined;

/** A condition tree's own height and the shared conditions it refers to, with the level of each reference. */
interface TreeShape {
  readonly height: number;
  readonly references: readonly { readonly id: string; readonly level: number }[];
}

/** Calls `visit` with every condition tree of every rule file: applicability, conditions and each note's `when`. */
function forEachRuleTree(source: RulesetSource, visit: (condition: unknown, file: string | undefined, path: Path) => void): void {
  for (const file of source.rules) {
    const data = asObject(file.data);
    if (!data) continue;
    visit(data["applicability"], file.file, ["applicability"]);
    visit(data["conditions"], file.file, ["conditions"]);
    const notes = data["notes"];
    if (Array.isArray(notes)) notes.forEach((note, index) => visit(asObject(note)?.["when"], file.file, ["notes", index, "when"]));
  }
}

/** The nodes of a raw condition tree (every object in it) and the shared conditions it refers to, once per reference. */
function nodesOf(condition: unknown): { readonly nodes: number; readonly references: readonly string[] } {
  const references: string[] = [];
  let nodes = 0;
  const walk = (value: unknown): void => {
    const node = asObject(value);
    if (!node) return;
    nodes++;
    if (typeof node["condition"] === "string") references.push(node["condition"]);
    for (const key of ["all", "any"] as const) {
      const children = node[key];
      if (Array.isArray(children)) for (const child of children) walk(child);
    }
    if ("not" in node) walk(node["not"]);
  };
  walk(condition);
  return { nodes, references };
}

/**
 * Rules beyond LIMITS.rules. (The engine numbers rules in its cache keys; the limit keeps every
 * number distinct, and the work of one evaluation bounded.)
 */
export function ruleCountProblems(source: RulesetSource): RulesetProblem[] {
  const maximum = LIMITS.rules;
  return source.rules.length > maximum ? [limitProblem("too_many_rules", undefined, ["rules"], { count: source.rules.length, maximum })] : [];
}

/**
 * Condition trees larger than LIMITS.conditionNodes once every shared condition is counted each
 * time it is used (as the compiler expands it). Sizes of shared conditions are computed once each
 * and saturate just above the limit, so that a fan-out (each shared condition an `any` of many
 * references to the next) is measured in time linear in the files, never expanded. Runs after
 * {@link conditionDepthProblems}, which bounds the chains of references; a reference cycle counts
 * once here and is reported by the cross-check.
 */
export function conditionSizeProblems(source: RulesetSource): RulesetProblem[] {
  const maximum = LIMITS.conditionNodes;
  const cap = maximum + 1;
  const shared = new Map<string, { nodes: number; references: readonly string[]; file: string | undefined }>();
  for (const file of source.conditions) {
    const data = asObject(file.data);
    const id = data?.["id"];
    if (typeof id === "string" && !shared.has(id)) shared.set(id, { ...nodesOf(data?.["condition"]), file: file.file });
  }
  const sizes = new Map<string, number>();
  const onStack = new Set<string>();
  const sizeOf = (id: string): number => {
    const known = sizes.get(id);
    if (known !== undefined) return known;
    const entry = shared.get(id);
    if (!entry || onStack.has(id)) return 0;
    onStack.add(id);
    let size = entry.nodes;
    for (const reference of entry.references) {
      if (size >= cap) break;
      size = Math.min(cap, size + sizeOf(reference));
    }
    onStack.delete(id);
    sizes.set(id, size);
    return size;
  };
  const expanded = (condition: unknown): number => {
    const { nodes, references } = nodesOf(condition);
    let size = nodes;
    for (const reference of references) {
      if (size >= cap) break;
      size = Math.min(cap, size + sizeOf(reference));
    }
    return size;
  };
  const problems: RulesetProblem[] = [];
  const check = (condition: unknown, file: string | undefined, path: Path): void => {
    if (condition === undefined) return;
    if (expanded(condition) > maximum) problems.push(limitProblem("condition_too_large", file, path, { maximum }));
  };
  for (const [id, { file }] of shared) if (sizeOf(id) > maximum) problems.push(limitProblem("condition_too_large", file, ["condition"], { maximum }));
  forEachRuleTree(source, check);
  return problems;
}

/** Reads a raw (unvalidated) condition tree loosely. Recursion is bounded by the file's JSON depth. */
function shapeOf(condition: unknown): TreeShape {
  const references: { id: string; level: number }[] = [];
  const walk = (value: unknown, level: number): number => {
    const node = asObject(value);
    if (!node) return level - 1;
    if (typeof node["condition"] === "string") references.push({ id: node["condition"], level });
    let height = level;
    for (const key of ["all", "any"] as const) {
      const children = node[key];
      if (Array.isArray(children)) for (const child of children) height = Math.max(height, walk(child, level + 1));
    }
    if ("not" in node) height = Math.max(height, walk(node["not"], level + 1));
    return height;
  };
  return { height: walk(condition, 1), references };
}

/**
 * Condition trees deeper than LIMITS.conditionDepth, counting through shared-condition
 * references (a reference adds its own level plus the height of the shared tree). Heights of
 * shared conditions are computed once each, without recursion, so a long chain of references
 * cannot exhaust the stack; a reference cycle counts as one level here and is reported by the
 * cross-check.
 */
export function conditionDepthProblems(source: RulesetSource): RulesetProblem[] {
  const maximum = LIMITS.conditionDepth;
  const shared = new Map<string, { shape: TreeShape; file: string | undefined }>();
  for (const file of source.conditions) {
    const data = asObject(file.data);
    const id = data?.["id"];
    if (typeof id === "string" && !shared.has(id)) shared.set(id, { shape: shapeOf(data?.["condition"]), file: file.file });
  }
  const heights = new Map<string, number>();
  const heightOf = (root: string): number => {
    const known = heights.get(root);
    if (known !== undefined) return known;
    const onStack = new Set<string>([root]);
    const stack: { id: string; next: number; height: number }[] = [{ id: root, next: 0, height: shared.get(root)?.shape.height ?? 1 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: string; next: number; height: number };
      const references = shared.get(frame.id)?.shape.references ?? [];
      const reference = references[frame.next];
      if (reference === undefined) {
        stack.pop();
        onStack.delete(frame.id);
        heights.set(frame.id, frame.height);
        const parent = stack[stack.length - 1];
        if (parent) {
          const via = shared.get(parent.id)?.shape.references[parent.next];
          if (via) parent.height = Math.max(parent.height, via.level + frame.height);
          parent.next++;
        }
        continue;
      }
      const target = reference.id;
      const done = heights.get(target);
      if (done !== undefined || !shared.has(target) || onStack.has(target)) {
        frame.height = Math.max(frame.height, reference.level + (done ?? 0));
        frame.next++;
        continue;
      }
      onStack.add(target);
      stack.push({ id: target, next: 0, height: shared.get(target)?.shape.height ?? 1 });
    }
    return heights.get(root) ?? 1;
  };
  const depthOf = (shape: TreeShape): number =>
    shape.references.reduce((height, reference) => Math.max(height, reference.level + (shared.has(reference.id) ? heightOf(reference.id) : 0)), shape.height);

  const problems: RulesetProblem[] = [];
  const check = (condition: unknown, file: string | undefined, path: Path): void => {
    if (condition === undefined) return;
    const depth = depthOf(shapeOf(condition));
    if (depth > maximum) problems.push(limitProblem("condition_too_deep", file, path, { depth, maximum }));
  };
  for (const [, { shape, file }] of shared) {
    const depth = depthOf(shape);
    if (depth > maximum) problems.push(limitProblem("condition_too_deep", file, ["condition"], { depth, maximum }));
  }
  forEachRuleTree(source, check);
  return problems;
}
