// `aip docx check`: every figure the programme document states is compared with the checked workbook at
// the precision the document prints. A disagreement is a finding of the family "dokument" (outside the
// workbook rules and their count): dokument/zahl (warning) for a figure in the running text,
// dokument/tabelle (error) for a table cell. Figures that denote no contract figure are counted as
// "nicht geprüft", never silently dropped.
import { meaningOf } from "../messages/render";
import type { Finding, Severity } from "../finding";
import { formatNumber, type Lang } from "../format";
import { buildView, type View } from "../resolve/view";
import { foeStructure } from "../resolve/foe";
import { looseLabel } from "../resolve/labels";
import type { WorkbookSnapshot } from "../snapshot";
import { isPercentKind, kindOf } from "./figureNames";
import { compareAsPrinted, type PrintedNumber } from "./numbers";
import { tableFigures } from "./tableFigures";
import { textFigures, type FigurePlace, type FigureTarget, type StatedFigure } from "./textFigures";
import type { ProgrammeDocument } from "./types";

export interface DocumentRuleMeta {
  id: "dokument/zahl" | "dokument/tabelle";
  severity: Severity;
  title: string;
  titleEn: string;
}

/** The document rules: a family of their own, not part of the workbook rules' registry or count. */
export const DOCUMENT_RULES: readonly DocumentRuleMeta[] = [
  { id: "dokument/zahl", severity: "warning", title: "Zahl im Text weicht von der Mappe ab", titleEn: "Figure in the text differs from the workbook" },
  { id: "dokument/tabelle", severity: "error", title: "Tabellenzelle im Dokument weicht von der Mappe ab", titleEn: "Table cell in the document differs from the workbook" },
];

export interface UncheckedFigure {
  figure: string;
  place: string;
  /** Why: the figure denotes no contract figure, or its name is missing in the workbook. */
  reason: "keine-zuordnung" | "name-fehlt";
  name?: string;
}

export interface DocumentCoverage {
  /** Figures found in the document (years, dates and references are not figures). */
  figures: number;
  checked: number;
  unchecked: UncheckedFigure[];
}

export interface DocumentCheckResult {
  findings: Finding[];
  coverage: DocumentCoverage;
  /** Every figure with what it was compared with (for tests and --format json). */
  compared: Array<{ figure: StatedFigure; name: string; cell: string; value: number; agrees: boolean }>;
}

interface Reference {
  name: string;
  /** What the workbook figure is, for the message ("Summe Plan der Förderübersicht"), German and English. */
  label: string;
  labelEn: string;
  value: number;
  cell: string;
  percentUnit: boolean;
}

const COLUMN_LABEL = { ist: "Ist", plan: "Plan" } as const;

/** The workbook figures a document figure is compared with; [] when the workbook lacks them. */
function references(view: View, target: FigureTarget): Reference[] | "missing" {
  switch (target.kind) {
    case "name": {
      const f = view.figure(target.name);
      if (!f) return "missing";
      return [{ name: target.name, label: f.meaning, labelEn: meaningOf(target.name, "en"), value: f.value, cell: f.cell, percentUnit: isPercentKind(kindOf(target.name)) }];
    }
    case "foePlanTotal": {
      const out: Reference[] = [];
      const s = foeStructure(view);
      if (s && s.gesamtRows.length === 1) {
        const v = s.table.num(s.gesamtRows[0], "plan");
        if (v !== undefined) out.push({ name: "FOE_Tabelle", label: "Summe Plan der Förderübersicht", labelEn: "Plan total of the Förderung table", value: v, cell: s.table.cell(s.gesamtRows[0], "plan"), percentUnit: false });
      }
      // FOE_Eintritte_Plan is itself a copy of the text's figure: compared too where the name exists.
      const copy = view.figure("FOE_Eintritte_Plan");
      if (copy) out.push({ name: "FOE_Eintritte_Plan", label: copy.meaning, labelEn: meaningOf("FOE_Eintritte_Plan", "en"), value: copy.value, cell: copy.cell, percentUnit: false });
      return out.length ? out : "missing";
    }
    case "foeCell": {
      const s = foeStructure(view);
      if (!s) return "missing";
      const rows = target.instrument === "Gesamt" ? s.gesamtRows : [...Array(s.table.rows).keys()].filter((r) => looseLabel(s.table.text(r, "instrument")) === looseLabel(target.instrument));
      if (rows.length !== 1) return "missing";
      const v = s.table.num(rows[0], target.column);
      if (v === undefined) return "missing";
      return [{ name: "FOE_Tabelle", label: `Förderübersicht, „${target.instrument}“ ${COLUMN_LABEL[target.column]}`, labelEn: `Förderung table, “${target.instrument}” ${COLUMN_LABEL[target.column]}`, value: v, cell: s.table.cell(rows[0], target.column), percentUnit: false }];
    }
    case "bgSize": {
      const t = view.table("KUN_BG_Groesse");
      if (!t) return "missing";
      // "1 Person", "2 Personen", "3+ Personen", "drei und mehr Personen": the household size is the label's first figure or word.
      const sizeOf = (label: string) => {
        const l = looseLabel(label);
        const m = /^(\d|eine?|zwei|drei)/.exec(l);
        return m ? ({ ein: 1, eine: 1, zwei: 2, drei: 3 } as Record<string, number>)[m[1]] ?? Number(m[1]) : undefined;
      };
      const r = [...Array(t.rows).keys()].find((i) => sizeOf(t.text(i, "groesse")) === target.size);
      const v = r === undefined ? undefined : t.num(r, "anteil");
      if (r === undefined || v === undefined) return "missing";
      const label = t.text(r, "groesse");
      return [{ name: "KUN_BG_Groesse", label: `Bedarfsgemeinschaften „${label}“`, labelEn: `households “${label}”`, value: v, cell: t.cell(r, "anteil"), percentUnit: true }];
    }
    case "vzaeArea": {
      const t = view.table("PER_VZAE_Bereiche");
      if (!t) return "missing";
      const r = [...Array(t.rows).keys()].find((i) => looseLabel(t.text(i, "bereich")) === looseLabel(target.area));
      const v = r === undefined ? undefined : t.num(r, "vzae");
      if (r === undefined || v === undefined) return "missing";
      return [{ name: "PER_VZAE_Bereiche", label: `VZÄ „${target.area}“`, labelEn: `FTE “${target.area}”`, value: v, cell: t.cell(r, "vzae"), percentUnit: false }];
    }
  }
}

