// The four tables the programme prints, as neutral data from a workbook: Verwaltungshaushalt und
// Eingliederungsbudget, Personal nach Fachbereichen in VZÄ, Umsetzung Förderbedarfe (Ist/Plan, "darunter"
// rows indented), Ziele (Ziel, Veränderung ggü. VJ). Captions and footers as in the 2024 source; figures in
// German print. The .docx writer (src/docx), the example document and the Excel sheet "AIP-Tabellen" all
// render these same tables.
import { formatNumber } from "../format";
import { buildView, type View } from "../resolve/view";
import { foeStructure } from "../resolve/foe";
import type { WorkbookSnapshot } from "../snapshot";

export interface ProgrammeTableRow {
  cells: string[];
  /** Raw numbers behind the cells (null for labels and blanks), for hosts that write numbers, not text. */
  values: (number | null)[];
  /** Number formats (Excel syntax) per cell, for hosts writing numbers. */
  formats: (string | null)[];
  bold?: boolean;
  /** "darunter" rows: indented under their instrument. */
  indent?: boolean;
}

export interface ProgrammeTable {
  id: "haushalt" | "personal" | "foerderung" | "ziele";
  caption: string;
  header: string[];
  rows: ProgrammeTableRow[];
  footer: string;
  /** Names the table could not show (missing in the workbook): said, not silently left blank. */
  missing: string[];
}

const euro = (x: number) => formatNumber(x, 0);
const pct = (f: number) => `${formatNumber(f * 100, 1)} %`;
const change = (f: number) => {
  const t = formatNumber(f * 100, 1);
  return f > 0 && t !== "0,0" ? `+${t}` : t;
};
const vzae = (x: number) => formatNumber(x, 1);
const count = (x: number) => formatNumber(x, Number.isInteger(x) ? 0 : 1);

function row(label: string, figures: Array<{ value: number | undefined; text: (v: number) => string; format: string }>, extra: Partial<ProgrammeTableRow> = {}): ProgrammeTableRow {
  return {
    cells: [label, ...figures.map((f) => (f.value === undefined ? "" : f.text(f.value)))],
    values: [null, ...figures.map((f) => f.value ?? null)],
    formats: [null, ...figures.map((f) => f.format)],
    ...extra,
  };
}

const EURO_FMT = "#,##0";
const PCT_FMT = "0.0%";
const CHANGE_FMT = '+0.0;-0.0;0.0';

function haushalt(view: View, year: string, jobcenter: string): ProgrammeTable {
  const missing: string[] = [];
  const v = (name: string) => {
    const f = view.figure(name);
    if (!f) missing.push(name);
    return f?.value;
  };
  const e = (name: string) => ({ value: v(name), text: euro, format: EURO_FMT });
  return {
    id: "haushalt",
    caption: `Übersicht zum Verwaltungshaushalt und Eingliederungsbudget ${year} in Euro`,
    header: [],
    rows: [
      row("Verwaltungshaushalt", [e("BUD_VH_Gesamt")], { bold: true }),
      row("davon gemäß Eingliederungsmittelverordnung (Bund)", [e("BUD_VH_EinglMV")]),
      row("davon aus Eingliederungstitel für Umschichtungen geplant (Bund)", [e("BUD_VH_Umschichtung")]),
      row("davon kommunaler Finanzierungsanteil (Kommune)", [e("BUD_VH_KFA")]),
      row("Eingliederungsbudget (inkl. BEZ)", [e("BUD_EB_Gesamt")], { bold: true }),
      row("Vorbindungen", [e("BUD_EB_Vorbindungen")]),
      row("Neubewilligungen", [e("BUD_EB_Neubewilligungen")]),
    ],
    footer: `Quelle: Schätzwerttabelle zur Eingliederungsmittelverordnung ${year} des BMAS; Planungen ${jobcenter}`,
    missing,
  };
}

