import * as z from "zod";
import { EMPLOYMENTS } from "./incident.ts";
import { ConfidenceSchema, InForceSchema, LocalizedTextSchema, SchemaRefSchema, SlugSchema } from "./common.ts";

/**
 * Discipline levels of PP 94/2021 Pasal 8 (and PP 53/2010 Pasal 7), from light to severe.
 * @example
 * ```ts
 * DISCIPLINE_LEVELS.indexOf("berat") > DISCIPLINE_LEVELS.indexOf("sedang"); // => true
 * ```
 * @category Rule sets
 */
export const DISCIPLINE_LEVELS = ["ringan", "sedang", "berat"] as const;
/**
 * A discipline level: `ringan` (light), `sedang` (moderate) or `berat` (severe).
 * @example
 * ```ts
 * const level: DisciplineLevel | undefined = assessment.sanctionSummary.heaviestDiscipline;
 * ```
 * @category Rule sets
 */
export type DisciplineLevel = (typeof DISCIPLINE_LEVELS)[number];

const Common = {
  basis: z.string().max(300).optional().describe("Dasar hukum sanksi, misalnya \"PP 94/2021 Pasal 14 huruf i\". / Legal basis of the sanction."),
  confidence: ConfidenceSchema,
  note: LocalizedTextSchema.optional().describe("Catatan, terutama bila belum pasti. / A note, above all where uncertain."),
  // Versions, not separate provisions: a court's reading changes who the sanction reaches from a
  // date on, while the prohibition and its id stay the same.
  inForce: InForceSchema.optional().describe(
    "Masa berlaku versi sanksi ini menurut tanggal kejadian; kosong = sepanjang masa berlaku ketentuannya. / When this version of the sanction applies, by the incident's law date; absent = whenever the provision is in force.",
  ),
  amendedBy: z
    .strictObject({
      id: SlugSchema.describe("Id stabil putusan atau peraturan, misalnya mk-136-puu-xxii-2024. / Stable id of the ruling or regulation."),
      citation: z.string().min(1).max(200).describe("Kutipan, misalnya \"Putusan MK 136/PUU-XXII/2024\". / Citation."),
    })
    .optional()
    .describe("Putusan atau peraturan yang menghasilkan versi ini. / The ruling or regulation that produced this version."),
};

/**
 * The measures an ordered administrative sequence may hold (UU 6/2014 Pasal 30 and 52): an oral
 * and/or written reprimand, temporary suspension (pemberhentian sementara), dismissal (pemberhentian).
 * @example
 * ```ts
 * ADMINISTRATIVE_MEASURES.indexOf("dismissal") > ADMINISTRATIVE_MEASURES.indexOf("temporary_suspension"); // => true
 * ```
 */
export const ADMINISTRATIVE_MEASURES = ["oral_or_written_reprimand", "temporary_suspension", "dismissal"] as const;

const AdministrativeStepSchema = z
  .strictObject({
    measure: z
      .enum(ADMINISTRATIVE_MEASURES)
      .describe(
        "oral_or_written_reprimand = teguran lisan dan/atau tertulis; temporary_suspension = pemberhentian sementara; dismissal = pemberhentian. / The measure of this step.",
      ),
    optional: z
      .boolean()
      .optional()
      .describe("Langkah yang \"dapat\" diambil, bukan wajib (\"dapat dilanjutkan dengan pemberhentian\"). / A step that may, not must, follow."),
  })
  .describe("Satu langkah dalam urutan sanksi administratif. / One step of an ordered administrative sequence.");

/**
 * The consequence a provision attaches to a breach.
 * @example
 * ```ts
 * SanctionSchema.parse({ kind: "discipline", level: "berat", basis: "PP 94/2021 Pasal 14 huruf i", confidence: "high" });
 * ```
 * @category Rule sets
 */
