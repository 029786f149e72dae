import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The package's own directory (one level above the built entry in dist/, two above this source file). */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return existsSync(join(here, "..", "package.json")) ? join(here, "..") : join(here, "..", "..");
}

/**
 * The `rules/` directory shipped with the package: the bundled rule set as files on disk.
 * @example
 * ```ts
 * import { defaultRulesDir, checkRulesetDir } from "netralitas-asn/node";
 * checkRulesetDir(defaultRulesDir()).problems; // => []
 * ```
 * @category Node
 */
export function defaultRulesDir(): string {
  return join(packageRoot(), "rules");
}

/**
 * The `fixtures/` directory shipped with the package.
 * @example
 * ```ts
 * import { defaultFixturesDir, loadFixtures } from "netralitas-asn/node";
 * loadFixtures(defaultFixturesDir()).length; // => the number of bundled fixtures
 * ```
 * @category Node
 */
export function defaultFixturesDir(): string {
  return join(packageRoot(), "fixtures");
}
