// Planning workbooks as controllers keep them, without defined names (issue 10 §5), built in code: each
// layout gives the mapper's input (UsedCellsSnapshot), a workbook for the fake Excel (the demo's
// "bestehende Mappe ohne Namen") and, in test/fixtures/layouts.ts, an .xlsx (ExcelJS) with the same cells.
// The seed layout lives here because the browser demo opens it; the other layouts are test fixtures.
import { cellA1, parseCell } from "../core/address";
import type { CellValue } from "../core/snapshot";
import type { SheetCells, SheetTable, UsedCellsSnapshot } from "../core/mapper/types";
import type { WorkbookModel } from "../core/workbookModel";
import type { FakeExtras } from "../excel/fake/document";

export interface LayoutCellSpec {
  v: CellValue;
  fmt?: string;
  /** Formula without "=", its cached result is `v`. */
  formula?: string;
}
export type LayoutCell = CellValue | LayoutCellSpec;

export interface LayoutSheet {
  name: string;
  cells: Record<string, LayoutCell>;
  merged?: string[];
  tables?: SheetTable[];
  visibility?: "visible" | "hidden" | "veryHidden";
}

export interface Layout {
  id: string;
  title: string;
  sheets: LayoutSheet[];
}

export const spec = (c: LayoutCell): LayoutCellSpec =>
  c !== null && typeof c === "object" && "v" in c ? c : { v: c as CellValue };

/** Fill cells row by row from `start` ("A3"): each inner array is one row; undefined/null leaves a cell empty. */
export function rows(start: string, data: Array<Array<LayoutCell | undefined>>): Record<string, LayoutCell> {
  const origin = parseCell(start);
  const out: Record<string, LayoutCell> = {};
  data.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === undefined || cell === null) return;
      out[cellA1({ row: origin.row + r, col: origin.col + c })] = cell;
    }),
  );
  return out;
}

export const pct = (v: number, fmt = "0.0%"): LayoutCellSpec => ({ v, fmt });
export const num = (v: number, fmt = "#,##0"): LayoutCellSpec => ({ v, fmt });
export const vz = (v: number): LayoutCellSpec => ({ v, fmt: "0.0" });
export const date = (serial: number): LayoutCellSpec => ({ v: serial, fmt: "dd.mm.yyyy" });
export const f = (formula: string, v: number, fmt = "#,##0"): LayoutCellSpec => ({ v, fmt, formula });

/** The mapper's input for a layout: each sheet's used range as a dense block. */
export function usedCells(layout: Layout): UsedCellsSnapshot {
  const sheets: SheetCells[] = layout.sheets.map((s) => {
    const refs = Object.keys(s.cells).map(parseCell);
    if (refs.length === 0) return { name: s.name, origin: "A1", values: [] };
    const r0 = Math.min(...refs.map((r) => r.row));
    const c0 = Math.min(...refs.map((r) => r.col));
    const r1 = Math.max(...refs.map((r) => r.row));
    const c1 = Math.max(...refs.map((r) => r.col));
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    const hasFormula: boolean[][] = [];
    const formulas: string[][] = [];
    for (let r = r0; r <= r1; r++) {
      formulas.push(new Array(c1 - c0 + 1).fill(""));
      values.push(new Array(c1 - c0 + 1).fill(null));
      numberFormats.push(new Array(c1 - c0 + 1).fill("General"));
      hasFormula.push(new Array(c1 - c0 + 1).fill(false));
    }
    for (const [a1, cell] of Object.entries(s.cells)) {
      const { row, col } = parseCell(a1);
      const c = spec(cell);
      values[row - r0][col - c0] = c.v;
      numberFormats[row - r0][col - c0] = c.fmt ?? "General";
      hasFormula[row - r0][col - c0] = c.formula !== undefined;
      if (c.formula !== undefined) formulas[row - r0][col - c0] = `=${c.formula}`;
    }
    return {
      name: s.name,
      origin: cellA1({ row: r0, col: c0 }),
      values,
      numberFormats,
      hasFormula,
      ...(hasFormula.some((r) => r.includes(true)) ? { formulas } : {}),
      ...(s.visibility ? { visibility: s.visibility } : {}),
      ...(s.merged ? { merged: s.merged } : {}),
      ...(s.tables ? { tables: s.tables } : {}),
    };
  });
  return { source: `${layout.id}.xlsx`, sheets };
}


