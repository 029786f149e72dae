/**
 * Text in the two languages of the library: Indonesian (`id`) and English (`en`).
 * @example
 * ```ts
 * const title: LocalizedText = { id: "Ikut kampanye", en: "Taking part in a campaign" };
 * ```
 * @category Evaluation
 */
export interface LocalizedText {
  /** Indonesian. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/**
 * The languages the library speaks.
 * @example
 * ```ts
 * const lang: Lang = "en";
 * finding.explanation[lang];
 * ```
 * @category Evaluation
 */
export type Lang = "id" | "en";

/** Replaces `{name}` placeholders with the given values. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
