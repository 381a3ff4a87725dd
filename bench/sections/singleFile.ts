// Per-file time of checking the example (read .xlsx + check, in-process, median of N) against LibreOffice
// converting the same file headless in the same run: one soffice process per file (warm profile) and one
// soffice process for ten files, next to `aip check` as a whole process. Wall and CPU time both, because
// the machine may be shared: CPU time is what each side really spends.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core";
import { buildExample2024 } from "../../src/core/example";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { convertWithLibreOffice, sofficeAvailable, sofficeConvertArgs } from "../../src/xlsx/libreOffice";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";
import { AIP_BIN, median, ms, TMP, timedProcess, timeRuns, type Row, type Section } from "../lib";

const RUNS = 30;
const PROCESS_RUNS = 5;
const LO_RUNS = 5;
const LO_BATCH = 10;
const GOAL_RATIO = 20;

const both = (wall: number, cpu: number) => `${ms(wall)} (CPU ${ms(cpu)})`;
const factor = (x: number) => `${x.toFixed(0)}×`;

export const singleFile: Section = {
  id: "einzeldatei",
  title: "Eine Datei: aip check vs. LibreOffice-Konvertierung",
  async run() {
    const dir = join(TMP, "einzeldatei");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "beispiel.xlsx");
    await writeWorkbookFile(buildExample2024(), file);
    const bytes = readFileSync(file);

    const checked = await timeRuns(RUNS, async () => check(await readWorkbook(bytes, file)), 3);
    const readOnly = await timeRuns(RUNS, () => readWorkbook(bytes, file), 1);
    const processes = [];
    for (let i = 0; i < PROCESS_RUNS; i++) processes.push(await timedProcess(process.execPath, [AIP_BIN, "check", file]));
    const aip = { wall: median(checked.wall), cpu: median(checked.cpu) };
    const rows: Row[] = [
      { measure: `aip check je Datei, lesen + prüfen (Median von ${RUNS})`, value: both(aip.wall, aip.cpu) },
      { measure: "  davon lesen (schlanker Leser, src/xlsx/lean/)", value: both(median(readOnly.wall), median(readOnly.cpu)) },
      {
        measure: `aip check als eigener Prozess, mit Node-Start (Median von ${PROCESS_RUNS})`,
        value: both(median(processes.map((p) => p.ms)), median(processes.map((p) => p.cpuMs))),
      },
    ];
    const data: Record<string, unknown> = { checkMs: checked, readMs: readOnly, processMs: processes.map((p) => ({ wall: p.ms, cpu: p.cpuMs })) };
    if (!sofficeAvailable()) {
      rows.push({ measure: "LibreOffice", value: "nicht installiert" });
      return { id: this.id, title: this.title, rows, data };
    }

    const profileDir = join(dir, "lo-profil");
    const out = join(dir, "lo-out");
    const cold = performance.now();
    await convertWithLibreOffice(file, out, { profileDir }); // creates the profile: timed apart
    const coldMs = performance.now() - cold;
    const single = [];
    for (let i = 0; i < LO_RUNS; i++) single.push(await timedProcess("soffice", sofficeConvertArgs([file], out, profileDir)));
    const copies = Array.from({ length: LO_BATCH }, (_, i) => {
      const copy = join(dir, `kopie-${i}.xlsx`);
      copyFileSync(file, copy);
      return copy;
    });
    const batch = await timedProcess("soffice", sofficeConvertArgs(copies, out, profileDir));
    const lo = { wall: median(single.map((p) => p.ms)), cpu: median(single.map((p) => p.cpuMs)) };
    const loBatch = { wall: batch.ms / LO_BATCH, cpu: batch.cpuMs / LO_BATCH };
    const ratio = { wall: lo.wall / aip.wall, cpu: lo.cpu / aip.cpu };
    const batchRatio = { wall: loBatch.wall / aip.wall, cpu: loBatch.cpu / aip.cpu };
    rows.push(
      { measure: `LibreOffice konvertiert 1 Datei, warmes Profil (Median von ${LO_RUNS})`, value: both(lo.wall, lo.cpu) },
      { measure: "LibreOffice, erster Start mit frischem Profil", value: ms(coldMs) },
      { measure: `LibreOffice je Datei im Stapel (${LO_BATCH} Dateien, ein Prozess)`, value: both(loBatch.wall, loBatch.cpu) },
      { measure: "Faktor LibreOffice / aip je Datei, Wandzeit", value: factor(ratio.wall), goal: `≥ ${GOAL_RATIO}×`, met: ratio.wall >= GOAL_RATIO },
      { measure: "Faktor LibreOffice / aip je Datei, CPU-Zeit", value: factor(ratio.cpu), goal: `≥ ${GOAL_RATIO}×`, met: ratio.cpu >= GOAL_RATIO },
      { measure: "Faktor LibreOffice-Stapel / aip je Datei, Wandzeit", value: factor(batchRatio.wall), goal: `≥ ${GOAL_RATIO}×`, met: batchRatio.wall >= GOAL_RATIO },
      { measure: "Faktor LibreOffice-Stapel / aip je Datei, CPU-Zeit", value: factor(batchRatio.cpu), goal: `≥ ${GOAL_RATIO}×`, met: batchRatio.cpu >= GOAL_RATIO },
    );
    Object.assign(data, {
      libreOffice: single.map((p) => ({ wall: p.ms, cpu: p.cpuMs })),
      libreOfficeColdMs: coldMs,
      libreOfficeBatch: { files: LO_BATCH, wall: batch.ms, cpu: batch.cpuMs },
      ratio,
      batchRatio,
    });
    return { id: this.id, title: this.title, rows, data };
  },
};