export const SanctionSchema = z
  .discriminatedUnion("kind", [
    z
      .strictObject({
        kind: z.literal("discipline").describe("Hukuman disiplin. / Disciplinary penalty."),
        level: z
          .enum([...DISCIPLINE_LEVELS, "unclear"])
          .describe("Tingkat: ringan, sedang, berat, atau unclear bila sumber tidak jelas. / Level; unclear where no source settles it."),
        ...Common,
      })
      .describe("Hukuman disiplin. / Disciplinary penalty."),
    z
      .strictObject({
        kind: z.literal("dismissal"),
        form: z
          .enum(["ptdh", "contract_termination"])
          .describe("ptdh = pemberhentian tidak dengan hormat; contract_termination = pemutusan hubungan perjanjian kerja (PPPK). / Dishonourable dismissal or contract termination."),
        ...Common,
      })
      .describe("Pemberhentian. / Dismissal."),
    z
      .strictObject({
        kind: z.literal("criminal"),
        article: z.string().min(1).max(200).describe("Pasal pidana, misalnya \"UU 10/2016 Pasal 188\". / The criminal article."),
        custody: z.enum(["penjara", "kurungan"]).describe("penjara = prison; kurungan = detention."),
        minMonths: z.number().min(0).optional().describe("Pidana paling singkat (bulan). / Minimum custody in months."),
        maxMonths: z.number().min(0).describe("Pidana paling lama (bulan). / Maximum custody in months."),
        fineMinRupiah: z.number().int().min(0).optional().describe("Denda paling sedikit (Rp). / Minimum fine in rupiah."),
        fineMaxRupiah: z.number().int().min(0).optional().describe("Denda paling banyak (Rp). / Maximum fine in rupiah."),
        combination: z
          .enum(["and", "and_or", "or"])
          .describe("Hubungan penjara/kurungan dan denda: and (dan), and_or (dan/atau), or (atau). / How custody and fine combine."),
        offender: LocalizedTextSchema.optional().describe("Siapa pelaku pidana bila bukan orang yang dilaporkan, misalnya pasangan calon. / Who commits the offence, where not the reported person."),
        subjects: z
          .array(z.enum(EMPLOYMENTS))
          .optional()
          .describe(
            "Bila ada offender: jenis kepegawaian orang yang dilaporkan yang tetap terjangkau pasal ini sendiri (misalnya state_official untuk Pasal 547). Tanpa offender: satu-satunya jenis kepegawaian yang dijangkau pasal ini; bagi yang lain pelanggaran itu tidak diancam pidana oleh pasal ini. / With an offender: the reported person's employment kinds the article still reaches directly. Without one: the only employment kinds the article reaches; for others the breach carries no criminal exposure under it.",
          ),
        ...Common,
      })
      .describe("Ancaman pidana. / Criminal exposure."),
    z
      .strictObject({
        kind: z.literal("moral"),
        form: z.enum(["closed_or_open_statement"]).describe("Pernyataan secara tertutup atau terbuka. / A closed or open statement."),
        ...Common,
      })
      .describe("Sanksi moral pelanggaran kode etik. / Moral sanction for a code-of-ethics breach."),
    z
      .strictObject({
        kind: z.literal("administrative"),
        description: LocalizedTextSchema.describe("Uraian akibat administratif. / The administrative consequence."),
        sequence: z
          .array(AdministrativeStepSchema)
          .min(2)
          .max(5)
          .optional()
          .describe(
            "Urutan tindakan bertahap: tiap langkah hanya bila langkah sebelumnya tidak dilaksanakan, misalnya teguran → pemberhentian sementara → pemberhentian (UU 6/2014 Pasal 30). / An ordered sequence: each step only where the previous one is not complied with, e.g. reprimand → suspension → dismissal.",
          ),
        ...Common,
      })
      .describe("Akibat administratif, misalnya pembatalan pencalonan. / Administrative consequence, e.g. cancelled candidacy."),
    z
      .strictObject({
        kind: z.literal("unspecified"),
        description: LocalizedTextSchema.describe("Apa yang diketahui. / What is known."),
        ...Common,
      })
      .describe("Sanksi tidak ditentukan langsung. / No sanction stated directly."),
  ])
  .describe("Sanksi. / Sanction.");

/**
 * One provision (ketentuan) of an instrument.
 * @example
 * ```ts
 * ProvisionSchema.parse({
 *   id: "pp-94-2021:pasal-5:huruf-n:angka-3",
 *   citation: "Pasal 5 huruf n angka 3",
 *   text: "PNS dilarang … sebagai peserta kampanye dengan mengerahkan PNS lain;",
 *   inForce: { from: "2021-08-31" },
 *   sanctions: [{ kind: "discipline", level: "berat", confidence: "high" }],
 *   confidence: "high",
 * });
 * ```
 * @category Rule sets
 */
