import type { Lang, LocalizedText } from "../_utils/text.ts";
import type { FindingStatus, Verdict } from "../schema/fixture.ts";
import type { Operator } from "../schema/condition.ts";
import type { ADMINISTRATIVE_MEASURES, Sanction } from "../schema/provision.ts";

type AdministrativeMeasure = (typeof ADMINISTRATIVE_MEASURES)[number];
import type { PhaseId } from "../schema/calendar.ts";

/** Words for finding statuses. */
export const STATUS_WORDS: Readonly<Record<FindingStatus, LocalizedText>> = {
  violated: { id: "Melanggar", en: "Violated" },
  not_violated: { id: "Tidak melanggar", en: "Not violated" },
  undetermined: { id: "Belum dapat ditentukan", en: "Undetermined" },
  not_alleged: { id: "Tidak dituduhkan", en: "Not alleged" },
  not_applicable: { id: "Tidak berlaku", en: "Not applicable" },
};

/** Words for verdicts. */
export const VERDICT_WORDS: Readonly<Record<Verdict, LocalizedText>> = {
  violation: { id: "Terdapat pelanggaran", en: "Violation" },
  no_violation: { id: "Tidak terdapat pelanggaran", en: "No violation" },
  insufficient_facts: { id: "Fakta belum cukup", en: "Insufficient facts" },
  nothing_alleged: { id: "Laporan tidak menyebut perbuatan yang dapat dinilai", en: "The report alleges no conduct that can be judged" },
  not_applicable: { id: "Tidak berlaku bagi subjek ini", en: "Not applicable to this subject" },
};

/** Words for phases. */
export const PHASE_WORDS: Readonly<Record<PhaseId, LocalizedText>> = {
  pre_registration: { id: "sebelum pendaftaran calon", en: "before candidate registration" },
  registration: { id: "pendaftaran dan penelitian persyaratan", en: "registration and eligibility checks" },
  candidates_determined: { id: "calon telah ditetapkan, sebelum kampanye", en: "candidates determined, before the campaign" },
  campaign: { id: "masa kampanye", en: "campaign period" },
  quiet_period: { id: "masa tenang", en: "quiet period" },
  voting_day: { id: "hari pemungutan suara", en: "voting day" },
  counting: { id: "penghitungan dan rekapitulasi suara", en: "counting and recapitulation" },
  post_result: { id: "setelah rekapitulasi, sebelum penetapan/pelantikan", en: "after recapitulation, before winners are determined or inaugurated" },
  outside_cycle: { id: "di luar siklus pemilihan", en: "outside the election cycle" },
};

/** Phrases for operators, placed between the fact label and the expected value. */
export const OPERATOR_WORDS: Readonly<Record<Operator, LocalizedText>> = {
  equal: { id: "adalah", en: "is" },
  notEqual: { id: "bukan", en: "is not" },
  in: { id: "salah satu dari", en: "is one of" },
  notIn: { id: "bukan salah satu dari", en: "is none of" },
  contains: { id: "memuat", en: "contains" },
  doesNotContain: { id: "tidak memuat", en: "does not contain" },
  lessThan: { id: "kurang dari", en: "is less than" },
  lessThanInclusive: { id: "paling banyak", en: "is at most" },
  greaterThan: { id: "lebih dari", en: "is more than" },
  greaterThanInclusive: { id: "paling sedikit", en: "is at least" },
};

/** Words for the steps of an ordered administrative sequence (UU 6/2014 Pasal 30 and 52). */
export const MEASURE_WORDS: Readonly<Record<AdministrativeMeasure, LocalizedText>> = {
  oral_or_written_reprimand: { id: "teguran lisan dan/atau teguran tertulis", en: "oral and/or written reprimand" },
  temporary_suspension: { id: "pemberhentian sementara", en: "temporary suspension" },
  dismissal: { id: "pemberhentian", en: "dismissal" },
};

const LEVEL_IN_ENGLISH = { ringan: "light", sedang: "moderate", berat: "severe" } as const;

/**
 * An amount in rupiah as Indonesian writes it (Rp6.000.000, what toLocaleString("id-ID") gives for a
 * whole number), by hand: the first locale-aware call loads the runtime's locale data, some 12 ms
 * of the library's cold start. Fines are whole, non-negative rupiah (the provision schema's).
 */
export const rupiah = (value: number): string => `Rp${String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".")}`;

function months(value: number, lang: Lang): string {
  if (value % 12 === 0) return lang === "id" ? `${value / 12} tahun` : `${value / 12} year${value === 12 ? "" : "s"}`;
  return lang === "id" ? `${value} bulan` : `${value} month${value === 1 ? "" : "s"}`;
}

