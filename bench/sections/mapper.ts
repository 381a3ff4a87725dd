// The mapper (issue 10) on a 50-sheet workbook without names: the four sheets of the printed AIP 2024,
// a customer sheet, and 45 monthly report sheets of 300 rows × 15 columns (labels, month columns, sums)
// – about 200.000 used cells. Goals: proposeMapping well under a second, and reading the .xlsx (every used
// cell, src/xlsx/readUsedCells.ts) plus proposing within a second (guard of issue 18).
import { proposeMapping } from "../../src/core/mapper";
import { readUsedCells } from "../../src/xlsx/readUsedCells";
import { layoutXlsx, num, otherJobcenterLayout, rows, seedLayout, usedCells, type Layout, type LayoutCell } from "../../test/fixtures/layouts";
import { median, ms, random, timeRuns, type Section } from "../lib";

const SHEETS = 50;
const ROWS = 300;
const GOAL_MS = 1_000;
const MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];
const LABELS = ["Zugänge", "Abgänge", "Bestand Arbeitslose", "Integrationen", "Eintritte FbW", "Eintritte EGZ", "Ausgaben", "Widersprüche", "Anträge", "Bescheide"];

export function fiftySheetWorkbook(): Layout {
  const seed = seedLayout();
  const kunden = otherJobcenterLayout().sheets.find((s) => s.name === "Kunden")!;
  const rnd = random(50);
  const sheets = [...seed.sheets, kunden];
  for (let i = sheets.length; i < SHEETS; i++) {
    const data: LayoutCell[][] = [[`Monatsbericht ${i}`], ["Kennzahl", ...MONTHS, "Summe", "Bemerkung"]];
    for (let r = 0; r < ROWS - 2; r++) {
      const values = MONTHS.map(() => Math.round(rnd() * 1000));
      data.push([`${LABELS[r % LABELS.length]} ${Math.floor(r / LABELS.length) + 1}`, ...values.map((v) => num(v)), num(values.reduce((a, b) => a + b, 0)), r % 7 ? null : "geprüft"]);
    }
    sheets.push({ name: `Bericht ${String(i).padStart(2, "0")}`, cells: rows("A1", data) });
  }
  return { id: "mapper-50", title: "50 Blätter", sheets };
}

export const mapperBench: Section = {
  id: "mapper",
  title: "Zuordnung (aip map): 50 Blätter ohne Namen, ≈ 200.000 Zellen",
  async run() {
    const layout = fiftySheetWorkbook();
    const snapshot = usedCells(layout);
    const cells = snapshot.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0), 0);
    const times = await timeRuns(7, () => proposeMapping(snapshot), 1);
    const result = proposeMapping(snapshot);
    const high = result.proposals.filter((p) => p.confidence === "high").length;
    const bytes = await layoutXlsx(layout);
    const read = await timeRuns(3, () => readUsedCells(bytes, "mapper-50.xlsx"), 1);
    const both = await timeRuns(3, async () => proposeMapping((await readUsedCells(bytes, "mapper-50.xlsx")).snapshot), 1);
    const wall = median(times.wall);
    const bothWall = median(both.wall);
    return {
      id: this.id,
      title: this.title,
      rows: [
        {
          measure: `proposeMapping, ${SHEETS} Blätter, ${cells.toLocaleString("de-DE")} Zellen (Median von 7)`,
          value: `${ms(wall)} (CPU ${ms(median(times.cpu))}; ${high} sicher, ${result.proposals.length - high} prüfen, ${result.missing.length} fehlen)`,
          goal: `≤ ${ms(GOAL_MS)}`,
          met: wall <= GOAL_MS,
        },
        { measure: "  .xlsx lesen, alle benutzten Zellen (Median von 3)", value: `${ms(median(read.wall))} (CPU ${ms(median(read.cpu))})` },
        {
          measure: "lesen + zuordnen wie aip map (Median von 3)",
          value: `${ms(bothWall)} (CPU ${ms(median(both.cpu))})`,
          goal: `≤ ${ms(GOAL_MS)}`,
          met: bothWall <= GOAL_MS,
        },
      ],
      data: { sheets: SHEETS, cells, proposeMs: { wall, cpu: median(times.cpu) }, readMs: { wall: median(read.wall), cpu: median(read.cpu) }, readAndMapMs: { wall: bothWall, cpu: median(both.cpu) }, high, low: result.proposals.length - high, missing: result.missing.length },
    };
  },
};
