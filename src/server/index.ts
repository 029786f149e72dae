// `netralitas-asn/server`: the HTTP service (Hono, with the OpenAPI document generated from zod
// schemas). The core entry never imports it: only this seam depends on the HTTP framework.

export { createApp } from "./app.ts";
export type { AppOptions, ServerEnv, ServerVariables } from "./app.ts";
export { startServer } from "./listen.ts";
export type { ServerOptions, RunningServer } from "./listen.ts";
export { PROBLEMS } from "./messages.ts";
export type { ProblemCode } from "./messages.ts";
export type { Problem, ProblemIssue } from "./problem.ts";
export { DETAILS } from "./schemas.ts";
export type { Detail } from "./schemas.ts";
