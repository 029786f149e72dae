import { fill, type Lang, type LocalizedText } from "./_utils/text.ts";

/**
 * The one message table for input and validation problems, in Indonesian and English.
 * Every message the library shows to people comes from here, never raw from a dependency.
 */
export const MESSAGES = {
  not_an_object: {
    id: "Kejadian harus berupa objek JSON, diterima {received}.",
    en: "An incident must be a JSON object; received {received}.",
  },
  invalid_type: {
    id: "Tipe tidak sesuai: diharapkan {expected}, diterima {received}.",
    en: "Wrong type: expected {expected}, received {received}.",
  },
  required: {
    id: "Wajib diisi ({expected}).",
    en: "Required ({expected}).",
  },
  unrecognized_key: {
    id: "Kunci \"{key}\" tidak dikenal.{suggestion}",
    en: "Unknown key \"{key}\".{suggestion}",
  },
  suggestion: {
    id: " Mungkin maksudnya \"{name}\"?",
    en: " Did you mean \"{name}\"?",
  },
  invalid_value: {
    id: "Nilai tidak dikenal: {received}. Pilihan yang sah: {options}.{suggestion}",
    en: "Unknown value: {received}. Allowed: {options}.{suggestion}",
  },
  invalid_local_date: {
    id: "Tanggal tidak sah: \"{received}\". Gunakan format YYYY-MM-DD dengan tanggal yang ada di kalender.",
    en: "Invalid date: \"{received}\". Use YYYY-MM-DD with a real calendar date.",
  },
  invalid_occurrence: {
    id: "Waktu kejadian tidak sah: \"{received}\". Gunakan tanggal lokal (2024-11-23), waktu lokal (2024-11-23T23:30) atau waktu dengan zona (2024-11-23T23:30:00+07:00).",
    en: "Invalid occurrence: \"{received}\". Use a local date (2024-11-23), a local date-time (2024-11-23T23:30) or a date-time with offset (2024-11-23T23:30:00+07:00).",
  },
  too_small: {
    id: "Nilai terlalu kecil: minimal {minimum}.",
    en: "Too small: the minimum is {minimum}.",
  },
  too_big: {
    id: "Nilai terlalu besar: maksimal {maximum}.",
    en: "Too big: the maximum is {maximum}.",
  },
  invalid_format: {
    id: "Format tidak sesuai ({format}).",
    en: "Invalid format ({format}).",
  },
  unknown_election: {
    id: "Pemilihan \"{received}\" tidak dikenal. Kalender yang tersedia: {options}.{suggestion}",
    en: "Unknown election \"{received}\". Available calendars: {options}.{suggestion}",
  },
  unknown_province: {
    id: "Provinsi \"{received}\" tidak dikenal.{suggestion}",
    en: "Unknown province \"{received}\".{suggestion}",
  },
  date_outside_calendar: {
    id: "Tanggal lokal {date} berada di luar kalender {election} ({from} s.d. {to}).",
    en: "The local date {date} is outside the {election} calendar ({from} to {to}).",
  },
  no_calendar_for_date: {
    id: "Tidak ada kalender pemilihan yang mencakup {date} di {province}. Sebutkan pemilihan secara eksplisit atau tambahkan kalender.",
    en: "No election calendar covers {date} in {province}. Name the election or add a calendar.",
  },
  ambiguous_election: {
    id: "Lebih dari satu pemilihan mencakup {date} di {province}: {options}. Isi kolom \"election\".",
    en: "More than one election covers {date} in {province}: {options}. Fill in \"election\".",
  },
  invalid_json: {
    id: "JSON tidak sah: {detail}.",
    en: "Invalid JSON: {detail}.",
  },
  duplicate_id: {
    id: "Id \"{value}\" dipakai lebih dari sekali (juga di {other}).",
    en: "The id \"{value}\" is used more than once (also in {other}).",
  },
  unknown_provision: {
    id: "Ketentuan \"{value}\" tidak ada di katalog.{suggestion}",
    en: "The provision \"{value}\" is not in the catalogue.{suggestion}",
  },
  unknown_fact: {
    id: "Fakta \"{value}\" tidak ada di kamus fakta (rules/fakta.json).{suggestion}",
    en: "The fact \"{value}\" is not in the fact dictionary (rules/fakta.json).{suggestion}",
  },
  unknown_fact_value: {
    id: "Nilai \"{value}\" bukan nilai sah fakta {fact}. Pilihan: {options}.{suggestion}",
    en: "\"{value}\" is not an allowed value of the fact {fact}. Allowed: {options}.{suggestion}",
  },
  unknown_operator: {
    id: "Operator \"{value}\" tidak dikenal. Pilihan: {options}.{suggestion}",
    en: "Unknown operator \"{value}\". Allowed: {options}.{suggestion}",
  },
  unknown_condition: {
    id: "Kondisi bersama \"{value}\" tidak ada di rules/kondisi.{suggestion}",
    en: "The shared condition \"{value}\" is not in rules/kondisi.{suggestion}",
  },
  condition_cycle: {
    id: "Kondisi bersama saling merujuk tanpa akhir: {value}.",
    en: "Shared conditions refer to each other in a cycle: {value}.",
  },
  id_path_mismatch: {
    id: "Id aturan \"{value}\" harus sama dengan jalurnya: \"{expected}\".",
    en: "The rule id \"{value}\" must match its path: \"{expected}\".",
  },
  in_force_outside_provision: {
    id: "Aturan berlaku {from} s.d. {to}, di luar masa berlaku ketentuan {value} ({provisionFrom} s.d. {provisionTo}).",
    en: "The rule is in force {from} to {to}, outside the provision {value} ({provisionFrom} to {provisionTo}).",
  },
  in_force_reversed: {
    id: "Tanggal akhir {to} sebelum tanggal mulai {from}.",
    en: "The end date {to} is before the start date {from}.",
  },
  phase_gap: {
    id: "Ada celah antara tahapan: tidak ada tahapan untuk {from} s.d. {to}.",
    en: "Phases leave a gap: no phase covers {from} to {to}.",
  },
  phase_overlap: {
    id: "Tahapan tumpang tindih: {value} dimulai {from}, sebelum tahapan sebelumnya berakhir ({to}).",
    en: "Phases overlap: {value} starts {from}, before the previous phase ends ({to}).",
  },
  phase_coverage: {
    id: "Tahapan harus mencakup seluruh rentang kalender {from} s.d. {to}.",
    en: "Phases must cover the whole calendar range {from} to {to}.",
  },
  never_holds: {
    id: "Syarat ini tidak pernah dapat terpenuhi ({detail}).",
    en: "This condition can never hold ({detail}).",
  },
  jsonpath_expression: {
    id: "\"path\" berisi ekspresi JSONPath \"{value}\"; ekspresi adalah kode, bukan data. Gunakan jalur titik sederhana a.b.c.",
    en: "\"path\" holds the JSONPath expression \"{value}\"; expressions are code, not data. Use a plain dot path a.b.c.",
  },
  unknown_derived_fact: {
    id: "Fakta turunan \"{value}\" tidak dihitung oleh pustaka.",
    en: "The derived fact \"{value}\" is not computed by the library.",
  },
  unknown_region: {
    id: "Provinsi \"{value}\" tidak ada di tabel wilayah.{suggestion}",
    en: "The province \"{value}\" is not in the region table.{suggestion}",
  },
  custom: {
    id: "{message}",
    en: "{message}",
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of the message table. */
export type MessageKey = keyof typeof MESSAGES;

/** Renders one message in both languages. */
export function message(key: MessageKey, values: Readonly<Record<string, string | number>> = {}): LocalizedText {
  const template = MESSAGES[key];
  return { id: fill(template.id, values), en: fill(template.en, values) };
}

/** Renders one message in one language. */
export function messageIn(lang: Lang, key: MessageKey, values: Readonly<Record<string, string | number>> = {}): string {
  return fill(MESSAGES[key][lang], values);
}