/** The layout as a workbook for the fake Excel: cells, no names; merged areas and tables as its extras. */
export function layoutModel(layout: Layout): { model: WorkbookModel; extras: FakeExtras } {
  const model: WorkbookModel = {
    names: [],
    sheets: layout.sheets.map((s) => ({
      name: s.name,
      cells: Object.fromEntries(
        Object.entries(s.cells).map(([a1, cell]) => {
          const c = spec(cell);
          return [a1, { value: c.v, ...(c.formula ? { formula: `=${c.formula}` } : {}), ...(c.fmt ? { numberFormat: c.fmt } : {}) }];
        }),
      ),
    })),
  };
  const extras: FakeExtras = {
    merged: Object.fromEntries(layout.sheets.filter((s) => s.merged).map((s) => [s.name, [...s.merged!]])),
    tables: Object.fromEntries(layout.sheets.filter((s) => s.tables).map((s) => [s.name, s.tables!.map((t) => ({ ...t }))])),
  };
  return { model, extras };
}

// ---------------------------------------------------------------------------------------------------------
// Layout 1: the seed's tables as the published programme prints them, on four sheets.

const FOE_2024: Array<[string, number, number]> = [
  ["Förderung berufliche Weiterbildung", 56, 37],
  ["Eingliederungszuschuss", 59, 64],
  ["Maßnahmen zur Aktivierung und beruflichen Eingliederung", 541, 489],
  ["darunter Maßnahmen bei einem Träger", 6, 0],
  ["darunter Aktivierungs- und Vermittlungsgutschein", 405, 371],
  ["darunter Maßnahmen bei einem Arbeitgeber", 130, 118],
  ["GaBe", 16, 55],
  ["Arbeitsgelegenheiten", 133, 145],
  ["TaAM gemäß §16 i SGB II", 2, 1],
  ["Förderung von Arbeitsverhältnissen", 0, 0],
  ["Freie Förderung", 3, 0],
  ["Einstiegsgeld", 61, 78],
  ["spezielle Maßnahmen für Jüngere", 4, 0],
];

const STAND_2024_02_21 = 45343; // 21.02.2024

export function seedBudgetSheet(): LayoutSheet {
  return {
    name: "Budget",
    cells: rows("A1", [
      ["Übersicht zum Verwaltungshaushalt und Eingliederungsbudget 2024 in Euro"],
      [],
      ["Verwaltungshaushalt", f("SUM(B4:B6)", 9_994_076)],
      ["davon gemäß Eingliederungsmittelverordnung (Bund)", num(6_593_989)],
      ["davon aus Eingliederungstitel für Umschichtungen geplant (Bund)", num(1_793_645)],
      ["davon kommunaler Finanzierungsanteil (Kommune)", num(1_606_442)],
      ["Eingliederungsbudget (inkl. BEZ)", f("B8+B9", 2_970_357)],
      ["Verbinderungen", num(1_632_294)],
      ["Neubewilligungen", num(1_338_063)],
      [],
      ["erstellt: 76 CF - Quelle: Schätzwerttabelle zur Eingliederungsmittelverordnung 2024 des BMAS; Planungen JC IIm-Kreis"],
    ]),
    merged: ["A1:B1"],
  };
}

export function seedFoerderungSheet(): LayoutSheet {
  return {
    name: "Förderung",
    cells: rows("A1", [
      ["Umsetzung Förderbedarfe"],
      ["JC IIm-Kreis"],
      [null, "Ist 2023", "Plan 2024"],
      ["Gesamt", f("SUM(B5:B7,B11:B17)", 875), f("SUM(C5:C7,C11:C17)", 869)],
      ...FOE_2024.map(([label, ist, plan]) => [label, num(ist), num(plan)]),
      [],
      ["Eintrittsplanung 2024 (erste Aufstellung)", num(458)],
      [],
      ["erstellt: 76CF"],
      ["Quelle: Planung JC"],
    ]),
  };
}

