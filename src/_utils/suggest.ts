/** Edit distance (Levenshtein), used to suggest the key a typo was meant to be. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name closest to `input`, or undefined when nothing is close enough to be a plausible typo.
 * Case and separators are ignored so that `other_asn_brought` still finds `otherAsnBrought`.
 */
export function nearest(input: string, known: readonly string[]): string | undefined {
  const normalise = (value: string) => value.toLowerCase().replace(/[-_\s]/g, "");
  const target = normalise(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(target, normalise(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(target.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}