const DECLINE = /\b(rückgang|abbau|sinken|sinkt|senkung|minderung|abnahme|verringer\w*)\b/i;

/** A change printed without sign after "Rückgang" means a negative change. */
function signedPrinted(f: StatedFigure, ref: Reference): PrintedNumber {
  const change = kindOf(ref.name) === "change";
  if (change && !f.printed.signed && DECLINE.test(f.quote)) return { ...f.printed, value: -f.printed.value };
  return f.printed;
}

export function placeText(place: FigurePlace, lang: Lang): string {
  if (place.kind === "paragraph") {
    const part = { body: "", header: lang === "en" ? " (header)" : " (Kopfzeile)", footer: lang === "en" ? " (footer)" : " (Fußzeile)", footnote: lang === "en" ? " (footnote)" : " (Fußnote)" }[place.part];
    return `${lang === "en" ? "Paragraph" : "Absatz"} ${place.paragraph}${part}`;
  }
  const col = place.columnLabel ? ` „${place.columnLabel}“` : ` ${place.column}`;
  return lang === "en"
    ? `Table ${place.table}, row ${place.row}, column${col.replace(/[„“]/g, '"')}`
    : `Tabelle ${place.table}, Zeile ${place.row}, Spalte${col}`;
}

const cut = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function shown(value: number, printed: PrintedNumber, percentUnit: boolean, lang: Lang): string {
  const n = formatNumber(value, printed.decimals, lang);
  const sign = printed.signed && value > 0 ? "+" : "";
  if (percentUnit && printed.percent) return lang === "en" ? `${sign}${n}%` : `${sign}${n} %`;
  if (printed.euro) return lang === "en" ? `€${n}` : `${n} €`;
  return `${sign}${n}`;
}

function finding(f: StatedFigure, ref: Reference, shownValue: number, lang: Lang): Finding {
  const table = f.place.kind === "table";
  const meta = DOCUMENT_RULES[table ? 1 : 0];
  const where = placeText(f.place, lang);
  const doc = f.printed.raw;
  const wb = shown(shownValue, f.printed, ref.percentUnit, lang);
  const context = table && f.place.kind === "table" ? f.place.rowLabel : f.quote;
  const message =
    lang === "en"
      ? `${where}: “${cut(context)}” states ${doc}, the workbook ${wb} (${ref.labelEn})`
      : `${where}: „${cut(context)}“ nennt ${doc}, die Mappe ${wb} (${ref.label})`;
  return {
    rule: meta.id,
    severity: meta.severity,
    messageId: "abweichung",
    data: { place: where, quote: context, document: doc, documentValue: f.printed.value, workbook: wb, workbookValue: ref.value, name: ref.name, meaning: ref.label },
    message,
    names: [ref.name],
    cells: [ref.cell],
  };
}

function planYearOf(view: View): number | undefined {
  const f = view.figure("AIP_Planjahr");
  return f ? f.value : undefined;
}

/** Compare a programme document with a workbook snapshot. */
export function checkDocument(doc: ProgrammeDocument, snapshot: WorkbookSnapshot, options: { lang?: Lang } = {}): DocumentCheckResult {
  const lang = options.lang ?? "de";
  const view = buildView(snapshot);
  const planYear = planYearOf(view);
  const foe = foeStructure(view);
  const vzae = view.table("PER_VZAE_Bereiche");
  const ctx = {
    planYear,
    foeInstruments: foe ? [...Array(foe.table.rows).keys()].map((r) => foe.table.text(r, "instrument")).filter(Boolean) : [],
    vzaeAreas: vzae ? [...Array(vzae.rows).keys()].map((r) => vzae.text(r, "bereich")).filter(Boolean) : [],
  };
  const figures = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? textFigures(b, ctx) : tableFigures(b, ctx)));

  const findings: Finding[] = [];
  const unchecked: UncheckedFigure[] = [];
  const compared: DocumentCheckResult["compared"] = [];
  let checked = 0;
  for (const f of figures) {
    const place = placeText(f.place, lang);
    if (!f.target) {
      unchecked.push({ figure: f.printed.raw, place, reason: "keine-zuordnung" });
      continue;
    }
    const refs = references(view, f.target);
    if (refs === "missing") {
      const name = f.target.kind === "name" ? f.target.name : f.target.kind === "vzaeArea" ? "PER_VZAE_Bereiche" : f.target.kind === "bgSize" ? "KUN_BG_Groesse" : "FOE_Tabelle";
      unchecked.push({ figure: f.printed.raw, place, reason: "name-fehlt", name });
      continue;
    }
    checked++;
    for (const ref of refs) {
      const printed = signedPrinted(f, ref);
      const c = compareAsPrinted(printed, ref.value, ref.percentUnit);
      compared.push({ figure: f, name: ref.name, cell: ref.cell, value: ref.value, agrees: c.agrees });
      if (!c.agrees) findings.push(finding({ ...f, printed }, ref, c.shownAsPrinted, lang));
    }
  }
  return { findings, coverage: { figures: figures.length, checked, unchecked }, compared };
}