export function seedLayout(): Layout {
  return {
    id: "seed-gedruckt",
    title: "Die Tabellen des AIP 2024, wie gedruckt (Budget, Personal, Förderung, Ziele)",
    sheets: [
      seedBudgetSheet(),
      {
        name: "Personal",
        cells: rows("A1", [
          ["Personalstruktur"],
          [],
          ["Gesamtbeschäftigtenzahl", num(123)],
          ["Vollzeitäquivalente", vz(115)],
          ["Anteil Bundesagentur für Arbeit", pct(0.78, "0%")],
          ["Anteil Landratsamt", pct(0.22, "0%")],
          ["Anteil Frauen", pct(0.86, "0%")],
          ["Anteil Männer", pct(0.14, "0%")],
          [],
          ["Stellenanzahl Personalkapazitäten 2024 nach Fachbereichen in VZÄ"],
          ["Markt und Integration", vz(42.5)],
          ["Leistung", vz(39.8)],
          ["Sonstiges operatives Personal", vz(19.1)],
          ["Sonstiges administratives Personal", vz(5.5)],
          ["Weitere Bereiche", vz(8.1)],
        ]),
      },
      seedFoerderungSheet(),
      {
        name: "Ziele",
        cells: rows("A1", [
          ["Wirkung / Ziele"],
          [],
          ["Integrationen 2023", num(750)],
          ["ELB 2023 (Durchschnitt)", num(4560)],
          ["Integrationsquote 2023", f("B3/B4", 750 / 4560, "0.0%")],
          [],
          ["Kennzahl", "Ziel 2024", "Veränderung ggü. VJ in %"],
          ["Integrationsquote gesamt (JFW in %)", pct(0.16), -2.5],
          ["darunter Männer", pct(0.195), -3.6],
          ["darunter Frauen", pct(0.127), -0.8],
          ["Bestand LZB (JDW)", num(2721), 6.3],
          ["darunter Männer", num(1301), 4.1],
          ["darunter Frauen", num(1420), 8.5],
          [],
          ["erstellt: 76CF"],
          [],
          [date(STAND_2024_02_21)],
          ["Datum"],
        ]),
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Layout "eigene Worte" (issue 13 §3): a Jobcenter's steering sheet in its own words, which no label data
// knows ("Quote S2 (Zielvereinbarung)" is its integration quota, "Steuerungsgröße 3" its LZB stock). The
// user assigns them by hand once; the mapper then finds them in next year's copy (`year` + 1, a row added
// above, the columns' years moved on) and, with the labels exported and imported, in another Jobcenter's
// workbook written in the same words (`variant` "b": other sheet name, other places, Plan before Ist).

export function ownWordsLayout(year = 2024, variant: "a" | "b" = "a"): Layout {
  const title = variant === "a" ? `Zielsteuerung Jobcenter Musterstadt ${year}` : `Zielplanung Jobcenter Nachbarkreis ${year}`;
  const extraRow = year > 2024 ? [["Hinweis: Werte des Vorjahres vorläufig"]] : [];
  const cells =
    variant === "a"
      ? rows("A1", [
          [title],
          [],
          ["Planjahr", year],
          ...extraRow,
          [],
          ["Kennzahl", `Ist ${year - 1}`, `Plan ${year}`],
          ["Quote S2 (Zielvereinbarung)", pct(year > 2024 ? 0.205 : 0.198), pct(year > 2024 ? 0.21 : 0.205)],
          ["Steuerungsgröße 3", num(year > 2024 ? 2010 : 2104), num(year > 2024 ? 1950 : 2000)],
        ])
      : rows("B2", [
          [title],
          [],
          ["Planjahr", year],
          [],
          [],
          ["Kennzahl", `Plan ${year}`, `Ist ${year - 1}`],
          ["Steuerungsgröße 3", num(3100), num(3240)],
          [],
          ["Quote S2 (Zielvereinbarung)", pct(0.24), pct(0.232)],
        ]);
  return {
    id: `eigene-worte-${variant}-${year}`,
    title: `Eigene Beschriftungen (${variant === "a" ? "Musterstadt" : "Nachbarkreis"} ${year})`,
    sheets: [{ name: variant === "a" ? `Steuerung ${year}` : "Ziele", cells }],
  };
}
