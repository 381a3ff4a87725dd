// The placeholders a Jobcenter may write in its Word template (`aip docx fill`): every single-cell contract
// name ({BUD_VH_Gesamt}), computed figures from a documented list ({IQ_VJ}, {Umschichtungsquote}, …), and
// row loops over the tables ({#FOE_Tabelle}{Instrument} {Ist} {Plan}{/FOE_Tabelle}). Numbers are printed
// German ("9.994.076 €", "16,0 %", "+6,3 %"); `{NAME|format}` chooses another print (docs/dokument.md).
import { CONTRACT, type CellKind } from "../contract";
import { serialToDate } from "../excelDate";
import { formatNumber } from "../format";
import { foeStructure } from "../resolve/foe";
import { buildView } from "../resolve/view";
import type { WorkbookSnapshot } from "../snapshot";

export interface PlaceholderValue {
  value: number | string;
  kind: CellKind;
}

export type LoopRow = Record<string, PlaceholderValue>;

export interface PlaceholderData {
  values: Record<string, PlaceholderValue>;
  loops: Record<string, LoopRow[]>;
}

export interface ComputedPlaceholder {
  name: string;
  meaning: string;
  kind: CellKind;
  compute: (v: (name: string) => number | undefined, foePlan?: number, foeIst?: number) => number | undefined;
}

const div = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);

/** Computed figures, documented in docs/dokument.md. */
export const COMPUTED_PLACEHOLDERS: readonly ComputedPlaceholder[] = [
  { name: "IQ_VJ", meaning: "Integrationsquote des Vorjahres = ZIE_Integrationen_VJ / ZIE_ELB_VJ", kind: "share", compute: (v) => div(v("ZIE_Integrationen_VJ"), v("ZIE_ELB_VJ")) },
  {
    name: "Umschichtungsquote",
    meaning: "Anteil der Umschichtung am Eingliederungstitel = BUD_VH_Umschichtung / (BUD_EB_Gesamt + BUD_VH_Umschichtung)",
    kind: "share",
    compute: (v) => {
      const u = v("BUD_VH_Umschichtung");
      const eb = v("BUD_EB_Gesamt");
      return u === undefined || eb === undefined ? undefined : div(u, eb + u);
    },
  },
  {
    name: "Eingliederungstitel",
    meaning: "Zuteilung des Eingliederungstitels vor Umschichtung = BUD_EB_Gesamt + BUD_VH_Umschichtung",
    kind: "money",
    compute: (v) => {
      const u = v("BUD_VH_Umschichtung");
      const eb = v("BUD_EB_Gesamt");
      return u === undefined || eb === undefined ? undefined : eb + u;
    },
  },
  { name: "KFA_Anteil", meaning: "kommunaler Finanzierungsanteil am Verwaltungshaushalt = BUD_VH_KFA / BUD_VH_Gesamt", kind: "share", compute: (v) => div(v("BUD_VH_KFA"), v("BUD_VH_Gesamt")) },
  { name: "FOE_Eintritte_Plan_Summe", meaning: "Summe Plan der Förderübersicht (Gesamt-Zeile von FOE_Tabelle)", kind: "count", compute: (_v, plan) => plan },
  { name: "FOE_Eintritte_Ist_Summe", meaning: "Summe Ist der Förderübersicht (Gesamt-Zeile von FOE_Tabelle)", kind: "count", compute: (_v, _plan, ist) => ist },
  { name: "Vorjahr", meaning: "AIP_Planjahr − 1", kind: "year", compute: (v) => (v("AIP_Planjahr") === undefined ? undefined : (v("AIP_Planjahr") as number) - 1) },
];

/** Row loops: the table name and the fields of each row. */
export const LOOP_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  FOE_Tabelle: ["Instrument", "Ebene", "Ist", "Plan", "Begruendung"],
  PER_VZAE_Bereiche: ["Bereich", "VZAE"],
};

/** Every placeholder name a template may use outside loops. */
export function knownPlaceholders(): string[] {
  return [...CONTRACT.filter((c) => c.kind !== "table").map((c) => c.name), ...COMPUTED_PLACEHOLDERS.map((c) => c.name)];
}

