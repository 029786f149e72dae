import { fill, type Lang, type LocalizedText } from "../_utils/text.ts";

/**
 * The HTTP service's problem codes with their HTTP status and texts in Indonesian and English: a
 * title per kind of problem and the detail template. Issue messages come from the library's own
 * message table.
 * @example
 * ```ts
 * PROBLEMS.ERR_INVALID_INCIDENT.status; // => 422
 * PROBLEMS.ERR_INVALID_INCIDENT.title.en; // => "Invalid incident"
 * ```
 * @category Server
 */
export const PROBLEMS = {
  ERR_INVALID_INCIDENT: {
    status: 422,
    title: { id: "Kejadian tidak sah", en: "Invalid incident" },
    detail: { id: "Kejadian tidak dapat dinilai ({count} masalah): {summary}", en: "The incident cannot be judged ({count} problem(s)): {summary}" },
  },
  ERR_UNKNOWN_ELECTION: {
    status: 422,
    title: { id: "Pemilihan tidak dikenal", en: "Unknown election" },
    detail: { id: "{summary}", en: "{summary}" },
  },
  ERR_DATE_OUTSIDE_CALENDAR: {
    status: 422,
    title: { id: "Tanggal di luar kalender", en: "Date outside the calendar" },
    detail: { id: "{summary}", en: "{summary}" },
  },
  ERR_AMBIGUOUS_ELECTION: {
    status: 422,
    title: { id: "Pemilihan tidak jelas", en: "Ambiguous election" },
    detail: { id: "{summary}", en: "{summary}" },
  },
  ERR_INVALID_JSON: {
    status: 400,
    title: { id: "JSON tidak sah", en: "Invalid JSON" },
    detail: { id: "{detail}", en: "{detail}" },
  },
  ERR_INVALID_REQUEST: {
    status: 422,
    title: { id: "Permintaan tidak sah", en: "Invalid request" },
    detail: { id: "Isi permintaan tidak sesuai ({count} masalah): {summary}", en: "The request body does not fit ({count} problem(s)): {summary}" },
  },
  ERR_INVALID_PARAMETER: {
    status: 400,
    title: { id: "Parameter tidak sah", en: "Invalid parameter" },
    detail: { id: "Parameter permintaan tidak sah: {summary}", en: "A request parameter is invalid: {summary}" },
  },
  ERR_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: { id: "Jenis isi tidak didukung", en: "Unsupported media type" },
    detail: { id: "Jenis isi {received} tidak diterima di sini; gunakan {expected}.", en: "The content type {received} is not accepted here; use {expected}." },
  },
  ERR_BODY_TOO_LARGE: {
    status: 413,
    title: { id: "Isi permintaan terlalu besar", en: "Request body too large" },
    detail: { id: "Isi permintaan melebihi {maximum} bita.", en: "The request body exceeds {maximum} bytes." },
  },
  ERR_LINE_TOO_LONG: {
    status: 413,
    title: { id: "Baris terlalu panjang", en: "Line too long" },
    detail: { id: "Baris {line} melebihi {maximum} bita dan dilewati.", en: "Line {line} exceeds {maximum} bytes and was skipped." },
  },
  ERR_INVALID_UTF8: {
    status: 400,
    title: { id: "Teks tidak sah", en: "Invalid text" },
    detail: { id: "Baris {line} bukan teks UTF-8 yang sah.", en: "Line {line} is not valid UTF-8 text." },
  },
  ERR_UNKNOWN_RULE: {
    status: 404,
    title: { id: "Aturan tidak dikenal", en: "Unknown rule" },
    detail: { id: "Aturan \"{value}\" tidak ada di kumpulan aturan.{suggestion}", en: "The rule \"{value}\" is not in the rule set.{suggestion}" },
  },
  ERR_NOT_FOUND: {
    status: 404,
    title: { id: "Tidak ditemukan", en: "Not found" },
    detail: { id: "Tidak ada {method} {path}. Daftar rute: /openapi.json.", en: "There is no {method} {path}. The routes are listed at /openapi.json." },
  },
  ERR_INTERNAL: {
    status: 500,
    title: { id: "Kesalahan internal", en: "Internal error" },
    detail: { id: "Kesalahan internal (mohon laporkan): {detail}", en: "Internal error (please report it): {detail}" },
  },
} as const satisfies Record<string, { readonly status: number; readonly title: LocalizedText; readonly detail: LocalizedText }>;

/**
 * A problem code of the HTTP service (the `code` of every problem detail it sends).
 * @example
 * ```ts
 * const code: ProblemCode = "ERR_BODY_TOO_LARGE";
 * ```
 * @category Server
 */
export type ProblemCode = keyof typeof PROBLEMS;

/** The suggestion suffix (" Did you mean …?"), or nothing. */
export const SUGGESTION: LocalizedText = { id: " Mungkin maksudnya \"{name}\"?", en: " Did you mean \"{name}\"?" };

/** The title and detail of a problem in one language. */
export function problemText(code: ProblemCode, lang: Lang, values: Readonly<Record<string, string | number>> = {}): { title: string; detail: string } {
  const entry = PROBLEMS[code];
  return { title: entry.title[lang], detail: fill(entry.detail[lang], values) };
}
