// Generated from IncidentSchema (src/schema/incident.ts) by `npm run generate`; do not edit.
// test/generated.test.ts fails when this file is stale.
import type { BundledElectionId, BundledProvinceId } from "../ruleset/bundled-ids.generated.ts";

/**
 * One reported incident. An absent field means not known.
 *
 * _Satu kejadian yang dilaporkan. Kolom yang tidak diisi berarti tidak diketahui._
 *
 * The incident as the evaluator accepts it (before defaults): `occurredAt` and `region.province`
 * are required, every other field is optional. Check untrusted JSON with `parseIncident` first.
 * @example
 * ```ts
 * const input: IncidentInput = {
 *   election: "pilkada-2024",
 *   region: { province: "kalimantan-tengah" },
 *   occurredAt: "2024-10-10",
 *   subject: { employment: "pns" },
 *   conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 12 } },
 * };
 * ```
 * @category Evaluation
 */
export interface IncidentInput {
  /**
   * JSON Schema reference for editors.
   *
   * _Rujukan JSON Schema untuk editor._
   */
  $schema?: string | undefined;
  /**
   * The caller's reference for this report.
   *
   * _Nomor atau rujukan laporan._
   */
  id?: string | undefined;
  /**
   * Free-text summary. Not judged.
   *
   * _Ringkasan bebas. Tidak dinilai._
   */
  summary?: string | undefined;
  /**
   * Election calendar id; when absent it is found from region and date.
   *
   * _Kalender pemilihan, misalnya pilkada-2024 atau pemilu-2024. Bila kosong, dicari dari wilayah dan tanggal._
   */
  election?: BundledElectionId | (string & {}) | undefined;
  /**
   * Where it happened.
   *
   * _Wilayah tempat kejadian._
   */
  region: {
    /**
     * Province slug; it fixes the time zone.
     *
     * _Provinsi (slug, misalnya kalimantan-tengah); menentukan zona waktu._
     */
    province: BundledProvinceId | (string & {});
    /**
     * Regency or city slug, for regional stage overrides.
     *
     * _Kabupaten/kota (slug), untuk tahapan khusus wilayah._
     */
    regency?: string | undefined;
  };
  /**
   * When it happened: a local date, a local date-time, or a date-time with offset.
   *
   * _Waktu kejadian: tanggal lokal (2024-11-23), waktu lokal (2024-11-23T23:30) atau waktu dengan zona (2024-11-23T23:30:00+07:00)._
   */
  occurredAt: string;
  /**
   * The person whose conduct is reported.
   *
   * _Orang yang perbuatannya dilaporkan._
   */
  subject?: {
    /**
     * Employment: ASN kinds pns, cpns, pppk, asn (an ASN whose kind the report does not say), or a non-ASN kind (state_enterprise_employee = BUMN/BUMD employee).
     *
     * _Status kepegawaian: pns, cpns, pppk (ASN), asn (ASN yang jenisnya tidak disebut), atau bukan ASN: tni, polri, village_head (kepala desa/lurah), village_official (perangkat desa), bpd_member (anggota BPD), regional_head (kepala daerah terpilih), state_official (pejabat negara), non_asn_staff (PPNPN/honorer), state_enterprise_employee (pegawai BUMN/BUMD), other_non_asn._
     */
    employment?: "pns" | "cpns" | "pppk" | "asn" | "tni" | "polri" | "village_head" | "village_official" | "regional_head" | "state_official" | "non_asn_staff" | "state_enterprise_employee" | "bpd_member" | "other_non_asn" | undefined;
    /**
     * Position level: jpt, administrator and pengawas are structural, fungsional is functional, pelaksana is staff.
     *
     * _Jenis jabatan: jpt (pimpinan tinggi), administrator, pengawas (jabatan struktural), fungsional, pelaksana._
     */
    positionLevel?: "jpt" | "administrator" | "pengawas" | "fungsional" | "pelaksana" | undefined;
    /**
     * Position title, e.g. "Camat". Informational only.
     *
     * _Nama jabatan, misalnya "Camat". Hanya keterangan._
     */
    positionTitle?: string | undefined;
    /**
     * Whether the person is an acting regional head (Pj/Plt).
     *
     * _Apakah ia penjabat (Pj) atau pelaksana tugas kepala daerah._
     */
    actingRegionalHead?: boolean | undefined;
    /**
     * Whether the person is on unpaid leave (cuti di luar tanggungan negara).
     *
     * _Apakah ia sedang cuti di luar tanggungan negara._
     */
    onUnpaidLeave?: boolean | undefined;
    /**
     * Whether the person is the spouse of a candidate or prospective candidate.
     *
     * _Apakah ia suami/istri calon atau bakal calon._
     */
    spouseOfCandidate?: boolean | undefined;
    /**
     * Political-party membership: none, member or officer.
     *
     * _Keanggotaan partai politik: none, member (anggota), officer (pengurus)._
     */
    partyMembership?: "none" | "member" | "officer" | undefined;
    /**
     * Whether the person is a voter in that election.
     *
     * _Apakah ia pemilih dalam pemilihan itu (punya hak pilih di daerah pemilihan)._
     */
    voter?: boolean | undefined;
  } | undefined;
  /**
   * The reported conduct.
   *
   * _Perbuatan yang dilaporkan._
   */
  conduct?: {
    /**
     * Presence at an event; "none" = attended nothing.
     *
     * _Kehadiran pada kegiatan; "none" = tidak menghadiri kegiatan apa pun._
     */
    event?: "none" | {
      /**
       * Kind of event; none = attended no such event.
       *
       * _Jenis kegiatan: campaign (kampanye), declaration (deklarasi), party_event (kegiatan partai), introduction (sosialisasi/pengenalan bakal calon), other, none (tidak menghadiri kegiatan apa pun)._
       */
      kind?: "campaign" | "declaration" | "party_event" | "introduction" | "other" | "none" | undefined;
      /**
       * Role at the event.
       *
       * _Peran dalam kegiatan: none (tidak berperan/tidak hadir), passive_listener (hadir hanya mendengar visi-misi), participant (ikut serta), speaker (narasumber/orator), organiser (pelaksana), campaign_team (tim kampanye/tim sukses)._
       */
      role?: "none" | "passive_listener" | "participant" | "speaker" | "organiser" | "campaign_team" | undefined;
      /**
       * Whether the person actively showed support: chants, cheers, gestures.
       *
       * _Apakah ia menunjukkan dukungan aktif: yel-yel, sorak, gestur, mengangkat tangan._
       */
      activeSupport?: boolean | undefined;
      /**
       * Used party or candidate attributes (clothing, vehicle, media showing a party or candidate).
       *
       * _Memakai atribut partai atau calon (pakaian, kendaraan, media bergambar)._
       */
      partyAttributes?: boolean | undefined;
      /**
       * Used ASN attributes (Korpri or service uniform, official vehicle).
       *
       * _Memakai atribut ASN/PNS (seragam Korpri, seragam dinas, kendaraan dinas)._
       */
      asnAttributes?: boolean | undefined;
      /**
       * How many other ASN the person mobilised or brought along; 0 = none.
       *
       * _Jumlah ASN lain yang dikerahkan atau dibawa ke kegiatan; 0 = tidak ada._
       */
      otherAsnBrought?: number | undefined;
      /**
       * Used state facilities (official vehicle, building, budget).
       *
       * _Menggunakan fasilitas negara (kendaraan dinas, gedung, anggaran)._
       */
      stateFacilitiesUsed?: boolean | undefined;
      /**
       * Attended to accompany a spouse who is a candidate.
       *
       * _Hadir untuk mendampingi suami/istri yang menjadi calon._
       */
      accompanyingSpouse?: boolean | undefined;
    } | undefined;
    /**
     * A decision or action taken by the person.
     *
     * _Keputusan atau tindakan pejabat._
     */
    decision?: "none" | {
      /**
       * Effect on a candidate: favours, harms, neither; none = made no decision.
       *
       * _Akibat keputusan/tindakan bagi calon: favours (menguntungkan), harms (merugikan), neither (tidak keduanya), none (tidak membuat keputusan/tindakan apa pun)._
       */
      effect?: "favours" | "harms" | "neither" | "none" | undefined;
    } | undefined;
    /**
     * Use of authority, programmes and activities.
     *
     * _Penggunaan kewenangan, program dan kegiatan (UU 10/2016 Pasal 71 ayat 3)._
     */
    programmeUse?: "none" | {
      /**
       * Effect on a candidate of the use of authority, programmes or activities; none = no such use.
       *
       * _Akibat penggunaan kewenangan, program atau kegiatan bagi calon; none = tidak ada penggunaan._
       */
      effect?: "favours" | "harms" | "neither" | "none" | undefined;
    } | undefined;
    /**
     * Replacement of officials.
     *
     * _Penggantian pejabat (UU 10/2016 Pasal 71 ayat 2)._
     */
    officialReplacement?: "none" | {
      /**
       * Whether the person replaced officials.
       *
       * _Apakah ia mengganti pejabat._
       */
      performed?: boolean | undefined;
      /**
       * Whether the Minister approved in writing.
       *
       * _Apakah ada persetujuan tertulis Menteri._
       */
      writtenMinisterialApproval?: boolean | undefined;
    } | undefined;
    /**
     * An activity showing partiality towards a candidate.
     *
     * _Kegiatan yang mengarah pada keberpihakan._
     */
    partisanActivity?: "none" | {
      /**
       * Form of the activity; none = no such activity.
       *
       * _Bentuk: meeting (pertemuan), invitation (ajakan), appeal (himbauan), call (seruan), gift (pemberian barang), other, none (tidak ada kegiatan)._
       */
      form?: "meeting" | "invitation" | "appeal" | "call" | "gift" | "other" | "none" | undefined;
      /**
       * Audience.
       *
       * _Sasaran: colleagues (ASN di unit kerja), family (keluarga), public (masyarakat), none (tidak ada)._
       */
      audience?: "colleagues" | "family" | "public" | "none" | undefined;
    } | Array<{
      /**
       * Form of the activity; none = no such activity.
       *
       * _Bentuk: meeting (pertemuan), invitation (ajakan), appeal (himbauan), call (seruan), gift (pemberian barang), other, none (tidak ada kegiatan)._
       */
      form?: "meeting" | "invitation" | "appeal" | "call" | "gift" | "other" | "none" | undefined;
      /**
       * Audience.
       *
       * _Sasaran: colleagues (ASN di unit kerja), family (keluarga), public (masyarakat), none (tidak ada)._
       */
      audience?: "colleagues" | "family" | "public" | "none" | undefined;
    }> | undefined;
    /**
     * Support letters and ID cards.
     *
     * _Surat dukungan dan KTP._
     */
    supportLetter?: "none" | {
      /**
       * Gave a support letter.
       *
       * _Memberikan surat dukungan._
       */
      given?: boolean | undefined;
      /**
       * With a copy of the ID card (KTP/SKTP).
       *
       * _Disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk._
       */
      withIdCardCopy?: boolean | undefined;
      /**
       * Collected ID-card copies for an independent prospective candidate.
       *
       * _Mengumpulkan fotokopi KTP untuk bakal calon perseorangan._
       */
      collectedIdCards?: boolean | undefined;
    } | undefined;
    /**
     * Involvement in a campaign or winning team.
     *
     * _Keterlibatan dalam tim kampanye atau pemenangan._
     */
    campaignTeam?: "none" | {
      /**
       * Role in a campaign or winning team.
       *
       * _Peran dalam tim: none, organiser (pelaksana kampanye), team_member (tim kampanye), expert (tenaga ahli), consultant (konsultan), winning_team (tim pemenangan)._
       */
      role?: "none" | "organiser" | "team_member" | "expert" | "consultant" | "winning_team" | undefined;
      /**
       * Registered with the KPU as campaign organiser or team.
       *
       * _Terdaftar resmi sebagai pelaksana/tim kampanye di KPU._
       */
      registered?: boolean | undefined;
    } | undefined;
    /**
     * Conduct online or on social media.
     *
     * _Perbuatan di media sosial atau daring._
     */
    socialMedia?: "none" | {
      /**
       * Action on social media; none = no such action.
       *
       * _Tindakan: post, comment, share, like, follow, join_group, none (tidak ada)._
       */
      action?: "post" | "comment" | "share" | "like" | "follow" | "join_group" | "none" | undefined;
      /**
       * Whose account, group or content the action concerns.
       *
       * _Sasaran: candidate_or_team (akun/grup/konten calon, bakal calon atau tim pemenangan), party (partai), other._
       */
      target?: "candidate_or_team" | "party" | "other" | undefined;
      /**
       * The content promotes or campaigns for a (prospective) candidate.
       *
       * _Isinya mempromosikan atau mengkampanyekan calon/bakal calon._
       */
      promotesCandidate?: boolean | undefined;
    } | Array<{
      /**
       * Action on social media; none = no such action.
       *
       * _Tindakan: post, comment, share, like, follow, join_group, none (tidak ada)._
       */
      action?: "post" | "comment" | "share" | "like" | "follow" | "join_group" | "none" | undefined;
      /**
       * Whose account, group or content the action concerns.
       *
       * _Sasaran: candidate_or_team (akun/grup/konten calon, bakal calon atau tim pemenangan), party (partai), other._
       */
      target?: "candidate_or_team" | "party" | "other" | undefined;
      /**
       * The content promotes or campaigns for a (prospective) candidate.
       *
       * _Isinya mempromosikan atau mengkampanyekan calon/bakal calon._
       */
      promotesCandidate?: boolean | undefined;
    }> | undefined;
    /**
     * A photograph.
     *
     * _Foto._
     */
    photo?: "none" | {
      /**
       * Who or what is in the photo.
       *
       * _Berfoto bersama: candidate_or_team (calon/bakal calon/tim sukses), party_props (alat peraga partai), none._
       */
      with?: "candidate_or_team" | "party_props" | "none" | undefined;
      /**
       * A partisan hand pose.
       *
       * _Gestur tangan yang menunjukkan keberpihakan (jempol, telepon, L/7, saranghae, tiga jari, damai, lima jari, telunjuk, metal)._
       */
      partisanHandPose?: boolean | undefined;
      /**
       * The photo is publicly accessible.
       *
       * _Foto dapat diakses publik._
       */
      publiclyAccessible?: boolean | undefined;
    } | undefined;
    /**
     * Banners and props.
     *
     * _Spanduk dan alat peraga._
     */
    banner?: "none" | {
      /**
       * Put up banners, billboards or props.
       *
       * _Memasang spanduk, baliho atau alat peraga._
       */
      installed?: boolean | undefined;
    } | undefined;
    /**
     * The person's own candidacy.
     *
     * _Pencalonan diri ASN itu sendiri._
     */
    ownCandidacy?: "none" | {
      /**
       * As a prospective candidate, approached a party (or the public, as independent).
       *
       * _Sebagai bakal calon, mendekati partai (atau masyarakat untuk jalur perseorangan)._
       */
      approachedParty?: boolean | undefined;
      /**
       * Declared themself a prospective candidate or candidate.
       *
       * _Mendeklarasikan diri sebagai bakal calon atau calon._
       */
      declaredSelf?: boolean | undefined;
    } | undefined;
    /**
     * Money politics in a regional-head election; "none" = none.
     *
     * _Politik uang dalam pemilihan kepala daerah (UU 10/2016 Pasal 73 dan 187A); "none" = tidak ada._
     */
    moneyPolitics?: "none" | {
      /**
       * What the person did with money or other material; none = nothing of the kind.
       *
       * _Perbuatan: gave (memberikan), promised (menjanjikan), received (menerima), none (tidak ada)._
       */
      act?: "gave" | "promised" | "received" | "none" | undefined;
      /**
       * What it was for.
       *
       * _Tujuan: vote_for_or_against (memilih atau tidak memilih calon tertentu), abstain (tidak menggunakan hak pilih), invalid_vote (suara tidak sah), influence_organiser (mempengaruhi penyelenggara), other, none._
       */
      purpose?: "vote_for_or_against" | "abstain" | "invalid_vote" | "influence_organiser" | "other" | "none" | undefined;
      /**
       * The giver is the candidate or the campaign team (or acts for them).
       *
       * _Pemberi adalah calon atau tim kampanye (atau bertindak atas namanya)._
       */
      asCandidateOrTeam?: boolean | undefined;
    } | undefined;
    /**
     * A direct superior who knew of a suspected breach; "none" = did not know.
     *
     * _Atasan langsung yang mengetahui dugaan pelanggaran (PP 94/2021 Pasal 26 ayat 1 dan Pasal 28); "none" = tidak mengetahui._
     */
    superiorInaction?: "none" | {
      /**
       * As direct superior, knew of a subordinate's suspected discipline breach.
       *
       * _Sebagai atasan langsung, mengetahui dugaan pelanggaran disiplin bawahannya._
       */
      knewOfSuspectedBreach?: boolean | undefined;
      /**
       * Followed it up: summoned, examined or reported.
       *
       * _Menindaklanjuti: memanggil, memeriksa atau melaporkan._
       */
      followedUp?: boolean | undefined;
    } | undefined;
  } | undefined;
  /**
   * The candidate, prospective candidate or party the conduct concerns.
   *
   * _Calon, bakal calon atau partai yang bersangkutan._
   */
  target?: {
    /**
     * Status of whom the conduct concerns; when absent it is derived from the phase.
     *
     * _Status pihak yang didukung: candidate (calon/pasangan calon yang sudah ditetapkan), prospective_candidate (bakal calon), party (partai). Bila kosong, diturunkan dari tahapan._
     */
    status?: "candidate" | "prospective_candidate" | "party" | undefined;
    /**
     * The contest the candidate runs in.
     *
     * _Jenis pemilihan calon: president, dpr, dpd, dprd, regional_head._
     */
    contest?: "president" | "dpr" | "dpd" | "dprd" | "regional_head" | undefined;
    /**
     * Name of the candidate or party. Informational only.
     *
     * _Nama calon atau partai. Hanya keterangan._
     */
    name?: string | undefined;
    /**
     * The candidate is the reported person's spouse.
     *
     * _Calon tersebut adalah suami/istri orang yang dilaporkan._
     */
    isSubjectSpouse?: boolean | undefined;
  } | undefined;
}

