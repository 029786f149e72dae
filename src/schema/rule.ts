import * as z from "zod";
import { ConfidenceSchema, InForceSchema, LocalizedTextSchema, SchemaRefSchema, SlugSchema } from "./common.ts";
import { ConditionSchema } from "./condition.ts";
import { ELECTION_KINDS } from "./calendar.ts";
import { SanctionSchema } from "./provision.ts";

/**
 * Prohibition keys: what kind of conduct a rule is about. The first seven are PP 94/2021
 * Pasal 5 huruf n angka 1-7; the rest group the other instruments' prohibitions (`party_office`:
 * holding party office, which UU 6/2014 bans for village heads apart from membership;
 * `money_politics`: giving, promising or receiving money for votes; `superior_inaction`: a direct
 * superior who knew of a breach and did not act).
 * @example
 * ```ts
 * PROHIBITIONS.includes("staff_mobilisation"); // => true
 * ```
 * @category Rule sets
 */
export const PROHIBITIONS = [
  "campaign_participation",
  "campaign_attributes",
  "staff_mobilisation",
  "state_facilities",
  "favouring_decision",
  "partisan_activity",
  "support_letter",
  "involving_asn_in_campaign",
  "campaign_team_membership",
  "official_replacement",
  "programme_use",
  "party_membership",
  "neutrality_duty",
  "banner",
  "online_promotion",
  "social_media_engagement",
  "partisan_photo",
  "own_candidacy",
  "spouse_campaign",
  "party_office",
  "money_politics",
  "superior_inaction",
] as const;
/**
 * One prohibition key: what kind of conduct a rule is about.
 * @example
 * ```ts
 * const prohibition: Prohibition = "state_facilities";
 * ```
 * @category Rule sets
 */
export type Prohibition = (typeof PROHIBITIONS)[number];

/**
 * A note a rule attaches to its finding when `when` holds.
 * @example
 * ```ts
 * RuleNoteSchema.parse({ kind: "uncertainty", text: { id: "Tingkat hukuman tidak jelas (L).", en: "The level is unclear (L)." } });
 * ```
 * @category Rule sets
 */
export const RuleNoteSchema = z
  .strictObject({
    kind: z.enum(["interpretation", "uncertainty", "exemption"]).describe("Jenis catatan. / Kind of note."),
    when: ConditionSchema.optional().describe("Kapan catatan berlaku; kosong = selalu. / When the note applies; absent = always."),
    text: LocalizedTextSchema,
  })
  .describe("Catatan pada temuan. / A note on the finding.");

/**
 * One rule file under rules/aturan.
 * @example
 * ```ts
 * const rule = RuleSchema.parse(JSON.parse(readFileSync("rules/aturan/pp-94-2021/pengerahan-pns.json", "utf8")));
 * rule.provisions; // => ["pp-94-2021:pasal-5:huruf-n:angka-3"]
 * ```
 * @category Rule sets
 */
