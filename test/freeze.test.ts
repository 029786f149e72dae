import { describe, expect, it } from "vitest";
import { deepFreeze, deepFreezeParsedJson, FrozenMap } from "../src/_utils/freeze.ts";
import { bundledRuleset } from "../src/index.ts";

/** Every object reachable through own data properties, Map and Set entries. */
function reachable(value: unknown, found = new Set<object>()): Set<object> {
  if ((typeof value !== "object" && typeof value !== "function") || value === null || found.has(value)) return found;
  found.add(value);
  if (value instanceof Map) for (const [key, entry] of value) reachable(entry, reachable(key, found));
  if (value instanceof Set) for (const entry of value) reachable(entry, found);
  if (typeof value === "function") return found;
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) reachable(descriptor.value, found);
  }
  return found;
}

describe("deep freezing", () => {
  it("deepFreezeParsedJson freezes every object and array of parsed JSON, as deepFreeze does", () => {
    const json = '{"a":[1,{"b":[[{"c":null}],"x"]}],"__proto__":{"d":{"e":[]}},"f":{"g":true}}';
    const fast = deepFreezeParsedJson(JSON.parse(json) as unknown);
    const walked = deepFreeze(JSON.parse(json) as unknown);
    expect(fast).toEqual(walked);
    expect([...reachable(fast)].every((object) => Object.isFrozen(object))).toBe(true);
    expect(reachable(fast).size).toBe(reachable(walked).size);
  });

  it("a later deepFreeze still freezes what is new around data an earlier one froze through", () => {
    const shared = deepFreezeParsedJson(JSON.parse('{"deep":{"list":[{"x":1}]}}') as Record<string, unknown>);
    const around = { shared, fresh: { list: [{ y: 2 }] }, map: new FrozenMap([["k", { z: 3 }]]) };
    deepFreeze(around);
    expect([...reachable(around)].every((object) => Object.isFrozen(object))).toBe(true);
  });

  it("a Map it cannot freeze keeps what is added later from counting as frozen through", () => {
    const map = new Map<string, { value: number[] }>();
    const holder = deepFreeze({ map });
    map.set("later", { value: [1] });
    deepFreeze(holder);
    expect(Object.isFrozen(map.get("later"))).toBe(true);
    expect(Object.isFrozen(map.get("later")?.value)).toBe(true);
  });

  it("the bundled rule set is frozen all through", () => {
    const ruleset = bundledRuleset();
    const objects = [...reachable(ruleset.data)];
    expect(objects.length).toBeGreaterThan(1000);
    expect(objects.filter((object) => !Object.isFrozen(object))).toEqual([]);
  });
});