/**
 * One reported incident. An absent field means not known.
 *
 * _Satu kejadian yang dilaporkan. Kolom yang tidak diisi berarti tidak diketahui._
 *
 * The validated incident, as recorded in every assessment: `subject` and `conduct` default to `{}`.
 * @example
 * ```ts
 * const assessment = await evaluateIncident(input);
 * const incident: Incident = assessment.incident;
 * incident.subject.employment; // => "pns"
 * ```
 * @category Evaluation
 */
export interface Incident {
  /**
   * JSON Schema reference for editors.
   *
   * _Rujukan JSON Schema untuk editor._
   */
  $schema?: string | undefined;
  /**
   * The caller's reference for this report.
   *
   * _Nomor atau rujukan laporan._
   */
  id?: string | undefined;
  /**
   * Free-text summary. Not judged.
   *
   * _Ringkasan bebas. Tidak dinilai._
   */
  summary?: string | undefined;
  /**
   * Election calendar id; when absent it is found from region and date.
   *
   * _Kalender pemilihan, misalnya pilkada-2024 atau pemilu-2024. Bila kosong, dicari dari wilayah dan tanggal._
   */
  election?: BundledElectionId | (string & {}) | undefined;
  /**
   * Where it happened.
   *
   * _Wilayah tempat kejadian._
   */
  region: {
    /**
     * Province slug; it fixes the time zone.
     *
     * _Provinsi (slug, misalnya kalimantan-tengah); menentukan zona waktu._
     */
    province: BundledProvinceId | (string & {});
    /**
     * Regency or city slug, for regional stage overrides.
     *
     * _Kabupaten/kota (slug), untuk tahapan khusus wilayah._
     */
    regency?: string | undefined;
  };
  /**
   * When it happened: a local date, a local date-time, or a date-time with offset.
   *
   * _Waktu kejadian: tanggal lokal (2024-11-23), waktu lokal (2024-11-23T23:30) atau waktu dengan zona (2024-11-23T23:30:00+07:00)._
   */
  occurredAt: string;
  /**
   * The person whose conduct is reported.
   *
   * _Orang yang perbuatannya dilaporkan._
   */
  subject: {
    /**
     * Employment: ASN kinds pns, cpns, pppk, asn (an ASN whose kind the report does not say), or a non-ASN kind (state_enterprise_employee = BUMN/BUMD employee).
     *
     * _Status kepegawaian: pns, cpns, pppk (ASN), asn (ASN yang jenisnya tidak disebut), atau bukan ASN: tni, polri, village_head (kepala desa/lurah), village_official (perangkat desa), bpd_member (anggota BPD), regional_head (kepala daerah terpilih), state_official (pejabat negara), non_asn_staff (PPNPN/honorer), state_enterprise_employee (pegawai BUMN/BUMD), other_non_asn._
     */
    employment?: "pns" | "cpns" | "pppk" | "asn" | "tni" | "polri" | "village_head" | "village_official" | "regional_head" | "state_official" | "non_asn_staff" | "state_enterprise_employee" | "bpd_member" | "other_non_asn" | undefined;
    /**
     * Position level: jpt, administrator and pengawas are structural, fungsional is functional, pelaksana is staff.
     *
     * _Jenis jabatan: jpt (pimpinan tinggi), administrator, pengawas (jabatan struktural), fungsional, pelaksana._
     */
    positionLevel?: "jpt" | "administrator" | "pengawas" | "fungsional" | "pelaksana" | undefined;
    /**
     * Position title, e.g. "Camat". Informational only.
     *
     * _Nama jabatan, misalnya "Camat". Hanya keterangan._
     */
    positionTitle?: string | undefined;
    /**
     * Whether the person is an acting regional head (Pj/Plt).
     *
     * _Apakah ia penjabat (Pj) atau pelaksana tugas kepala daerah._
     */
    actingRegionalHead?: boolean | undefined;
    /**
     * Whether the person is on unpaid leave (cuti di luar tanggungan negara).
     *
     * _Apakah ia sedang cuti di luar tanggungan negara._
     */
    onUnpaidLeave?: boolean | undefined;
    /**
     * Whether the person is the spouse of a candidate or prospective candidate.
     *
     * _Apakah ia suami/istri calon atau bakal calon._
     */
    spouseOfCandidate?: boolean | undefined;
    /**
     * Political-party membership: none, member or officer.
     *
     * _Keanggotaan partai politik: none, member (anggota), officer (pengurus)._
     */
    partyMembership?: "none" | "member" | "officer" | undefined;
    /**
     * Whether the person is a voter in that election.
     *
     * _Apakah ia pemilih dalam pemilihan itu (punya hak pilih di daerah pemilihan)._
     */
    voter?: boolean | undefined;
  };
  /**
   * The reported conduct.
   *
   * _Perbuatan yang dilaporkan._
   */
  conduct: {
    /**
     * Presence at an event; "none" = attended nothing.
     *
     * _Kehadiran pada kegiatan; "none" = tidak menghadiri kegiatan apa pun._
     */
    event?: "none" | {
      /**
       * Kind of event; none = attended no such event.
       *
       * _Jenis kegiatan: campaign (kampanye), declaration (deklarasi), party_event (kegiatan partai), introduction (sosialisasi/pengenalan bakal calon), other, none (tidak menghadiri kegiatan apa pun)._
       */
      kind?: "campaign" | "declaration" | "party_event" | "introduction" | "other" | "none" | undefined;
      /**
       * Role at the event.
       *
       * _Peran dalam kegiatan: none (tidak berperan/tidak hadir), passive_listener (hadir hanya mendengar visi-misi), participant (ikut serta), speaker (narasumber/orator), organiser (pelaksana), campaign_team (tim kampanye/tim sukses)._
       */
      role?: "none" | "passive_listener" | "participant" | "speaker" | "organiser" | "campaign_team" | undefined;
      /**
       * Whether the person actively showed support: chants, cheers, gestures.
       *
       * _Apakah ia menunjukkan dukungan aktif: yel-yel, sorak, gestur, mengangkat tangan._
       */
      activeSupport?: boolean | undefined;
      /**
       * Used party or candidate attributes (clothing, vehicle, media showing a party or candidate).
       *
       * _Memakai atribut partai atau calon (pakaian, kendaraan, media bergambar)._
       */
      partyAttributes?: boolean | undefined;
      /**
       * Used ASN attributes (Korpri or service uniform, official vehicle).
       *
       * _Memakai atribut ASN/PNS (seragam Korpri, seragam dinas, kendaraan dinas)._
       */
      asnAttributes?: boolean | undefined;
      /**
       * How many other ASN the person mobilised or brought along; 0 = none.
       *
       * _Jumlah ASN lain yang dikerahkan atau dibawa ke kegiatan; 0 = tidak ada._
       */
      otherAsnBrought?: number | undefined;
      /**
       * Used state facilities (official vehicle, building, budget).
       *
       * _Menggunakan fasilitas negara (kendaraan dinas, gedung, anggaran)._
       */
      stateFacilitiesUsed?: boolean | undefined;
      /**
       * Attended to accompany a spouse who is a candidate.
       *
       * _Hadir untuk mendampingi suami/istri yang menjadi calon._
       */
      accompanyingSpouse?: boolean | undefined;
    } | undefined;
    /**
     * A decision or action taken by the person.
     *
     * _Keputusan atau tindakan pejabat._
     */
    decision?: "none" | {
      /**
       * Effect on a candidate: favours, harms, neither; none = made no decision.
       *
       * _Akibat keputusan/tindakan bagi calon: favours (menguntungkan), harms (merugikan), neither (tidak keduanya), none (tidak membuat keputusan/tindakan apa pun)._
       */
      effect?: "favours" | "harms" | "neither" | "none" | undefined;
    } | undefined;
    /**
     * Use of authority, programmes and activities.
     *
     * _Penggunaan kewenangan, program dan kegiatan (UU 10/2016 Pasal 71 ayat 3)._
     */
    programmeUse?: "none" | {
      /**
       * Effect on a candidate of the use of authority, programmes or activities; none = no such use.
       *
       * _Akibat penggunaan kewenangan, program atau kegiatan bagi calon; none = tidak ada penggunaan._
       */
      effect?: "favours" | "harms" | "neither" | "none" | undefined;
    } | undefined;
    /**
     * Replacement of officials.
     *
     * _Penggantian pejabat (UU 10/2016 Pasal 71 ayat 2)._
     */
    officialReplacement?: "none" | {
      /**
       * Whether the person replaced officials.
       *
       * _Apakah ia mengganti pejabat._
       */
      performed?: boolean | undefined;
      /**
       * Whether the Minister approved in writing.
       *
       * _Apakah ada persetujuan tertulis Menteri._
       */
      writtenMinisterialApproval?: boolean | undefined;
    } | undefined;
    /**
     * An activity showing partiality towards a candidate.
     *
     * _Kegiatan yang mengarah pada keberpihakan._
     */
    partisanActivity?: "none" | {
      /**
       * Form of the activity; none = no such activity.
       *
       * _Bentuk: meeting (pertemuan), invitation (ajakan), appeal (himbauan), call (seruan), gift (pemberian barang), other, none (tidak ada kegiatan)._
       */
      form?: "meeting" | "invitation" | "appeal" | "call" | "gift" | "other" | "none" | undefined;
      /**
       * Audience.
       *
       * _Sasaran: colleagues (ASN di unit kerja), family (keluarga), public (masyarakat), none (tidak ada)._
       */
      audience?: "colleagues" | "family" | "public" | "none" | undefined;
    } | Array<{
      /**
       * Form of the activity; none = no such activity.
       *
       * _Bentuk: meeting (pertemuan), invitation (ajakan), appeal (himbauan), call (seruan), gift (pemberian barang), other, none (tidak ada kegiatan)._
       */
      form?: "meeting" | "invitation" | "appeal" | "call" | "gift" | "other" | "none" | undefined;
      /**
       * Audience.
       *
       * _Sasaran: colleagues (ASN di unit kerja), family (keluarga), public (masyarakat), none (tidak ada)._
       */
      audience?: "colleagues" | "family" | "public" | "none" | undefined;
    }> | undefined;
    /**
     * Support letters and ID cards.
     *
     * _Surat dukungan dan KTP._
     */
    supportLetter?: "none" | {
      /**
       * Gave a support letter.
       *
       * _Memberikan surat dukungan._
       */
      given?: boolean | undefined;
      /**
       * With a copy of the ID card (KTP/SKTP).
       *
       * _Disertai fotokopi KTP atau Surat Keterangan Tanda Penduduk._
       */
      withIdCardCopy?: boolean | undefined;
      /**
       * Collected ID-card copies for an independent prospective candidate.
       *
       * _Mengumpulkan fotokopi KTP untuk bakal calon perseorangan._
       */
      collectedIdCards?: boolean | undefined;
    } | undefined;
    /**
     * Involvement in a campaign or winning team.
     *
     * _Keterlibatan dalam tim kampanye atau pemenangan._
     */
    campaignTeam?: "none" | {
      /**
       * Role in a campaign or winning team.
       *
       * _Peran dalam tim: none, organiser (pelaksana kampanye), team_member (tim kampanye), expert (tenaga ahli), consultant (konsultan), winning_team (tim pemenangan)._
       */
      role?: "none" | "organiser" | "team_member" | "expert" | "consultant" | "winning_team" | undefined;
      /**
       * Registered with the KPU as campaign organiser or team.
       *
       * _Terdaftar resmi sebagai pelaksana/tim kampanye di KPU._
       */
      registered?: boolean | undefined;
    } | undefined;
    /**
     * Conduct online or on social media.
     *
     * _Perbuatan di media sosial atau daring._
     */
    socialMedia?: "none" | {
      /**
       * Action on social media; none = no such action.
       *
       * _Tindakan: post, comment, share, like, follow, join_group, none (tidak ada)._
       */
      action?: "post" | "comment" | "share" | "like" | "follow" | "join_group" | "none" | undefined;
      /**
       * Whose account, group or content the action concerns.
       *
       * _Sasaran: candidate_or_team (akun/grup/konten calon, bakal calon atau tim pemenangan), party (partai), other._
       */
      target?: "candidate_or_team" | "party" | "other" | undefined;
      /**
       * The content promotes or campaigns for a (prospective) candidate.
       *
       * _Isinya mempromosikan atau mengkampanyekan calon/bakal calon._
       */
      promotesCandidate?: boolean | undefined;
    } | Array<{
      /**
       * Action on social media; none = no such action.
       *
       * _Tindakan: post, comment, share, like, follow, join_group, none (tidak ada)._
       */
      action?: "post" | "comment" | "share" | "like" | "follow" | "join_group" | "none" | undefined;
      /**
       * Whose account, group or content the action concerns.
       *
       * _Sasaran: candidate_or_team (akun/grup/konten calon, bakal calon atau tim pemenangan), party (partai), other._
       */
      target?: "candidate_or_team" | "party" | "other" | undefined;
      /**
       * The content promotes or campaigns for a (prospective) candidate.
       *
       * _Isinya mempromosikan atau mengkampanyekan calon/bakal calon._
       */
      promotesCandidate?: boolean | undefined;
    }> | undefined;
    /**
     * A photograph.
     *
     * _Foto._
     */
    photo?: "none" | {
      /**
       * Who or what is in the photo.
       *
       * _Berfoto bersama: candidate_or_team (calon/bakal calon/tim sukses), party_props (alat peraga partai), none._
       */
      with?: "candidate_or_team" | "party_props" | "none" | undefined;
      /**
       * A partisan hand pose.
       *
       * _Gestur tangan yang menunjukkan keberpihakan (jempol, telepon, L/7, saranghae, tiga jari, damai, lima jari, telunjuk, metal)._
       */
      partisanHandPose?: boolean | undefined;
      /**
       * The photo is publicly accessible.
       *
       * _Foto dapat diakses publik._
       */
      publiclyAccessible?: boolean | undefined;
    } | undefined;
    /**
     * Banners and props.
     *
     * _Spanduk dan alat peraga._
     */
    banner?: "none" | {
      /**
       * Put up banners, billboards or props.
       *
       * _Memasang spanduk, baliho atau alat peraga._
       */
      installed?: boolean | undefined;
    } | undefined;
    /**
     * The person's own candidacy.
     *
     * _Pencalonan diri ASN itu sendiri._
     */
    ownCandidacy?: "none" | {
      /**
       * As a prospective candidate, approached a party (or the public, as independent).
       *
       * _Sebagai bakal calon, mendekati partai (atau masyarakat untuk jalur perseorangan)._
       */
      approachedParty?: boolean | undefined;
      /**
       * Declared themself a prospective candidate or candidate.
       *
       * _Mendeklarasikan diri sebagai bakal calon atau calon._
       */
      declaredSelf?: boolean | undefined;
    } | undefined;
    /**
     * Money politics in a regional-head election; "none" = none.
     *
     * _Politik uang dalam pemilihan kepala daerah (UU 10/2016 Pasal 73 dan 187A); "none" = tidak ada._
     */
    moneyPolitics?: "none" | {
      /**
       * What the person did with money or other material; none = nothing of the kind.
       *
       * _Perbuatan: gave (memberikan), promised (menjanjikan), received (menerima), none (tidak ada)._
       */
      act?: "gave" | "promised" | "received" | "none" | undefined;
      /**
       * What it was for.
       *
       * _Tujuan: vote_for_or_against (memilih atau tidak memilih calon tertentu), abstain (tidak menggunakan hak pilih), invalid_vote (suara tidak sah), influence_organiser (mempengaruhi penyelenggara), other, none._
       */
      purpose?: "vote_for_or_against" | "abstain" | "invalid_vote" | "influence_organiser" | "other" | "none" | undefined;
      /**
       * The giver is the candidate or the campaign team (or acts for them).
       *
       * _Pemberi adalah calon atau tim kampanye (atau bertindak atas namanya)._
       */
      asCandidateOrTeam?: boolean | undefined;
    } | undefined;
    /**
     * A direct superior who knew of a suspected breach; "none" = did not know.
     *
     * _Atasan langsung yang mengetahui dugaan pelanggaran (PP 94/2021 Pasal 26 ayat 1 dan Pasal 28); "none" = tidak mengetahui._
     */
    superiorInaction?: "none" | {
      /**
       * As direct superior, knew of a subordinate's suspected discipline breach.
       *
       * _Sebagai atasan langsung, mengetahui dugaan pelanggaran disiplin bawahannya._
       */
      knewOfSuspectedBreach?: boolean | undefined;
      /**
       * Followed it up: summoned, examined or reported.
       *
       * _Menindaklanjuti: memanggil, memeriksa atau melaporkan._
       */
      followedUp?: boolean | undefined;
    } | undefined;
  };
  /**
   * The candidate, prospective candidate or party the conduct concerns.
   *
   * _Calon, bakal calon atau partai yang bersangkutan._
   */
  target?: {
    /**
     * Status of whom the conduct concerns; when absent it is derived from the phase.
     *
     * _Status pihak yang didukung: candidate (calon/pasangan calon yang sudah ditetapkan), prospective_candidate (bakal calon), party (partai). Bila kosong, diturunkan dari tahapan._
     */
    status?: "candidate" | "prospective_candidate" | "party" | undefined;
    /**
     * The contest the candidate runs in.
     *
     * _Jenis pemilihan calon: president, dpr, dpd, dprd, regional_head._
     */
    contest?: "president" | "dpr" | "dpd" | "dprd" | "regional_head" | undefined;
    /**
     * Name of the candidate or party. Informational only.
     *
     * _Nama calon atau partai. Hanya keterangan._
     */
    name?: string | undefined;
    /**
     * The candidate is the reported person's spouse.
     *
     * _Calon tersebut adalah suami/istri orang yang dilaporkan._
     */
    isSubjectSpouse?: boolean | undefined;
  } | undefined;
}
