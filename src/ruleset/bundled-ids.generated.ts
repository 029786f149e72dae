// Generated from rules/ by `npm run generate`; do not edit. test/generated.test.ts fails when this file is stale.

/**
 * The id of a rule in the bundled rule set, for completion (a custom rule set may have others).
 * @example
 * ```ts
 * const id: BundledRuleId = "pp-94-2021/pengerahan-pns";
 * findingOf(assessment, id)?.status;
 * ```
 * @category Rule sets
 */
export type BundledRuleId =
  | "menpanrb-b36-2018/pendampingan-suami-istri-calon"
  | "menpanrb-se-1-2023/pelanggaran-netralitas-ppnpn"
  | "menpanrb-se-b71-2017/deklarasi-diri"
  | "menpanrb-se-b71-2017/foto-simbol-tangan"
  | "menpanrb-se-b71-2017/hadir-deklarasi"
  | "menpanrb-se-b71-2017/media-sosial"
  | "menpanrb-se-b71-2017/narasumber-kegiatan-partai"
  | "menpanrb-se-b71-2017/pendekatan-partai"
  | "menpanrb-se-b71-2017/spanduk-bakal-calon"
  | "pp-42-2004/etik-menghindari-konflik-kepentingan"
  | "pp-49-2018/atribut-kampanye-pppk"
  | "pp-49-2018/fasilitas-negara-pppk"
  | "pp-53-2010/atribut-kampanye"
  | "pp-53-2010/fasilitas-jabatan-pilkada"
  | "pp-53-2010/fasilitas-negara"
  | "pp-53-2010/kegiatan-keberpihakan-pilkada"
  | "pp-53-2010/kegiatan-keberpihakan-pilpres"
  | "pp-53-2010/keputusan-menguntungkan-pilkada"
  | "pp-53-2010/keputusan-menguntungkan-pilpres"
  | "pp-53-2010/pelaksana-kampanye"
  | "pp-53-2010/pengerahan-pns"
  | "pp-53-2010/surat-dukungan-ktp"
  | "pp-53-2010/terlibat-kampanye-pilkada"
  | "pp-94-2021/atasan-tidak-menindaklanjuti"
  | "pp-94-2021/atribut-kampanye"
  | "pp-94-2021/fasilitas-negara"
  | "pp-94-2021/ikut-kampanye"
  | "pp-94-2021/kegiatan-keberpihakan"
  | "pp-94-2021/keputusan-menguntungkan"
  | "pp-94-2021/pemberian-uang-kepada-pemilih"
  | "pp-94-2021/pengerahan-pns"
  | "pp-94-2021/surat-dukungan-ktp"
  | "skb-netralitas-2020/anggota-pengurus-partai"
  | "skb-netralitas-2020/deklarasi-diri-tanpa-cltn"
  | "skb-netralitas-2020/foto-simbol-tangan"
  | "skb-netralitas-2020/hadir-deklarasi"
  | "skb-netralitas-2020/kampanye-atribut-asn"
  | "skb-netralitas-2020/kampanye-fasilitas-negara"
  | "skb-netralitas-2020/kampanye-media-sosial"
  | "skb-netralitas-2020/kampanye-pasangan-tanpa-cltn"
  | "skb-netralitas-2020/kegiatan-keberpihakan"
  | "skb-netralitas-2020/keputusan-menguntungkan"
  | "skb-netralitas-2020/ktp-calon-perseorangan"
  | "skb-netralitas-2020/narasumber-kegiatan-partai"
  | "skb-netralitas-2020/pelaksana-kampanye"
  | "skb-netralitas-2020/pendekatan-partai-tanpa-cltn"
  | "skb-netralitas-2020/spanduk-promosi-bakal-calon"
  | "skb-netralitas-2022/disiplin-anggota-partai"
  | "skb-netralitas-2022/disiplin-dukungan-aktif-deklarasi-kampanye"
  | "skb-netralitas-2022/disiplin-dukungan-calon-perseorangan"
  | "skb-netralitas-2022/disiplin-foto-keberpihakan"
  | "skb-netralitas-2022/disiplin-interaksi-media-sosial"
  | "skb-netralitas-2022/disiplin-kegiatan-keberpihakan"
  | "skb-netralitas-2022/disiplin-keputusan-menguntungkan"
  | "skb-netralitas-2022/disiplin-pendekatan-partai"
  | "skb-netralitas-2022/disiplin-promosi-daring"
  | "skb-netralitas-2022/disiplin-spanduk-alat-peraga"
  | "skb-netralitas-2022/disiplin-tim-pemenangan"
  | "skb-netralitas-2022/disiplin-tim-pemenangan-bakal-calon"
  | "skb-netralitas-2022/etik-dukungan-aktif-deklarasi-kampanye"
  | "skb-netralitas-2022/etik-foto-keberpihakan"
  | "skb-netralitas-2022/etik-ikut-kegiatan-bakal-calon"
  | "skb-netralitas-2022/etik-interaksi-media-sosial"
  | "skb-netralitas-2022/etik-kampanye-pasangan-tanpa-cuti"
  | "skb-netralitas-2022/etik-promosi-daring"
  | "skb-netralitas-2022/etik-spanduk-alat-peraga"
  | "uu-10-2016/keputusan-menguntungkan-pasangan-calon"
  | "uu-10-2016/melibatkan-asn-dalam-kampanye"
  | "uu-10-2016/melibatkan-kepala-desa-perangkat-desa-dalam-kampanye"
  | "uu-10-2016/penggantian-pejabat"
  | "uu-10-2016/penggunaan-kewenangan-program"
  | "uu-10-2016/politik-uang-calon-atau-tim"
  | "uu-10-2016/politik-uang-pemberi"
  | "uu-10-2016/politik-uang-penerima"
  | "uu-20-2023/anggota-partai-pns"
  | "uu-20-2023/anggota-partai-pppk"
  | "uu-20-2023/kewajiban-netralitas"
  | "uu-5-2014/anggota-partai"
  | "uu-5-2014/anggota-partai-pppk"
  | "uu-6-2014/anggota-bpd-pengurus-partai"
  | "uu-6-2014/kepala-desa-kampanye"
  | "uu-6-2014/kepala-desa-pengurus-partai"
  | "uu-6-2014/perangkat-desa-kampanye"
  | "uu-6-2014/perangkat-desa-pengurus-partai"
  | "uu-7-2017/karyawan-bumn-bumd-tim-kampanye"
  | "uu-7-2017/kegiatan-keberpihakan"
  | "uu-7-2017/kepala-desa-keputusan-menguntungkan"
  | "uu-7-2017/keputusan-menguntungkan-peserta-pemilu"
  | "uu-7-2017/mengikutsertakan-anggota-bpd"
  | "uu-7-2017/mengikutsertakan-asn-dalam-kampanye"
  | "uu-7-2017/mengikutsertakan-kepala-desa"
  | "uu-7-2017/mengikutsertakan-perangkat-desa"
  | "uu-7-2017/pelaksana-atau-tim-kampanye";

