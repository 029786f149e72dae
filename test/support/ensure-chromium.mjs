// Makes sure Debian's Chromium is there for the browser tests (test/browser.test.ts,
// test/report-browser.test.ts), and curl for the README's curl example against the HTTP service
// (test/serve-cli.test.ts, test/package.test.ts): `npm test` must run on a fresh machine, where a browser download by
// npm does not work but Debian's package manager does. Installs it with apt-get when running as root;
// otherwise says what to do and fails, so the browser tests never pass by being skipped.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const onPath = (command) => (process.env.PATH ?? "").split(":").some((dir) => dir !== "" && existsSync(`${dir}/${command}`));
const missing = [...(existsSync(path) ? [] : ["chromium"]), ...(onPath("curl") ? [] : ["curl"])];
if (missing.length > 0) {
  if (process.getuid?.() !== 0) {
    console.error(`Missing for the tests: ${missing.join(", ")}. Install them (sudo apt-get install -y ${missing.join(" ")})${missing.includes("chromium") ? " or set CHROMIUM_PATH" : ""}.`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  console.error(`Installing Debian's ${missing.join(" and ")} for the tests…`);
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", ...missing], { stdio: "inherit", env });
}