/**
 * One sanction in words, e.g. "hukuman disiplin berat (PP 94/2021 Pasal 14 huruf i)".
 * @example
 * ```ts
 * describeSanction({ kind: "discipline", level: "berat", basis: "PP 94/2021 Pasal 14 huruf i", confidence: "high" });
 * // => { id: "hukuman disiplin berat (PP 94/2021 Pasal 14 huruf i)", en: "severe (berat) disciplinary penalty (PP 94/2021 Pasal 14 huruf i)" }
 * ```
 * @category Evaluation
 */
export function describeSanction(sanction: Sanction): LocalizedText {
  const described = describeSanctionItself(sanction);
  const version = versionWords(sanction);
  return version ? { id: `${described.id} [${version.id}]`, en: `${described.en} [${version.en}]` } : described;
}

/** Which version of a dated sanction this is: its dates and the ruling that made it. */
function versionWords(sanction: Sanction): LocalizedText | undefined {
  const inForce = sanction.inForce;
  if (!inForce) return undefined;
  const by = sanction.amendedBy ? `, ${sanction.amendedBy.citation}` : "";
  return inForce.to === undefined
    ? { id: `versi sejak ${inForce.from}${by}`, en: `version from ${inForce.from}${by}` }
    : { id: `versi ${inForce.from} s.d. ${inForce.to}${by}`, en: `version ${inForce.from} to ${inForce.to}${by}` };
}

function describeSanctionItself(sanction: Sanction): LocalizedText {
  const basis = sanction.basis ? ` (${sanction.basis})` : "";
  switch (sanction.kind) {
    case "discipline":
      return sanction.level === "unclear"
        ? { id: `hukuman disiplin, tingkat tidak jelas${basis}`, en: `disciplinary penalty, level unclear${basis}` }
        : { id: `hukuman disiplin ${sanction.level}${basis}`, en: `${LEVEL_IN_ENGLISH[sanction.level]} (${sanction.level}) disciplinary penalty${basis}` };
    case "dismissal":
      return sanction.form === "ptdh"
        ? { id: `pemberhentian tidak dengan hormat${basis}`, en: `dishonourable dismissal${basis}` }
        : { id: `pemutusan hubungan perjanjian kerja tidak dengan hormat${basis}`, en: `dishonourable termination of the work contract${basis}` };
    case "criminal": {
      const render = (lang: Lang) => {
        const custody = lang === "id" ? (sanction.custody === "penjara" ? "penjara" : "kurungan") : sanction.custody === "penjara" ? "prison" : "detention";
        const range =
          sanction.minMonths !== undefined
            ? `${months(sanction.minMonths, lang)}–${months(sanction.maxMonths, lang)}`
            : `${lang === "id" ? "paling lama" : "up to"} ${months(sanction.maxMonths, lang)}`;
        const fineRange =
          sanction.fineMaxRupiah === undefined
            ? ""
            : sanction.fineMinRupiah !== undefined
              ? `${rupiah(sanction.fineMinRupiah)}–${rupiah(sanction.fineMaxRupiah)}`
              : `${lang === "id" ? "paling banyak" : "up to"} ${rupiah(sanction.fineMaxRupiah)}`;
        const joiner = { and: lang === "id" ? "dan" : "and", and_or: lang === "id" ? "dan/atau" : "and/or", or: lang === "id" ? "atau" : "or" }[
          sanction.combination
        ];
        const fine = fineRange ? ` ${joiner} ${lang === "id" ? "denda" : "a fine of"} ${fineRange}` : "";
        const offender = sanction.offender ? `; ${lang === "id" ? "pelaku" : "offender"}: ${sanction.offender[lang]}` : "";
        return `${lang === "id" ? "pidana" : "criminal"}: ${custody} ${range}${fine} (${sanction.article}${offender})`;
      };
      return { id: render("id"), en: render("en") };
    }
    case "moral":
      return { id: `sanksi moral berupa pernyataan secara tertutup atau terbuka${basis}`, en: `moral sanction: a closed or open statement${basis}` };
    case "administrative": {
      if (!sanction.sequence) return { id: `${sanction.description.id}${basis}`, en: `${sanction.description.en}${basis}` };
      // An ordered sequence reads "reprimand → if not complied with, suspension → possibly followed by dismissal".
      const steps = (lang: Lang) =>
        sanction.sequence
          ?.map((step, index) => {
            const words = MEASURE_WORDS[step.measure][lang];
            if (index === 0) return words;
            // "dapat dilanjutkan dengan pemberhentian": an optional step may follow; it has no condition of its own.
            if (step.optional) return `${lang === "id" ? "dapat dilanjutkan dengan" : "possibly followed by"} ${words}`;
            return `${lang === "id" ? "bila tidak dilaksanakan" : "if not complied with"}, ${words}`;
          })
          .join(" → ") ?? "";
      return { id: `${sanction.description.id}: ${steps("id")}${basis}`, en: `${sanction.description.en}: ${steps("en")}${basis}` };
    }
    case "unspecified":
      return { id: `${sanction.description.id}${basis}`, en: `${sanction.description.en}${basis}` };
  }
}
