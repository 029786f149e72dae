import { z } from "zod";
import { ConfidenceSchema, LocalDateSchema, LocalizedTextSchema, SchemaRefSchema, SlugSchema } from "./common.ts";

/** The stable phase vocabulary, in calendar order (timelines.md). */
export const PHASES = [
  "pre_registration",
  "registration",
  "candidates_determined",
  "campaign",
  "quiet_period",
  "voting_day",
  "counting",
  "post_result",
  "outside_cycle",
] as const;
export type PhaseId = (typeof PHASES)[number];

export const ELECTION_KINDS = ["pemilu", "pilkada"] as const;
export type ElectionKind = (typeof ELECTION_KINDS)[number];

const PhasePeriodSchema = z
  .strictObject({
    phase: z.enum(PHASES).describe("Id tahapan. / Phase id."),
    from: LocalDateSchema.describe("Hari pertama (tanggal lokal, inklusif). / First day (local date, inclusive)."),
    to: LocalDateSchema.describe("Hari terakhir (tanggal lokal, inklusif). / Last day (local date, inclusive)."),
    confidence: ConfidenceSchema.optional(),
    note: LocalizedTextSchema.optional(),
  })
  .describe("Satu periode tahapan. / One phase period.");

const KeyDatesSchema = z
  .strictObject({
    candidateDetermination: LocalDateSchema.optional().describe("Penetapan pasangan calon. / Candidate determination."),
    votingDay: LocalDateSchema.optional().describe("Hari pemungutan suara. / Voting day."),
    winnersDetermined: LocalDateSchema.optional().describe("Penetapan calon terpilih. / Winners determined."),
  })
  .describe("Tanggal kunci yang dipakai aturan (misalnya jendela 6 bulan Pasal 71). / Key dates rules use (e.g. the Pasal 71 six-month window).");

const StageSchema = z
  .strictObject({
    id: SlugSchema,
    name: LocalizedTextSchema,
    from: LocalDateSchema,
    to: LocalDateSchema.optional(),
    phase: z.enum(PHASES).optional(),
    confidence: ConfidenceSchema.optional(),
    note: LocalizedTextSchema.optional(),
  })
  .describe("Tahapan resmi (boleh tumpang tindih; hanya keterangan). / An official stage (may overlap; informational).");

/** An election calendar under rules/kalender. */
export const CalendarSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    id: SlugSchema.describe("Id kalender, misalnya pilkada-2024. / Calendar id."),
    kind: z.enum(ELECTION_KINDS).describe("pemilu (UU 7/2017) atau pilkada (UU 10/2016). / General or regional-head election."),
    title: LocalizedTextSchema,
    legalBasis: z.string().min(1).max(300).describe("Dasar jadwal, misalnya PKPU 2/2024. / The schedule's legal basis."),
    confidence: ConfidenceSchema,
    notes: z.array(LocalizedTextSchema).max(20).optional(),
    sources: z.array(z.string().max(500)).max(20).optional(),
    coverage: z
      .strictObject({
        from: LocalDateSchema,
        to: LocalDateSchema,
        note: LocalizedTextSchema.optional(),
      })
      .describe("Rentang tanggal yang dinilai dengan kalender ini. / Dates this calendar judges."),
    keyDates: KeyDatesSchema,
    phases: z.array(PhasePeriodSchema).min(1).max(50).describe("Pembagian tahapan yang berurutan, tanpa celah dan tumpang tindih. / Contiguous phase periods, no gaps or overlaps."),
    stages: z.array(StageSchema).max(100).optional(),
    regionOverrides: z
      .array(
        z
          .strictObject({
            province: SlugSchema,
            regency: SlugSchema.optional(),
            note: LocalizedTextSchema,
            confidence: ConfidenceSchema,
            sources: z.array(z.string().max(500)).max(20).optional(),
            keyDates: KeyDatesSchema.optional(),
            phases: z.array(PhasePeriodSchema).max(50).optional().describe("Periode yang menggantikan kalender induk pada tanggalnya. / Periods that replace the base calendar on their dates."),
          })
          .describe("Tahapan khusus wilayah (PSU, pemilihan ulang). / Regional stages (re-votes, repeated elections)."),
      )
      .max(1000)
      .optional(),
  })
  .describe("Kalender pemilihan. / Election calendar.");

export type Calendar = z.infer<typeof CalendarSchema>;
export type PhasePeriod = z.infer<typeof PhasePeriodSchema>;
export type KeyDates = z.infer<typeof KeyDatesSchema>;

/** Province to time zone table under rules/wilayah. */
export const RegionTableSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    source: z.string().max(500),
    provinces: z
      .array(
        z.strictObject({
          id: SlugSchema.describe("Slug provinsi. / Province slug."),
          name: z.string().min(1).max(100),
          zone: z.enum(["WIB", "WITA", "WIT"]).describe("Zona waktu Indonesia. / Indonesian time zone."),
          timeZone: z.enum(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"]).describe("Zona IANA. / IANA zone."),
          confidence: ConfidenceSchema,
          note: LocalizedTextSchema.optional(),
        }),
      )
      .min(1)
      .max(100),
  })
  .describe("Provinsi dan zona waktunya (Keppres 41/1987). / Provinces and their time zones.");

export type RegionTable = z.infer<typeof RegionTableSchema>;
export type Province = RegionTable["provinces"][number];
