import type { Lang } from "../_utils/text.ts";

/**
 * The response language from an Accept-Language header (RFC 9110): the served language (`id`
 * or `en`; `in` is the old code for Indonesian) with the highest weight, the earlier on a tie;
 * `fallback` when none is acceptable or the header is absent.
 */
export function negotiateLanguage(header: string | undefined, fallback: Lang): Lang {
  if (!header) return fallback;
  let best: { lang: Lang; weight: number } | undefined;
  for (const part of header.split(",").slice(0, 50)) {
    const [tag = "", ...params] = part.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0];
    const lang: Lang | undefined = primary === "id" || primary === "in" ? "id" : primary === "en" ? "en" : undefined;
    if (!lang) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(weight) || weight <= 0) continue;
    if (!best || weight > best.weight) best = { lang, weight };
  }
  return best?.lang ?? fallback;
}
