// Run by bench.mjs in a fresh `node` process: import the built package, load the bundled rules and
// judge one incident. performance.now() counts from the start of the process.
const started = performance.now();
const { evaluateIncident } = await import("../../dist/index.js");
const imported = performance.now();
const assessment = await evaluateIncident({
  election: "pilkada-2024",
  region: { province: "kalimantan-tengah" },
  occurredAt: "2024-10-10T09:30:00+07:00",
  subject: { employment: "pns" },
  conduct: { event: { kind: "campaign", role: "participant", otherAsnBrought: 12 } },
});
const assessed = performance.now();
if (assessment.verdict !== "violation") throw new Error(`unexpected verdict ${assessment.verdict}`);
process.stdout.write(JSON.stringify({ bootstrap: started, import: imported - started, firstAssessment: assessed - imported, total: assessed }));
