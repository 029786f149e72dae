import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { nearest } from "../../_utils/suggest.ts";
import { message } from "../../messages.ts";
import { expectedSchemaReference } from "../../node/check.ts";
import { findLocalRulesDir } from "../../node/local-rules.ts";
import { defaultRulesDir } from "../../node/package-dirs.ts";
import { FINDING_STATUSES, type FindingStatus } from "../../schema/fixture.ts";
import type { JsonSchemaName } from "../../schema/json-schema.ts";
import { CliError, EXIT, stringOption, usageError, type CliIo, type Command } from "../command.ts";
import { displayPath } from "../format.ts";
import { RULES_OPTIONS, rulesetFromOptions } from "../rules.ts";
import { fixturePrefix, fixtureSkeleton, overrideSkeleton, placeholdersIn, ruleSkeleton } from "../skeletons.ts";

const KINDS = ["rule", "fixture", "override"] as const;
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule folder new files go to: --dir, else the rules/ folder here, else ./rules (created). */
function targetRulesDir(given: string | undefined, cwd: string): string {
  return resolve(cwd, given ?? findLocalRulesDir(cwd) ?? "rules");
}

/** The schema folder a new file's `$schema` points at: the rule folder's own, else the package's. */
function schemaDirFor(rulesDir: string): string {
  const own = join(rulesDir, "schema");
  return existsSync(own) ? own : join(defaultRulesDir(), "schema");
}

/** Writes `data` as two-space JSON, refusing to overwrite; returns the placeholders to fill. */
function writeNew(file: string, data: Record<string, unknown>): string[] {
  if (existsSync(file)) throw new CliError(EXIT.invalidInput, message("cli_file_exists", { path: file }));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return placeholdersIn(data);
}

function schemaRef(file: string, rulesDir: string, name: JsonSchemaName): string {
  return expectedSchemaReference(file, schemaDirFor(rulesDir), name);
}

/** The lines that list what was written and what is left to fill. */
function report(written: readonly { readonly file: string; readonly placeholders: readonly string[] }[], io: CliIo, lang: "id" | "en"): string {
  const lines: string[] = [];
  for (const entry of written) {
    lines.push(`${lang === "id" ? "Ditulis" : "Written"}: ${displayPath(entry.file, io.cwd)}`);
    if (entry.placeholders.length > 0) lines.push(`  ${lang === "id" ? "Isi" : "Fill in"}: ${entry.placeholders.join(", ")}`);
  }
  lines.push(
    "",
    lang === "id"
      ? "Ganti setiap nilai ISI_… (editor menawarkan nama fakta, kondisi bersama dan ketentuan yang sah), lalu jalankan: npx netralitas validate"
      : "Replace every ISI_… value (the editor offers the allowed fact names, shared conditions and provisions), then run: npx netralitas validate",
  );
  return lines.join("\n");
}

