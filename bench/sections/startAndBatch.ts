// What users wait for, as whole processes and as ratios measured in the same run (issue 18): the README's
// first command `aip check --example` against starting Node itself (`node -e 0`), a folder of 50 copies of
// the example against the same folder with one copy, and, as the anchor for the batch, LibreOffice
// converting the same 50 files headless in one process. The two sides of each ratio run in turn (A B A B …)
// and the ratio is taken pair by pair, so a machine that others load slows both sides alike; the median
// of the pairs is quoted.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice, sofficeAvailable, sofficeConvertArgs } from "../../src/xlsx/libreOffice";
import { AIP_BIN, median, ms, ROOT, TMP, timedProcess, type ProcessTiming, type Row, type Section } from "../lib";

const PAIRS = 7;
const COPIES = 50;
const LO_PAIRS = 3;
const GOAL_EXAMPLE = 2.5;
const GOAL_BATCH = 2.0;
const GOAL_LIBREOFFICE = 30;

type Command = [string, string[]];

interface Paired {
  a: ProcessTiming[];
  b: ProcessTiming[];
  /** a/b per pair, wall and CPU. */
  wall: number[];
  cpu: number[];
}

/** `pairs` runs of A and B in turn after one untimed run of each; the ratio A/B pair by pair. */
async function paired(a: Command, b: Command, pairs: number): Promise<Paired> {
  await timedProcess(...a);
  await timedProcess(...b);
  const out: Paired = { a: [], b: [], wall: [], cpu: [] };
  for (let i = 0; i < pairs; i++) {
    const ta = await timedProcess(...a);
    const tb = await timedProcess(...b);
    out.a.push(ta);
    out.b.push(tb);
    out.wall.push(ta.ms / tb.ms);
    out.cpu.push(ta.cpuMs / tb.cpuMs);
  }
  return out;
}

const both = (runs: ProcessTiming[]) => `${ms(median(runs.map((r) => r.ms)))} (CPU ${ms(median(runs.map((r) => r.cpuMs)))})`;
const times = (x: number) => `${x.toLocaleString("de-DE", { maximumFractionDigits: 2 })}×`;
const raw = (p: Paired) => ({
  a: p.a.map((r) => ({ wall: r.ms, cpu: r.cpuMs })),
  b: p.b.map((r) => ({ wall: r.ms, cpu: r.cpuMs })),
  ratioWall: p.wall,
  ratioCpu: p.cpu,
});

export const startAndBatch: Section = {
  id: "start-stapel",
  title: "Start und Stapel als ganze Prozesse (Paare im selben Lauf)",
  async run() {
    const dir = join(TMP, "start-stapel");
    rmSync(dir, { recursive: true, force: true });
    const one = join(dir, "eine");
    const fifty = join(dir, "fuenfzig");
    mkdirSync(one, { recursive: true });
    mkdirSync(fifty, { recursive: true });
    // The example as the build writes it (build/example/, see src/cli/exampleFile.ts): the same bytes --example reads.
    const example = join(ROOT, "build", "example", "beispiel-2024.xlsx");
    copyFileSync(example, join(one, "kopie-01.xlsx"));
    const copies = Array.from({ length: COPIES }, (_, i) => join(fifty, `kopie-${String(i + 1).padStart(2, "0")}.xlsx`));
    for (const copy of copies) copyFileSync(example, copy);

    const node: Command = [process.execPath, ["-e", "0"]];
    const aip = (...args: string[]): Command => [process.execPath, [AIP_BIN, "check", ...args]];

    const start = await paired(aip("--example"), node, PAIRS);
    const batch = await paired(aip(fifty), aip(one), PAIRS);
    const startRatio = median(start.wall);
    const batchRatio = median(batch.wall);
    // Per extra file: what the 50-copy run costs beyond the one-copy run of the same pair.
    const perExtra = batch.a.map((a, i) => (a.ms - batch.b[i].ms) / (COPIES - 1));
    const perExtraCpu = batch.a.map((a, i) => (a.cpuMs - batch.b[i].cpuMs) / (COPIES - 1));

    const rows: Row[] = [
      { measure: `node -e 0 (Anker, Median von ${PAIRS})`, value: both(start.b) },
      { measure: "aip check --example", value: both(start.a) },
      {
        measure: `Faktor aip check --example / node -e 0 (Median von ${PAIRS} Paaren)`,
        value: `${times(startRatio)} (CPU ${times(median(start.cpu))})`,
        goal: `≤ ${times(GOAL_EXAMPLE)}`,
        met: startRatio <= GOAL_EXAMPLE,
      },
      { measure: "aip check ORDNER mit 1 Kopie des Beispiels (Anker)", value: both(batch.b) },
      { measure: `aip check ORDNER mit ${COPIES} Kopien`, value: both(batch.a) },
      {
        measure: `Faktor ${COPIES} Kopien / 1 Kopie (Median von ${PAIRS} Paaren)`,
        value: `${times(batchRatio)} (CPU ${times(median(batch.cpu))})`,
        goal: `≤ ${times(GOAL_BATCH)}`,
        met: batchRatio <= GOAL_BATCH,
      },
      { measure: "  je weitere Datei, lesen + prüfen", value: `${ms(median(perExtra))} (CPU ${ms(median(perExtraCpu))})` },
    ];
    const data: Record<string, unknown> = { pairs: PAIRS, copies: COPIES, example: raw(start), batch: raw(batch), perExtraMs: perExtra, perExtraCpuMs: perExtraCpu };

    if (!sofficeAvailable()) {
      rows.push({ measure: "LibreOffice", value: "nicht installiert" });
      return { id: this.id, title: this.title, rows, data };
    }
    const profileDir = join(dir, "lo-profil");
    const out = join(dir, "lo-out");
    await convertWithLibreOffice(join(one, "kopie-01.xlsx"), out, { profileDir }); // creates the profile: not timed
    const lo: ProcessTiming[] = [];
    const aipExtra: number[] = [];
    const loRatio: number[] = [];
    for (let i = 0; i < LO_PAIRS; i++) {
      const l = await timedProcess("soffice", sofficeConvertArgs(copies, out, profileDir));
      const a50 = await timedProcess(...aip(fifty));
      const a1 = await timedProcess(...aip(one));
      const extra = (a50.ms - a1.ms) / (COPIES - 1);
      lo.push(l);
      aipExtra.push(extra);
      // LibreOffice's time per file in its batch against aip's time per extra file, right after it.
      loRatio.push(l.ms / COPIES / extra);
    }
    const loPerFile = median(lo.map((l) => l.ms)) / COPIES;
    const loFactor = median(loRatio);
    rows.push(
      { measure: `LibreOffice konvertiert dieselben ${COPIES} Dateien in einem Prozess, je Datei (Median von ${LO_PAIRS})`, value: `${ms(loPerFile)} (CPU ${ms(median(lo.map((l) => l.cpuMs)) / COPIES)})` },
      {
        measure: "Faktor LibreOffice je Datei / aip je weitere Datei",
        value: `${loFactor.toFixed(0)}×`,
        goal: `≥ ${GOAL_LIBREOFFICE}×`,
        met: loFactor >= GOAL_LIBREOFFICE,
      },
    );
    Object.assign(data, {
      libreOffice50: lo.map((l) => ({ wall: l.ms, cpu: l.cpuMs })),
      aipPerExtraInterleavedMs: aipExtra,
      libreOfficeRatio: loRatio,
    });
    return { id: this.id, title: this.title, rows, data };
  },
};
