// Per-file time of checking the example (read .xlsx + check, in-process, median of N) against LibreOffice
// converting the same file headless in the same run: alone (one soffice process per file, warm profile)
// and in a batch (one soffice process for ten files), next to `aip check` as a whole process.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core";
import { buildExample2024 } from "../../src/core/example";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { convertWithLibreOffice, sofficeAvailable } from "../../src/xlsx/libreOffice";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";
import { AIP_BIN, median, ms, TMP, timedProcess, timeRuns, type Section } from "../lib";

const RUNS = 30;
const LO_RUNS = 5;
const LO_BATCH = 10;
const GOAL_RATIO = 20;

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

    const checkTimes = await timeRuns(RUNS, async () => check(await readWorkbook(bytes, file)), 3);
    const readTimes = await timeRuns(RUNS, () => readWorkbook(bytes, file), 1);
    const processTimes: number[] = [];
    for (let i = 0; i < 5; i++) processTimes.push((await timedProcess(process.execPath, [AIP_BIN, "check", file])).ms);
    const aipMs = median(checkTimes);

    if (!sofficeAvailable()) {
      return {
        id: this.id,
        title: this.title,
        rows: [{ measure: "aip check, je Datei (lesen + prüfen)", value: ms(aipMs) }, { measure: "LibreOffice", value: "nicht installiert" }],
        data: { checkMs: checkTimes, readMs: readTimes, processMs: processTimes },
      };
    }
    const profileDir = join(dir, "lo-profil");
    const out = join(dir, "lo-out");
    const cold = performance.now();
    await convertWithLibreOffice(file, out, { profileDir });
    const loColdMs = performance.now() - cold;
    const loTimes: number[] = [];
    for (let i = 0; i < LO_RUNS; i++) {
      const t = performance.now();
      await convertWithLibreOffice(file, out, { profileDir });
      loTimes.push(performance.now() - t);
    }
    const batchFiles = Array.from({ length: LO_BATCH }, (_, i) => {
      const copy = join(dir, `kopie-${i}.xlsx`);
      copyFileSync(file, copy);
      return copy;
    });
    const batch = await timedProcess("soffice", [
      `-env:UserInstallation=file://${profileDir}`, "--headless", "--convert-to", "xlsx", "--outdir", out, ...batchFiles,
    ]);
    const loMs = median(loTimes);
    const loBatchPerFile = batch.ms / LO_BATCH;
    const ratio = loMs / aipMs;
    const batchRatio = loBatchPerFile / aipMs;
    return {
      id: this.id,
      title: this.title,
      rows: [
        { measure: `aip check je Datei, lesen + prüfen (Median von ${RUNS})`, value: ms(aipMs) },
        { measure: "  davon nur lesen (ExcelJS + workbook.xml)", value: ms(median(readTimes)) },
        { measure: "aip check als eigener Prozess (mit Node-Start, Median von 5)", value: ms(median(processTimes)) },
        { measure: `LibreOffice konvertiert 1 Datei (warmes Profil, Median von ${LO_RUNS})`, value: ms(loMs) },
        { measure: "LibreOffice, erster Start mit frischem Profil", value: ms(loColdMs) },
        { measure: `LibreOffice je Datei im Stapel (${LO_BATCH} Dateien, ein Prozess)`, value: ms(loBatchPerFile) },
        { measure: "Faktor LibreOffice / aip (je Datei)", value: `${ratio.toFixed(0)}×`, goal: `≥ ${GOAL_RATIO}×`, met: ratio >= GOAL_RATIO },
        { measure: "Faktor LibreOffice-Stapel / aip (je Datei)", value: `${batchRatio.toFixed(0)}×`, goal: `≥ ${GOAL_RATIO}×`, met: batchRatio >= GOAL_RATIO },
      ],
      data: {
        checkMs: checkTimes,
        readMs: readTimes,
        processMs: processTimes,
        libreOfficeMs: loTimes,
        libreOfficeColdMs: loColdMs,
        libreOfficeBatch: { files: LO_BATCH, totalMs: batch.ms },
        ratio,
        batchRatio,
      },
    };
  },
};