/**
 * The id of an election calendar in the bundled rule set (`incident.election`).
 * @example
 * ```ts
 * const election: BundledElectionId = "pilkada-2024";
 * ```
 * @category Rule sets
 */
export type BundledElectionId =
  | "pemilu-2019"
  | "pemilu-2024"
  | "pilkada-2020"
  | "pilkada-2024";

/**
 * The slug of a province in the bundled region table (`incident.region.province`).
 * @example
 * ```ts
 * const province: BundledProvinceId = "kalimantan-tengah";
 * ```
 * @category Rule sets
 */
export type BundledProvinceId =
  | "aceh"
  | "sumatera-utara"
  | "sumatera-barat"
  | "riau"
  | "kepulauan-riau"
  | "jambi"
  | "bengkulu"
  | "sumatera-selatan"
  | "kepulauan-bangka-belitung"
  | "lampung"
  | "banten"
  | "dki-jakarta"
  | "jawa-barat"
  | "jawa-tengah"
  | "di-yogyakarta"
  | "jawa-timur"
  | "kalimantan-barat"
  | "kalimantan-tengah"
  | "kalimantan-selatan"
  | "kalimantan-timur"
  | "kalimantan-utara"
  | "bali"
  | "nusa-tenggara-barat"
  | "nusa-tenggara-timur"
  | "sulawesi-utara"
  | "gorontalo"
  | "sulawesi-tengah"
  | "sulawesi-barat"
  | "sulawesi-selatan"
  | "sulawesi-tenggara"
  | "maluku"
  | "maluku-utara"
  | "papua"
  | "papua-barat"
  | "papua-barat-daya"
  | "papua-tengah"
  | "papua-pegunungan"
  | "papua-selatan";
