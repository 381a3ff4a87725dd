// 405 workbooks, one per Jobcenter (variants of the example), checked in one batch by the real command:
// once as one `aip check` process, once split over two processes for the machine's two cores.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";
import { AIP_BIN, childrenCpuMs, exampleVariant, seconds, TMP, timedProcess, type Section } from "../lib";

const COUNT = 405;
const GOAL_MS = 20_000;

interface JsonSummary {
  summary: { files: number; errors: number; warnings: number; infos: number };
  files: Array<{ error?: string }>;
}

export const batch405: Section = {
  id: "stapel-405",
  title: `${COUNT} Mappen (eine je Jobcenter) in einem Lauf`,
  async run() {
    const dir = join(TMP, "jobcenter-405");
    rmSync(dir, { recursive: true, force: true });
    const halves = [join(dir, "teil-1"), join(dir, "teil-2")];
    halves.forEach((h) => mkdirSync(h, { recursive: true }));
    const writeStart = performance.now();
    for (let i = 0; i < COUNT; i++) {
      const name = `jobcenter-${String(i + 1).padStart(3, "0")}.xlsx`;
      await writeWorkbookFile(exampleVariant(i), join(halves[i % 2], name));
    }
    const writeMs = performance.now() - writeStart;

    const single = await timedProcess(process.execPath, [AIP_BIN, "check", "--format", "json", dir]);
    const singleReport = JSON.parse(single.stdout) as JsonSummary;

    const cpuBefore = childrenCpuMs();
    const t = performance.now();
    const parts = await Promise.all(halves.map((h) => timedProcess(process.execPath, [AIP_BIN, "check", "--format", "json", h])));
    const parallelMs = performance.now() - t;
    const parallelCpuMs = childrenCpuMs() - cpuBefore;
    const partReports = parts.map((p) => JSON.parse(p.stdout) as JsonSummary);
    const checkedInParallel = partReports.reduce((s, r) => s + r.summary.files, 0);
    const unreadable = singleReport.files.filter((f) => f.error !== undefined).length;
    const s = singleReport.summary;
    return {
      id: this.id,
      title: this.title,
      rows: [
        { measure: `${COUNT} Varianten schreiben (ExcelJS)`, value: seconds(writeMs) },
        {
          measure: `aip check ORDNER, 1 Prozess (${s.files} Dateien, ${unreadable} nicht lesbar)`,
          value: `${seconds(single.ms)} (CPU ${seconds(single.cpuMs)})`,
          goal: `≤ ${seconds(GOAL_MS)}`,
          met: single.ms <= GOAL_MS && s.files === COUNT,
        },
        {
          measure: `aip check, 2 Prozesse parallel (${checkedInParallel} Dateien)`,
          value: `${seconds(parallelMs)} (CPU zusammen ${seconds(parallelCpuMs)})`,
          goal: `≤ ${seconds(GOAL_MS)}`,
          met: parallelMs <= GOAL_MS && checkedInParallel === COUNT,
        },
        { measure: "  Meldungen im Stapel", value: `${s.errors} Fehler, ${s.warnings} Warnungen, ${s.infos} Hinweise` },
      ],
      data: { files: COUNT, writeMs, singleProcess: { wall: single.ms, cpu: single.cpuMs }, twoProcesses: { wall: parallelMs, cpu: parallelCpuMs }, summary: s, unreadable },
    };
  },
};
