import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { message } from "../../messages.ts";
import { InterpretationSchema, type InterpretationInput } from "../../schema/options.ts";
import { toInputIssues } from "../../schema/issues.ts";
import { CliError, EXIT, stringOption, stringOptions, type Command } from "../command.ts";
import { interpretationFrom, RULES_OPTIONS, rulesetFromOptions } from "../rules.ts";

type ServerEntry = typeof import("../../server/index.ts");

/**
 * The server entry, loaded only by this command: the built dist/server.js beside dist/cli.js (so
 * that the CLI bundle carries no HTTP framework and the service uses the package's own zod), or
 * the sources when running from src/ (tests).
 */
async function serverEntry(): Promise<ServerEntry> {
  const beside = new URL("./server.js", import.meta.url);
  if (import.meta.url.endsWith("/cli.js") && existsSync(fileURLToPath(beside))) return (await import(beside.href)) as ServerEntry;
  // A computed specifier, so that the bundler leaves it alone (it is only taken from src/).
  const source = "../../server/index.ts";
  return (await import(source)) as ServerEntry;
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliError(EXIT.usage, message("cli_invalid_option_value", { value: "--port", received: text, options: "0-65535" }));
  }
  return port;
}

/** The `--interpretation` options, checked before the service starts (a usage error, not a 422 on every request). */
function interpretationOf(values: Parameters<typeof interpretationFrom>[0], lang: "id" | "en"): InterpretationInput {
  const given = interpretationFrom(values);
  const pairs = stringOptions(values, "interpretation");
  const result = InterpretationSchema.partial().safeParse(given);
  if (result.success) return result.data;
  const [issue] = toInputIssues(result.error.issues, given, InterpretationSchema, lang);
  throw new CliError(EXIT.usage, message("cli_invalid_option_value", { value: "--interpretation", received: pairs.join(" "), options: issue?.messages[lang] ?? "" }));
}

/** `netralitas serve`: the HTTP service. */
export const serve: Command = {
  name: "serve",
  usage: "[--port N] [--host ADDRESS]",
  summary: { id: "Jalankan layanan HTTP (JSON, NDJSON, OpenAPI)", en: "Run the HTTP service (JSON, NDJSON, OpenAPI)" },
  description: {
    id: `Menjalankan layanan HTTP untuk sistem yang tidak memakai JavaScript: POST /v1/assessments (satu kejadian),
POST /v1/assessments:batch (NDJSON masuk dan keluar, mengalir), POST /v1/questions, POST /v1/reports,
GET /v1/rules, /v1/provisions, /v1/calendars, /openapi.json (OpenAPI 3.1), /docs (rujukan API) dan /health.
Kesalahan dikirim sebagai application/problem+json dalam bahasa Accept-Language (id atau en).

Kumpulan aturan dan tafsir dipilih saat mulai (--rules, --interpretation); satu penilai dipakai bersama
oleh semua permintaan. Layanan tidak menyimpan keadaan: jalankan beberapa salinan di belakang penyeimbang
beban. SIGTERM menghentikannya dengan tertib (permintaan yang berjalan diselesaikan).`,
    en: `Runs the HTTP service for systems that do not use JavaScript: POST /v1/assessments (one incident),
POST /v1/assessments:batch (NDJSON in and out, streamed), POST /v1/questions, POST /v1/reports,
GET /v1/rules, /v1/provisions, /v1/calendars, /openapi.json (OpenAPI 3.1), /docs (API reference) and /health.
Errors are application/problem+json in the language of Accept-Language (id or en).

The rule set and interpretation are chosen at start (--rules, --interpretation); one evaluator serves
every request. The service keeps no state: run several copies behind a load balancer. SIGTERM stops it
gracefully (requests in flight finish).`,
  },
  options: {
    port: { type: "string", valueName: "N", description: { id: "Porta TCP (bawaan: 8080; 0 = porta bebas).", en: "TCP port (default: 8080; 0 = any free port)." } },
    host: {
      type: "string",
      valueName: "ADDRESS",
      description: { id: "Alamat (bawaan: 127.0.0.1; 0.0.0.0 untuk semua antarmuka, misalnya di kontainer).", en: "Address (default: 127.0.0.1; 0.0.0.0 for every interface, e.g. in a container)." },
    },
    cors: {
      type: "string",
      multiple: true,
      valueName: "ORIGIN",
      description: {
        id: "Izinkan peramban dari asal ini (dapat diulang; * = semua). Bawaan: tidak ada.",
        en: "Allow browsers from this origin (repeatable; * = any). Default: none.",
      },
    },
    interpretation: {
      type: "string",
      multiple: true,
      valueName: "KEY=VALUE",
      description: {
        id: "Pilihan tafsir untuk semua permintaan, dapat diulang: passiveAttendance=allowed|prohibited, pppkBoundByPp94=true|false.",
        en: "Interpretation option for every request, repeatable: passiveAttendance=allowed|prohibited, pppkBoundByPp94=true|false.",
      },
    },
    ...RULES_OPTIONS,
  },
  examples: [
    "netralitas serve",
    "netralitas serve --port 8080 --host 0.0.0.0",
    "netralitas serve --rules aturan-saya --interpretation passiveAttendance=prohibited",
    "netralitas serve --cors https://pengaduan.example.go.id",
  ],
  async run({ lang, values, io }) {
    const port = portOf(stringOption(values, "port"));
    const hostname = stringOption(values, "host") ?? "127.0.0.1";
    const interpretation = interpretationOf(values, lang);
    const origins = stringOptions(values, "cors");
    const { ruleset } = rulesetFromOptions(values, io);
    const { startServer } = await serverEntry();
    let server: Awaited<ReturnType<ServerEntry["startServer"]>>;
    try {
      server = await startServer({
        port,
        hostname,
        ruleset,
        interpretation,
        lang,
        handleSignals: true,
        ...(origins.length > 0 ? { cors: { origin: origins.includes("*") ? "*" : origins } } : {}),
      });
    } catch (error) {
      const detail = error instanceof Error ? ((error as NodeJS.ErrnoException).code ?? error.message) : String(error);
      throw new CliError(EXIT.invalidInput, message("cli_listen_failed", { address: `${hostname}:${port}`, detail }));
    }
    io.err(message("cli_serving", { url: server.url, version: ruleset.version, rules: ruleset.rules.length })[lang]);
    await server.closed;
    io.err(message("cli_stopped")[lang]);
    return EXIT.ok;
  },
};
