// Type-level tests, compiled under `strict` by test/types.test.ts (and by `npm run typecheck`).
// Each @ts-expect-error line must be an error: test/types.test.ts also compiles this file with
// the directives removed and expects an error on exactly those lines.
import type * as z from "zod";
import {
  createEvaluator,
  evaluateIncident,
  evaluateIncidentSync,
  evaluateVerdictSync,
  findingOf,
  parseIncident,
  type Assessment,
  type Finding,
  type Incident,
  type IncidentInput,
  type IncidentSchema,
  type VerdictFinding,
} from "../../src/index.ts";

// The generated interfaces (with TSDoc) are exactly zod's input and output types, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inputMatches: Same<IncidentInput, z.input<typeof IncidentSchema>> = true;
const outputMatches: Same<Incident, z.output<typeof IncidentSchema>> = true;

const incident: IncidentInput = {
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10",
  subject: { employment: "pns" },
  conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 12 } },
};

export async function typed(): Promise<void> {
  const assessment: Assessment = await evaluateIncident(incident);
  const finding: Finding | undefined = findingOf(assessment, "pp-94-2021/pengerahan-pns");
  const status: Finding["status"] | undefined = finding?.status;
  const summary: VerdictFinding | undefined = findingOf(evaluateVerdictSync(incident), "pp-94-2021/ikut-kampanye");
  // Any other rule id is allowed (a custom rule set).
  findingOf(assessment, "my-rules/rule");
  // Untrusted JSON goes through parseIncident, which gives the typed incident.
  const parsed: Incident = parseIncident(JSON.parse("{}") as unknown);
  evaluateIncidentSync(parsed);
  createEvaluator().evaluateSync(parsed);
  void [status, summary, inputMatches, outputMatches];

  // @ts-expect-error a number is not an incident
  await evaluateIncident(42);
  // @ts-expect-error a misspelt key ("employmnt") is an error at the call site
  await evaluateIncident({ region: { province: "papua" }, occurredAt: "2024-11-23", subject: { employmnt: "pns" } });
  // @ts-expect-error the issue's example: a misspelt key and no region or date
  await evaluateIncident({ subject: { employmnt: "pns" } });
  // @ts-expect-error an employment outside the schema's values
  evaluateIncidentSync({ region: { province: "papua" }, occurredAt: "2024-11-23", subject: { employment: "pegawai" } });
  // @ts-expect-error the date is required
  createEvaluator().evaluateSync({ region: { province: "papua" } });
  // @ts-expect-error a value of unknown shape must be parsed first
  createEvaluator().verdictSync(JSON.parse("{}") as unknown);
  // @ts-expect-error otherAsnBrought is a number
  await createEvaluator().evaluate({ region: { province: "papua" }, occurredAt: "2024-11-23", conduct: { event: { otherAsnBrought: "12" } } });
}
