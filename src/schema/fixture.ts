import * as z from "zod";
import { LocalDateSchema, SchemaRefSchema } from "./common.ts";
import { PHASES } from "./calendar.ts";
import { IncidentSchema } from "./incident.ts";
import { InterpretationSchema } from "./options.ts";

/**
 * The verdicts an assessment may have.
 * @example
 * ```ts
 * VERDICTS; // => ["violation", "no_violation", "insufficient_facts", "nothing_alleged", "not_applicable"]
 * ```
 * @category Evaluation
 */
export const VERDICTS = ["violation", "no_violation", "insufficient_facts", "nothing_alleged", "not_applicable"] as const;
/**
 * The statuses a finding may have.
 * @example
 * ```ts
 * FINDING_STATUSES; // => ["violated", "not_violated", "undetermined", "not_alleged", "not_applicable"]
 * ```
 * @category Evaluation
 */
export const FINDING_STATUSES = ["violated", "not_violated", "undetermined", "not_alleged", "not_applicable"] as const;

/**
 * A fixture: an incident with its expected outcome (OpenFisca-style test case lawyers can read).
 * @example
 * ```ts
 * const fixture = FixtureSchema.parse(JSON.parse(readFileSync("fixtures/pp-94-2021/pengerahan-pns/melanggar--membawa-dua-belas-staf.json", "utf8")));
 * fixture.expect.findings; // => { "pp-94-2021/pengerahan-pns": "violated" }
 * ```
 * @category Coverage
 */
export const FixtureSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    title: z.string().min(1).max(300).describe("Judul kasus. / Case title."),
    description: z.string().max(5000).optional(),
    source: z.string().max(500).optional().describe("Asal kasus, misalnya artikel sumber. / Where the case comes from."),
    interpretation: InterpretationSchema.partial().optional().describe("Pilihan tafsir untuk kasus ini. / Interpretation options for this case."),
    incident: IncidentSchema,
    expect: z
      .strictObject({
        verdict: z.enum(VERDICTS).describe("Putusan yang diharapkan (wajib). / The expected verdict (required)."),
        election: z.string().optional(),
        phase: z.enum(PHASES).optional(),
        localDate: LocalDateSchema.optional(),
        zone: z.enum(["WIB", "WITA", "WIT"]).optional(),
        findings: z
          .record(z.string(), z.enum(FINDING_STATUSES))
          .optional()
          .describe("Status yang diharapkan per id aturan. / Expected status per rule id."),
        cited: z.array(z.string()).optional().describe("Ketentuan yang harus dikutip oleh temuan yang melanggar. / Provisions violated findings must cite."),
        notCited: z
          .array(z.string())
          .optional()
          .describe("Ketentuan yang tidak boleh muncul di temuan mana pun (hukum itu tidak diterapkan). / Provisions no finding may cite (that law is not applied at all)."),
        notBreached: z
          .array(z.string())
          .optional()
          .describe("Ketentuan yang tidak boleh dikutip oleh temuan yang melanggar. / Provisions no violated finding may cite."),
      })
      .describe("Hasil yang diharapkan. / Expected outcome."),
  })
  .describe("Kasus uji. / Test case.");

/**
 * One validated fixture: an incident with its expected outcome.
 * @example
 * ```ts
 * const fixture: Fixture = { title: "PNS datang sendiri", incident, expect: { findings: { "pp-94-2021/pengerahan-pns": "not_violated" } } };
 * ```
 * @category Coverage
 */
export type Fixture = z.infer<typeof FixtureSchema>;
/**
 * One verdict (see {@link VERDICTS}).
 * @example
 * ```ts
 * const verdict: Verdict = assessment.verdict; // e.g. "insufficient_facts"
 * ```
 * @category Evaluation
 */
export type Verdict = (typeof VERDICTS)[number];
/**
 * One finding status (see {@link FINDING_STATUSES}).
 * @example
 * ```ts
 * const status: FindingStatus = finding.status; // e.g. "undetermined"
 * ```
 * @category Evaluation
 */
export type FindingStatus = (typeof FINDING_STATUSES)[number];
