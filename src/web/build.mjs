#!/usr/bin/env node
// `npm run web`: builds the officers' web page into web/index.html, one self-contained file (the
// page's script, built from src/web/app.ts with the core entry and the bundled rules, is inlined:
// an ES module would not load from file://). Open it from disk or put it on any static host.
// `npm run web -- --serve` also serves the folder on http://127.0.0.1:8080 (PORT to change).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));
const outDir = process.env["WEB_OUT"] ?? `${root}web`;

const CSS = `
:root { color-scheme: light; --ink: #1b1f23; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #fff; }
header { display: flex; align-items: center; justify-content: space-between; gap: 1rem; padding: .8rem 1.2rem; border-bottom: 1px solid var(--line); background: var(--soft); }
header h1 { font-size: 1.25rem; margin: 0; }
header .langs button { border: 1px solid var(--line); background: #fff; color: var(--ink); padding: .25rem .6rem; cursor: pointer; }
header .langs button[aria-pressed="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
main { display: grid; grid-template-columns: minmax(20rem, 1fr) minmax(20rem, 1fr); gap: 1.2rem; padding: 1rem 1.2rem 2rem; max-width: 80rem; margin: 0 auto; }
section { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .9rem .9rem; }
h2 { font-size: 1.05rem; margin: .2rem 0 .6rem; }
label { display: grid; gap: .15rem; margin: .45rem 0; }
label span { font-weight: 600; font-size: .92rem; }
select, input, textarea { font: inherit; padding: .3rem .4rem; border: 1px solid var(--line); border-radius: 4px; width: 100%; }
.answer { display: grid; grid-template-columns: 1fr auto; align-items: end; gap: .5rem; }
button { font: inherit; padding: .35rem .8rem; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.link { background: none; color: var(--accent); border: none; padding: .3rem; text-decoration: underline; }
.muted { color: var(--muted); }
.verdict { font-size: 1.2rem; font-weight: 700; margin: .2rem 0; }
.verdict.violation { color: #8b1a1a; }
.wide { grid-column: 1 / -1; }
iframe { width: 100%; height: 60rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
textarea { min-height: 10rem; font-family: "DejaVu Sans Mono", monospace; font-size: .85rem; }
.buttons { display: flex; gap: .6rem; flex-wrap: wrap; align-items: center; margin: .5rem 0; }
@media (max-width: 50rem) { main { grid-template-columns: 1fr; } }
`;

/** The page: its shell (filled by the script), the stylesheet and the script inlined. */
export async function buildWebPage() {
  const result = await build({
    entryPoints: [`${root}src/web/app.ts`],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    legalComments: "none",
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Penilaian Netralitas ASN</title>
<style>${CSS}</style>
</head>
<body>
<header><h1 id="title">Penilaian Netralitas ASN</h1><div class="langs"><button type="button" id="lang-id">Indonesia</button> <button type="button" id="lang-en">English</button></div></header>
<main>
<div>
<p id="intro" class="muted"></p>
<section><h2 id="incident-title"></h2><div id="base"></div></section>
<section id="questions"></section>
<section id="answers"></section>
</div>
<div>
<section id="result"></section>
<section><h2 id="json-title"></h2><textarea id="json" spellcheck="false"></textarea><div class="buttons"><button type="button" id="import"></button><button type="button" id="export"></button><a id="download" hidden></a><span id="json-status" class="muted"></span></div></section>
</div>
<section class="wide"><h2 id="report-title"></h2><div class="buttons"><button type="button" id="show-report"></button><button type="button" id="print"></button></div><iframe id="report" title="report" sandbox="allow-modals allow-same-origin"></iframe></section>
</main>
<noscript>JavaScript diperlukan. / JavaScript is required.</noscript>
<script>${script}</script>
</body>
</html>
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}/index.html`;
  writeFileSync(file, await buildWebPage());
  console.log(`web page: ${file} (${Math.round(readFileSync(file).length / 1024)} KB); open it from disk or serve the folder.`);
  if (process.argv.includes("--serve")) {
    const port = Number(process.env["PORT"] ?? 8080);
    createServer((request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(readFileSync(file));
    }).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port}/ (Ctrl+C to stop)`));
  }
}
