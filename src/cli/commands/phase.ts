import { phaseOf } from "../../phase-of.ts";
import { isInvalidIncidentError } from "../../errors.ts";
import { PHASE_WORDS } from "../../explain/words.ts";
import { CliError, EXIT, JSON_OPTION, stringOption, usageError, type Command } from "../command.ts";
import { RULES_OPTIONS, rulesetFromOptions } from "../rules.ts";
import { CONTESTS } from "../../schema/incident.ts";
import type { Contest, PhaseOnDate } from "../../timeline/phase.ts";
import type { Lang } from "../../_utils/text.ts";
import { CONFIDENCE_WORDS, LABELS } from "../words.ts";

/** `netralitas phase <election> <date|date-time> --region <province>`: the phase, local date and zone. */
export const phase: Command = {
  name: "phase",
  usage: "<ELECTION> <DATE|DATE-TIME> --region <PROVINCE> [--regency <REGENCY>] [--contest <CONTEST>]",
  summary: { id: "Tahapan pemilihan, tanggal lokal dan zona waktu pada suatu saat di suatu provinsi", en: "The election phase, local date and time zone at a moment in a province" },
  description: {
    id: `Menampilkan tahapan pemilihan pada tanggal (2024-11-23), waktu lokal (2024-11-23T23:30) atau waktu dengan
zona (2024-11-23T23:30:00+07:00) di suatu provinsi. Waktu dengan zona diubah ke jam dinding provinsi itu
(WIB, WITA atau WIT) lebih dulu: batas tahapan adalah tanggal lokal. Dengan --regency, tahapan khusus
kabupaten/kota (misalnya pemungutan suara ulang) ikut diperhitungkan; dengan --contest, tahapan khusus
jenis pemilihan (misalnya DCT DPR/DPD sebelum pasangan calon Presiden).`,
    en: `Prints the election phase on a date (2024-11-23), a local date-time (2024-11-23T23:30) or a date-time with
offset (2024-11-23T23:30:00+07:00) in a province. A date-time with offset is first converted to the
province's wall clock (WIB, WITA or WIT): phase boundaries are local dates. With --regency, stages
specific to a regency or city (e.g. a re-vote) are taken into account; with --contest, periods specific
to a contest (e.g. the DPR/DPD lists fixed before the presidential pairs).`,
  },
  options: {
    region: {
      type: "string",
      valueName: "PROVINCE",
      description: { id: "Provinsi (slug, misalnya kalimantan-tengah). Wajib.", en: "Province (slug, e.g. kalimantan-tengah). Required." },
    },
    regency: { type: "string", valueName: "REGENCY", description: { id: "Kabupaten/kota (slug).", en: "Regency or city (slug)." } },
    contest: {
      type: "string",
      valueName: "CONTEST",
      choices: CONTESTS,
      description: { id: "Jenis pemilihan calon: president, dpr, dpd, dprd, regional_head.", en: "The candidate's contest: president, dpr, dpd, dprd, regional_head." },
    },
    ...RULES_OPTIONS,
    json: JSON_OPTION,
  },
  examples: ["netralitas phase pilkada-2024 2024-11-23T23:30:00+07:00 --region kalimantan-selatan", "netralitas phase pemilu-2024 2024-02-10 --region papua --json"],
  run({ lang, json, values, positionals, io }) {
    const [election, when, ...extra] = positionals;
    const region = stringOption(values, "region");
    if (!election || !when) throw usageError("cli_missing_argument", { command: "phase", argument: lang === "id" ? "<pemilihan> <tanggal>" : "<election> <date>" });
    if (extra.length > 0) throw usageError("cli_too_many_arguments", { command: "phase", value: extra.join(" ") });
    if (!region) throw usageError("cli_missing_argument", { command: "phase", argument: "--region PROVINCE" });
    const regency = stringOption(values, "regency");
    // parseCommandArgs has checked the value against CONTESTS.
    const contest = stringOption(values, "contest") as Contest | undefined;
    const { ruleset } = rulesetFromOptions(values, io, lang);
    let result;
    try {
      result = phaseOf(election, when, { province: region, ...(regency ? { regency } : {}) }, { ruleset, lang, ...(contest ? { contest } : {}) });
    } catch (error) {
      if (!isInvalidIncidentError(error)) throw error;
      throw new CliError(EXIT.invalidInput, error.issues[0].messages);
    }
    const calendar = ruleset.calendars.get(result.election);
    const province = ruleset.provinces.get(region);
    if (json) {
      io.out(JSON.stringify({ ...result, province: region, ...(regency ? { regency } : {}), provinceName: province?.name }, null, 2));
      return EXIT.ok;
    }
    const { occurrence } = result;
    const local = `${occurrence.localDate}${occurrence.localTime ? ` ${occurrence.localTime}` : ""} ${result.zone}`;
    const rows: [string, string][] = [
      [LABELS.phase[lang], `${PHASE_WORDS[result.phase.id][lang]} (${result.phase.id})`],
      ["", `${result.phase.from} ${LABELS.until[lang]} ${result.phase.to}; ${LABELS.confidence[lang].toLowerCase()}: ${CONFIDENCE_WORDS[result.phase.confidence][lang]}${overrideWords(result.phase, lang)}`],
      [LABELS.time[lang], `${local}${occurrence.precision === "instant" ? ` (${LABELS.from[lang]} ${when}; UTC ${occurrence.instant})` : ""}`],
      [LABELS.region[lang], `${province?.name ?? region}${regency ? `, ${LABELS.regency[lang]} ${regency}` : ""} — ${result.zone} (${result.timeZone})`],
      [LABELS.election[lang], `${calendar?.title[lang] ?? result.election} (${result.election})`],
    ];
    if (result.phase.contests) rows.push([LABELS.contests[lang], result.phase.contests.join(", ")]);
    if (result.phase.stages.length > 0) rows.push([LABELS.stages[lang], result.phase.stages.map((stage) => stage.name[lang]).join("; ")]);
    if (result.phase.note) rows.push([LABELS.note[lang], result.phase.note[lang]]);
    const width = Math.max(...rows.map(([label]) => label.length));
    io.out(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n"));
    return EXIT.ok;
  },
};

/** "; regional stage override (89 polling stations; planned only)" for a phase a regional override supplied. */
function overrideWords(phase: PhaseOnDate, lang: Lang): string {
  const override = phase.regionalOverride;
  if (!override) return "";
  const details: string[] = [];
  const stations = override.pollingStations;
  if (stations) details.push(`${stations.min === stations.max ? stations.min : `${stations.min}–${stations.max}`} ${LABELS.pollingStations[lang]}`);
  if (override.planned) details.push(LABELS.plannedOnly[lang]);
  return `; ${LABELS.regionalOverride[lang]}${details.length > 0 ? ` (${details.join("; ")})` : ""}`;
}
