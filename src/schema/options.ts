import * as z from "zod";

/**
 * The interpretation points that the law leaves open (provisions.md, "Interpretation points").
 * Each has a default that follows the prevailing official reading; the alternative is one option away.
 * @example
 * ```ts
 * InterpretationSchema.parse({}); // => { passiveAttendance: "allowed", pppkBoundByPp94: false }
 * ```
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
  })
  .describe("Pilihan tafsir. / Interpretation options.");

/**
 * Interpretation options as given by a caller: every field optional, defaults filled in.
 * @example
 * ```ts
 * const strict: InterpretationInput = { passiveAttendance: "prohibited" };
 * await evaluateIncident(incident, { interpretation: strict });
 * ```
 */
export type InterpretationInput = z.input<typeof InterpretationSchema>;
/**
 * Interpretation options with their defaults filled in, as recorded in every assessment.
 * @example
 * ```ts
 * assessment.interpretation; // => { passiveAttendance: "allowed", pppkBoundByPp94: false }
 * ```
 */
export type Interpretation = z.output<typeof InterpretationSchema>;
