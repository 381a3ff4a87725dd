// The monthly tracking sheet "Verlauf" (area Verlauf, MON_* names): its layout with native formulas for the
// running values, written by `aip example OUT.xlsx --verlauf` (filled with INVENTED test figures for 2024 up
// to June) and by "Verlaufsblatt anlegen" (empty). The formulas use only functions LibreOffice 7.4 also
// computes (SUM, AVERAGE, COUNT, IF, OR, INDEX, SUMIF, SUMPRODUCT, COLUMN – no LET, XLOOKUP, FILTER), so
// the sheet computes for colleagues without the add-in; their AIP.* equivalents are noted beside them.
//
// The figures are consistent with the programme: the 2023 months add up to 750 integrations and an ELB
// average of 4.560 (December 2022 – November 2023, ZIE_Integrationen_VJ / ZIE_ELB_VJ), the 2023 LZB months
// average 2.560 (× 1,063 = ZIE_LZB 2.721), 2023 entries per instrument add up to FOE_Tabelle's Ist, and the
// 2024 months lie on the targets' path (projection ≈ 16,0 %, JDW LZB on its path).
import type { ModelCell, ModelSheet, WorkbookModel } from "../workbookModel";
import { FOE_ROWS_2024, FORMATS } from "./example2024";

export const VERLAUF_SHEET = "Verlauf";
const MONTHS_DE = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

/** Invented test figures (see the file header). ELB: December of the previous year, then January … */
export const VERLAUF_2024 = {
  elbVj: [4610, 4640, 4630, 4600, 4570, 4550, 4530, 4520, 4530, 4520, 4510, 4510, 4540],
  integVj: [52, 58, 70, 68, 66, 60, 55, 62, 72, 70, 65, 52],
  lzbVj: [2600, 2590, 2580, 2570, 2560, 2550, 2545, 2545, 2540, 2540, 2550, 2550],
  elb: [4540, 4580, 4570, 4550, 4520, 4500, 4480],
  integ: [50, 56, 67, 65, 64, 58],
  lzb: [2764, 2753, 2743, 2732, 2721, 2711],
  /** Seasonal weights of entries by month (sum 1): fewer in summer and December. */
  entryWeights: [0.1, 0.09, 0.1, 0.09, 0.09, 0.07, 0.06, 0.08, 0.1, 0.09, 0.08, 0.05],
  bindungen: [1632294, 1790000, 1935000, 2060000, 2170000, 2265000],
  ausgaben: [120000, 345000, 580000, 810000, 1040000, 1265000],
} as const;

/** Spread a whole total over months by weights, largest remainder first (so the months add up exactly). */
export function spread(total: number, weights: readonly number[]): number[] {
  const raw = weights.map((w) => total * w);
  const out = raw.map(Math.floor);
  const order = raw.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const missing = total - out.reduce((s, x) => s + x, 0);
  for (let k = 0; k < missing; k++) out[order[k][1]]++;
  return out;
}

export interface VerlaufOptions {
  /** Fill with the invented 2024 figures up to this month (0 = an empty sheet to fill in; only for the example). */
  filledTo: number;
  planYear: number;
  /** The level-1 instruments of FOE_Tabelle (the rows of MON_Eintritte) with Ist and Plan. */
  instruments: readonly { label: string; ist: number; plan: number }[];
}

/** The level-1 instruments of the example's FOE_Tabelle with Ist and Plan. */
const EXAMPLE_INSTRUMENTS = FOE_ROWS_2024.filter(([, level]) => level === 1).map(([label, , ist, plan]) => ({ label, ist, plan }));

// Layout (1-based rows): months in rows 6..17 (row 5 = December of the previous year), entries and money below.
const FIRST = 5;
const rowOf = (month: number) => FIRST + month; // month 0 = December of the previous year
const E_HEAD = 22;
const COLS = "BCDEFGHIJKLM";

/**
 * Cells, names and the cached results of the formulas (computed here as the spreadsheet does, for readers
 * that do not recalculate). `foe` is where FOE_Tabelle's labels and plans are (for the plan lookup).
 */
