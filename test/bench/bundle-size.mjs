#!/usr/bin/env node
// The size of the core entry (src/index.ts) as a browser bundle: esbuild, ESM, minified, every
// dependency and the bundled rule set included. Prints one JSON object on stdout:
//   { entry, bytes: { minified, gzip, brotli, codeMinified, codeGzip, rulesGzip }, budget, withinBudget,
//     nodeBuiltins, contributors }
// `contributors` lists the largest inputs (by bytes in the minified output), grouped by package or
// by source folder. Usage: node test/bench/bundle-size.mjs [--out file.js]
// test/browser.test.ts asserts the budget and that no node: module is pulled in.
import { builtinModules } from "node:module";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Budgets for the gzipped bundle, in bytes (see README, "Guarantees and limits"). Measured
 * 2026-11 with 48 rules: 140 KB in all, of which the code is 103 KB (zod, json-rules-engine with
 * jsonpath-plus and eventemitter2, date-fns with @date-fns/tz, and the library with its bilingual
 * schema descriptions and messages) and the rule set's JSON 38 KB.
 * - code: about 20% headroom. It fails on a regression such as zod's 64 locales (+67 KB, what
 *   `import { z } from "zod"` costs under esbuild), all of date-fns, or a second copy of a dependency.
 * - total: the rule set grows with every rule legal staff add (about 0.8 KB gzipped per rule with
 *   its provisions); 200 KB leaves room for some 70 more before the budget is revisited.
 */
export const BUDGET = { codeGzip: 125_000, totalGzip: 200_000 };

const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * Builds the browser bundle in memory, recording any Node built-in it imports. With
 * `withoutRules`, the bundled rule set is left empty: what is left is the code alone.
 */
export async function bundleCore({ minify = true, withoutRules = false, entry = "src/index.ts" } = {}) {
  const builtins = [];
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify,
    write: false,
    metafile: true,
    legalComments: "none",
    logLevel: "silent",
    absWorkingDir: root,
    plugins: [
      {
        name: "no-node-builtins",
        setup(pluginBuild) {
          if (withoutRules) {
            // The rule set is JSON text in src/ruleset/bundled.generated.ts (and any JSON import of rules/).
            pluginBuild.onLoad({ filter: /[\\/]rules[\\/].*\.json$/ }, () => ({ contents: "{}", loader: "json" }));
            pluginBuild.onLoad({ filter: /[\\/]bundled\.generated\.ts$/ }, () => ({
              contents: 'export const BUNDLED_VERSION = ""; export const BUNDLED_FILES = []; export const VALIDATED_PATCHES = null;',
              loader: "ts",
            }));
          }
          pluginBuild.onResolve({ filter: /.*/ }, (args) => {
            if (NODE_BUILTINS.has(args.path)) {
              builtins.push(`${args.path} (imported by ${args.importer.replace(root, "")})`);
              return { path: args.path, external: true };
            }
            return undefined;
          });
        },
      },
    ],
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no output");
  return { code: output.contents, metafile: result.metafile, nodeBuiltins: builtins };
}

function groupOf(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at !== -1) return parts.slice(at + 1, parts[at + 1]?.startsWith("@") ? at + 3 : at + 2).join("/");
  return parts.slice(0, 2).join("/");
}

/** Measures the bundle: raw, gzip (level 9) and brotli (quality 11) bytes, code alone, and the largest inputs. */
export async function measure() {
  const { code, metafile, nodeBuiltins } = await bundleCore();
  const codeOnly = await bundleCore({ withoutRules: true });
  const output = Object.values(metafile.outputs)[0];
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const group = groupOf(input);
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
  const total = { minified: code.length, gzip: gzip(code), brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  const codeGzip = gzip(codeOnly.code);
  return {
    entry: "src/index.ts",
    bytes: { ...total, codeMinified: codeOnly.code.length, codeGzip, rulesGzip: total.gzip - codeGzip },
    budget: BUDGET,
    withinBudget: codeGzip <= BUDGET.codeGzip && total.gzip <= BUDGET.totalGzip,
    nodeBuiltins,
    contributors: [...groups.entries()]
      .sort((left, right) => right[1] - left[1])
      .slice(0, 12)
      .map(([name, bytes]) => ({ name, minifiedBytes: bytes })),
    code,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { code, ...report } = await measure();
  const at = process.argv.indexOf("--out");
  if (at !== -1 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], code);
  console.log(JSON.stringify(report, null, 2));
}
