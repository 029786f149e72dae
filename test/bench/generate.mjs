// A seeded generator of valid incidents for the benchmark. It reads the incident schema (as JSON
// Schema, from the zod schema the library exports) and the rule set (provinces, regencies named by
// regional overrides, calendars and their coverage), so it follows whatever the schema and the
// rules hold today. Incidents the evaluator rejects are skipped, so every one it yields is valid.
import { z } from "zod";

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const pad = (value, width = 2) => String(value).padStart(width, "0");
const isoDay = (epoch) => new Date(epoch).toISOString().slice(0, 10);

/**
 * Returns `next()`, which yields one plain incident object per call.
 * With an `evaluator`, incidents it rejects are skipped; `inferElection: false` always names the
 * election (else 15% leave it to inference, which fails where calendars overlap). A share
 * `completeShare` of incidents give every field of the subject and of each act they mention; the
 * others give each such field with probability `sparseness` (the knob for facts left unknown).
 * @param {{ IncidentSchema: import("zod").ZodType, ruleset: any, seed?: number, evaluator?: { evaluateSync(incident: unknown): unknown }, inferElection?: boolean, completeShare?: number, sparseness?: number }} options
 */
export function incidentGenerator({ IncidentSchema, ruleset, seed = 1, evaluator, inferElection = true, completeShare = 0.45, sparseness = 0.5 }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const chance = (p) => rnd() < p;
  const schema = z.toJSONSchema(IncidentSchema, { io: "input", unrepresentable: "any" });
  const provinces = [...ruleset.provinces.values()];
  const calendars = [...ruleset.calendars.values()];
  const regencies = new Map();
  for (const calendar of calendars) {
    for (const override of calendar.regionOverrides ?? []) {
      if (!override.regency) continue;
      if (!regencies.has(override.province)) regencies.set(override.province, new Set());
      regencies.get(override.province).add(override.regency);
    }
  }
  const offsets = ["+07:00", "+08:00", "+09:00", "Z", "+0700", "-03:00"];

  // A value for one JSON Schema node; `depth` decides how likely optional properties are present.
  // A conduct area is sometimes "none" (the report says the person did not do it) and, where the
  // schema allows a list, sometimes several acts, each with its own fields.
  const value = (node, name, depth) => {
    if ("const" in node) return node.const;
    if (node.enum) return pick(node.enum);
    if (node.anyOf) {
      const options = node.anyOf;
      const none = options.find((option) => option.const === "none");
      const list = options.find((option) => option.type === "array");
      const object = options.find((option) => option.type === "object");
      if (none && object) {
        const roll = rnd();
        if (roll < 0.08) return "none";
        if (list && roll < 0.5) return value(list, name, depth);
        return value(object, name, depth);
      }
      return value(pick(options), name, depth);
    }
    switch (node.type) {
      case "boolean":
        return chance(0.5);
      case "integer":
      case "number": {
        const min = node.minimum ?? 0;
        // Mostly small counts, sometimes large ones: every distinct value is a distinct fact map.
        const max = Math.min(node.maximum ?? 100, min + (chance(0.8) ? 40 : 1000));
        return min + Math.floor(rnd() * (max - min + 1));
      }
      case "string":
        return `${name}-${Math.floor(rnd() * 1000)}`.slice(0, node.maxLength ?? 40);
      case "object": {
        const result = {};
        const required = new Set(node.required ?? []);
        const keys = Object.keys(node.properties ?? {});
        // Conduct: one to three areas (a few reports none at all); elsewhere each optional field by chance.
        const areas = name === "conduct" ? new Set(Array.from({ length: chance(0.05) ? 0 : 1 + Math.floor(rnd() * 3) }, () => pick(keys))) : undefined;
        const present = depth === 0 ? 0.8 : completeness;
        for (const [key, child] of Object.entries(node.properties ?? {})) {
          if (areas ? !areas.has(key) : !required.has(key) && !chance(present)) continue;
          result[key] = value(child, key, depth + 1);
        }
        return result;
      }
      case "array": {
        const min = Math.max(1, node.minItems ?? 1);
        const max = Math.min(node.maxItems ?? 4, 4);
        const count = Math.max(min, 2 + Math.floor(rnd() * (max - 1)));
        return Array.from({ length: Math.min(count, max) }, () => value(node.items ?? {}, name, depth));
      }
      default:
        return undefined;
    }
  };

  const when = (calendar) => {
    const from = Date.parse(`${calendar.coverage.from}T00:00:00Z`);
    const to = Date.parse(`${calendar.coverage.to}T00:00:00Z`);
    // Half the dates fall inside the calendar's phases around voting, where the rules differ most.
    const voting = calendar.keyDates?.votingDay ? Date.parse(`${calendar.keyDates.votingDay}T00:00:00Z`) : undefined;
    const day = voting !== undefined && chance(0.5) ? voting + Math.round((rnd() - 0.7) * 200) * DAY : from + Math.floor(rnd() * ((to - from) / DAY + 1)) * DAY;
    const form = rnd();
    // An instant with an offset may fall on the day before or after in the region's zone: keep it a day inside.
    const margin = form < 0.8 ? 0 : DAY;
    const date = isoDay(Math.min(to - margin, Math.max(from + margin, day)));
    if (form < 0.6) return date;
    const time = `${pad(Math.floor(rnd() * 24))}:${pad(Math.floor(rnd() * 60))}`;
    if (form < 0.8) return `${date}T${time}`;
    return `${date}T${time}:${pad(Math.floor(rnd() * 60))}${pick(offsets)}`;
  };

  let completeness = 0.55;
  const one = () => {
    // Some reports give every field of what they mention, others leave facts out.
    completeness = chance(completeShare) ? 1 : sparseness;
    const incident = value(schema, "incident", 0);
    delete incident.$schema;
    const calendar = pick(calendars);
    const province = pick(provinces);
    incident.region = { province: province.id };
    const named = regencies.get(province.id);
    if (named && chance(0.5)) incident.region.regency = pick([...named]);
    else if (chance(0.3)) incident.region.regency = `kabupaten-${Math.floor(rnd() * 500)}`;
    incident.occurredAt = when(calendar);
    // Mostly named; otherwise left to inference, which fails where calendars overlap (then skipped).
    if (!inferElection || chance(0.85)) incident.election = calendar.id;
    else delete incident.election;
    return incident;
  };

  let skipped = 0;
  return {
    next() {
      for (;;) {
        const incident = one();
        if (!evaluator) return incident;
        try {
          evaluator.evaluateSync(incident);
          return incident;
        } catch {
          skipped++;
        }
      }
    },
    get skipped() {
      return skipped;
    },
  };
}
