// Skeleton data files that `netralitas new` writes: valid in shape, with ISI_… placeholders where
// legal staff must decide (title, prohibition, provision, fact, value, dates). `validate` flags
// every placeholder left until it is filled.
import type { Ruleset } from "../ruleset/types.ts";
import type { FindingStatus } from "../schema/fixture.ts";
import { STATUS_WORDS } from "../explain/words.ts";

/** Every placeholder starts with this, so that they are easy to find (and `validate` rejects them all). */
export const PLACEHOLDER_PREFIX = "ISI_";

/** The file-name prefix of a fixture by its expected status (the guide's names; others from the status words). */
export function fixturePrefix(status: FindingStatus): string {
  const names: Partial<Record<FindingStatus, string>> = { violated: "melanggar", not_violated: "tidak-melanggar", undetermined: "belum-ditentukan", not_applicable: "tidak-berlaku" };
  return names[status] ?? STATUS_WORDS[status].id.toLowerCase().replace(/[^a-z0-9]+/g, "-");
}

/** Every JSON path (dot and [index]) whose value is a placeholder string. */
export function placeholdersIn(data: unknown, path = ""): string[] {
  if (typeof data === "string") return data.includes(PLACEHOLDER_PREFIX) ? [path || "."] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholdersIn(item, `${path}[${index}]`));
  if (data !== null && typeof data === "object") return Object.entries(data).flatMap(([key, value]) => placeholdersIn(value, path ? `${path}.${key}` : key));
  return [];
}

/** A rule skeleton: one comparison to fill, bound to ASN by the shared condition `subjek-asn` when the rule set has it. */
export function ruleSkeleton(options: { readonly id: string; readonly schema: string; readonly ruleset: Ruleset; readonly provision?: string }): Record<string, unknown> {
  const provision = options.provision === undefined ? undefined : options.ruleset.provisions.get(options.provision);
  const subject = options.ruleset.data.conditions.find((shared) => shared.id === "subjek-asn")?.id ?? options.ruleset.data.conditions[0]?.id;
  return {
    $schema: options.schema,
    id: options.id,
    title: { id: `${PLACEHOLDER_PREFIX}JUDUL`, en: `${PLACEHOLDER_PREFIX}TITLE` },
    prohibition: `${PLACEHOLDER_PREFIX}LARANGAN`,
    provisions: [options.provision ?? `${PLACEHOLDER_PREFIX}KETENTUAN`],
    inForce: { from: provision?.inForce.from ?? `${PLACEHOLDER_PREFIX}TANGGAL_BERLAKU` },
    applicability: subject ? { condition: subject } : { name: "unsur-subjek", fact: "employment", operator: "in", value: ["pns", "cpns", "pppk"] },
    conditions: {
      all: [{ name: `unsur-${PLACEHOLDER_PREFIX}NAMA`, fact: `${PLACEHOLDER_PREFIX}FAKTA`, operator: "equal", value: `${PLACEHOLDER_PREFIX}NILAI` }],
    },
  };
}

/** The calendar most recently covered, to start fixtures from. */
function latestElection(ruleset: Ruleset): string {
  const calendars = [...ruleset.calendars.values()].sort((left, right) => (left.coverage.to < right.coverage.to ? 1 : -1));
  return calendars[0]?.id ?? `${PLACEHOLDER_PREFIX}PEMILIHAN`;
}

/** A fixture skeleton expecting `status` from `ruleId`: the incident's place, date and conduct to fill. */
export function fixtureSkeleton(options: { readonly ruleId: string; readonly status: FindingStatus; readonly schema: string; readonly ruleset: Ruleset }): Record<string, unknown> {
  return {
    $schema: options.schema,
    title: `${PLACEHOLDER_PREFIX}JUDUL (${STATUS_WORDS[options.status].id.toLowerCase()})`,
    incident: {
      election: latestElection(options.ruleset),
      region: { province: `${PLACEHOLDER_PREFIX}PROVINSI` },
      occurredAt: `${PLACEHOLDER_PREFIX}TANGGAL`,
      subject: { employment: "pns" },
      conduct: {},
    },
    // The verdict depends on every rule, not only this one: `evaluate` on the filled file shows it.
    expect: { verdict: `${PLACEHOLDER_PREFIX}PUTUSAN`, findings: { [options.ruleId]: options.status } },
  };
}

/** A copy of an election calendar with one regional override to fill (an overlay file replaces the calendar by id). */
export function overrideSkeleton(options: {
  readonly calendar: Record<string, unknown>;
  readonly schema: string;
  readonly province: string;
  readonly regency?: string;
}): Record<string, unknown> {
  const existing = Array.isArray(options.calendar["regionOverrides"]) ? (options.calendar["regionOverrides"] as unknown[]) : [];
  const { $schema: _ignored, ...calendar } = options.calendar;
  return {
    $schema: options.schema,
    ...calendar,
    regionOverrides: [
      ...existing,
      {
        province: options.province,
        ...(options.regency === undefined ? {} : { regency: options.regency }),
        note: { id: `${PLACEHOLDER_PREFIX}CATATAN`, en: `${PLACEHOLDER_PREFIX}NOTE` },
        confidence: "medium",
        sources: [`${PLACEHOLDER_PREFIX}SUMBER`],
        phases: [{ phase: "voting_day", from: `${PLACEHOLDER_PREFIX}TANGGAL`, to: `${PLACEHOLDER_PREFIX}TANGGAL` }],
      },
    ],
  };
}