/** The values of every placeholder the workbook can give; names it lacks are absent. */
export function placeholderData(snapshot: WorkbookSnapshot): PlaceholderData {
  const view = buildView(snapshot);
  const values: Record<string, PlaceholderValue> = {};
  for (const c of CONTRACT) {
    if (c.kind === "table") continue;
    if (c.kind === "text") {
      const t = view.text(c.name);
      if (t) values[c.name] = { value: t.value, kind: "text" };
      continue;
    }
    const f = view.figure(c.name);
    if (f) values[c.name] = { value: f.value, kind: c.kind };
  }
  const num = (name: string) => (typeof values[name]?.value === "number" ? (values[name].value as number) : undefined);
  const foe = foeStructure(view);
  const loops: Record<string, LoopRow[]> = {};
  let plan: number | undefined;
  let ist: number | undefined;
  if (foe) {
    if (foe.gesamtRows.length === 1) {
      plan = foe.table.num(foe.gesamtRows[0], "plan");
      ist = foe.table.num(foe.gesamtRows[0], "ist");
    }
    const level2 = new Set([...foe.darunter.values(), ...foe.davon.values()].flat());
    loops.FOE_Tabelle = [...Array(foe.table.rows).keys()]
      .filter((r) => !foe.table.isSpacer(r))
      .map((r) => {
        const row: LoopRow = {
          Instrument: { value: foe.table.text(r, "instrument"), kind: "text" },
          Ebene: { value: foe.gesamtRows.includes(r) ? 0 : level2.has(r) ? 2 : 1, kind: "level" },
          Begruendung: { value: foe.table.text(r, "begruendung"), kind: "text" },
        };
        const i = foe.table.num(r, "ist");
        const p = foe.table.num(r, "plan");
        row.Ist = i === undefined ? { value: "", kind: "text" } : { value: i, kind: "count" };
        row.Plan = p === undefined ? { value: "", kind: "text" } : { value: p, kind: "count" };
        return row;
      });
  }
  const vz = view.table("PER_VZAE_Bereiche");
  if (vz) {
    loops.PER_VZAE_Bereiche = [...Array(vz.rows).keys()]
      .filter((r) => vz.text(r, "bereich"))
      .map((r) => {
        const v = vz.num(r, "vzae");
        return { Bereich: { value: vz.text(r, "bereich"), kind: "text" }, VZAE: v === undefined ? { value: "", kind: "text" } : { value: v, kind: "vzae" } };
      });
  }
  for (const c of COMPUTED_PLACEHOLDERS) {
    const v = c.compute(num, plan, ist);
    if (v !== undefined && Number.isFinite(v)) values[c.name] = { value: v, kind: c.kind };
  }
  return { values, loops };
}

/** The formats `{NAME|format}` accepts (docs/dokument.md). */
export const FORMAT_SPECS = /^(€|€2|%[0-3]|\+%[0-3]|[0-3]|text|datum)$/;

const pct = (x: number, d: number, signed: boolean) => {
  const t = formatNumber(x * 100, d);
  return `${signed && x > 0 && /[1-9]/.test(t) ? "+" : ""}${t} %`;
};

/** German print of a placeholder's value: by its kind, or by the format the template asks for. */
export function formatPlaceholder(v: PlaceholderValue, format?: string): string {
  if (typeof v.value === "string") return v.value;
  const x = v.value;
  if (format !== undefined) {
    if (format === "€") return `${formatNumber(x, 0)} €`;
    if (format === "€2") return `${formatNumber(x, 2)} €`;
    if (format === "text") return String(x);
    if (format === "datum") return formatDate(x);
    const m = /^(\+)?%([0-3])$/.exec(format);
    if (m) return pct(x, Number(m[2]), m[1] === "+");
    if (/^[0-3]$/.test(format)) return formatNumber(x, Number(format));
  }
  switch (v.kind) {
    case "money":
    case "moneySigned":
      return `${formatNumber(x, Number.isInteger(x) ? 0 : 2)} €`;
    case "share":
      return pct(x, 1, false);
    case "change":
      return pct(x, 1, true);
    case "vzae":
      return formatNumber(x, 1);
    case "year":
    case "level":
      return String(x);
    case "date":
      return formatDate(x);
    default:
      return formatNumber(x, Number.isInteger(x) ? 0 : 1);
  }
}

function formatDate(serial: number): string {
  const d = serialToDate(serial);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}.${p(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}
