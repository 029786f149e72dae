// Makes sure Debian's Chromium is there for the browser tests (test/browser.test.ts,
// test/report-browser.test.ts): `npm test` must run on a fresh machine, where a browser download by
// npm does not work but Debian's package manager does. Installs it with apt-get when running as root;
// otherwise says what to do and fails, so the browser tests never pass by being skipped.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${path}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  console.error("Installing Debian's chromium for the browser tests…");
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env });
}
