// Words of the case-file report and the terminal summary, in Indonesian and English.
import type { LocalizedText } from "../_utils/text.ts";
import type { DisciplineLevel } from "../schema/provision.ts";
import type { Verdict } from "../schema/fixture.ts";

/** Labels of the case-file report. */
export const REPORT_WORDS = {
  title: { id: "Laporan Penilaian Netralitas ASN", en: "ASN Neutrality Assessment Report" },
  subtitle: { id: "Bahan pertimbangan untuk berkas perkara", en: "Supporting material for the case file" },
  reference: { id: "Nomor laporan", en: "Report number" },
  assessedAt: { id: "Dinilai pada", en: "Assessed on" },
  rulesetVersion: { id: "Versi aturan", en: "Rule set version" },
  lawDate: { id: "Hukum yang diterapkan", en: "Law applied" },
  lawAsOf: { id: "hukum yang berlaku pada", en: "the law in force on" },
  conclusion: { id: "Kesimpulan penilaian", en: "Conclusion of the assessment" },
  personAndFacts: { id: "Orang yang dilaporkan dan fakta yang dilaporkan", en: "The reported person and the reported facts" },
  employment: { id: "Status kepegawaian", en: "Employment" },
  position: { id: "Jabatan", en: "Position" },
  place: { id: "Tempat", en: "Place" },
  time: { id: "Waktu kejadian", en: "Time of the incident" },
  phase: { id: "Tahapan pemilihan", en: "Election phase" },
  election: { id: "Pemilihan", en: "Election" },
  inferred: { id: "disimpulkan dari wilayah dan tanggal", en: "inferred from region and date" },
  candidate: { id: "Calon atau partai", en: "Candidate or party" },
  summary: { id: "Ringkasan laporan", en: "Summary of the report" },
  reportedFacts: { id: "Fakta yang dilaporkan", en: "Reported facts" },
  noFacts: { id: "Belum ada fakta yang dilaporkan.", en: "No facts reported yet." },
  ownViolations: { id: "Pelanggaran oleh orang yang dilaporkan", en: "Violations by the reported person" },
  noOwnViolations: { id: "Tidak ada pelanggaran oleh orang yang dilaporkan yang terbukti dari fakta yang dilaporkan.", en: "No violation by the reported person is established by the reported facts." },
  provision: { id: "Ketentuan", en: "Provision" },
  sanction: { id: "Sanksi", en: "Sanction" },
  sanctionOptions: { id: "Pilihan hukuman", en: "Penalty options" },
  why: { id: "Unsur yang terpenuhi", en: "Elements that are met" },
  reported: { id: "dilaporkan", en: "reported" },
  notKnown: { id: "tidak diketahui", en: "not known" },
  notTheCase: { id: "Tidak terjadi", en: "Not the case" },
  confidence: { id: "Keyakinan atas temuan ini", en: "Confidence in this finding" },
  otherParties: { id: "Pelanggaran pihak lain yang terungkap dari fakta yang sama", en: "Offences of other parties shown by the same facts" },
  otherPartiesNote: {
    id: "Bukan pelanggaran orang yang dilaporkan; dicatat agar dapat diteruskan kepada pihak yang berwenang.",
    en: "Not violations of the reported person; recorded so that they can be passed to the competent body.",
  },
  offender: { id: "Pelaku", en: "Offender" },
  open: { id: "Yang belum dapat ditentukan", en: "What is not yet determined" },
  openIntro: { id: "ketentuan belum dapat dinilai karena faktanya belum lengkap. Jawaban atas pertanyaan berikut dapat memutuskannya:", en: "provisions cannot be judged yet because facts are missing. Answers to these questions could settle them:" },
  answers: { id: "jawaban", en: "answers" },
  number: { id: "bilangan bulat", en: "a whole number" },
  concerns: { id: "menyangkut", en: "concerns" },
  whatHappened: { id: "Apa yang dilakukan orang yang dilaporkan?", en: "What did the reported person do?" },
  whatHappenedIntro: { id: "Laporan belum menyebut perbuatan. Jawaban atas pertanyaan berikut membawa perbuatan itu ke dalam penilaian:", en: "The report states no conduct yet. Answers to these questions bring the conduct into the assessment:" },
  undeterminedList: { id: "Ketentuan yang belum dapat ditentukan", en: "Provisions not yet determined" },
  uncertainties: { id: "Ketidakpastian yang menyangkut pelanggaran", en: "Uncertainties that touch the violations" },
  interpretation: { id: "Pilihan tafsir yang dipakai", en: "Interpretation choices used" },
  statementTitle: { id: "Sifat laporan ini", en: "Nature of this report" },
  statement: {
    id: "Laporan ini disusun otomatis dari fakta yang dilaporkan dan aturan yang tercantum di atas. Laporan ini membantu, dan tidak menggantikan, penilaian dan keputusan pejabat yang berwenang. Fakta yang dilaporkan belum tentu terbukti; setiap kesimpulan bergantung pada kebenarannya.",
    en: "This report was produced automatically from the reported facts and the rules named above. It supports, and does not replace, the judgement and decision of the competent officials. The reported facts are not necessarily proven; every conclusion depends on their truth.",
  },
  reviewer: { id: "Diperiksa oleh", en: "Reviewed by" },
  reviewerName: { id: "Nama", en: "Name" },
  reviewerId: { id: "NIP", en: "Staff number" },
  reviewerPosition: { id: "Jabatan", en: "Position" },
  reviewerDate: { id: "Tanggal", en: "Date" },
  reviewerNotes: { id: "Catatan pemeriksa", en: "Reviewer's notes" },
  signature: { id: "Tanda tangan", en: "Signature" },
  appendix: { id: "Lampiran: rincian setiap temuan", en: "Appendix: every finding in detail" },
  appendixRule: { id: "Id aturan", en: "Rule id" },
  appendixProvisions: { id: "Id ketentuan", en: "Provision ids" },
  appendixEngine: { id: "Jalur evaluasi", en: "Evaluation path" },
  otherFindings: { id: "Temuan lain", en: "Other findings" },
  page: { id: "Halaman", en: "Page" },
  yes: { id: "ya", en: "yes" },
  no: { id: "tidak", en: "no" },
  and: { id: "dan", en: "and" },
  more: { id: "lainnya", en: "more" },
} as const satisfies Record<string, LocalizedText>;

