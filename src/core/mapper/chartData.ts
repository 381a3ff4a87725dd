// A chart-data range beside a table ("Diagrammdaten (nicht drucken)" over "Teil | Wert", "Bund | =B5") repeats the
// table's numbers for a chart, by formula, scaled or not: the controller's scaffolding, not the figure's place.
// A copy there is no rival to the table's own candidate and alone never sure. Typed numbers under such a title are
// left alone (a sheet may chart its only table).
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** A title or corner naming chart data: "Diagrammdaten", "Diagramm Ziele", "Daten für Grafik", "Chart data". */
const CHART_TITLE = /^(diagramm\w*|grafik\w*|schaubild\w*|chart( data)?|daten (fuer|zum|zur) (das |die )?(diagramm|grafik|schaubild)\w*)( |$)/;
/** Rows looked at above a label for the chart block's title. */
const REACH = 15;

/** Whether a chart-data title stands above the label cell in its column (the block's corner or title). */
function underChartTitle(g: SheetGrid, row: number, col: number): boolean {
  for (let r = row; r >= Math.max(g.r0, row - REACH); r--) {
    const t = g.ownText(r, col);
    if (t !== undefined && CHART_TITLE.test(fold(t))) return true;
  }
  return false;
}

/** A low for a formula candidate inside a chart-data range: read in no figure's context (no rival to the table's). */
export function chartDataLow(grids: readonly SheetGrid[], c: Candidate): Low | undefined {
  const { range } = splitAddress(c.ref);
  if (range.includes(":")) return undefined;
  const g = grids.find((x) => x.index === c.sheet);
  if (!g) return undefined;
  const at = parseCell(range.replace(/\$/g, ""));
  if (!g.hasFormula(at.row, at.col) && !g.formula(at.row, at.col)) return undefined;
  const label = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
  if (!underChartTitle(g, label.row, label.col)) return undefined;
  return { id: "kontext", text: `Die Zelle gehört zu Diagrammdaten, die eine Tabelle per Formel wiederholen; die Kennzahl steht in der Tabelle.` };
}
