import { existsSync, readdirSync, watch } from "node:fs";
import { dirname, join } from "node:path";
import { checkRulesetDir } from "../../node/check.ts";
import { findLocalRulesDir } from "../../node/local-rules.ts";
import { defaultFixturesDir, defaultRulesDir } from "../../node/package-dirs.ts";
import type { Lang } from "../../_utils/text.ts";
import { EXIT, JSON_OPTION, stringOption, usageError, type CliIo, type Command, type ExitCode } from "../command.ts";
import { displayPath, displayProblems, formatProblems, problemJson } from "../format.ts";
import { requireDirectory } from "../rules.ts";
import { LABELS } from "../words.ts";

/** `netralitas validate [DIR]`: every problem of a rule folder in one run, with file, line and column. */
export const validate: Command = {
  name: "validate",
  usage: "[DIR] [--fixtures DIR]",
  summary: {
    id: "Periksa folder aturan: semua masalah sekaligus, dengan berkas, baris dan kolom",
    en: "Check a rule folder: every problem at once, with file, line and column",
  },
  description: {
    id: `Memeriksa setiap berkas di DIR (bawaan: aturan bawaan paket beserta kasus ujinya) dan melaporkan SEMUA masalah
dalam satu kali jalan, masing-masing dengan berkas:baris:kolom, jalur JSON, dan pesan: JSON yang rusak, kunci
yang salah ketik atau tidak dikenal, nilai yang tidak sah, fakta dan operator yang tidak dikenal, id ketentuan
yang tidak ada di katalog, id ganda, id aturan yang tidak sama dengan jalur berkasnya, aturan yang berlaku di luar
masa berlaku ketentuannya, tahapan kalender yang tumpang tindih atau bercelah, syarat yang tidak pernah dapat
terpenuhi (misalnya "in": []), ekspresi JSONPath di "path", dan "$schema" yang salah.

Bila DIR tidak memuat fakta.json, DIR dianggap tambahan dan diperiksa di atas aturan bawaan.
Dengan --fixtures, kasus uji di folder itu juga diperiksa dan dinilai: apakah hasilnya sesuai harapan.`,
    en: `Checks every file in DIR (default: the package's bundled rules with their fixtures) and reports EVERY problem
in one run, each with file:line:column, the JSON path and a message: broken JSON, misspelt or unknown keys,
invalid values, unknown facts and operators, provision ids missing from the catalogue, duplicate ids, rule ids
that do not match their file paths, rules in force outside their provisions' dates, calendar phases that overlap
or leave gaps, conditions that can never hold (e.g. "in": []), JSONPath expressions in "path", and wrong "$schema".

When DIR has no fakta.json it is an extension and is checked on top of the bundled rules.
With --fixtures, the fixtures in that folder are checked and evaluated too: do they meet their expectations?`,
  },
  options: {
    fixtures: {
      type: "string",
      valueName: "DIR",
      description: { id: "Periksa juga kasus uji di folder ini.", en: "Also check the fixtures in this folder." },
    },
    watch: {
      type: "boolean",
      description: {
        id: "Periksa lagi setiap kali berkas di folder itu disimpan (berhenti dengan Ctrl+C).",
        en: "Check again whenever a file in the folder is saved (stop with Ctrl+C).",
      },
    },
    json: JSON_OPTION,
  },
  examples: ["netralitas validate", "npx netralitas validate --watch", "netralitas validate rules --fixtures fixtures", "netralitas validate rules --lang en", "netralitas validate rules --json"],
  run({ lang, json, values, positionals, io }) {
    if (positionals.length > 1) throw usageError("cli_too_many_arguments", { command: "validate", value: positionals.slice(1).join(" ") });
    const given = positionals[0];
    // Without DIR: the rules/ folder here (a checkout or an overlay) with the fixtures/ beside it, else the package's.
    const local = given === undefined ? findLocalRulesDir(io.cwd) : undefined;
    const dir = requireDirectory(given ?? local ?? defaultRulesDir());
    const fixturesOption = stringOption(values, "fixtures");
    const besideLocal = local === undefined ? undefined : join(dirname(local), "fixtures");
    const fixturesDir =
      fixturesOption ?? (given !== undefined ? undefined : besideLocal === undefined ? defaultFixturesDir() : existsSync(besideLocal) ? besideLocal : undefined);
    if (fixturesDir !== undefined) requireDirectory(fixturesDir);
    const once = (): ExitCode => checkOnce(dir, fixturesDir, { lang, json, io });
    if (values["watch"] !== true) return once();
    const watching = watchFolders([dir, ...(fixturesDir === undefined ? [] : [fixturesDir])], () => {
      io.out(`\n── ${new Date().toLocaleTimeString(lang === "id" ? "id-ID" : "en-GB")} ──`);
      once();
    });
    once();
    return watching;
  },
};

/** Every folder at or below `folder`. */
function foldersBelow(folder: string): string[] {
  const out = [folder];
  for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) out.push(...foldersBelow(join(folder, entry.name)));
  return out;
}

/**
 * Re-runs `rerun` shortly after a JSON file below the folders changes (several saves at once run it
 * once). Each folder is watched on its own, set up before this returns (Node's recursive watch on
 * Linux sets up asynchronously and would miss a save made right away); new folders are picked up
 * at the next change. Never resolves.
 */
function watchFolders(folders: readonly string[], rerun: () => void): Promise<ExitCode> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watched = new Set<string>();
  const watchAll = () => {
    for (const folder of folders.flatMap(foldersBelow)) {
      if (watched.has(folder)) continue;
      watched.add(folder);
      watch(folder, (_event, name) => {
        if (name !== null && !String(name).endsWith(".json") && !existsSync(join(folder, String(name)))) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          watchAll();
          rerun();
        }, 150);
      });
    }
  };
  watchAll();
  return new Promise<ExitCode>(() => {});
}

/** One check of a rule folder (and fixtures), printed; the exit code it would have. */
function checkOnce(dir: string, fixturesDir: string | undefined, { lang, json, io }: { readonly lang: Lang; readonly json: boolean; readonly io: CliIo }): ExitCode {
  const check = checkRulesetDir(dir, fixturesDir === undefined ? {} : { fixturesDir });
  const problems = displayProblems(check.problems, io.cwd);
  const shownDir = displayPath(dir, io.cwd);
  if (json) {
    io.out(
      JSON.stringify(
        {
          ok: problems.length === 0,
          dir: shownDir,
          ...(fixturesDir === undefined ? {} : { fixturesDir: displayPath(fixturesDir, io.cwd) }),
          extended: check.extended,
          files: check.files.length,
          problems: problems.map((problem) => problemJson(problem, lang)),
        },
        null,
        2,
      ),
    );
  } else {
    const scope = `${shownDir}${fixturesDir === undefined ? "" : ` + ${displayPath(fixturesDir, io.cwd)}`}${check.extended ? `, ${LABELS.extended[lang]}` : ""}`;
    if (problems.length === 0) {
      io.out(`✓ ${scope}: ${check.files.length} ${LABELS.checked[lang]}, ${LABELS.noProblems[lang]}.`);
    } else {
      const files = new Set(problems.map((problem) => problem.file));
      io.out(formatProblems(problems, lang).join("\n"));
      io.out("");
      io.out(`✗ ${problems.length} ${LABELS.problems[lang]} ${LABELS.inFiles[lang]} ${files.size} ${LABELS.files[lang]} (${scope}: ${check.files.length} ${LABELS.checked[lang]}).`);
    }
  }
  return problems.length === 0 ? EXIT.ok : EXIT.found;
}
