import * as z from "zod";
import { ConfidenceSchema, LocalDateSchema, LocalizedTextSchema, SchemaRefSchema, SlugSchema } from "./common.ts";
import { CONTESTS } from "./incident.ts";

/**
 * The stable phase vocabulary, in calendar order (timelines.md).
 * @example
 * ```ts
 * PHASES.indexOf("quiet_period") > PHASES.indexOf("campaign"); // => true
 * ```
 * @category Rule sets
 */
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
/**
 * One phase id of the stable phase vocabulary (see {@link PHASES}).
 * @example
 * ```ts
 * const phase: PhaseId = assessment.phase.id; // e.g. "campaign"
 * ```
 * @category Rule sets
 */
export type PhaseId = (typeof PHASES)[number];

/**
 * The kinds of election: `pemilu` (general, UU 7/2017) and `pilkada` (regional head, UU 10/2016).
 * @example
 * ```ts
 * ELECTION_KINDS; // => ["pemilu", "pilkada"]
 * ```
 * @category Rule sets
 */
export const ELECTION_KINDS = ["pemilu", "pilkada"] as const;
/**
 * A kind of election (see {@link ELECTION_KINDS}).
 * @example
 * ```ts
 * const kind: ElectionKind = assessment.election.kind; // "pemilu" or "pilkada"
 * ```
 * @category Rule sets
 */
export type ElectionKind = (typeof ELECTION_KINDS)[number];

/**
 * One period of an election phase in a calendar: phase id, first and last local day.
 * @example
 * ```ts
 * PhasePeriodSchema.parse({ phase: "quiet_period", from: "2024-11-24", to: "2024-11-26" });
 * ```
 * @category Rule sets
 */
export const PhasePeriodSchema = z
  .strictObject({
    phase: z.enum(PHASES).describe("Id tahapan. / Phase id."),
    from: LocalDateSchema.describe("Hari pertama (tanggal lokal, inklusif). / First day (local date, inclusive)."),
    to: LocalDateSchema.describe("Hari terakhir (tanggal lokal, inklusif). / Last day (local date, inclusive)."),
    confidence: ConfidenceSchema.optional(),
    note: LocalizedTextSchema.optional(),
  })
  .describe("Satu periode tahapan. / One phase period.");

/**
 * Key dates of an election that rules use (candidate determination, voting day, winners determined).
 * @example
 * ```ts
 * KeyDatesSchema.parse({ candidateDetermination: "2024-09-22", votingDay: "2024-11-27" });
 * ```
 * @category Rule sets
 */
