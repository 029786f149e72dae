// Preloaded (node --import) by bench.mjs into the streaming child: at exit, writes the process's
// resource usage (maxRSS in kB counts every thread, workers included) to the file it names.
import { writeFileSync } from "node:fs";

const file = process.env.NETRALITAS_RSS_PROBE;
if (file) process.on("exit", () => writeFileSync(file, JSON.stringify(process.resourceUsage())));
