// The engine alone on a Förderübersicht (FOE_Tabelle) of 1.000, 10.000 and 100.000 rows: the time must
// grow linearly with the rows (the engine is one pass over the snapshot); goal 10.000 rows ≤ 1 s.
import { check, type NameEntry, type WorkbookSnapshot } from "../../src/core";
import { exampleSnapshot, FOE_ROWS_2024 } from "../../src/core/example";
import { median, ms, timeRuns, type Section } from "../lib";

const SIZES = [1_000, 10_000, 100_000];
const GOAL_10K_MS = 1_000;

/** The example with FOE_Tabelle repeated to `rows` instrument rows (darunter rows kept under their parent). */
export function snapshotWithFoeRows(rows: number): WorkbookSnapshot {
  const snapshot = exampleSnapshot();
  const values: NameEntry["values"] = [];
  const formulas: NameEntry["formulas"] = [];
  const numberFormats: NameEntry["numberFormats"] = [];
  let ist = 0;
  let plan = 0;
  for (let i = 0; i < rows; i++) {
    const [instrument, ebene, istValue, planValue] = FOE_ROWS_2024[i % FOE_ROWS_2024.length];
    const round = Math.floor(i / FOE_ROWS_2024.length);
    values.push([round ? `${instrument} (${round + 1})` : instrument, ebene, istValue, planValue, null]);
    formulas.push([null, null, null, null, null]);
    numberFormats.push(["General", "0", "#,##0", "#,##0", "General"]);
    if (ebene === 1) {
      ist += istValue;
      plan += planValue;
    }
  }
  values.unshift(["Gesamt", 0, ist, plan, null]);
  formulas.unshift([null, null, `=SUMIF(B4:B${rows + 3},1,C4:C${rows + 3})`, `=SUMIF(B4:B${rows + 3},1,D4:D${rows + 3})`, null]);
  numberFormats.unshift(["General", "0", "#,##0", "#,##0", "General"]);
  const foe = snapshot.names.find((n) => n.name === "FOE_Tabelle")!;
  Object.assign(foe, { address: `Förderung!A3:E${rows + 3}`, refersTo: `=Förderung!$A$3:$E$${rows + 3}`, values, formulas, numberFormats });
  return snapshot;
}

export const foeScaling: Section = {
  id: "foe-zeilen",
  title: "Engine allein: FOE_Tabelle mit 1.000 / 10.000 / 100.000 Zeilen",
  async run() {
    const results: Array<{ rows: number; ms: number; cpuMs: number; findings: number }> = [];
    for (const rows of SIZES) {
      const snapshot = snapshotWithFoeRows(rows);
      const runs = rows >= 100_000 ? 3 : 7;
      const times = await timeRuns(runs, () => check(snapshot), 1);
      results.push({ rows, ms: median(times.wall), cpuMs: median(times.cpu), findings: check(snapshot).length });
    }
    const per1k = results.map((r) => r.ms / (r.rows / 1000));
    const ten = results.find((r) => r.rows === 10_000)!;
    // Linear: time per 1.000 rows at 100k within 3× of that at 10k (allows for GC and a noisy machine).
    const linear = per1k[2] <= per1k[1] * 3;
    return {
      id: this.id,
      title: this.title,
      rows: [
        ...results.map((r, i) => ({
          measure: `${r.rows.toLocaleString("de-DE")} Zeilen (${r.findings} Meldungen)`,
          value: `${ms(r.ms)} (CPU ${ms(r.cpuMs)}; ${ms(per1k[i])} je 1.000 Zeilen)`,
          ...(r.rows === 10_000 ? { goal: `≤ ${ms(GOAL_10K_MS)}`, met: ten.ms <= GOAL_10K_MS } : {}),
        })),
        {
          measure: "Wachstum linear (je 1.000 Zeilen bei 100k ≤ 3× bei 10k)",
          value: `${(per1k[2] / per1k[1]).toFixed(2).replace(".", ",")}×`,
          goal: "linear",
          met: linear,
        },
      ],
      data: { results },
    };
  },
};
