import { escapeHtml } from "../report/report.ts";

// The API reference page (GET /docs): the OpenAPI document rendered on the server as one static
// HTML page, with inline CSS and no scripts or external resources (it works offline and under a
// `default-src 'none'` content security policy). Every operation lists its parameters, request
// body and responses; schemas are expanded field by field with their descriptions.

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const METHODS = ["get", "post", "put", "patch", "delete"] as const;
const MAX_DEPTH = 6;

function typeLabel(schema: Json): string {
  if (typeof schema["$ref"] === "string") return schema["$ref"].split("/").pop() ?? "";
  if (Array.isArray(schema["enum"])) return schema["enum"].map((value) => JSON.stringify(value)).join(" | ");
  if ("const" in schema) return JSON.stringify(schema["const"]);
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return options.filter(isObject).map(typeLabel).join(" | ");
  }
  const type = schema["type"];
  if (type === "array") return `${isObject(schema["items"]) ? typeLabel(schema["items"]) : "unknown"}[]`;
  if (Array.isArray(type)) return type.join(" | ");
  return typeof type === "string" ? type : "any";
}

/** A link to a component schema's section. */
function schemaLink(ref: string): string {
  const name = escapeHtml(ref.split("/").pop() ?? "");
  return `<a href="#schema-${name}">${name}</a>`;
}

/** A schema as nested lists of fields: name, type, required, description. */
function fields(schema: unknown, depth: number): string {
  if (!isObject(schema) || depth > MAX_DEPTH) return "";
  const properties = schema["properties"];
  if (isObject(properties)) {
    const required = new Set(Array.isArray(schema["required"]) ? schema["required"] : []);
    const rows = Object.entries(properties).map(([name, value]) => {
      const property = isObject(value) ? value : {};
      const description = typeof property["description"] === "string" ? `<div class="d">${escapeHtml(property["description"])}</div>` : "";
      const nested = typeof property["$ref"] === "string" ? "" : fields(property["type"] === "array" ? property["items"] : property, depth + 1);
      return `<li><code>${escapeHtml(name)}</code> <span class="t">${escapeHtml(typeLabel(property))}</span>${required.has(name) ? ' <span class="r">required</span>' : ""}${description}${nested}</li>`;
    });
    return `<ul>${rows.join("")}</ul>`;
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return `<ul>${options.filter(isObject).map((option) => `<li>${typeof option["$ref"] === "string" ? schemaLink(option["$ref"]) : escapeHtml(typeLabel(option)) + fields(option, depth + 1)}</li>`).join("")}</ul>`;
  }
  return "";
}

function schemaBlock(schema: unknown): string {
  if (!isObject(schema)) return "";
  const reference = typeof schema["$ref"] === "string" ? schema["$ref"].split("/").pop() : undefined;
  const link = reference ? `<p>Schema: ${schemaLink(reference)}</p>` : "";
  const description = typeof schema["description"] === "string" ? `<p class="d">${escapeHtml(schema["description"])}</p>` : "";
  return `${link}${description}${reference ? "" : fields(schema, 0)}`;
}

function content(value: unknown): string {
  if (!isObject(value)) return "";
  return Object.entries(value)
    .map(([type, media]) => `<div class="m"><code>${escapeHtml(type)}</code>${schemaBlock(isObject(media) ? media["schema"] : undefined)}</div>`)
    .join("");
}

function operation(path: string, method: string, op: Json): string {
  const id = `${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-");
  const parameters = Array.isArray(op["parameters"]) ? op["parameters"].filter(isObject) : [];
  const parameterRows = parameters
    .map((parameter) => {
      const schema = isObject(parameter["schema"]) ? parameter["schema"] : {};
      const description = typeof parameter["description"] === "string" ? parameter["description"] : typeof schema["description"] === "string" ? schema["description"] : "";
      return `<tr><td><code>${escapeHtml(String(parameter["name"]))}</code></td><td>${escapeHtml(String(parameter["in"]))}</td><td>${escapeHtml(typeLabel(schema))}${parameter["required"] ? " (required)" : ""}</td><td>${escapeHtml(description)}</td></tr>`;
    })
    .join("");
  const body = isObject(op["requestBody"]) ? `<h4>Request body</h4>${content(op["requestBody"]["content"])}` : "";
  const responses = isObject(op["responses"])
    ? Object.entries(op["responses"])
        .map(([status, response]) => {
          const value = isObject(response) ? response : {};
          return `<div class="s"><b>${escapeHtml(status)}</b> ${escapeHtml(String(value["description"] ?? ""))}${content(value["content"])}</div>`;
        })
        .join("")
    : "";
  return [
    `<section id="${escapeHtml(id)}"><h3><span class="v ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>`,
    typeof op["summary"] === "string" ? `<p><b>${escapeHtml(op["summary"])}</b></p>` : "",
    typeof op["description"] === "string" ? `<p>${escapeHtml(op["description"])}</p>` : "",
    parameterRows ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr>${parameterRows}</table>` : "",
    body,
    `<h4>Responses</h4>${responses}</section>`,
  ].join("");
}

/** The HTML reference page of an OpenAPI document. */
export function referencePage(document: unknown): string {
  const doc = isObject(document) ? document : {};
  const info = isObject(doc["info"]) ? doc["info"] : {};
  const paths = isObject(doc["paths"]) ? doc["paths"] : {};
  const operations: { path: string; method: string; op: Json }[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) if (isObject(item[method])) operations.push({ path, method, op: item[method] as Json });
  }
  const components = isObject(doc["components"]) && isObject(doc["components"]["schemas"]) ? doc["components"]["schemas"] : {};
  const index = operations.map(({ path, method }) => `<li><a href="#${`${method}-${path}`.replace(/[^a-zA-Z0-9]+/g, "-")}">${method.toUpperCase()} ${escapeHtml(path)}</a></li>`).join("");
  const schemas = Object.entries(components)
    .map(([name, schema]) => `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${schemaBlock(schema)}</section>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info["title"] ?? "API"))} ${escapeHtml(String(info["version"] ?? ""))} — API reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1b1f24}
code{font:13px ui-monospace,monospace;background:#f3f4f6;padding:0 .25em;border-radius:3px}
section{border-top:1px solid #d0d7de;padding:.5rem 0}
.v{display:inline-block;min-width:3.5em;text-align:center;color:#fff;border-radius:3px;font-size:12px;padding:0 .4em}
.get{background:#1f6feb}.post{background:#1a7f37}
.t{color:#6e7781;font-size:13px}.r{color:#cf222e;font-size:12px}.d{color:#424a53}
ul{margin:.2rem 0 .2rem 1rem;padding-left:.5rem}table{border-collapse:collapse}td,th{border:1px solid #d0d7de;padding:.2rem .4rem;text-align:left;vertical-align:top}
.m,.s{margin:.3rem 0}
</style></head><body>
<h1>${escapeHtml(String(info["title"] ?? "API"))} <small>${escapeHtml(String(info["version"] ?? ""))}</small></h1>
<p>${escapeHtml(String(info["description"] ?? ""))}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(String(doc["openapi"] ?? ""))}).</p>
<h2>Operations</h2><ul>${index}</ul>
${operations.map(({ path, method, op }) => operation(path, method, op)).join("\n")}
<h2>Schemas</h2>
${schemas}
</body></html>
`;
}