export function buildVerlaufSheet(options: VerlaufOptions, foe: { labels: string; plans: string }, figures: { iqVj: number; iq: number; lzbChange: number; eb: number }): { sheet: ModelSheet; names: { name: string; range: string }[] } {
  const { filledTo, planYear, instruments: INSTRUMENTS } = options;
  const E_VJ_HEAD = E_HEAD + INSTRUMENTS.length + 3;
  const M_HEAD = E_VJ_HEAD + INSTRUMENTS.length + 3;
  const cells: Record<string, ModelCell> = {};
  const put = (a1: string, cell: ModelCell) => (cells[a1] = cell);
  const label = (a1: string, text: string, bold = false) => put(a1, { value: text, ...(bold ? { bold } : {}) });
  const num = (v: number | null | undefined, numberFormat: string = FORMATS.count): ModelCell => ({ value: v ?? null, numberFormat });
  const f = (formula: string, value: number | string | null, numberFormat: string): ModelCell => ({ formula, value: value ?? "", numberFormat });
  const d = VERLAUF_2024;
  const filled = <T,>(xs: readonly T[], upTo: number) => xs.map((x, i) => (i < upTo ? x : null));

  label("A1", `Verlauf ${planYear} – Monatsverfolgung (Kennzahlen der BA nach drei Monaten Wartezeit)`, true);
  label(
    "A2",
    filledTo > 0
      ? `ERFUNDENE TESTZAHLEN für ${planYear} bis ${MONTHS_DE[filledTo - 1]} (Vorjahr ${planYear - 1} passend zum Programm: 750 Integrationen, ELB-Durchschnitt 4.560) – keine Daten des Jobcenters`
      : "Leere Zelle = noch nicht gemeldet, 0 = gemeldete 0. Integrationen des Monats m stehen gegen den ELB-Bestand des Monats m−1.",
    true,
  );
  label("A3", "Formeln rechnen ohne Add-in; gleichwertig: H = AIP.JFW(C$6:C{m};B$5:B{m−1}), L = AIP.JDW(D$6:D{m}), M = AIP.LZB_ZIEL(G$6:G{m};ZIE_LZB_Veraenderung)");
  const heads = ["Monat", "ELB-Bestand", "Integrationen", "LZB-Bestand", "ELB-Bestand VJ", "Integrationen VJ", "LZB-Bestand VJ", "JFW", "JFW VJ (gleiche Monate)", "Veränderung", "Hochrechnung IQ", "JDW LZB", "Zielpfad LZB (JDW)"];
  heads.forEach((h, i) => label(`${"ABCDEFGHIJKLM"[i]}4`, h, true));

  const elb = filled(d.elb, filledTo > 0 ? filledTo + 1 : 0); // the stock of December of the previous year comes with the first month
  const integ = filled(d.integ, filledTo);
  const lzb = filled(d.lzb, filledTo);
  const filledVj = filledTo > 0;
  const elbVj = filled(d.elbVj, filledVj ? 13 : 0);
  const integVj = filled(d.integVj, filledVj ? 12 : 0);
  const lzbVj = filled(d.lzbVj, filledVj ? 12 : 0);

  label(`A${rowOf(0)}`, "Dez (Vorjahr)");
  put(`B${rowOf(0)}`, num(elb[0]));
  put(`E${rowOf(0)}`, num(elbVj[0]));

  const sum = (xs: readonly (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const count = (xs: readonly (number | null)[]) => xs.filter((x) => x !== null).length;
  const jfwOf = (i: readonly (number | null)[], e: readonly (number | null)[], m: number) =>
    count(i.slice(0, m)) + count(e.slice(0, m)) < 2 * m ? null : sum(i.slice(0, m)) / (sum(e.slice(0, m)) / m);
  const jdwOf = (l: readonly (number | null)[], m: number) => (count(l.slice(0, m)) < m ? null : sum(l.slice(0, m)) / m);
  const iqVjFull = jfwOf(integVj, elbVj, 12);
  const iqVj = iqVjFull ?? figures.iqVj;

  for (let m = 1; m <= 12; m++) {
    const r = rowOf(m);
    label(`A${r}`, MONTHS_DE[m - 1]);
    put(`B${r}`, num(elb[m]));
    put(`C${r}`, num(integ[m - 1]));
    put(`D${r}`, num(lzb[m - 1]));
    put(`E${r}`, num(elbVj[m]));
    put(`F${r}`, num(integVj[m - 1]));
    put(`G${r}`, num(lzbVj[m - 1]));
    const jfw = jfwOf(integ, elb, m);
    const jfwVj = jfwOf(integVj, elbVj, m);
    put(`H${r}`, f(`=IF(COUNT(C$6:C${r})+COUNT(B$5:B${r - 1})<${2 * m},"",SUM(C$6:C${r})/AVERAGE(B$5:B${r - 1}))`, jfw, "0.00%"));
    put(`I${r}`, f(`=IF(COUNT(F$6:F${r})+COUNT(E$5:E${r - 1})<${2 * m},"",SUM(F$6:F${r})/AVERAGE(E$5:E${r - 1}))`, jfwVj, "0.00%"));
    put(`J${r}`, f(`=IF(OR(H${r}="",I${r}=""),"",H${r}/I${r}-1)`, jfw !== null && jfwVj !== null ? jfw / jfwVj - 1 : null, FORMATS.change));
    put(`K${r}`, f(`=IF(OR(H${r}="",I${r}=""),"",IF(I$17="",ZIE_IQ_VJ,I$17)*H${r}/I${r})`, jfw !== null && jfwVj !== null ? (iqVj * jfw) / jfwVj : null, "0.00%"));
    const jdw = jdwOf(lzb, m);
    const jdwVj = jdwOf(lzbVj, m);
    put(`L${r}`, f(`=IF(COUNT(D$6:D${r})<${m},"",AVERAGE(D$6:D${r}))`, jdw, "#,##0.0"));
    put(`M${r}`, f(`=IF(COUNT(G$6:G${r})<${m},"",AVERAGE(G$6:G${r})*(1+ZIE_LZB_Veraenderung))`, jdwVj === null ? null : jdwVj * (1 + figures.lzbChange), "#,##0.0"));
  }
  // The state of the last reported month, for a quick look.
  const last = count(integ);
  label("A19", "Letzter gemeldeter Monat", true);
  put("B19", f("=COUNT(C6:C17)", last, "0"));
  label("C19", "JFW bisher", true);
  put("D19", f('=IF(B19=0,"",INDEX(H6:H17,B19))', last ? jfwOf(integ, elb, last) : null, "0.00%"));
  label("E19", "Hochrechnung", true);
  const jfwLast = last ? jfwOf(integ, elb, last) : null;
  const jfwVjLast = last ? jfwOf(integVj, elbVj, last) : null;
  put("F19", f('=IF(B19=0,"",INDEX(K6:K17,B19))', jfwLast !== null && jfwVjLast !== null ? (iqVj * jfwLast) / jfwVjLast : null, "0.00%"));
  label("G19", "Ziel IQ", true);
  put("H19", f("=ZIE_IQ", figures.iq, "0.0%"));

  // Entries: this year (with cumulative sums and the pro-rata plan) and last year.
  const entryTable = (head: number, title: string, rows: (number | null)[][], withPlan: boolean) => {
    label(`A${head - 1}`, title, true);
    label(`A${head}`, "Instrument", true);
    MONTHS_DE.forEach((mo, i) => label(`${COLS[i]}${head}`, mo, true));
    if (withPlan) {
      label(`N${head}`, "kumuliert", true);
      label(`O${head}`, `Plan ${planYear}`, true);
      label(`P${head}`, "anteiliger Plan", true);
    }
    INSTRUMENTS.forEach((ins, k) => {
      const r = head + 1 + k;
      label(`A${r}`, ins.label);
      rows[k].forEach((v, i) => put(`${COLS[i]}${r}`, num(v)));
      if (withPlan) {
        put(`N${r}`, f(`=SUM(B${r}:M${r})`, sum(rows[k]), FORMATS.count));
        // Without a plan column to look up (a FOE_Tabelle of another shape), the plan is written as a figure.
        put(`O${r}`, foe.labels ? f(`=SUMIF(${foe.labels},A${r},${foe.plans})`, ins.plan, FORMATS.count) : num(ins.plan));
        put(`P${r}`, f(`=O${r}*$B$${head - 1 + INSTRUMENTS.length + 2}/12`, (ins.plan * entriesMonth) / 12, "#,##0.0"));
      }
    });
    return `A${head}:M${head + INSTRUMENTS.length}`;
  };
  const entries = INSTRUMENTS.map((ins) => filled(spread(ins.plan, d.entryWeights), filledTo));
  const entriesVj = INSTRUMENTS.map((ins) => filled(spread(ins.ist, d.entryWeights), filledVj ? 12 : 0));
  const entriesMonth = Math.max(0, ...entries.map((row) => row.reduce<number>((l, v, i) => (v !== null ? i + 1 : l), 0)));
  const eRange = entryTable(E_HEAD, `Eintritte ${planYear}`, entries, true);
  const monthCell = `B${E_HEAD - 1 + INSTRUMENTS.length + 2}`;
  label(`A${E_HEAD + INSTRUMENTS.length + 1}`, "Monate gemeldet (Eintritte)", true);
  put(monthCell, f(`=SUMPRODUCT(MAX((B${E_HEAD + 1}:M${E_HEAD + INSTRUMENTS.length}<>"")*(COLUMN(B${E_HEAD + 1}:M${E_HEAD + INSTRUMENTS.length})-1)))`, entriesMonth, "0"));
  const eVjRange = entryTable(E_VJ_HEAD, `Eintritte ${planYear - 1}`, entriesVj, false);

  // Money: commitments and expenditure, cumulative, against the Eingliederungsbudget.
  label(`A${M_HEAD - 1}`, "Mittel (kumuliert, Euro)", true);
  label(`A${M_HEAD}`, "Art", true);
  MONTHS_DE.forEach((mo, i) => label(`${COLS[i]}${M_HEAD}`, mo, true));
  label(`N${M_HEAD}`, "Anteil am Eingliederungsbudget", true);
  ([["Bindungen", d.bindungen], ["Ausgaben", d.ausgaben]] as const).forEach(([what, values], k) => {
    const r = M_HEAD + 1 + k;
    const row = filled(values, filledTo);
    label(`A${r}`, what);
    row.forEach((v, i) => put(`${COLS[i]}${r}`, num(v, FORMATS.money)));
    const lastValue = [...row].reverse().find((v) => v !== null) ?? null;
    put(`N${r}`, f(`=IF(COUNT(B${r}:M${r})=0,"",INDEX(B${r}:M${r},COUNT(B${r}:M${r}))/BUD_EB_Gesamt)`, lastValue === null ? null : lastValue / figures.eb, FORMATS.share));
  });

  const sheet: ModelSheet = { name: VERLAUF_SHEET, columnWidths: [52, 12, 13, 12, 14, 15, 14, 10, 12, 11, 13, 11, 13, 12, 11, 12], cells };
  const names = [
    { name: "MON_ELB", range: `B${rowOf(0)}:B${rowOf(12)}` },
    { name: "MON_Integrationen", range: `C${rowOf(1)}:C${rowOf(12)}` },
    { name: "MON_LZB", range: `D${rowOf(1)}:D${rowOf(12)}` },
    { name: "MON_ELB_VJ", range: `E${rowOf(0)}:E${rowOf(12)}` },
    { name: "MON_Integrationen_VJ", range: `F${rowOf(1)}:F${rowOf(12)}` },
    { name: "MON_LZB_VJ", range: `G${rowOf(1)}:G${rowOf(12)}` },
    { name: "MON_Eintritte", range: eRange },
    { name: "MON_Eintritte_VJ", range: eVjRange },
    { name: "MON_Mittel", range: `A${M_HEAD}:M${M_HEAD + 2}` },
  ];
  return { sheet, names };
}

const abs = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** Add the Verlauf sheet to the 2024 example model (a copy is not made: the caller passes a fresh model). */
export function addVerlauf2024(model: WorkbookModel, filledTo = 6): WorkbookModel {
  const foeRows = FOE_ROWS_2024.length;
  const { sheet, names } = buildVerlaufSheet(
    { filledTo, planYear: 2024, instruments: EXAMPLE_INSTRUMENTS },
    { labels: `'Förderung'!$A$4:$A$${3 + foeRows}`, plans: `'Förderung'!$D$4:$D$${3 + foeRows}` },
    { iqVj: 750 / 4560, iq: 0.16, lzbChange: 0.063, eb: 2970357 },
  );
  model.sheets.push(sheet);
  for (const n of names) model.names.push({ name: n.name, refersTo: `=${VERLAUF_SHEET}!${abs(n.range)}` });
  return model;
}
