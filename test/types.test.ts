// The types a TypeScript user meets: the type tests in test/types/ compile under `strict`, each
// `@ts-expect-error` there marks a real error (the file with the directives removed has errors on
// exactly those lines), and every TypeScript example in README.md and docs/*.md compiles under
// `strict` against the package's entries ("netralitas-asn", "netralitas-asn/node", …).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const typeTest = join(root, "test/types/incident.test-d.ts");
const stripped = join(root, "test/types/incident.stripped.ts");

/** The TypeScript blocks of a Markdown file, with the line each starts on. */
function examples(file: string): { name: string; line: number; text: string }[] {
  const text = readFileSync(join(root, file), "utf8");
  const blocks: { name: string; line: number; text: string }[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[index] ?? "")) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !(lines[end] ?? "").startsWith("```")) end++;
    blocks.push({ name: `${file}:${start + 1}`, line: start + 1, text: lines.slice(start, end).join("\n") });
    index = end;
  }
  return blocks;
}

const markdown = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
const blocks = markdown.flatMap(examples).map((block, index) => ({ ...block, file: join(root, "test/types", `example-${index}.ts`) }));

const expectations = readFileSync(typeTest, "utf8").split("\n");
/** The 1-based lines that follow a @ts-expect-error directive. */
const expectedErrorLines = expectations.flatMap((line, index) => (/^\s*\/\/ @ts-expect-error/.test(line) ? [index + 2] : []));

const virtual = new Map<string, string>([
  [stripped, expectations.map((line) => line.replace(/\/\/ @ts-expect-error.*$/, "//")).join("\n")],
  // Each example is a module of its own (top-level await, no clashes between examples).
  ...blocks.map((block): [string, string] => [block.file, `${block.text}\nexport {};\n`]),
]);

function compile(): Map<string, ts.Diagnostic[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2023,
    lib: ["lib.es2023.d.ts", "lib.dom.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    allowImportingTsExtensions: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    types: ["node"],
    paths: {
      "netralitas-asn": [join(root, "src/index.ts")],
      "netralitas-asn/node": [join(root, "src/node/index.ts")],
      "netralitas-asn/testing": [join(root, "src/testing/index.ts")],
      "netralitas-asn/server": [join(root, "src/server/index.ts")],
    },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.getSourceFile = (name, language, ...rest) => {
    const text = virtual.get(name);
    return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram([typeTest, ...virtual.keys()], options, host);
  const byFile = new Map<string, ts.Diagnostic[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = diagnostic.file?.fileName ?? "(global)";
    byFile.set(name, [...(byFile.get(name) ?? []), diagnostic]);
  }
  return byFile;
}

const format = (diagnostic: ts.Diagnostic) => {
  const position = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
  return `${position ? position.line + 1 : "?"}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
};

describe("types that help at every keystroke", () => {
  const diagnostics = compile();

  it("nothing outside the files under test has errors", () => {
    const others = [...diagnostics].filter(([name]) => name !== stripped && !blocks.some((block) => block.file === name));
    expect(others.map(([name, list]) => `${name} ${list.map(format).join("; ")}`)).toEqual([]);
  });

  it("finds the @ts-expect-error lines and the README's examples", () => {
    expect(expectedErrorLines.length).toBeGreaterThanOrEqual(7);
    expect(blocks.filter((block) => block.name.startsWith("README.md")).length).toBeGreaterThanOrEqual(3);
  });

  it("each @ts-expect-error in test/types/incident.test-d.ts marks a real error (evaluateIncident(42), a misspelt key, …)", () => {
    const lines = (diagnostics.get(stripped) ?? []).map((diagnostic) => (diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : -1));
    expect([...new Set(lines)].sort((a, b) => a - b)).toEqual(expectedErrorLines);
  });

  it.each(blocks.map((block) => [block.name, block] as const))("the example at %s compiles under strict", (_name, block) => {
    expect((diagnostics.get(block.file) ?? []).map(format)).toEqual([]);
  });
});
