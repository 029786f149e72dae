import * as z from "zod";
import { SchemaRefSchema } from "./common.ts";

// Every field below is optional unless stated: an absent field means "not known", never "no".
// Objects are strict so that a typo is an error (with a suggestion), not a silently unknown fact.

/**
 * Employment of the person whose conduct is reported. ASN = PNS, CPNS and PPPK.
 * @example
 * ```ts
 * EMPLOYMENTS.includes("pppk"); // => true
 * ```
 * @category Evaluation
 */
export const EMPLOYMENTS = [
  "pns",
  "cpns",
  "pppk",
  "asn",
  "tni",
  "polri",
  "village_head",
  "village_official",
  "regional_head",
  "state_official",
  "non_asn_staff",
  "state_enterprise_employee",
  "bpd_member",
  "other_non_asn",
] as const;
/**
 * The ASN employment kinds.
 * @example
 * ```ts
 * const isAsn = (ASN_EMPLOYMENTS as readonly string[]).includes(incident.subject.employment ?? ""); // pns, cpns, pppk
 * ```
 * @category Evaluation
 */
export const ASN_EMPLOYMENTS = ["pns", "cpns", "pppk"] as const;
export const POSITION_LEVELS = ["jpt", "administrator", "pengawas", "fungsional", "pelaksana"] as const;
/**
 * Kinds of event an incident's `conduct.event.kind` may name.
 * @example
 * ```ts
 * EVENT_KINDS; // => ["campaign", "declaration", "party_event", "introduction", "other"]
 * ```
 * @category Evaluation
 */
export const EVENT_KINDS = ["campaign", "declaration", "party_event", "introduction", "other", "none"] as const;
/**
 * Roles a person may have at an event (`conduct.event.role`), from passive listener to campaign team.
 * @example
 * ```ts
 * const role: (typeof EVENT_ROLES)[number] = "passive_listener";
 * ```
 * @category Evaluation
 */
export const EVENT_ROLES = ["none", "passive_listener", "participant", "speaker", "organiser", "campaign_team"] as const;
/**
 * Status of whom the conduct concerns (`target.status`): a determined candidate, a prospective candidate (bakal calon) or a party.
 * @example
 * ```ts
 * TARGET_STATUSES; // => ["candidate", "prospective_candidate", "party"]
 * ```
 * @category Evaluation
 */
export const TARGET_STATUSES = ["candidate", "prospective_candidate", "party"] as const;
export const CONTESTS = ["president", "dpr", "dpd", "dprd", "regional_head"] as const;
export const EFFECTS = ["favours", "harms", "neither", "none"] as const;
export const PARTISAN_FORMS = ["meeting", "invitation", "appeal", "call", "gift", "other", "none"] as const;
export const AUDIENCES = ["colleagues", "family", "public", "none"] as const;
export const SOCIAL_MEDIA_ACTIONS = ["post", "comment", "share", "like", "follow", "join_group", "none"] as const;
export const SOCIAL_MEDIA_TARGETS = ["candidate_or_team", "party", "other"] as const;
export const PHOTO_COMPANIONS = ["candidate_or_team", "party_props", "none"] as const;
export const PARTY_MEMBERSHIPS = ["none", "member", "officer"] as const;
export const CAMPAIGN_TEAM_ROLES = ["none", "organiser", "team_member", "expert", "consultant", "winning_team"] as const;
/**
 * What the reported person did with money or other material in a Pilkada (UU 10/2016 Pasal 73 and 187A):
 * gave it, promised it, received it, or nothing of the kind (`none`).
 * @example
 * ```ts
 * MONEY_POLITICS_ACTS.includes("received"); // => true
 * ```
 */
export const MONEY_POLITICS_ACTS = ["gave", "promised", "received", "none"] as const;
/**
 * What the money or material was for: to make voters vote for or against a candidate, abstain or cast
 * an invalid vote (Pasal 73 ayat 4 a-c), to influence election organisers (ayat 1), something else, or
 * nothing (`none`).
 * @example
 * ```ts
 * MONEY_POLITICS_PURPOSES[0]; // => "vote_for_or_against"
 * ```
 */
export const MONEY_POLITICS_PURPOSES = ["vote_for_or_against", "abstain", "invalid_vote", "influence_organiser", "other", "none"] as const;

