// `npm run bench`: runs each measurement section, prints one table, and writes bench/results.json (raw
// numbers with the date and machine) and bench/RESULTS.md (the printed table). Not a test: numbers
// depend on the machine; the goals are printed next to them. New sections go into SECTIONS.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { batch405 } from "./sections/batch405";
import { foeScaling } from "./sections/foeScaling";
import { functionsOverhead } from "./sections/functionsOverhead";
import { mapperBench } from "./sections/mapper";
import { paneStartup } from "./sections/paneStartup";
import { singleFile } from "./sections/singleFile";
import { startAndBatch } from "./sections/startAndBatch";
import { syncCounts } from "./sections/syncCounts";
import { ensureCliBuilt, printTable, type Section, type SectionResult } from "./lib";

const SECTIONS: Section[] = [startAndBatch, singleFile, batch405, foeScaling, syncCounts, functionsOverhead, paneStartup, mapperBench];

async function main() {
  const only = process.argv.slice(2);
  const sections = only.length ? SECTIONS.filter((s) => only.includes(s.id)) : SECTIONS;
  ensureCliBuilt();
  const started = new Date();
  const loadBefore = os.loadavg();
  const results: SectionResult[] = [];
  for (const section of sections) {
    process.stderr.write(`… ${section.title}\n`);
    results.push(await section.run());
  }
  const loadAfter = os.loadavg();

  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unbekannt",
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage1minBefore: Number(loadBefore[0].toFixed(2)),
    loadAverage1minAfter: Number(loadAfter[0].toFixed(2)),
  };
  const busy = Math.max(loadBefore[0], loadAfter[0]) > machine.cpus * 0.5;
  const header = [
    `Bench vom ${started.toISOString()} – ${machine.cpus} Kerne (${machine.cpuModel}), Node ${machine.node}, ${machine.platform}`,
    `Systemlast (1 min) vorher ${machine.loadAverage1minBefore}, nachher ${machine.loadAverage1minAfter}` +
      (busy ? " – die Maschine war von anderen Prozessen belegt; Zeiten können verrauscht sein." : ""),
  ];
  const tables = results.map((r) => `### ${r.title}\n\n${printTable(r.rows)}\n`);
  const text = `${header.join("\n")}\n\n${tables.join("\n")}`;
  process.stdout.write(`${text}\n`);

  // A run of chosen sections (npm run bench -- foe-zeilen) only prints; the files hold complete runs.
  if (only.length) return;
  const dir = __dirname;
  writeFileSync(
    join(dir, "results.json"),
    `${JSON.stringify({ date: started.toISOString(), machine, sections: results }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, "RESULTS.md"),
    `# Bench-Ergebnisse\n\nErzeugt mit \`npm run bench\` (bench/run.ts); Rohdaten in \`bench/results.json\`.\n\n${text}`,
  );
}

main().catch((e) => {
  process.stderr.write(`Bench abgebrochen: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
