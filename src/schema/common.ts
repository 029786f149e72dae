import * as z from "zod";

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a real calendar day (no 2024-02-30). */
export function isRealLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** A local calendar date `YYYY-MM-DD`. */
export const LocalDateSchema = z
  .string()
  .refine(isRealLocalDate, { params: { messageKey: "invalid_local_date" } })
  .describe("Tanggal kalender lokal YYYY-MM-DD. / A local calendar date, YYYY-MM-DD.");

/** Indonesian and English text. */
export const LocalizedTextSchema = z
  .strictObject({
    id: z.string().min(1).describe("Bahasa Indonesia."),
    en: z.string().min(1).describe("English."),
  })
  .describe("Teks dalam bahasa Indonesia dan Inggris. / Text in Indonesian and English.");

/**
 * How well a legal fact is sourced (see regulations.md).
 * @example
 * ```ts
 * ConfidenceSchema.parse("medium"); // => "medium"
 * ```
 * @category Rule sets
 */
export const ConfidenceSchema = z
  .enum(["high", "medium", "low", "unverified"])
  .describe(
    "Tingkat keyakinan sumber: high = dua sumber independen atau situs resmi; medium = satu sumber; low = sumber bertentangan atau inferensi; unverified = belum ada sumber. / Source confidence: high = two independent sources or an official site; medium = one source; low = conflicting sources or inference; unverified = recalled, no source.",
  );

/**
 * Inclusive dates during which a rule or provision is law.
 * @example
 * ```ts
 * InForceSchema.parse({ from: "2010-06-06", to: "2021-08-30" });
 * ```
 * @category Rule sets
 */
export const InForceSchema = z
  .strictObject({
    from: LocalDateSchema.describe("Hari pertama berlaku (inklusif). / First day in force (inclusive)."),
    to: LocalDateSchema.optional().describe("Hari terakhir berlaku (inklusif); kosong = masih berlaku. / Last day in force (inclusive); absent = still in force."),
  })
  .describe("Masa berlaku. / Period in force.");

/** The JSON Schema reference editors use; allowed on every data file. */
export const SchemaRefSchema = z.string().optional().describe("Rujukan JSON Schema untuk editor. / JSON Schema reference for editors.");

/** A stable identifier: lower case, digits, `-`, `:` and `/`. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-:/_.][a-z0-9]+)*$/, { message: "format:slug" });

/**
 * How well a legal fact is sourced: high, medium, low or unverified.
 * @example
 * ```ts
 * const confidence: Confidence = finding.confidence; // "high", "medium", "low" or "unverified"
 * ```
 * @category Rule sets
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;
/**
 * Inclusive dates during which a rule or provision is law.
 * @example
 * ```ts
 * const inForce: InForce = { from: "2021-08-31" }; // no end: still in force
 * ```
 * @category Rule sets
 */
export type InForce = z.infer<typeof InForceSchema>;
export type LocalizedTextData = z.infer<typeof LocalizedTextSchema>;

/** Confidence levels from the strongest to the weakest. */
export const CONFIDENCE_ORDER: readonly Confidence[] = ["high", "medium", "low", "unverified"];

/** The weaker of several confidence levels. */
export function weakestConfidence(levels: Iterable<Confidence>): Confidence {
  let weakest: Confidence = "high";
  for (const level of levels) {
    if (CONFIDENCE_ORDER.indexOf(level) > CONFIDENCE_ORDER.indexOf(weakest)) weakest = level;
  }
  return weakest;
}