const SubjectSchema = z
  .strictObject({
    employment: z
      .enum(EMPLOYMENTS)
      .optional()
      .describe(
        "Status kepegawaian: pns, cpns, pppk (ASN), asn (ASN yang jenisnya tidak disebut), atau bukan ASN: tni, polri, village_head (kepala desa/lurah), village_official (perangkat desa), bpd_member (anggota BPD), regional_head (kepala daerah terpilih), state_official (pejabat negara), non_asn_staff (PPNPN/honorer), state_enterprise_employee (pegawai BUMN/BUMD), other_non_asn. / Employment: ASN kinds pns, cpns, pppk, asn (an ASN whose kind the report does not say), or a non-ASN kind (state_enterprise_employee = BUMN/BUMD employee).",
      ),
    positionLevel: z
      .enum(POSITION_LEVELS)
      .optional()
      .describe(
        "Jenis jabatan: jpt (pimpinan tinggi), administrator, pengawas (jabatan struktural), fungsional, pelaksana. / Position level: jpt, administrator and pengawas are structural, fungsional is functional, pelaksana is staff.",
      ),
    positionTitle: z.string().max(200).optional().describe("Nama jabatan, misalnya \"Camat\". Hanya keterangan. / Position title, e.g. \"Camat\". Informational only."),
    actingRegionalHead: z
      .boolean()
      .optional()
      .describe("Apakah ia penjabat (Pj) atau pelaksana tugas kepala daerah. / Whether the person is an acting regional head (Pj/Plt)."),
    onUnpaidLeave: z
      .boolean()
      .optional()
      .describe("Apakah ia sedang cuti di luar tanggungan negara. / Whether the person is on unpaid leave (cuti di luar tanggungan negara)."),
    spouseOfCandidate: z
      .boolean()
      .optional()
      .describe("Apakah ia suami/istri calon atau bakal calon. / Whether the person is the spouse of a candidate or prospective candidate."),
    partyMembership: z
      .enum(PARTY_MEMBERSHIPS)
      .optional()
      .describe("Keanggotaan partai politik: none, member (anggota), officer (pengurus). / Political-party membership: none, member or officer."),
    voter: z
      .boolean()
      .optional()
      .describe("Apakah ia pemilih dalam pemilihan itu (punya hak pilih di daerah pemilihan). / Whether the person is a voter in that election."),
  })
  .describe("Orang yang perbuatannya dilaporkan. / The person whose conduct is reported.");

const EventSchema = z
  .strictObject({
    kind: z
      .enum(EVENT_KINDS)
      .optional()
      .describe(
        "Jenis kegiatan: campaign (kampanye), declaration (deklarasi), party_event (kegiatan partai), introduction (sosialisasi/pengenalan bakal calon), other, none (tidak menghadiri kegiatan apa pun). / Kind of event; none = attended no such event.",
      ),
    role: z
      .enum(EVENT_ROLES)
      .optional()
      .describe(
        "Peran dalam kegiatan: none (tidak berperan/tidak hadir), passive_listener (hadir hanya mendengar visi-misi), participant (ikut serta), speaker (narasumber/orator), organiser (pelaksana), campaign_team (tim kampanye/tim sukses). / Role at the event.",
      ),
    activeSupport: z
      .boolean()
      .optional()
      .describe("Apakah ia menunjukkan dukungan aktif: yel-yel, sorak, gestur, mengangkat tangan. / Whether the person actively showed support: chants, cheers, gestures."),
    partyAttributes: z
      .boolean()
      .optional()
      .describe("Memakai atribut partai atau calon (pakaian, kendaraan, media bergambar). / Used party or candidate attributes (clothing, vehicle, media showing a party or candidate)."),
    asnAttributes: z
      .boolean()
      .optional()
      .describe("Memakai atribut ASN/PNS (seragam Korpri, seragam dinas, kendaraan dinas). / Used ASN attributes (Korpri or service uniform, official vehicle)."),
    otherAsnBrought: z
      .number()
      .int()
      .min(0)
      .max(1_000_000)
      .optional()
      .describe("Jumlah ASN lain yang dikerahkan atau dibawa ke kegiatan; 0 = tidak ada. / How many other ASN the person mobilised or brought along; 0 = none."),
    stateFacilitiesUsed: z
      .boolean()
      .optional()
      .describe("Menggunakan fasilitas negara (kendaraan dinas, gedung, anggaran). / Used state facilities (official vehicle, building, budget)."),
    accompanyingSpouse: z
      .boolean()
      .optional()
      .describe("Hadir untuk mendampingi suami/istri yang menjadi calon. / Attended to accompany a spouse who is a candidate."),
  })
  .describe("Kehadiran pada kampanye, deklarasi, kegiatan partai atau sosialisasi. / Presence at a campaign, declaration, party event or introduction.");

