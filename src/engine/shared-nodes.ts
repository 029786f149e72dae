import type { TraceNode } from "./trace.ts";

// Trace nodes that the compiled trees keep and hand to many traces (hash-consing, see compile.ts)
// carry a number that stands for their identity in keys. It lives on the node itself, under a
// symbol that is not enumerable (JSON, structured cloning and deep equality do not see it), set
// before the node is frozen: a global WeakMap from node to number (as before) grew to megabytes
// in a long run, every node made got an entry, and its entries cost every garbage collection.

const SHARED_NUMBER = Symbol("shared trace node");
type Numbered = { readonly [SHARED_NUMBER]?: number };

let lastNumber = 0;

/** Marks a node, not yet frozen, as kept for sharing; returns it. */
export function markShared<T extends TraceNode>(node: T): T {
  Object.defineProperty(node, SHARED_NUMBER, { value: ++lastNumber });
  return node;
}

/** The number of a node kept for sharing, or undefined for a node made for one trace. */
export function sharedNumber(node: TraceNode): number | undefined {
  return (node as Numbered)[SHARED_NUMBER];
}

/** True for a node kept for sharing: anything remembered about it is worth remembering. */
export function isShared(node: TraceNode): boolean {
  return sharedNumber(node) !== undefined;
}

/**
 * A number for a key: a shared node's own, or a new one for a node made for one trace (never
 * equal to another's, so that a key with it matches nothing made before).
 */
export function keyNumber(node: TraceNode): number {
  return (node as Numbered)[SHARED_NUMBER] ?? ++lastNumber;
}