/** The conclusion in plain words, by verdict; a verdict without a sentence here is shown by its name (VERDICT_WORDS). */
export const VERDICT_SENTENCES: Partial<Record<Verdict, LocalizedText>> = {
  violation: {
    id: "Menurut fakta yang dilaporkan, orang yang dilaporkan melanggar {count} ketentuan netralitas ASN.",
    en: "On the reported facts, the reported person breached {count} ASN neutrality provision(s).",
  },
  no_violation: {
    id: "Menurut fakta yang dilaporkan, orang yang dilaporkan tidak melanggar ketentuan netralitas ASN yang dinilai.",
    en: "On the reported facts, the reported person did not breach the ASN neutrality provisions assessed.",
  },
  insufficient_facts: {
    id: "Fakta yang dilaporkan belum cukup untuk menyimpulkan ada atau tidaknya pelanggaran oleh orang yang dilaporkan.",
    en: "The reported facts are not enough to conclude whether the reported person committed a violation.",
  },
  not_applicable: {
    id: "Ketentuan netralitas ASN yang dinilai tidak berlaku bagi orang yang dilaporkan.",
    en: "The ASN neutrality provisions assessed do not apply to the reported person.",
  },
  nothing_alleged: {
    id: "Laporan tidak menyebut perbuatan apa pun yang dapat dinilai, sehingga belum ada yang dapat disimpulkan. Lengkapi laporan dengan apa yang dilakukan orang yang dilaporkan (lihat pertanyaan di bawah).",
    en: "The report states no conduct that can be judged, so nothing can be concluded yet. Add what the reported person did (see the questions below).",
  },
};