const EffectSchema = z.enum(EFFECTS);

/**
 * One conduct area of an incident: its facts, or the word "none" for "this did not happen" (no
 * decision, no photo, attended nothing...), which fixes every fact of the area to its `none` value
 * (see the fact dictionary).
 */
function conductArea<T extends z.ZodType>(schema: T, description: string) {
  return z.union([z.literal("none"), schema]).optional().describe(description);
}

/** Most acts of one kind in one incident (social-media actions, partisan activities). */
export const MAX_REPEATED_ACTS = 10;

/**
 * A conduct area that may hold several acts (several social-media actions, several partisan
 * activities): one object, a list of objects (a rule is violated when one of them breaks it), or "none".
 */
function repeatableArea<T extends z.ZodType>(schema: T, description: string) {
  return z.union([z.literal("none"), schema, z.array(schema).min(1).max(MAX_REPEATED_ACTS)]).optional().describe(description);
}

const ConductSchema = z
  .strictObject({
    event: conductArea(EventSchema, "Kehadiran pada kegiatan; \"none\" = tidak menghadiri kegiatan apa pun. / Presence at an event; \"none\" = attended nothing."),
    decision: conductArea(
      z.strictObject({
        effect: EffectSchema.optional().describe(
          "Akibat keputusan/tindakan bagi calon: favours (menguntungkan), harms (merugikan), neither (tidak keduanya), none (tidak membuat keputusan/tindakan apa pun). / Effect on a candidate: favours, harms, neither; none = made no decision.",
        ),
      }),
      "Keputusan atau tindakan pejabat. / A decision or action taken by the person.",
    ),
    programmeUse: conductArea(
      z.strictObject({
        effect: EffectSchema.optional().describe(
          "Akibat penggunaan kewenangan, program atau kegiatan bagi calon; none = tidak ada penggunaan. / Effect on a candidate of the use of authority, programmes or activities; none = no such use.",
        ),
      }),
      "Penggunaan kewenangan, program dan kegiatan (UU 10/2016 Pasal 71 ayat 3). / Use of authority, programmes and activities.",
    ),
    officialReplacement: conductArea(
      z.strictObject({
        performed: z.boolean().optional().describe("Apakah ia mengganti pejabat. / Whether the person replaced officials."),
        writtenMinisterialApproval: z
          .boolean()
          .optional()
          .describe("Apakah ada persetujuan tertulis Menteri. / Whether the Minister approved in writing."),
      }),
      "Penggantian pejabat (UU 10/2016 Pasal 71 ayat 2). / Replacement of officials.",
    ),
    partisanActivity: repeatableArea(
      z.strictObject({
        form: z
          .enum(PARTISAN_FORMS)
          .optional()
          .describe("Bentuk: meeting (pertemuan), invitation (ajakan), appeal (himbauan), call (seruan), gift (pemberian barang), other, none (tidak ada kegiatan). / Form of the activity; none = no such activity."),
        audience: z
          .enum(AUDIENCES)
          .optional()
          .describe("Sasaran: colleagues (ASN di unit kerja), family (keluarga), public (masyarakat), none (tidak ada). / Audience."),
      }),
      "Kegiatan yang mengarah pada keberpihakan. / An activity showing partiality towards a candidate.",
    ),
    supportLetter: conductArea(
      z.strictObject({
        given: z.boolean().optional().describe("Memberikan surat dukungan. / Gave a support letter."),
        withIdCardCopy: z
          .boolean()
          .optional()
          .describe("Disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk. / With a copy of the ID card (KTP/SKTP)."),
        collectedIdCards: z
          .boolean()
          .optional()
          .describe("Mengumpulkan fotokopi KTP untuk bakal calon perseorangan. / Collected ID-card copies for an independent prospective candidate."),
      }),
      "Surat dukungan dan KTP. / Support letters and ID cards.",
    ),
    campaignTeam: conductArea(
      z.strictObject({
        role: z
          .enum(CAMPAIGN_TEAM_ROLES)
          .optional()
          .describe(
            "Peran dalam tim: none, organiser (pelaksana kampanye), team_member (tim kampanye), expert (tenaga ahli), consultant (konsultan), winning_team (tim pemenangan). / Role in a campaign or winning team.",
          ),
        registered: z.boolean().optional().describe("Terdaftar resmi sebagai pelaksana/tim kampanye di KPU. / Registered with the KPU as campaign organiser or team."),
      }),
      "Keterlibatan dalam tim kampanye atau pemenangan. / Involvement in a campaign or winning team.",
    ),
    socialMedia: repeatableArea(
      z.strictObject({
        action: z
          .enum(SOCIAL_MEDIA_ACTIONS)
          .optional()
          .describe("Tindakan: post, comment, share, like, follow, join_group, none (tidak ada). / Action on social media; none = no such action."),
        target: z
          .enum(SOCIAL_MEDIA_TARGETS)
          .optional()
          .describe(
            "Sasaran: candidate_or_team (akun/grup/konten calon, bakal calon atau tim pemenangan), party (partai), other. / Whose account, group or content the action concerns.",
          ),
        promotesCandidate: z
          .boolean()
          .optional()
          .describe("Isinya mempromosikan atau mengkampanyekan calon/bakal calon. / The content promotes or campaigns for a (prospective) candidate."),
      }),
      "Perbuatan di media sosial atau daring. / Conduct online or on social media.",
    ),
    photo: conductArea(
      z.strictObject({
        with: z
          .enum(PHOTO_COMPANIONS)
          .optional()
          .describe("Berfoto bersama: candidate_or_team (calon/bakal calon/tim sukses), party_props (alat peraga partai), none. / Who or what is in the photo."),
        partisanHandPose: z
          .boolean()
          .optional()
          .describe("Gestur tangan yang menunjukkan keberpihakan (jempol, telepon, L/7, saranghae, tiga jari, damai, lima jari, telunjuk, metal). / A partisan hand pose."),
        publiclyAccessible: z.boolean().optional().describe("Foto dapat diakses publik. / The photo is publicly accessible."),
      }),
      "Foto. / A photograph.",
    ),
    banner: conductArea(
      z.strictObject({
        installed: z.boolean().optional().describe("Memasang spanduk, baliho atau alat peraga. / Put up banners, billboards or props."),
      }),
      "Spanduk dan alat peraga. / Banners and props.",
    ),
    ownCandidacy: conductArea(
      z.strictObject({
        approachedParty: z
          .boolean()
          .optional()
          .describe("Sebagai bakal calon, mendekati partai (atau masyarakat untuk jalur perseorangan). / As a prospective candidate, approached a party (or the public, as independent)."),
        declaredSelf: z
          .boolean()
          .optional()
          .describe("Mendeklarasikan diri sebagai bakal calon atau calon. / Declared themself a prospective candidate or candidate."),
      }),
      "Pencalonan diri ASN itu sendiri. / The person's own candidacy.",
    ),
    moneyPolitics: conductArea(
      z.strictObject({
        act: z
          .enum(MONEY_POLITICS_ACTS)
          .optional()
          .describe("Perbuatan: gave (memberikan), promised (menjanjikan), received (menerima), none (tidak ada). / What the person did with money or other material; none = nothing of the kind."),
        purpose: z
          .enum(MONEY_POLITICS_PURPOSES)
          .optional()
          .describe(
            "Tujuan: vote_for_or_against (memilih atau tidak memilih calon tertentu), abstain (tidak menggunakan hak pilih), invalid_vote (suara tidak sah), influence_organiser (mempengaruhi penyelenggara), other, none. / What it was for.",
          ),
        asCandidateOrTeam: z
          .boolean()
          .optional()
          .describe("Pemberi adalah calon atau tim kampanye (atau bertindak atas namanya). / The giver is the candidate or the campaign team (or acts for them)."),
      }),
      "Politik uang dalam pemilihan kepala daerah (UU 10/2016 Pasal 73 dan 187A); \"none\" = tidak ada. / Money politics in a regional-head election; \"none\" = none.",
    ),
    superiorInaction: conductArea(
      z.strictObject({
        knewOfSuspectedBreach: z
          .boolean()
          .optional()
          .describe("Sebagai atasan langsung, mengetahui dugaan pelanggaran disiplin bawahannya. / As direct superior, knew of a subordinate's suspected discipline breach."),
        followedUp: z
          .boolean()
          .optional()
          .describe("Menindaklanjuti: memanggil, memeriksa atau melaporkan. / Followed it up: summoned, examined or reported."),
      }),
      "Atasan langsung yang mengetahui dugaan pelanggaran (PP 94/2021 Pasal 26 ayat 1 dan Pasal 28); \"none\" = tidak mengetahui. / A direct superior who knew of a suspected breach; \"none\" = did not know.",
    ),
  })
  .describe("Perbuatan yang dilaporkan. / The reported conduct.");