export const KeyDatesSchema = z
  .strictObject({
    candidateDetermination: LocalDateSchema.optional().describe("Penetapan pasangan calon. / Candidate determination."),
    partiesDetermined: LocalDateSchema.optional().describe("Penetapan partai politik peserta pemilu. / Parties determined as election participants."),
    votingDay: LocalDateSchema.optional().describe("Hari pemungutan suara. / Voting day."),
    winnersDetermined: LocalDateSchema.optional().describe("Penetapan calon terpilih. / Winners determined."),
    // null, not absence: a regional override must be able to say "not known here" over the base date.
    inauguration: LocalDateSchema.nullable()
      .optional()
      .describe(
        "Pelantikan kepala daerah baru: masa jabatan lama berakhir, jadi jangka waktu UU 10/2016 Pasal 71 ayat 2 berakhir sehari sebelumnya. null = belum diketahui untuk wilayah ini. / The new heads' inauguration: the old term ends, so the Pasal 71(2) window ends the day before. null = not known for this region.",
      ),
    governorInauguration: LocalDateSchema.nullable()
      .optional()
      .describe(
        "Pelantikan gubernur bila berbeda dari inauguration (yang lalu berlaku bagi bupati dan wali kota). null = belum diketahui. / The governor's inauguration where it differs from inauguration (which then holds for regents and mayors). null = not known.",
      ),
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

// A re-vote ordered for a few polling stations still decides the whole region's contest, so its
// phases apply to the whole region; the count only says how far the re-vote reached.
const PollingStationsSchema = z
  .strictObject({
    min: z.number().int().min(1).max(100_000).describe("Jumlah TPS paling sedikit. / Fewest polling stations."),
    max: z.number().int().min(1).max(100_000).describe("Jumlah TPS paling banyak (sama dengan min bila pasti). / Most polling stations (equal to min when exact)."),
    note: LocalizedTextSchema.optional(),
  })
  .refine((stations) => stations.min <= stations.max, { message: "min must not exceed max", path: ["max"] })
  .describe(
    "Cakupan pemungutan suara ulang bila hanya sebagian TPS: tahapannya tetap berlaku untuk seluruh wilayah, karena hasilnya menentukan pemilihan wilayah itu. / A re-vote's reach when only some polling stations (TPS) vote again; its phases still apply to the whole region, whose contest it decides.",
  );

const ContestPhasesSchema = z
  .strictObject({
    contests: z.array(z.enum(CONTESTS)).min(1).max(CONTESTS.length).describe("Jenis pemilihan yang memakai periode ini. / The contests these periods hold for."),
    note: LocalizedTextSchema,
    confidence: ConfidenceSchema,
    sources: z.array(z.string().max(500)).max(20).optional(),
    phases: z.array(PhasePeriodSchema).min(1).max(50).describe("Periode yang menggantikan kalender induk pada tanggalnya bagi calon dalam pemilihan ini. / Periods that replace the base calendar on their dates for candidates in these contests."),
  })
  .describe(
    "Tahapan khusus jenis pemilihan, misalnya penetapan DCT DPR/DPD sebelum pasangan calon Presiden. / Contest-specific stages, e.g. the legislative lists fixed before the presidential pairs.",
  );

/**
 * An election calendar under rules/kalender.
 * @example
 * ```ts
 * const calendar = CalendarSchema.parse(JSON.parse(readFileSync("rules/kalender/pilkada-2024.json", "utf8")));
 * calendar.keyDates.votingDay; // => "2024-11-27"
 * ```
 * @category Rule sets
 */
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
    contestPhases: z.array(ContestPhasesSchema).max(20).optional(),
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
            stages: z.array(StageSchema).max(50).optional().describe("Tahapan resmi khusus wilayah ini (keterangan). / Official stages of this region only (informational)."),
            pollingStations: PollingStationsSchema.optional(),
            planned: z
              .literal(true)
              .optional()
              .describe("Hanya rencana: sumber tidak memastikan bahwa tahapan ini terlaksana. / Planned only: no source confirms that these stages took place."),
          })
          .describe("Tahapan khusus wilayah (PSU, pemilihan ulang). / Regional stages (re-votes, repeated elections)."),
      )
      .max(1000)
      .optional(),
  })
  .describe("Kalender pemilihan. / Election calendar.");

/**
 * One validated election calendar (rules/kalender).
 * @example
 * ```ts
 * const calendar: Calendar | undefined = bundledRuleset().calendars.get("pilkada-2024");
 * calendar?.phases.find((period) => period.phase === "campaign"); // => { phase: "campaign", from: "2024-09-25", to: "2024-11-23" }
 * ```
 * @category Rule sets
 */
export type Calendar = z.infer<typeof CalendarSchema>;
/**
 * One phase period of a calendar.
 * @example
 * ```ts
 * const period: PhasePeriod = { phase: "voting_day", from: "2024-11-27", to: "2024-11-27" };
 * ```
 * @category Rule sets
 */
export type PhasePeriod = z.infer<typeof PhasePeriodSchema>;
/**
 * The key dates of an election calendar.
 * @example
 * ```ts
 * const dates: KeyDates = { candidateDetermination: "2024-09-22", votingDay: "2024-11-27" };
 * ```
 * @category Rule sets
 */
export type KeyDates = z.infer<typeof KeyDatesSchema>;

/**
 * Province to time zone table under rules/wilayah.
 * @example
 * ```ts
 * const table = RegionTableSchema.parse(JSON.parse(readFileSync("rules/wilayah/provinsi.json", "utf8")));
 * table.provinces.find((province) => province.id === "bali")?.zone; // => "WITA"
 * ```
 * @category Rule sets
 */
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

/**
 * The validated province table (rules/wilayah/provinsi.json).
 * @example
 * ```ts
 * const table: RegionTable = bundledRuleset().data.regions;
 * ```
 * @category Rule sets
 */
export type RegionTable = z.infer<typeof RegionTableSchema>;
/**
 * One province with its time zone.
 * @example
 * ```ts
 * const province: Province | undefined = bundledRuleset().provinces.get("papua");
 * province?.timeZone; // => "Asia/Jayapura"
 * ```
 * @category Rule sets
 */
export type Province = RegionTable["provinces"][number];
