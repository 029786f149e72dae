// The officers' web page: an interview in a form. Built from the core entry into one static file
// by `npm run web` (test/support/... is not needed): no server, no network once loaded.
import { uncheckedIncident } from "../_utils/unchecked.ts";
import {
  answerQuestion,
  bundledRuleset,
  createEvaluator,
  isInvalidIncidentError,
  nextQuestions,
  renderHtmlReport,
  type Assessment,
  type Lang,
  type Question,
} from "../index.ts";
import { STATUS_WORDS, VERDICT_WORDS } from "../explain/words.ts";
import { caseFile, isOthersOffence, STATUS_ORDER } from "../report/case-file.ts";
import { WEB_WORDS as W } from "./words.ts";

type Incident = Record<string, unknown>;

const ruleset = bundledRuleset();
/** The most useful questions shown at once; the rest wait behind "more questions". */
const SHOWN = 3;
const evaluator = createEvaluator({ ruleset });

const state: { lang: Lang; incident: Incident; assessment?: Assessment; error?: string } = {
  lang: document.documentElement.lang === "en" ? "en" : "id",
  incident: { subject: {} },
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} is missing`);
  return node as T;
}

const t = (label: { readonly id: string; readonly en: string }) => label[state.lang];

function get(path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), state.incident);
}

function set(path: string, value: unknown): void {
  const keys = path.split(".");
  const write = (node: unknown, rest: readonly string[]): unknown => {
    const base = node !== null && typeof node === "object" && !Array.isArray(node) ? { ...(node as Record<string, unknown>) } : {};
    const [key, ...tail] = rest;
    if (key === undefined) return base;
    if (tail.length === 0) {
      if (value === undefined) delete base[key];
      else base[key] = value;
    } else base[key] = write(base[key], tail);
    return base;
  };
  state.incident = write(state.incident, keys) as Incident;
}

function evaluate(): void {
  delete state.assessment;
  delete state.error;
  const region = state.incident["region"] as { province?: string } | undefined;
  if (!region?.province || typeof state.incident["occurredAt"] !== "string") return;
  try {
    state.assessment = evaluator.evaluateSync(uncheckedIncident(state.incident));
  } catch (error) {
    state.error = isInvalidIncidentError(error) ? error.issues.map((issue) => `${issue.path.join(".")}: ${issue.messages[state.lang]}`).join("\n") : String(error);
  }
}

/** A control for one answer: a select of the allowed answers (with "don't know"), or a number box. */
function answerControl(question: Pick<Question, "fact" | "path" | "type" | "answers">, current: unknown, onAnswer: (value: unknown) => void): HTMLElement {
  if (question.type === "integer" || question.type === "string") {
    const input = element("input", { type: question.type === "integer" ? "number" : "text", min: "0", "data-fact": question.fact, "data-path": question.path });
    if (current !== undefined) input.value = String(current);
    input.addEventListener("change", () => onAnswer(input.value === "" ? undefined : question.type === "integer" ? Number(input.value) : input.value));
    return input;
  }
  const select = element("select", { "data-fact": question.fact, "data-path": question.path });
  select.append(element("option", { value: "" }, `— ${t(W.unknown)} —`));
  question.answers.forEach((answer, index) => {
    const option = element("option", { value: String(index), "data-value": JSON.stringify(answer.value) }, answer.label[state.lang]);
    if (answer.value === current) option.selected = true;
    select.append(option);
  });
  select.addEventListener("change", () => onAnswer(select.value === "" ? undefined : question.answers[Number(select.value)]?.value));
  return select;
}

function renderBase(): void {
  const box = byId("base");
  box.replaceChildren();
  const field = (label: string, control: HTMLElement) => box.append(element("label", {}, element("span", {}, label), control));
  const election = element("select", { id: "election" }, element("option", { value: "" }, t(W.automatic)));
  for (const calendar of ruleset.calendars.values()) {
    const option = element("option", { value: calendar.id }, calendar.title[state.lang]);
    option.selected = state.incident["election"] === calendar.id;
    election.append(option);
  }
  election.addEventListener("change", () => update(() => set("election", election.value || undefined)));
  field(t(W.election), election);
  const province = element("select", { id: "province" }, element("option", { value: "" }, t(W.choose)));
  for (const entry of ruleset.provinces.values()) {
    const option = element("option", { value: entry.id }, entry.name);
    option.selected = get("region.province") === entry.id;
    province.append(option);
  }
  province.addEventListener("change", () => update(() => set("region.province", province.value || undefined)));
  field(t(W.province), province);
  const text = (id: string, path: string, type = "text") => {
    const input = element("input", { id, type });
    const value = get(path);
    if (typeof value === "string") input.value = type === "datetime-local" ? value.slice(0, 16) : value;
    input.addEventListener("change", () => update(() => set(path, input.value === "" ? undefined : input.value)));
    return input;
  };
  field(t(W.regency), text("regency", "region.regency"));
  const when = text("occurredAt", "occurredAt");
  when.placeholder = "2024-10-12T09:30";
  field(t(W.occurredAt), when);
  field(t(W.reference), text("reference", "id"));
}

function renderQuestions(): void {
  const box = byId("questions");
  box.replaceChildren(element("h2", {}, t(W.questions)));
  if (!state.assessment) {
    box.append(element("p", { class: "muted" }, state.error ? `${t(W.invalid)}: ${state.error}` : t(W.needBase)));
    return;
  }
  const questions = nextQuestions(state.assessment, { ruleset });
  if (questions.length === 0) box.append(element("p", { class: "muted" }, t(W.noQuestions)));
  const more = element("details", { id: "more-questions" }, element("summary", {}, `${questions.length - SHOWN} ${t(W.moreQuestions)}`));
  questions.forEach((question, index) => {
    const control = answerControl(question, undefined, (value) => {
      if (value === undefined) return;
      update(() => {
        state.incident = answerQuestion(state.incident, question, value as string | number | boolean);
      });
    });
    const item = element("div", { class: "question" }, element("label", {}, element("span", {}, question.text[state.lang]), control));
    (index < SHOWN ? box : more).append(item);
  });
  if (questions.length > SHOWN) box.append(more);
}

function renderAnswers(): void {
  const box = byId("answers");
  box.replaceChildren(element("h2", {}, t(W.answers)));
  const rows: HTMLElement[] = [];
  for (const definition of ruleset.facts.values()) {
    if (definition.path === undefined) continue;
    const value = get(definition.path);
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") continue;
    const answers =
      definition.type === "boolean"
        ? [
            { value: true, label: W.yes },
            { value: false, label: W.no },
          ]
        : (definition.values ?? []).map((entry) => ({ value: entry.value, label: entry.label }));
    const target = { fact: definition.name, path: definition.path, type: definition.type, answers };
    const control = answerControl(target, value, (next) => update(() => set(definition.path ?? "", next)));
    const remove = element("button", { type: "button", class: "link", "data-remove": definition.path }, t(W.remove));
    remove.addEventListener("click", () => update(() => set(definition.path ?? "", undefined)));
    rows.push(element("div", { class: "answer" }, element("label", {}, element("span", {}, definition.label[state.lang]), control), remove));
  }
  if (rows.length === 0) box.append(element("p", { class: "muted" }, t(W.noAnswers)));
  box.append(...rows);
}

function renderResult(): void {
  const box = byId("result");
  box.replaceChildren(element("h2", {}, t(W.result)));
  const assessment = state.assessment;
  if (!assessment) return;
  const file = caseFile(assessment, { lang: state.lang, ruleset });
  box.append(element("p", { class: `verdict ${assessment.verdict}`, id: "verdict", "data-verdict": assessment.verdict }, VERDICT_WORDS[assessment.verdict][state.lang]));
  for (const line of file.conclusion) box.append(element("p", {}, line));
  const list = element("ul", { id: "findings" });
  const shown = assessment.findings
    .filter((entry) => entry.status === "violated" || entry.status === "undetermined")
    .sort((left, right) => STATUS_ORDER.indexOf(left.status) - STATUS_ORDER.indexOf(right.status));
  for (const finding of shown) {
    const other = isOthersOffence(finding, assessment.incident.subject.employment) ? ` (${t(W.otherParty)})` : "";
    list.append(element("li", { "data-rule": finding.ruleId, "data-status": finding.status, class: finding.status }, `${STATUS_WORDS[finding.status][state.lang]}${other}: ${finding.title[state.lang]}`));
  }
  box.append(element("p", { class: "muted" }, file.counts), list);
}

function renderReport(): void {
  const frame = byId<HTMLIFrameElement>("report");
  if (!state.assessment) {
    frame.srcdoc = "";
    return;
  }
  frame.srcdoc = renderHtmlReport(state.assessment, { lang: state.lang, ruleset });
}

function renderStatic(): void {
  document.documentElement.lang = state.lang;
  document.title = t(W.title);
  byId("title").textContent = t(W.title);
  byId("intro").textContent = t(W.intro);
  byId("incident-title").textContent = t(W.incident);
  byId("report-title").textContent = t(W.report);
  byId("show-report").textContent = t(W.showReport);
  byId("print").textContent = t(W.print);
  byId("json-title").textContent = t(W.json);
  byId("import").textContent = t(W.importJson);
  byId("export").textContent = t(W.exportJson);
  for (const lang of ["id", "en"] as const) byId(`lang-${lang}`).setAttribute("aria-pressed", String(state.lang === lang));
}

/** Re-renders the page; the incident form only when asked (on a language switch or an import), so that a field being typed in is never replaced. */
function render(withBase: boolean): void {
  renderStatic();
  if (withBase) renderBase();
  renderQuestions();
  renderAnswers();
  renderResult();
}

function update(change: () => void, withBase = false): void {
  change();
  evaluate();
  render(withBase);
}

function importJson(): void {
  const text = byId<HTMLTextAreaElement>("json").value;
  const status = byId("json-status");
  try {
    const data = JSON.parse(text) as unknown;
    if (data === null || typeof data !== "object" || Array.isArray(data)) throw new Error("not an object");
    const record = data as Record<string, unknown>;
    // A fixture file: its incident.
    state.incident = (typeof record["incident"] === "object" && record["incident"] !== null && "expect" in record ? record["incident"] : record) as Incident;
    status.textContent = "";
    update(() => undefined, true);
  } catch (error) {
    status.textContent = `${t(W.brokenJson)}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function exportJson(): void {
  const text = `${JSON.stringify(state.incident, null, 2)}\n`;
  byId<HTMLTextAreaElement>("json").value = text;
  const link = byId<HTMLAnchorElement>("download");
  link.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  link.download = "kejadian.json";
  link.textContent = t(W.download);
  link.hidden = false;
}

byId("lang-id").addEventListener("click", () => update(() => (state.lang = "id"), true));
byId("lang-en").addEventListener("click", () => update(() => (state.lang = "en"), true));
byId("show-report").addEventListener("click", renderReport);
byId("print").addEventListener("click", () => {
  renderReport();
  byId<HTMLIFrameElement>("report").contentWindow?.print();
});
byId("import").addEventListener("click", importJson);
byId("export").addEventListener("click", exportJson);
update(() => undefined, true);
document.body.dataset["ready"] = "true";
