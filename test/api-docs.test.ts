// Every public symbol (exported from the three entry points) has a TSDoc summary and an @example,
// and the hand-written docs link only to files that exist. typedoc (`npm run docs`) checks links
// and exports; this test checks what typedoc cannot: that nothing public lacks an example.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const entries = ["src/index.ts", "src/node/index.ts", "src/testing/index.ts", "src/server/index.ts"];

function publicSymbols(): { entry: string; name: string; summary: string; hasExample: boolean }[] {
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    {
      allowImportingTsExtensions: true,
      noEmit: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      resolveJsonModule: true,
      skipLibCheck: true,
      types: [],
    },
  );
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(join(root, entry));
    const module = source ? checker.getSymbolAtLocation(source) : undefined;
    if (!module) throw new Error(`cannot read ${entry}`);
    return checker.getExportsOfModule(module).map((exported) => {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const hasExample = declarations.some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === "example"));
      return { entry, name: exported.name, summary, hasExample };
    });
  });
}

describe("public API documentation", () => {
  const symbols = publicSymbols();

  it("finds the public symbols", () => {
    expect(symbols.length).toBeGreaterThan(100);
  });

  it("every public symbol has a TSDoc summary and an @example", () => {
    const missing = symbols.filter((symbol) => symbol.summary === "" || !symbol.hasExample).map((symbol) => `${symbol.entry} ${symbol.name}${symbol.summary === "" ? " (no summary)" : ""}${symbol.hasExample ? "" : " (no @example)"}`);
    expect(missing).toEqual([]);
  });

  it("the docs link only to files that exist", () => {
    const docs = readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md"));
    for (const name of docs) {
      const text = readFileSync(join(root, "docs", name), "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (!target || /^[a-z]+:/.test(target)) continue;
        expect(existsSync(join(dirname(join(root, "docs", name)), target)), `${name} → ${target}`).toBe(true);
      }
    }
  });
});
