import type { LocalizedText } from "../_utils/text.ts";
import type { Confidence } from "../schema/common.ts";
import type { FindingStatus } from "../schema/fixture.ts";

// Labels of the command line's layout. Messages about problems live in src/messages.ts.

/** Words for confidence levels. */
export const CONFIDENCE_WORDS: Readonly<Record<Confidence, LocalizedText>> = {
  high: { id: "tinggi", en: "high" },
  medium: { id: "sedang", en: "medium" },
  low: { id: "rendah", en: "low" },
  unverified: { id: "belum diverifikasi", en: "unverified" },
};

/** Layout labels. */
export const LABELS = {
  assessment: { id: "HASIL PENILAIAN", en: "ASSESSMENT" },
  election: { id: "Pemilihan", en: "Election" },
  inferred: { id: "disimpulkan dari wilayah dan tanggal", en: "inferred from region and date" },
  region: { id: "Wilayah", en: "Region" },
  regency: { id: "kabupaten/kota", en: "regency/city" },
  time: { id: "Waktu lokal", en: "Local time" },
  from: { id: "dari", en: "from" },
  phase: { id: "Tahapan", en: "Phase" },
  until: { id: "s.d.", en: "to" },
  regionalOverride: { id: "tahapan khusus wilayah", en: "regional stage override" },
  pollingStations: { id: "TPS", en: "polling stations" },
  plannedOnly: { id: "hanya rencana", en: "planned only" },
  contests: { id: "Khusus pemilihan", en: "For contests" },
  stages: { id: "Tahapan resmi", en: "Official stages" },
  lawDate: { id: "Hukum per", en: "Law as of" },
  lawDateNote: { id: "hukum yang berlaku pada tanggal lokal kejadian", en: "the law in force on the local date of the incident" },
  sanction: { id: "Sanksi", en: "Sanction" },
  interpretation: { id: "Tafsir", en: "Interpretation" },
  rulesetVersion: { id: "Versi aturan", en: "Rule set version" },
  findings: { id: "TEMUAN", en: "FINDINGS" },
  otherFindings: { id: "Temuan lain (rincian dengan --verbose)", en: "Other findings (details with --verbose)" },
  confidence: { id: "Keyakinan", en: "Confidence" },
  missingFacts: { id: "FAKTA YANG BELUM DIKETAHUI (jawabannya dapat menentukan temuan)", en: "MISSING FACTS (their answers could decide findings)" },
  missingForFinding: { id: "Fakta yang belum diketahui", en: "Missing facts" },
  uncertainties: { id: "KETIDAKPASTIAN", en: "UNCERTAINTIES" },
  expectation: { id: "HARAPAN KASUS UJI", en: "FIXTURE EXPECTATION" },
  expectationMet: { id: "✓ terpenuhi", en: "✓ met" },
  expectationNotMet: { id: "✗ tidak terpenuhi", en: "✗ not met" },
  expected: { id: "diharapkan", en: "expected" },
  actual: { id: "ternyata", en: "got" },
  problems: { id: "masalah", en: "problem(s)" },
  inFiles: { id: "di", en: "in" },
  files: { id: "berkas", en: "file(s)" },
  checked: { id: "berkas diperiksa", en: "file(s) checked" },
  noProblems: { id: "tidak ada masalah", en: "no problems" },
  extended: { id: "diperiksa di atas aturan bawaan", en: "checked on top of the bundled rules" },
  zone: { id: "Zona", en: "Zone" },
  note: { id: "Catatan", en: "Note" },
  rule: { id: "Aturan", en: "Rule" },
  title: { id: "Judul", en: "Title" },
  prohibition: { id: "Larangan", en: "Prohibition" },
  inForce: { id: "Berlaku", en: "In force" },
  stillInForce: { id: "sekarang", en: "now" },
  electionKinds: { id: "Jenis pemilihan", en: "Election kinds" },
  bothKinds: { id: "pemilu dan pilkada", en: "pemilu and pilkada" },
  file: { id: "Berkas", en: "File" },
  provisions: { id: "KETENTUAN", en: "PROVISIONS" },
  ruleSanctions: { id: "SANKSI KHUSUS ATURAN INI", en: "SANCTIONS SPECIFIC TO THIS RULE" },
  applicability: { id: "BERLAKU BAGI (bila tidak terpenuhi: tidak berlaku)", en: "APPLIES TO (when this fails: not applicable)" },
  conditions: { id: "UNSUR PELANGGARAN", en: "ELEMENTS OF THE BREACH" },
  notes: { id: "CATATAN", en: "NOTES" },
  when: { id: "bila", en: "when" },
  fixtures: { id: "KASUS UJI", en: "FIXTURES" },
  noFixtures: { id: "belum ada kasus uji untuk aturan ini", en: "no fixture exercises this rule yet" },
  text: { id: "Bunyi", en: "Text" },
  gloss: { id: "Terjemahan", en: "Gloss" },
  description: { id: "Uraian", en: "Description" },
  coverage: { id: "CAKUPAN KETENTUAN", en: "PROVISION COVERAGE" },
  provision: { id: "Ketentuan", en: "Provision" },
  citation: { id: "Kutipan", en: "Citation" },
  rules: { id: "Aturan", en: "Rules" },
  gaps: { id: "KEKURANGAN", en: "GAPS" },
  complete: { id: "✓ Cakupan lengkap: setiap ketentuan punya aturan (atau alasan tertulis tanpa aturan), setiap aturan punya kasus uji melanggar, tidak melanggar dan belum ditentukan.", en: "✓ Coverage complete: every provision has a rule (or a written reason for none), every rule has violated, not-violated and undetermined fixtures." },
  uncoveredProvisions: { id: "Ketentuan tanpa aturan", en: "Provisions without a rule" },
  incompleteRules: { id: "Aturan tanpa kasus uji untuk setiap status", en: "Rules without fixtures for every status" },
  orphans: { id: "Kasus uji yang menyebut aturan tak dikenal", en: "Fixtures naming unknown rules" },
  missing: { id: "kurang", en: "missing" },
  none: { id: "—", en: "—" },
  withoutRule: { id: "(sengaja tanpa aturan)", en: "(deliberately without a rule)" },
  provisionsWithoutRule: { id: "Ketentuan yang sengaja tanpa aturan", en: "Provisions deliberately without a rule" },
} as const satisfies Record<string, LocalizedText>;

/** Interpretation option names in words. */
export const INTERPRETATION_WORDS: Readonly<Record<string, LocalizedText>> = {
  passiveAttendance: { id: "kehadiran pasif di kampanye", en: "passive attendance at a campaign" },
  pppkBoundByPp94: { id: "PP 94/2021 mengikat PPPK", en: "PP 94/2021 binds PPPK" },
};

/** Marks for finding statuses. */
export const STATUS_MARKS = { violated: "✗", not_violated: "✓", undetermined: "?", not_alleged: "·", not_applicable: "–" } as const satisfies Record<FindingStatus, string>;
