import type { IncidentInput } from "../schema/incident.ts";

/**
 * Marks a value whose shape is not known statically (parsed JSON, a request body, a deliberately
 * broken test input) as evaluator input. Nothing is trusted: the evaluator checks every input at
 * run time and throws typed errors naming the paths. Public callers use `parseIncident` instead.
 */
export function uncheckedIncident(value: unknown): IncidentInput {
  return value as IncidentInput;
}
