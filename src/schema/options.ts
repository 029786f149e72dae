import * as z from "zod";

/**
 * The interpretation points that the law leaves open (provisions.md, "Interpretation points").
 * Each has a default that follows the prevailing official reading; the alternative is one option away.
 * @example
 * ```ts
 * InterpretationSchema.parse({}); // => { passiveAttendance: "allowed", pppkBoundByPp94: false, skbPartBTargets: "candidates_too", ... }
 * ```
 * @category Evaluation
 */
export const InterpretationSchema = z
  .strictObject({
    passiveAttendance: z
      .enum(["allowed", "prohibited"])
      .default("allowed")
      .describe(
        "Kehadiran pasif di kampanye (hanya mendengar visi-misi, tanpa atribut): allowed (Mendagri 9 Jul 2024) atau prohibited (Penjelasan PP 94 angka 1, SKB A6). / Passive attendance at a campaign: allowed (default) or prohibited (strict reading).",
      ),
    pppkBoundByPp94: z
      .boolean()
      .default(false)
      .describe(
        "Apakah PP 94/2021 mengikat PPPK secara langsung (tidak pasti, L). Bawaan: tidak; PPPK dinilai dengan UU 20/2023 dan SKB. / Whether PP 94/2021 binds PPPK directly (unsettled); default false.",
      ),
    skbPartBTargets: z
      .enum(["candidates_too", "prospective_only"])
      .default("candidates_too")
      .describe(
        "SKB 2022 Lampiran II huruf B (disiplin) terhadap calon yang sudah ditetapkan: candidates_too (bawaan: versi 13 butir menyebut \"calon\", edaran daerah dan praktik kementerian) atau prospective_only (versi 11 butir menyebut \"bakal calon\" saja). Sumber bertentangan (L). / SKB 2022 part B for determined candidates: candidates_too (default, the 13-item annex and practice) or prospective_only (the 11-item version). Sources conflict (L).",
      ),
    skbEthicsDisciplineSplit: z
      .enum(["by_gravity", "by_phase"])
      .default("by_gravity")
      .describe(
        "Pembagian etik (huruf A) dan disiplin (huruf B) SKB 2022: by_gravity (bawaan: perbuatan yang sama tercantum di kedua bagian, beratnya yang menentukan) atau by_phase (terhadap bakal calon: etik; terhadap calon: disiplin). Tidak ada sumber yang menyatakan salah satunya (L). / How SKB 2022 parts A (ethics) and B (discipline) divide: by_gravity (default) or by_phase (prospective candidate: ethics; candidate: discipline). No source states either (L).",
      ),
    skbItem3Level: z
      .enum(["sedang", "berat"])
      .default("sedang")
      .describe(
        "Tingkat hukuman disiplin SKB 2022 huruf B angka 3 (mendekati partai sebagai bakal calon): sedang (bawaan: Kompas, TribunSolo) atau berat (Tribun Makassar, ntbsatu). Sumber bertentangan (L). / The discipline level of SKB 2022 part B item 3: sedang (default) or berat. Sources conflict (L).",
      ),
    skbItem9Level: z
      .enum(["sedang", "berat"])
      .default("sedang")
      .describe(
        "Tingkat hukuman disiplin SKB 2022 huruf B angka 9 sebelum penetapan (tim ahli, tim pemenangan atau konsultan bakal calon): sedang (bawaan: versi 13 butir, satu-satunya yang memisahkan butir ini; ntbsatu) atau berat (versi 11 butir yang menggabungkannya dengan butir sesudah penetapan; TribunSolo). Sumber bertentangan (L). / The discipline level of SKB 2022 part B item 9 before determination: sedang (default, the 13-item version, the only one listing it on its own) or berat (the 11-item version, which merges it with the after-determination item). Sources conflict (L).",
      ),
  })
  .describe("Pilihan tafsir. / Interpretation options.");

/**
 * Interpretation options as given by a caller: every field optional, defaults filled in.
 * @example
 * ```ts
 * const strict: InterpretationInput = { passiveAttendance: "prohibited" };
 * await evaluateIncident(incident, { interpretation: strict });
 * ```
 * @category Evaluation
 */
export type InterpretationInput = z.input<typeof InterpretationSchema>;
/**
 * Interpretation options with their defaults filled in, as recorded in every assessment.
 * @example
 * ```ts
 * assessment.interpretation; // => { passiveAttendance: "allowed", pppkBoundByPp94: false, skbPartBTargets: "candidates_too", ... }
 * ```
 * @category Evaluation
 */
export type Interpretation = z.output<typeof InterpretationSchema>;

/** The languages messages can be in. */
export const LANGS = ["id", "en"] as const;

/** What an evaluation judges: what the report alleges (default), or every rule. */
export const SCOPES = ["alleged", "all"] as const;

/** The evaluation paths. */
export const ENGINES = ["compiled", "json-rules-engine"] as const;

/**
 * The options of one evaluation, strictly: an unknown (misspelt) key is an error naming the nearest
 * known one, never silently ignored. `interpretation` is checked by {@link InterpretationSchema}
 * afterwards, so that its issues carry their full path.
 * @example
 * ```ts
 * EvaluateOptionsSchema.safeParse({ interpretaton: {} }).success; // => false
 * ```
 */
export const EvaluateOptionsSchema = z
  .strictObject({
    lang: z.enum(LANGS).optional().describe("Bahasa pesan galat. / Language of error messages."),
    engine: z.enum(ENGINES).optional().describe("Jalur penilaian. / Evaluation path."),
    scope: z.enum(SCOPES).optional().describe("Cakupan: alleged (yang dilaporkan) atau all (semua aturan). / Scope: what the report alleges, or every rule."),
    interpretation: z.unknown().optional().describe("Pilihan tafsir. / Interpretation options."),
  })
  .describe("Opsi penilaian. / Evaluation options.");

/**
 * The configuration of an evaluator, strictly (the rule set itself is checked by the loader).
 * @example
 * ```ts
 * EvaluatorConfigSchema.safeParse({ lang: "fr" }).success; // => false
 * ```
 */
export const EvaluatorConfigSchema = EvaluateOptionsSchema.extend({
  ruleset: z.unknown().optional().describe("Kumpulan aturan. / The rule set."),
  cacheSize: z.number().int().min(0).max(16_777_216).optional().describe("Ukuran cache hasil. / Outcomes remembered."),
}).describe("Konfigurasi evaluator. / Evaluator configuration.");
