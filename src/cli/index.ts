import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createEvaluator, isInvalidIncidentError, isNetralitasError, phaseOf, type Assessment, type Lang } from "../index.ts";
import { formatAssessment } from "./format.ts";

const USAGE = `netralitas <command> [options]

Commands:
  evaluate <file|->     Judge an incident (JSON) and print the assessment
  phase <election> <date|date-time> --region <province>
                        Print the phase, local date and zone

Options:
  --json                Machine-readable output
  --lang id|en          Language (default id)
  --help                This help

Exit codes: 0 no violation / not applicable, 1 violation, 2 insufficient facts,
            3 invalid input, 4 usage error, 5 invalid rule set`;

function readInput(file: string): unknown {
  const text = file === "-" ? readFileSync(0, "utf8") : readFileSync(file, "utf8");
  const data = JSON.parse(text) as unknown;
  // A fixture file holds the incident under "incident"; accept both.
  if (data && typeof data === "object" && "incident" in data && "expect" in data) return (data as { incident: unknown }).incident;
  return data;
}

function exitCodeFor(assessment: Assessment): number {
  return { violation: 1, insufficient_facts: 2, no_violation: 0, not_applicable: 0 }[assessment.verdict];
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      lang: { type: "string", default: "id" },
      region: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  const lang: Lang = values.lang === "en" ? "en" : "id";
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 4;
  }
  try {
    if (command === "evaluate") {
      const file = rest[0];
      if (!file) throw new UsageError("evaluate needs a file or -");
      const assessment = await createEvaluator({ lang }).evaluate(readInput(file));
      console.log(values.json ? JSON.stringify(assessment, null, 2) : formatAssessment(assessment, lang));
      return exitCodeFor(assessment);
    }
    if (command === "phase") {
      const [election, when] = rest;
      if (!election || !when || !values.region) throw new UsageError("phase needs <election> <date> --region <province>");
      const result = phaseOf(election, when, { province: values.region }, { lang });
      console.log(
        values.json
          ? JSON.stringify(result, null, 2)
          : `${result.phase.id} · ${result.occurrence.localDate}${result.occurrence.localTime ? ` ${result.occurrence.localTime}` : ""} ${result.zone} (${result.timeZone})`,
      );
      return 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 4;
    }
    if (isInvalidIncidentError(error)) {
      for (const issue of error.issues) console.error(`${issue.path.join(".") || "(root)"}: ${issue.messages[lang]}`);
      return 3;
    }
    if (isNetralitasError(error)) {
      console.error(error.message);
      return 5;
    }
    if (error instanceof SyntaxError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  }
}

class UsageError extends Error {}

process.exitCode = await main(process.argv.slice(2));