/** Sentences added to the conclusion. */
export const CONCLUSION_NOTES = {
  onlyOthers: {
    id: "Tidak ada pelanggaran oleh orang yang dilaporkan sendiri; fakta yang sama menunjukkan pelanggaran pihak lain ({count}).",
    en: "There is no violation by the reported person; the same facts show offences of other parties ({count}).",
  },
  others: { id: "Fakta yang sama juga menunjukkan pelanggaran pihak lain ({count}), dicatat terpisah.", en: "The same facts also show offences of other parties ({count}), recorded separately." },
  undetermined: { id: "{count} ketentuan lain belum dapat ditentukan karena faktanya belum lengkap.", en: "{count} other provision(s) cannot be determined yet because facts are missing." },
  notAlleged: {
    id: "{count} aturan lain tidak dinilai karena perbuatannya tidak dilaporkan.",
    en: "{count} other rule(s) were not assessed because nobody reported the conduct they cover.",
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * The penalties a discipline level allows under PP 94/2021 Pasal 8 (the choice among them is the
 * official's), for sanctions whose basis is PP 94/2021.
 */
export const PP_94_2021_PENALTIES: Readonly<Record<DisciplineLevel, LocalizedText>> = {
  ringan: {
    id: "teguran lisan, teguran tertulis, atau pernyataan tidak puas secara tertulis (PP 94/2021 Pasal 8)",
    en: "oral reprimand, written reprimand, or written statement of dissatisfaction (PP 94/2021 Pasal 8)",
  },
  sedang: {
    id: "pemotongan tunjangan kinerja 25% selama 6, 9 atau 12 bulan (PP 94/2021 Pasal 8)",
    en: "a 25% cut in performance allowance for 6, 9 or 12 months (PP 94/2021 Pasal 8)",
  },
  berat: {
    id: "penurunan jabatan setingkat lebih rendah selama 12 bulan, pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan, atau pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS (PP 94/2021 Pasal 8)",
    en: "one-level demotion for 12 months, release from the post to a staff post for 12 months, or honourable dismissal not at own request (PP 94/2021 Pasal 8)",
  },
};

/** Confidence levels in words. */
export const CONFIDENCE_LEVEL_WORDS = {
  high: { id: "tinggi", en: "high" },
  medium: { id: "sedang", en: "medium" },
  low: { id: "rendah", en: "low" },
  unverified: { id: "belum diverifikasi", en: "unverified" },
} as const satisfies Record<string, LocalizedText>;

/** Interpretation options and their values in words; an option missing here is shown by its name and value. */
export const INTERPRETATION_CHOICES: Readonly<Record<string, { readonly label: LocalizedText; readonly values: Readonly<Record<string, LocalizedText>> }>> = {
  passiveAttendance: {
    label: { id: "Kehadiran pasif di kampanye", en: "Passive attendance at a campaign" },
    values: { allowed: { id: "diperbolehkan", en: "allowed" }, prohibited: { id: "dilarang", en: "prohibited" } },
  },
  pppkBoundByPp94: {
    label: { id: "PP 94/2021 mengikat PPPK", en: "PP 94/2021 binds PPPK" },
    values: { true: { id: "ya", en: "yes" }, false: { id: "tidak", en: "no" } },
  },
  skbPartBTargets: {
    label: { id: "SKB 2022 huruf B (disiplin) terhadap calon yang sudah ditetapkan", en: "SKB 2022 part B (discipline) for determined candidates" },
    values: {
      candidates_too: { id: "berlaku juga terhadap calon", en: "applies to candidates too" },
      prospective_only: { id: "hanya terhadap bakal calon", en: "prospective candidates only" },
    },
  },
  skbEthicsDisciplineSplit: {
    label: { id: "Pembagian etik (huruf A) dan disiplin (huruf B) SKB 2022", en: "How SKB 2022 parts A (ethics) and B (discipline) divide" },
    values: {
      by_gravity: { id: "menurut beratnya perbuatan", en: "by the gravity of the conduct" },
      by_phase: { id: "menurut tahapan (bakal calon: etik; calon: disiplin)", en: "by phase (prospective candidate: ethics; candidate: discipline)" },
    },
  },
  skbItem3Level: {
    label: { id: "Tingkat hukuman SKB 2022 huruf B angka 3", en: "Penalty level of SKB 2022 part B item 3" },
    values: { sedang: { id: "sedang", en: "moderate (sedang)" }, berat: { id: "berat", en: "severe (berat)" } },
  },
  skbItem9Level: {
    label: { id: "Tingkat hukuman SKB 2022 huruf B angka 9 sebelum penetapan", en: "Penalty level of SKB 2022 part B item 9 before determination" },
    values: { sedang: { id: "sedang", en: "moderate (sedang)" }, berat: { id: "berat", en: "severe (berat)" } },
  },
};