function personal(view: View, year: string): ProgrammeTable {
  const missing: string[] = [];
  const t = view.table("PER_VZAE_Bereiche");
  if (!t) missing.push("PER_VZAE_Bereiche");
  const rows: ProgrammeTableRow[] = t
    ? [...Array(t.rows).keys()].filter((r) => t.text(r, "bereich")).map((r) => row(t.text(r, "bereich"), [{ value: t.num(r, "vzae"), text: vzae, format: "0.0" }]))
    : [];
  const total = view.figure("PER_VZAE_Gesamt");
  if (!total) missing.push("PER_VZAE_Gesamt");
  rows.push(row("Gesamt", [{ value: total?.value, text: vzae, format: "0.0" }], { bold: true }));
  return {
    id: "personal",
    caption: `Stellenanzahl Personalkapazitäten ${year} nach Fachbereichen in VZÄ`,
    header: ["Fachbereich", "VZÄ"],
    rows,
    footer: "Daten sind jeweils in Vollzeitäquivalent (VZÄ) angegeben.",
    missing,
  };
}

function foerderung(view: View, year: number | undefined, jobcenter: string): ProgrammeTable {
  const s = foeStructure(view);
  const rows: ProgrammeTableRow[] = [];
  if (s) {
    const level2 = new Set([...s.darunter.values(), ...s.davon.values()].flat());
    for (let r = 0; r < s.table.rows; r++) {
      if (s.table.isSpacer(r)) continue;
      const cnt = (key: string) => ({ value: s.table.num(r, key), text: count, format: "#,##0" });
      rows.push(row(s.table.text(r, "instrument"), [cnt("ist"), cnt("plan")], { ...(s.gesamtRows.includes(r) ? { bold: true } : {}), ...(level2.has(r) ? { indent: true } : {}) }));
    }
  }
  return {
    id: "foerderung",
    caption: "Umsetzung Förderbedarfe",
    header: [jobcenter, year !== undefined ? `Ist ${year - 1}` : "Ist", year !== undefined ? `Plan ${year}` : "Plan"],
    rows,
    footer: "Quelle: Planung JC",
    missing: s ? [] : ["FOE_Tabelle"],
  };
}

function ziele(view: View, year: string): ProgrammeTable {
  const missing: string[] = [];
  const v = (name: string) => {
    const f = view.figure(name);
    if (!f) missing.push(name);
    return f?.value;
  };
  const line = (label: string, target: string, targetText: (x: number) => string, fmt: string) =>
    row(label, [
      { value: v(target), text: targetText, format: fmt },
      { value: v(`${target}_Veraenderung`), text: change, format: CHANGE_FMT },
    ]);
  const stock = (x: number) => formatNumber(x, 0);
  return {
    id: "ziele",
    caption: `Ziele für ${year}`,
    header: ["Kennzahl", `Ziel ${year}`, "Veränderung ggü. VJ in %"],
    rows: [
      line("Integrationsquote gesamt (JFW in %)", "ZIE_IQ", pct, PCT_FMT),
      { ...line("darunter Männer", "ZIE_IQ_Maenner", pct, PCT_FMT), indent: true },
      { ...line("darunter Frauen", "ZIE_IQ_Frauen", pct, PCT_FMT), indent: true },
      line("Bestand LZB (JDW)", "ZIE_LZB", stock, "#,##0"),
      { ...line("darunter Männer", "ZIE_LZB_Maenner", stock, "#,##0"), indent: true },
      { ...line("darunter Frauen", "ZIE_LZB_Frauen", stock, "#,##0"), indent: true },
    ],
    footer: "Quelle: Planung JC",
    missing,
  };
}

/** The four programme tables from a workbook snapshot. */
export function programmeTables(snapshot: WorkbookSnapshot): ProgrammeTable[] {
  const view = buildView(snapshot);
  const planYear = view.figure("AIP_Planjahr")?.value;
  const year = planYear !== undefined ? String(planYear) : "";
  const jobcenter = view.text("AIP_Jobcenter")?.value ?? "Jobcenter";
  return [haushalt(view, year, jobcenter), personal(view, year), foerderung(view, planYear, jobcenter), ziele(view, year)];
}