/** `netralitas new rule|fixture|override`: skeleton files with the right `$schema`, to fill in. */
export const newCommand: Command = {
  name: "new",
  usage: "rule <RULE-ID> | fixture <RULE-ID> --status STATUS | override <ELECTION> --province PROVINCE",
  summary: {
    id: "Buat kerangka aturan (dengan tiga kasus ujinya), kasus uji, atau tahapan khusus wilayah",
    en: "Write a skeleton rule (with its three fixtures), fixture, or regional stage override",
  },
  description: {
    id: `Menulis berkas kerangka yang sah bentuknya, dengan "$schema" yang benar, dan nilai ISI_… di tempat yang
harus diputuskan staf hukum. Setelah semua ISI_… diganti, "netralitas validate" harus lolos.

  new rule <INSTRUMEN/NAMA>     aturan di rules/aturan/, dan kasus uji melanggar, tidak melanggar dan
                                belum ditentukan di fixtures/<INSTRUMEN/NAMA>/
  new fixture <ID-ATURAN>       satu kasus uji untuk aturan yang ada (--status, --name)
  new override <PEMILIHAN>      salinan kalender pemilihan dengan satu tahapan khusus wilayah (--province,
                                --regency), sebagai berkas tambahan yang menggantikan kalender bawaan

Folder tujuan: --dir (bawaan: folder rules/ di sini, atau ./rules), kasus uji di --fixtures (bawaan:
fixtures/ di samping folder aturan). Berkas yang sudah ada tidak ditimpa.`,
    en: `Writes skeleton files that are valid in shape, with the right "$schema", and ISI_… values where legal
staff must decide. Once every ISI_… is replaced, "netralitas validate" must pass.

  new rule <INSTRUMENT/NAME>    a rule under rules/aturan/, and violated, not-violated and undetermined
                                fixtures under fixtures/<INSTRUMENT/NAME>/
  new fixture <RULE-ID>         one fixture for an existing rule (--status, --name)
  new override <ELECTION>       a copy of an election calendar with one regional stage override
                                (--province, --regency), as an overlay file replacing the built-in calendar

Target folder: --dir (default: the rules/ folder here, or ./rules), fixtures in --fixtures (default:
fixtures/ beside the rule folder). Existing files are never overwritten.`,
  },
  options: {
    dir: { type: "string", valueName: "DIR", description: { id: "Folder aturan tujuan.", en: "The rule folder to write to." } },
    fixtures: { type: "string", valueName: "DIR", description: { id: "Folder kasus uji tujuan.", en: "The fixture folder to write to." } },
    provision: { type: "string", valueName: "ID", description: { id: "new rule: id ketentuan yang dikodekan (mengisi provisions dan inForce).", en: "new rule: the provision id it encodes (fills provisions and inForce)." } },
    status: {
      type: "string",
      valueName: FINDING_STATUSES.join("|"),
      choices: FINDING_STATUSES,
      description: { id: "new fixture: status yang diharapkan.", en: "new fixture: the expected status." },
    },
    name: { type: "string", valueName: "SLUG", description: { id: "new fixture: uraian singkat untuk nama berkas (bawaan: contoh).", en: "new fixture: a short slug for the file name (default: contoh)." } },
    province: { type: "string", valueName: "PROVINCE", description: { id: "new override: id provinsi.", en: "new override: province id." } },
    regency: { type: "string", valueName: "REGENCY", description: { id: "new override: id kabupaten/kota (boleh tidak diisi).", en: "new override: regency id (optional)." } },
    ...RULES_OPTIONS,
  },
  examples: [
    "npx netralitas new rule pp-94-2021/contoh-larangan --provision pp-94-2021:pasal-5:huruf-n:angka-3",
    "npx netralitas new fixture pp-94-2021/pengerahan-pns --status undetermined --name jumlah-tidak-diketahui",
    "npx netralitas new override pilkada-2024 --province papua --regency yalimo",
  ],
  run({ lang, values, positionals, io }) {
    const [kind, target, ...extra] = positionals;
    if (kind === undefined || !(KINDS as readonly string[]).includes(kind)) {
      throw usageError("cli_invalid_option_value", { value: "new", received: kind ?? "", options: KINDS.join(", ") });
    }
    if (target === undefined) throw usageError("cli_missing_argument", { command: `new ${kind}`, argument: kind === "override" ? "ELECTION" : "RULE-ID" });
    if (extra.length > 0) throw usageError("cli_too_many_arguments", { command: `new ${kind}`, value: extra.join(" ") });
    const { ruleset } = rulesetFromOptions(values, io, lang);
    const rulesDir = targetRulesDir(stringOption(values, "dir"), io.cwd);
    const fixturesDir = resolve(io.cwd, stringOption(values, "fixtures") ?? join(dirname(rulesDir), "fixtures"));
    const written: { file: string; placeholders: string[] }[] = [];

    if (kind === "rule") {
      if (!RULE_ID.test(target)) throw new CliError(EXIT.invalidInput, message("cli_invalid_rule_id", { value: target }));
      if (ruleset.rules.some((rule) => rule.id === target)) throw new CliError(EXIT.invalidInput, message("cli_rule_exists", { value: target }));
      const provision = stringOption(values, "provision");
      if (provision !== undefined && !ruleset.provisions.has(provision)) {
        const base = message("unknown_provision", { value: provision, suggestion: "" });
        const near = nearest(provision, [...ruleset.provisions.keys()]);
        const hint = near ? message("suggestion", { name: near }) : { id: "", en: "" };
        throw new CliError(EXIT.invalidInput, { id: base.id + hint.id, en: base.en + hint.en });
      }
      const ruleFile = join(rulesDir, "aturan", `${target}.json`);
      written.push({ file: ruleFile, placeholders: writeNew(ruleFile, ruleSkeleton({ id: target, schema: schemaRef(ruleFile, rulesDir, "rule"), ruleset, ...(provision ? { provision } : {}) })) });
      for (const status of ["violated", "not_violated", "undetermined"] as const satisfies readonly FindingStatus[]) {
        const file = join(fixturesDir, target, `${fixturePrefix(status)}--contoh.json`);
        written.push({ file, placeholders: writeNew(file, fixtureSkeleton({ ruleId: target, status, schema: schemaRef(file, rulesDir, "fixture"), ruleset })) });
      }
    } else if (kind === "fixture") {
      if (!ruleset.rules.some((rule) => rule.id === target)) {
        const base = message("unknown_rule", { value: target, suggestion: "" });
        const near = nearest(target, ruleset.rules.map((rule) => rule.id));
        const hint = near ? message("suggestion", { name: near }) : { id: "", en: "" };
        throw new CliError(EXIT.invalidInput, { id: base.id + hint.id, en: base.en + hint.en });
      }
      const status = stringOption(values, "status") as FindingStatus | undefined;
      if (status === undefined) throw usageError("cli_missing_argument", { command: "new fixture", argument: "--status" });
      const name = stringOption(values, "name") ?? "contoh";
      if (!SLUG.test(name)) throw new CliError(EXIT.invalidInput, message("cli_invalid_rule_id", { value: name }));
      const file = join(fixturesDir, target, `${fixturePrefix(status)}--${name}.json`);
      written.push({ file, placeholders: writeNew(file, fixtureSkeleton({ ruleId: target, status, schema: schemaRef(file, rulesDir, "fixture"), ruleset })) });
    } else {
      const calendar = ruleset.calendars.get(target);
      if (!calendar) {
        const ids = [...ruleset.calendars.keys()];
        throw new CliError(EXIT.invalidInput, message("unknown_election", { received: target, options: ids.join(", "), suggestion: "" }));
      }
      const province = stringOption(values, "province");
      if (province === undefined) throw usageError("cli_missing_argument", { command: "new override", argument: "--province" });
      if (!ruleset.provinces.has(province)) {
        const ids = [...ruleset.provinces.keys()];
        throw new CliError(EXIT.invalidInput, message("unknown_province", { received: province, options: ids.join(", "), suggestion: "" }));
      }
      const regency = stringOption(values, "regency");
      const file = join(rulesDir, "kalender", `${target}.json`);
      const data = overrideSkeleton({ calendar: calendar as unknown as Record<string, unknown>, schema: schemaRef(file, rulesDir, "calendar"), province, ...(regency ? { regency } : {}) });
      written.push({ file, placeholders: writeNew(file, data) });
    }
    io.out(report(written, io, lang));
    return EXIT.ok;
  },
};
