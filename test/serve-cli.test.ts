// `netralitas serve` from the BUILT binary (dist/cli.js; `npm test` builds first): it starts with
// the chosen rule set and interpretation, answers the README's curl example, and stops gracefully
// on SIGTERM with exit code 0. Bad options are usage errors before anything listens.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it, vi } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const execFileAsync = promisify(execFile);

vi.setConfig({ testTimeout: 60_000 });

beforeAll(() => {
  if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run `npm run build` (npm test does it first)");
});

/** Starts `netralitas serve`, resolves with the child and the URL it prints. */
function serve(args: readonly string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string; exit: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "serve", "--port", "0", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    const exit = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match?.[1]) resolve({ child, url: match[1], stderr: () => stderr, exit });
    });
    child.on("error", reject);
    void exit.then((code) => reject(new Error(`netralitas serve exited (${code}) before listening: ${stderr}`)));
  });
}

/** The README's curl example, pointed at `url`. */
function readmeCurl(url: string): string[] {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const block = /```sh\n(curl [^`]*?)\n```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md has no ```sh block starting with curl");
  const command = block.replace(/\\\n\s*/g, " ").replaceAll("http://localhost:8080", url);
  // Split like a shell: single-quoted arguments stay whole.
  return [...command.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? "").slice(1);
}

describe("netralitas serve", () => {
  it("answers the README's curl example and stops on SIGTERM with exit code 0", async () => {
    const { child, url, stderr, exit } = await serve(["--lang", "en"]);
    const { stdout } = await execFileAsync("curl", readmeCurl(url), { maxBuffer: 16 * 1024 * 1024 });
    const answer = JSON.parse(stdout) as { verdict: string; findings: { ruleId: string; status: string }[] };
    expect(answer.verdict).toBe("violation");
    expect(answer.findings.find((finding) => finding.ruleId === "pp-94-2021/pengerahan-pns")?.status).toBe("violated");
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(stderr()).toContain("stopped");
  });

  it("takes --rules, --interpretation and --cors at start", async () => {
    const { child, url, exit } = await serve(["--rules", join(root, "rules"), "--interpretation", "passiveAttendance=prohibited", "--cors", "*"]);
    const passive = { election: "pilkada-2024", region: { province: "kalimantan-tengah" }, occurredAt: "2024-10-10", subject: { employment: "pns" }, conduct: { event: { kind: "campaign", role: "passive_listener", accompanyingSpouse: false } } };
    const response = await fetch(`${url}/v1/assessments?detail=verdict`, { method: "POST", headers: { "content-type": "application/json", origin: "https://desk.example" }, body: JSON.stringify({ incident: passive }) });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { findings: { ruleId: string; status: string }[] };
    expect(body.findings.find((finding) => finding.ruleId === "pp-94-2021/ikut-kampanye")?.status).toBe("violated");
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  });

  it("a bad option is a usage error (exit 4); a port in use is exit 3", async () => {
    const bad = await execFileAsync(process.execPath, [cli, "serve", "--interpretation", "passiveAttendance=maybe", "--lang", "en"]).catch((error: { code: number; stderr: string }) => error);
    expect((bad as { code: number }).code).toBe(4);
    expect((bad as { stderr: string }).stderr).toContain("--interpretation");
    const port = await execFileAsync(process.execPath, [cli, "serve", "--port", "99999"]).catch((error: { code: number }) => error);
    expect((port as { code: number }).code).toBe(4);
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const taken = (blocker.address() as { port: number }).port;
    try {
      const busy = await execFileAsync(process.execPath, [cli, "serve", "--port", String(taken), "--lang", "en"]).catch((error: { code: number; stderr: string }) => error);
      expect((busy as { code: number }).code).toBe(3);
      expect((busy as { stderr: string }).stderr).toContain("EADDRINUSE");
    } finally {
      blocker.close();
    }
  });
});