export const RuleSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    id: SlugSchema.describe("Id aturan = jalurnya di bawah rules/aturan tanpa .json. / Rule id = its path under rules/aturan without .json."),
    title: LocalizedTextSchema.describe("Judul aturan. / Rule title."),
    description: LocalizedTextSchema.optional(),
    prohibition: z.enum(PROHIBITIONS).describe("Kunci larangan. / Prohibition key."),
    provisions: z.array(SlugSchema).min(1).max(20).describe("Id ketentuan yang dikodekan aturan ini. / Provision ids this rule encodes."),
    inForce: InForceSchema,
    electionKinds: z
      .array(z.enum(ELECTION_KINDS))
      .min(1)
      .optional()
      .describe("Jenis pemilihan tempat aturan berlaku; kosong = keduanya. / Election kinds the rule applies to; absent = both."),
    applicability: ConditionSchema.describe(
      "Siapa yang terikat: bila tidak terpenuhi, temuan not_applicable. / Who the rule binds: when it fails the finding is not_applicable.",
    ),
    conditions: ConditionSchema.describe("Unsur-unsur pelanggaran. / The elements of the breach."),
    conduct: z
      .array(SlugSchema)
      .min(1)
      .max(30)
      .optional()
      .describe(
        "Nama unsur (dalam conditions, termasuk di dalam kondisi bersama) yang menggambarkan perbuatannya: hadir, memakai, mengerahkan, memutuskan, mengunggah, bergabung, memberi surat... Aturan yang perbuatannya tidak disebut laporan tidak dituduhkan (not_alleged). Bila kosong: semua fakta perbuatan yang dibaca conditions; aturan tanpa fakta perbuatan selalu dinilai. / The names of the elements (in conditions, shared conditions included) that describe the act. A rule whose conduct the report does not mention is not alleged. Absent: every conduct fact its conditions read; a rule that reads no conduct fact is always judged.",
      ),
    sanctions: z
      .array(SanctionSchema)
      .max(10)
      .optional()
      .describe("Sanksi khusus aturan ini; kosong = sanksi ketentuan yang dikutip. / Sanctions specific to this rule; absent = those of its provisions."),
    alternativeSanctions: z
      .array(
        z.strictObject({
          when: ConditionSchema.describe("Kapan sanksi ini menggantikan sanksi biasa (biasanya pilihan tafsir). / When these sanctions replace the usual ones (usually an interpretation option)."),
          sanctions: z.array(SanctionSchema).min(1).max(10),
        }),
      )
      .max(5)
      .optional()
      .describe(
        "Sanksi menurut bacaan lain: yang pertama yang kondisinya terpenuhi menggantikan sanksi aturan. / Sanctions under another reading: the first whose condition holds replaces the rule's sanctions.",
      ),
    notes: z.array(RuleNoteSchema).max(20).optional(),
    explanation: z
      .strictObject({
        violated: LocalizedTextSchema.optional(),
        not_violated: LocalizedTextSchema.optional(),
        undetermined: LocalizedTextSchema.optional(),
        not_alleged: LocalizedTextSchema.optional(),
        not_applicable: LocalizedTextSchema.optional(),
      })
      .optional()
      .describe("Kalimat pengganti penjelasan per status. / Wording that replaces the generated explanation per status."),
    confidence: ConfidenceSchema.optional().describe("Keyakinan atas pengkodean aturan ini. / Confidence in this encoding."),
  })
  .describe("Satu aturan. / One rule.");

/**
 * A shared, named condition under rules/kondisi, referenced as {"condition": id}.
 * @example
 * ```ts
 * SharedConditionSchema.parse({
 *   id: "subjek-asn",
 *   description: { id: "Pegawai ASN.", en: "ASN." },
 *   condition: { name: "subjek-pegawai-asn", fact: "employment", operator: "in", value: ["pns", "cpns", "pppk"] },
 * });
 * ```
 * @category Rule sets
 */
export const SharedConditionSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    id: SlugSchema,
    description: LocalizedTextSchema,
    condition: ConditionSchema,
  })
  .describe("Kondisi bersama. / A shared condition.");

/**
 * One validated rule file (see {@link RuleSchema}).
 * @example
 * ```ts
 * const rule: Rule | undefined = bundledRuleset().rules.find((entry) => entry.id === "pp-94-2021/pengerahan-pns");
 * rule?.title.id; // => "Peserta kampanye mengerahkan PNS lain"
 * ```
 * @category Rule sets
 */
export type Rule = z.infer<typeof RuleSchema>;
/**
 * A note a rule attaches to its finding, optionally only `when` a condition holds.
 * @example
 * ```ts
 * const note: RuleNote = { kind: "exemption", text: { id: "Suami/istri calon boleh mendampingi ...", en: "A candidate's spouse may accompany ..." } };
 * ```
 * @category Rule sets
 */
export type RuleNote = z.infer<typeof RuleNoteSchema>;
/**
 * One validated shared condition (rules/kondisi), referenced from rules as `{ "condition": id }`.
 * @example
 * ```ts
 * const shared: SharedCondition | undefined = bundledRuleset().data.conditions.find((entry) => entry.id === "subjek-asn");
 * ```
 * @category Rule sets
 */
export type SharedCondition = z.infer<typeof SharedConditionSchema>;