const TargetSchema = z
  .strictObject({
    status: z
      .enum(TARGET_STATUSES)
      .optional()
      .describe(
        "Status pihak yang didukung: candidate (calon/pasangan calon yang sudah ditetapkan), prospective_candidate (bakal calon), party (partai). Bila kosong, diturunkan dari tahapan. / Status of whom the conduct concerns; when absent it is derived from the phase.",
      ),
    contest: z
      .enum(CONTESTS)
      .optional()
      .describe("Jenis pemilihan calon: president, dpr, dpd, dprd, regional_head. / The contest the candidate runs in."),
    name: z.string().max(200).optional().describe("Nama calon atau partai. Hanya keterangan. / Name of the candidate or party. Informational only."),
    isSubjectSpouse: z.boolean().optional().describe("Calon tersebut adalah suami/istri orang yang dilaporkan. / The candidate is the reported person's spouse."),
  })
  .describe("Calon, bakal calon atau partai yang bersangkutan. / The candidate, prospective candidate or party the conduct concerns.");

/**
 * A report of one act by one person, with everything known about it.
 * @example
 * ```ts
 * const result = IncidentSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues.length);
 * ```
 * @category Evaluation
 */
export const IncidentSchema = z
  .strictObject({
    $schema: SchemaRefSchema,
    id: z.string().max(200).optional().describe("Nomor atau rujukan laporan. / The caller's reference for this report."),
    summary: z.string().max(10_000).optional().describe("Ringkasan bebas. Tidak dinilai. / Free-text summary. Not judged."),
    election: z
      .string()
      .max(100)
      .optional()
      .describe("Kalender pemilihan, misalnya pilkada-2024 atau pemilu-2024. Bila kosong, dicari dari wilayah dan tanggal. / Election calendar id; when absent it is found from region and date."),
    region: z
      .strictObject({
        province: z.string().max(100).describe("Provinsi (slug, misalnya kalimantan-tengah); menentukan zona waktu. / Province slug; it fixes the time zone."),
        regency: z.string().max(100).optional().describe("Kabupaten/kota (slug), untuk tahapan khusus wilayah. / Regency or city slug, for regional stage overrides."),
      })
      .describe("Wilayah tempat kejadian. / Where it happened."),
    occurredAt: z
      .string()
      .max(40)
      .describe(
        "Waktu kejadian: tanggal lokal (2024-11-23), waktu lokal (2024-11-23T23:30) atau waktu dengan zona (2024-11-23T23:30:00+07:00). / When it happened: a local date, a local date-time, or a date-time with offset.",
      ),
    subject: SubjectSchema.default({}),
    conduct: ConductSchema.default({}),
    target: TargetSchema.optional(),
  })
  .describe("Satu kejadian yang dilaporkan. Kolom yang tidak diisi berarti tidak diketahui. / One reported incident. An absent field means not known.");

// The input and output types, with each field's description as TSDoc, are generated from the
// schema above (`npm run generate`); test/types/incident.test-d.ts checks that they equal
// z.input and z.output of IncidentSchema.
export type { IncidentInput, Incident } from "./incident.generated.ts";
/**
 * An employment status (`subject.employment`); the ASN kinds are `pns`, `cpns` and `pppk`.
 * @example
 * ```ts
 * const employment: Employment = "pppk";
 * ```
 * @category Evaluation
 */
export type Employment = (typeof EMPLOYMENTS)[number];
