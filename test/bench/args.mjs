// What the benchmark scripts share: reading a numeric command-line option, and formatting numbers.

/** The positive number after `name` in `argv`, or `fallback` when the option is absent. */
export function numberOption(argv, name, fallback) {
  const at = argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

/** A number with thousands separators and a fixed count of decimals. */
export const fmt = (value, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