export const ProvisionSchema = z
  .strictObject({
    id: SlugSchema.describe("Id stabil, misalnya pp-94-2021:pasal-5:huruf-n:angka-1. Tidak pernah diubah. / Stable id; never changes once shipped."),
    citation: z.string().min(1).max(200).describe("Kutipan pasal, misalnya \"Pasal 5 huruf n angka 1\". / Article citation."),
    text: z.string().min(1).max(5000).describe("Bunyi ketentuan (bahasa Indonesia). / Text of the provision (Indonesian)."),
    gloss: z.string().max(2000).optional().describe("Terjemahan ringkas (bahasa Inggris). / Short English gloss."),
    textConfidence: ConfidenceSchema.optional().describe("Keyakinan atas bunyi teks bila berbeda dari isi. / Confidence in the wording where it differs."),
    inForce: InForceSchema,
    sanctions: z.array(SanctionSchema).max(10).describe("Sanksi atas pelanggaran. / Sanctions for a breach."),
    confidence: ConfidenceSchema,
    notes: z.array(LocalizedTextSchema).max(20).optional().describe("Catatan keyakinan atau tafsir. / Confidence or interpretation notes."),
    sources: z.array(z.string().max(500)).max(20).optional().describe("Sumber. / Sources."),
    // A part of a provision that another version of the text lists on its own (SKB 2022 part B item 9
    // before and after determination): a rule citing both gets the part's sanctions, not the whole's.
    parent: SlugSchema.optional().describe(
      "Id ketentuan induk dalam katalog yang sama; aturan yang mengutip induk dan bagian ini memakai sanksi bagian ini. / The id of the parent provision in the same catalogue; a rule citing both gets this part's sanctions.",
    ),
    withoutRule: LocalizedTextSchema.optional().describe(
      "Mengapa tidak ada aturan yang mengutip ketentuan ini (misalnya butir penampung yang merujuk perkara ke Satgas); cakupan mencatatnya terpisah. / Why no rule cites this provision (for example a catch-all that refers cases to the Satgas); coverage lists it apart.",
    ),
    otherNumberings: z
      .array(
        z.strictObject({
          version: z.string().min(1).max(100).describe("Versi teks, misalnya \"versi 13 butir\". / The version of the text."),
          citation: z.string().min(1).max(200).describe("Kutipan menurut versi itu. / The citation in that version."),
        }),
      )
      .max(10)
      .optional()
      .describe("Nomor ketentuan ini dalam versi teks lain (tabel padanan). / This provision's number in other versions of the text (crosswalk)."),
  })
  .describe("Satu ketentuan. / One provision.");

/**
 * One instrument's catalogue file under rules/ketentuan.
 * @example
 * ```ts
 * const catalogue = ProvisionCatalogueSchema.parse(JSON.parse(readFileSync("rules/ketentuan/pp-94-2021.json", "utf8")));
 * catalogue.instrument.shortTitle; // => "PP 94/2021"
 * ```
 * @category Rule sets
 */
export const ProvisionCatalogueSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    instrument: z
      .strictObject({
        id: SlugSchema.describe("Id instrumen, misalnya pp-94-2021. / Instrument id."),
        title: z.string().min(1).max(500).describe("Judul lengkap. / Full title."),
        shortTitle: z.string().min(1).max(100).describe("Judul singkat, misalnya \"PP 94/2021\". / Short title."),
        inForce: InForceSchema,
        confidence: ConfidenceSchema,
        notes: z.array(LocalizedTextSchema).max(20).optional(),
        sources: z.array(z.string().max(500)).max(20).optional(),
      })
      .describe("Instrumen hukum. / The legal instrument."),
    provisions: z.array(ProvisionSchema).min(1).max(500),
  })
  .describe("Katalog ketentuan satu instrumen. / Provision catalogue of one instrument.");

/**
 * A consequence a provision or rule attaches to a breach: discipline, dismissal, criminal, moral, administrative or unspecified.
 * @example
 * ```ts
 * const sanction: Sanction = { kind: "dismissal", form: "ptdh", confidence: "medium" };
 * describeSanction(sanction).id; // => "pemberhentian tidak dengan hormat"
 * ```
 * @category Rule sets
 */
export type Sanction = z.infer<typeof SanctionSchema>;
/**
 * One validated provision (ketentuan) of an instrument.
 * @example
 * ```ts
 * const provision: Provision | undefined = bundledRuleset().provisions.get("pp-94-2021:pasal-5:huruf-n:angka-3");
 * provision?.sanctions[0]?.kind; // => "discipline"
 * ```
 * @category Rule sets
 */
export type Provision = z.infer<typeof ProvisionSchema>;
/**
 * One validated catalogue file under rules/ketentuan: an instrument and its provisions.
 * @example
 * ```ts
 * const catalogues: readonly ProvisionCatalogue[] = bundledRuleset().data.catalogues;
 * ```
 * @category Rule sets
 */
export type ProvisionCatalogue = z.infer<typeof ProvisionCatalogueSchema>;
