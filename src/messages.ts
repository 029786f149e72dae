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
  file_not_an_object: {
    id: "Isi berkas harus berupa objek JSON ({ ... }), diterima {received}.",
    en: "The file must hold a JSON object ({ ... }); received {received}.",
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
  contradictory_facts: {
    id: "Fakta saling bertentangan: {from} = {fromValue} berarti {fact} = {implied}, tetapi laporan menyebut {fact} = {stated}.",
    en: "Contradictory facts: {from} = {fromValue} means {fact} = {implied}, but the report gives {fact} = {stated}.",
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
  format_slug: {
    id: "Format {received} tidak sesuai: gunakan huruf kecil, angka dan tanda - : / _ . di antaranya, misalnya pp-94-2021/ikut-kampanye.",
    en: "{received} has the wrong format: use lower-case letters and digits with - : / _ . between them, e.g. pp-94-2021/ikut-kampanye.",
  },
  format_dot_path: {
    id: "\"path\" {received} harus berupa jalur titik sederhana a.b.c (huruf, angka, _); ekspresi JSONPath adalah kode, bukan data.",
    en: "\"path\" {received} must be a plain dot path a.b.c (letters, digits, _); JSONPath expressions are code, not data.",
  },
  format_element_name: {
    id: "Nama unsur {received} tidak sesuai: gunakan huruf kecil, angka dan tanda - : # . di antaranya, misalnya unsur-peserta-kampanye.",
    en: "The element name {received} has the wrong format: use lower-case letters and digits with - : # . between them, e.g. unsur-peserta-kampanye.",
  },
  // Input limits and plain-data checks (src/limits.ts, src/_utils/json-data.ts).
  data_not_json: {
    id: "Nilai ini bukan data JSON ({received}); gunakan hanya objek, daftar, teks, angka terhingga, true, false atau null.",
    en: "This value is not JSON data ({received}); use only objects, arrays, strings, finite numbers, true, false or null.",
  },
  data_accessor: {
    id: "Properti ini berupa getter/setter, bukan data; kirim salinan JSON biasa.",
    en: "This property is a getter or setter, not data; send a plain JSON copy.",
  },
  data_cycle: {
    id: "Objek ini merujuk kembali ke dirinya sendiri (siklus); data JSON tidak boleh bersiklus.",
    en: "This object refers back to itself (a cycle); JSON data cannot be cyclic.",
  },
  data_too_deep: {
    id: "Data bersarang terlalu dalam: lebih dari {maximum} tingkat.",
    en: "The data is nested too deeply: more than {maximum} levels.",
  },
  data_too_many_values: {
    id: "Data terlalu besar: lebih dari {maximum} nilai.",
    en: "The data is too large: more than {maximum} values.",
  },
  data_string_too_long: {
    id: "Teks terlalu panjang: {length} karakter, maksimal {maximum}.",
    en: "The string is too long: {length} characters; the maximum is {maximum}.",
  },
  data_unreadable: {
    id: "Data tidak dapat dibaca ({detail}).",
    en: "The data cannot be read ({detail}).",
  },
  condition_too_deep: {
    id: "Pohon syarat terlalu dalam: {depth} tingkat (termasuk kondisi bersama yang dirujuk), maksimal {maximum}.",
    en: "The condition tree is too deep: {depth} levels (counting the shared conditions it refers to); the maximum is {maximum}.",
  },
  condition_too_large: {
    id: "Pohon syarat terlalu besar: lebih dari {maximum} simpul bila setiap kondisi bersama dihitung setiap kali dirujuk.",
    en: "The condition tree is too large: over {maximum} nodes when each shared condition is counted every time it is used.",
  },
  too_many_rules: {
    id: "Terlalu banyak aturan: {count}, maksimal {maximum}.",
    en: "Too many rules: {count}; the maximum is {maximum}.",
  },
  inconsistent_ruleset: {
    id: "Indeks {index} pada kumpulan aturan buatan tangan tidak sesuai dengan datanya (ruleset.data); bangun kumpulan aturan dengan loadRuleset.",
    en: "The {index} index of the hand-built rule set does not match its data (ruleset.data); build rule sets with loadRuleset.",
  },
  invalid_ruleset_source: {
    id: "Sumber kumpulan aturan harus berupa objek dengan daftar rules, provisions, calendars dan conditions serta berkas regions dan facts.",
    en: "A rule-set source must be an object with the lists rules, provisions, calendars and conditions and the files regions and facts.",
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
  sanction_outside_provision: {
    id: "Versi sanksi berlaku {from} s.d. {to}, di luar masa berlaku ketentuannya ({provisionFrom} s.d. {provisionTo}).",
    en: "The sanction version applies {from} to {to}, outside its provision's dates ({provisionFrom} to {provisionTo}).",
  },
  unknown_parent_provision: {
    id: "Ketentuan induk \"{value}\" tidak ada di katalog yang sama (atau ia sendiri bagian dari ketentuan lain).",
    en: "The parent provision \"{value}\" is not in the same catalogue (or is itself part of another provision).",
  },
  sanction_version_overlap: {
    id: "Dua versi sanksi {value} berlaku pada hari yang sama; tanggal kejadian harus memilih tepat satu.",
    en: "Two versions of the sanction {value} apply on the same day; the law date must pick exactly one.",
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
  override_outside_coverage: {
    id: "Periode tahapan khusus wilayah {from} s.d. {to} keluar dari rentang kalender {coverageFrom} s.d. {coverageTo}.",
    en: "The regional period {from} to {to} leaves the calendar range {coverageFrom} to {coverageTo}.",
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
  unknown_conduct_element: {
    id: "Unsur perbuatan \"{value}\" tidak ada di conditions aturan ini (nama unsur atau id kondisi bersama).",
    en: "The conduct element \"{value}\" is not in this rule's conditions (an element name or a shared-condition id).",
  },
  conduct_not_conduct_fact: {
    id: "Unsur perbuatan membaca fakta \"{value}\" yang bukan fakta perbuatan (tanpa \"area\" di kamus fakta).",
    en: "A conduct element reads \"{value}\", which is not a conduct fact (no \"area\" in the fact dictionary).",
  },
  conduct_fact_outside: {
    id: "Fakta perbuatan \"{value}\" dibaca di luar unsur yang disebut dalam \"conduct\": sebut unsur itu dalam \"conduct\".",
    en: "The conduct fact \"{value}\" is read outside the elements listed in \"conduct\": list that element in \"conduct\".",
  },
  implication_conflict: {
    id: "Dua implikasi dari {from} memberi nilai berbeda kepada \"{value}\".",
    en: "Two implications from {from} give \"{value}\" different values.",
  },
  unknown_derived_fact: {
    id: "Fakta turunan \"{value}\" tidak dihitung oleh pustaka.",
    en: "The derived fact \"{value}\" is not computed by the library.",
  },
  unknown_region: {
    id: "Provinsi \"{value}\" tidak ada di tabel wilayah.{suggestion}",
    en: "The province \"{value}\" is not in the region table.{suggestion}",
  },
  value_type_mismatch: {
    id: "Fakta {fact} bertipe {type}, tetapi dibandingkan dengan {received}: nilai itu tidak pernah sama dengan fakta ini.",
    en: "The fact {fact} is of type {type} but is compared with {received}: that value can never equal this fact.",
  },
  operator_needs_list: {
    id: "Operator \"{operator}\" memerlukan daftar nilai, misalnya [\"a\", \"b\"]; dengan satu nilai syarat ini tidak pernah terpenuhi.",
    en: "The operator \"{operator}\" needs a list of values, e.g. [\"a\", \"b\"]; with a single value this condition can never hold.",
  },
  operator_needs_single_value: {
    id: "Operator \"{operator}\" membandingkan dengan satu nilai, bukan daftar; gunakan \"in\" untuk daftar.",
    en: "The operator \"{operator}\" compares with one value, not a list; use \"in\" for a list.",
  },
  operator_needs_number: {
    id: "Operator \"{operator}\" hanya untuk fakta bilangan, sedangkan {fact} bertipe {type}: syarat ini tidak pernah terpenuhi.",
    en: "The operator \"{operator}\" is for number facts only, and {fact} is of type {type}: this condition can never hold.",
  },
  operator_needs_list_fact: {
    id: "Operator \"{operator}\" hanya untuk fakta berupa daftar, sedangkan {fact} berisi satu nilai: syarat ini tidak pernah terpenuhi. Gunakan \"equal\" atau \"in\".",
    en: "The operator \"{operator}\" is for list facts only, and {fact} holds a single value: this condition can never hold. Use \"equal\" or \"in\".",
  },
  json_empty: {
    id: "JSON tidak sah: berkas kosong.",
    en: "Invalid JSON: the file is empty.",
  },
  json_unexpected_end: {
    id: "JSON tidak sah: berkas berakhir sebelum JSON lengkap (diharapkan {expected}).",
    en: "Invalid JSON: the file ends before the JSON is complete (expected {expected}).",
  },
  json_unexpected_token: {
    id: "JSON tidak sah: ditemukan {found}, padahal diharapkan {expected}.",
    en: "Invalid JSON: found {found} where {expected} was expected.",
  },
  json_missing_comma: {
    id: "JSON tidak sah: kurang koma sebelum {found}.",
    en: "Invalid JSON: a comma is missing before {found}.",
  },
  json_trailing_comma: {
    id: "JSON tidak sah: koma berlebih sebelum \"{bracket}\"; hapus koma terakhir.",
    en: "Invalid JSON: a trailing comma before \"{bracket}\"; remove the last comma.",
  },
  json_single_quote: {
    id: "JSON tidak sah: gunakan tanda kutip ganda (\") untuk teks dan kunci, bukan tanda kutip tunggal (').",
    en: "Invalid JSON: use double quotes (\") for strings and keys, not single quotes (').",
  },
  json_unquoted_key: {
    id: "JSON tidak sah: kunci {found} harus diapit tanda kutip ganda.",
    en: "Invalid JSON: the key {found} must be in double quotes.",
  },
  json_comment: {
    id: "JSON tidak sah: JSON tidak boleh memuat komentar.",
    en: "Invalid JSON: JSON may not contain comments.",
  },
  json_invalid_literal: {
    id: "JSON tidak sah: {found} bukan nilai JSON; gunakan true, false, null, angka, atau teks dalam tanda kutip ganda.",
    en: "Invalid JSON: {found} is not a JSON value; use true, false, null, a number, or text in double quotes.",
  },
  json_invalid_number: {
    id: "JSON tidak sah: angka {found} tidak sah.",
    en: "Invalid JSON: {found} is not a valid number.",
  },
  json_unterminated_string: {
    id: "JSON tidak sah: teks yang dimulai di sini tidak ditutup dengan tanda kutip ganda.",
    en: "Invalid JSON: the string that starts here is not closed with a double quote.",
  },
  json_control_character: {
    id: "JSON tidak sah: teks tidak boleh memuat baris baru atau tab secara langsung; tulis \\n atau \\t.",
    en: "Invalid JSON: a string may not contain a raw line break or tab; write \\n or \\t.",
  },
  json_invalid_escape: {
    id: "JSON tidak sah: urutan escape {found} tidak sah.",
    en: "Invalid JSON: {found} is not a valid escape sequence.",
  },
  json_trailing_content: {
    id: "JSON tidak sah: ada isi lagi setelah nilai JSON selesai ({found}).",
    en: "Invalid JSON: more content follows the end of the JSON value ({found}).",
  },
  json_duplicate_key: {
    id: "Kunci \"{key}\" muncul lebih dari sekali dalam objek yang sama (pertama di baris {line}); hanya yang terakhir dipakai.",
    en: "The key \"{key}\" appears more than once in the same object (first on line {line}); only the last one is used.",
  },
  special_file: {
    id: "Bukan berkas biasa: {path} ({kind}). Hanya berkas biasa yang dibaca.",
    en: "Not a regular file: {path} ({kind}). Only regular files are read.",
  },
  file_too_large: {
    id: "Berkas terlalu besar: {path} (lebih dari {maximum} bita).",
    en: "The file is too large: {path} (over {maximum} bytes).",
  },
  symlink_loop: {
    id: "Tautan simbolik berputar: {path}.",
    en: "A symbolic link loop: {path}.",
  },
  line_too_long: {
    id: "Baris terlalu panjang: {bytes} bita, maksimal {maximum}.",
    en: "The line is too long: {bytes} bytes; the maximum is {maximum}.",
  },
  output_failed: {
    id: "Keluaran tidak dapat ditulis ({code}): {target}.",
    en: "The output cannot be written ({code}): {target}.",
  },
  worker_failed: {
    id: "Sebuah worker thread berhenti ({detail}); baris sebelum baris {line} sudah ditulis.",
    en: "A worker thread stopped ({detail}); the lines before line {line} were written.",
  },
  unreadable_file: {
    id: "Berkas tidak dapat dibaca: {path}.",
    en: "The file cannot be read: {path}.",
  },
  missing_file: {
    id: "Berkas wajib {path} tidak ada.",
    en: "The required file {path} is missing.",
  },
  schema_reference: {
    id: "\"$schema\" harus \"{expected}\" agar editor memeriksa berkas ini dengan skema yang benar.",
    en: "\"$schema\" must be \"{expected}\" so that editors check this file with the right schema.",
  },
  unknown_rule: {
    id: "Aturan \"{value}\" tidak ada di kumpulan aturan.{suggestion}",
    en: "The rule \"{value}\" is not in the rule set.{suggestion}",
  },
  fixture_expectation: {
    id: "Hasil tidak sesuai harapan kasus uji: {what} diharapkan {expected}, ternyata {actual}.",
    en: "The result does not meet the fixture's expectation: {what} expected {expected}, got {actual}.",
  },
  fixture_not_evaluated: {
    id: "Kasus uji tidak dapat dinilai: {detail}",
    en: "The fixture cannot be evaluated: {detail}",
  },
  invalid_ruleset_dir: {
    id: "Kumpulan aturan di {path} tidak sah ({count} masalah):",
    en: "The rule set in {path} is invalid ({count} problem(s)):",
  },
  invalid_input_file: {
    id: "{path} tidak dapat dinilai ({count} masalah):",
    en: "{path} cannot be judged ({count} problem(s)):",
  },
  cli_unknown_command: {
    id: "Perintah \"{value}\" tidak dikenal. Perintah yang tersedia: {options}.{suggestion}",
    en: "Unknown command \"{value}\". Available commands: {options}.{suggestion}",
  },
  cli_unknown_option: {
    id: "Opsi \"{value}\" tidak dikenal untuk perintah {command}.{suggestion}",
    en: "Unknown option \"{value}\" for the command {command}.{suggestion}",
  },
  cli_missing_option_value: {
    id: "Opsi \"{value}\" memerlukan nilai, misalnya {example}.",
    en: "The option \"{value}\" needs a value, e.g. {example}.",
  },
  cli_unexpected_option_value: {
    id: "Opsi \"{value}\" tidak menerima nilai.",
    en: "The option \"{value}\" takes no value.",
  },
  cli_invalid_option_value: {
    id: "Nilai \"{received}\" tidak sah untuk opsi {value}. Pilihan: {options}.",
    en: "\"{received}\" is not a valid value for the option {value}. Allowed: {options}.",
  },
  cli_missing_argument: {
    id: "Perintah {command} memerlukan {argument}.",
    en: "The command {command} needs {argument}.",
  },
  cli_too_many_arguments: {
    id: "Terlalu banyak argumen untuk perintah {command}: {value}.",
    en: "Too many arguments for the command {command}: {value}.",
  },
  cli_option_conflict: {
    id: "Opsi {value} hanya dapat dipakai bersama {other}.",
    en: "The option {value} can only be used together with {other}.",
  },
  cli_not_a_directory: {
    id: "Folder {path} tidak ada.",
    en: "The directory {path} does not exist.",
  },
  cli_rules_local: {
    id: "Memakai aturan di {path}: rules/ berbeda dari aturan bawaan paket di {count} berkas ({first}); --bundled untuk aturan bawaan.",
    en: "Judging with {path}: rules/ differs from the built-in rule set: {count} files ({first}); --bundled for the built-in set.",
  },
  cli_rules_stale: {
    id: "Memakai aturan di {path}: rules/ berbeda dari aturan bawaan paket di {count} berkas ({first}); npm run generate memperbarui aturan bawaan, --bundled memakainya.",
    en: "Judging with {path}: rules/ differs from the built-in rule set: {count} files ({first}); npm run generate rebuilds the built-in set, --bundled uses it.",
  },
  cli_file_exists: {
    id: "Berkas {path} sudah ada; tidak ditimpa.",
    en: "The file {path} already exists; it is not overwritten.",
  },
  cli_invalid_rule_id: {
    id: "\"{value}\" bukan id yang sah: pakai huruf kecil, angka dan tanda hubung, misalnya pp-94-2021/pengerahan-pns.",
    en: "\"{value}\" is not a valid id: use lower-case letters, digits and hyphens, e.g. pp-94-2021/pengerahan-pns.",
  },
  cli_rule_exists: {
    id: "Aturan \"{value}\" sudah ada di kumpulan aturan.",
    en: "The rule \"{value}\" is already in the rule set.",
  },
  cli_rules_overlay: {
    id: "Memakai aturan di {path} ({count} berkas) di atas aturan bawaan paket; --bundled untuk aturan bawaan saja.",
    en: "Judging with {path} ({count} files) on top of the built-in rule set; --bundled for the built-in set alone.",
  },
  cli_listen_failed: {
    id: "Tidak dapat mendengarkan di {address}: {detail}.",
    en: "Cannot listen on {address}: {detail}.",
  },
  cli_serving: {
    id: "netralitas serve mendengarkan di {url} (aturan {version}, {rules} aturan). Rujukan API: {url}/docs. Hentikan dengan Ctrl+C atau SIGTERM.",
    en: "netralitas serve is listening on {url} (rules {version}, {rules} rules). API reference: {url}/docs. Stop with Ctrl+C or SIGTERM.",
  },
  cli_stopped: {
    id: "netralitas serve berhenti (permintaan yang sedang berjalan diselesaikan).",
    en: "netralitas serve stopped (requests in flight were finished).",
  },
  cli_internal_error: {
    id: "Kesalahan internal (mohon laporkan): {message}",
    en: "Internal error (please report it): {message}",
  },
  no_matching_form: {
    id: "Nilai ini tidak sesuai dengan bentuk mana pun yang diizinkan di sini.",
    en: "This value matches none of the forms allowed here.",
  },
  invalid_generic: {
    id: "Nilai tidak sah ({code}).",
    en: "Invalid value ({code}).",
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
