// Key figures for the task pane's "Übersicht" page (team leads), computed from a snapshot: IQ target vs
// previous year, LZB target, the two budget totals and whether their parts add up, and Förderung Ist vs
// Plan per Ebene-1 instrument. Pure and read-only. It reads through the same resolved view, FOE structure
// and budget reconciliation as the check, with the same settings (toleranzen.betrag), so the page can
// never disagree with it: a figure the check cannot use (missing, sheet-scoped, text, error value, failed
// types check) stays `undefined` here and is listed in `unreadable`, so the page shows a gap instead of a
// wrong number.
import { reconcile } from "./resolve/budget";
import { foeStructure } from "./resolve/foe";
import { buildView, type View } from "./resolve/view";
import { foePlans } from "./rules/verlauf/eintritte";
import { completeSettings, type Settings } from "./ruleSettings";
import type { WorkbookSnapshot } from "./snapshot";
import { entriesProgress, IQ_GROUPS, iqProgress, lzbProgress, moneyProgress, type MoneyProgress } from "./verlauf/compute";

export interface BudgetTotal {
  total?: number;
  /** Sum of the parts; undefined when any part is unreadable. */
  sumOfParts?: number;
  /** total − sumOfParts. */
  difference?: number;
  /** undefined when it cannot be decided. */
  reconciles?: boolean;
}

export interface FoerderVergleich {
  instrument: string;
  ist?: number;
  plan?: number;
}

export interface OverviewFigures {
  jobcenter?: string;
  planjahr?: number;
  iq: {
    target?: number;
    previousYear?: number;
    /** target / previousYear − 1, computed (how the source states changes of quotas). */
    change?: number;
    /** The change as stated in the workbook (ZIE_IQ_Veraenderung). */
    statedChange?: number;
  };
  lzb: { target?: number; statedChange?: number };
  verwaltungshaushalt: BudgetTotal;
  eingliederungsbudget: BudgetTotal;
  foerderung: {
    /** Ebene-1 rows in table order. */
    instruments: FoerderVergleich[];
    /** The Ebene-0 row (Gesamt), when there is exactly one (as istplan/gesamt requires). */
    gesamt?: { ist?: number; plan?: number };
  };
  /** Money and what the targets imply (issue 15); a figure whose optional inputs are absent stays undefined. */
  mittel: MittelFigures;
  /** Contract names whose value could not be read as the page needs it. */
  unreadable: string[];
  /** The monthly tracking sheet (area Verlauf), when the workbook has a MON_ name. */
  verlauf?: VerlaufOverview;
}

/** The year so far, from the monthly sheet (src/core/verlauf/compute.ts, the numbers the verlauf rules use). */
export interface VerlaufOverview {
  iq?: {
    month: number;
    jfw: number;
    jfwVj?: number;
    projection?: number;
    target?: number;
    /** JFW per month this year, the previous year's same months, and the target path JFW_VJ_m × ZIE_IQ / IQ_VJ. */
    jfwByMonth: (number | null)[];
    jfwVjByMonth: (number | null)[];
    pathByMonth: (number | null)[];
  };
  lzb?: { month: number; jdw: number; path: number; gap: number; jdwByMonth: (number | null)[]; pathByMonth: (number | null)[] };
  /** Cumulative entries against the expected plan (seasonal or pro rata), largest gaps first. */
  entries?: { month: number; rows: { instrument: string; cumulative: number; expected: number; plan: number }[] };
  money?: MoneyProgress;
}

export interface MittelFigures {
  /** BUD_EB_Vorbindungen / BUD_EB_Gesamt: how much of the budget earlier years' entries already bind. */
  vorbindungsquote?: number;
  /** BUD_VH_Umschichtung / BUD_EGT_Zuteilung. */
  umschichtungsquote?: number;
  /** Neubewilligungen Plan € / Plan entries per Ebene-1 instrument (FOE_Tabelle with that money column). */
  neubewilligungenJeEintritt: { instrument: string; euro: number }[];
  /** ZIE_IQ × ZIE_ELB and ZIE_LZB / ZIE_ELB (hinweis/ziel-implikation). */
  impliedIntegrations?: number;
  impliedLzbShare?: number;
}

/**
 * The Übersicht's figures. `settings` are the ones stored in the workbook (as the check uses them);
 * missing parts take the defaults.
 */
export function computeOverview(snapshot: WorkbookSnapshot, settings?: Partial<Settings>): OverviewFigures {
  const tolerance = completeSettings(settings).toleranzen.betrag;
  const view = buildView(snapshot);
  const unreadable: string[] = [];
  const num = (name: string): number | undefined => {
    const f = view.figure(name);
    if (!f) unreadable.push(name);
    return f?.value;
  };
  const jobcenter = view.text("AIP_Jobcenter")?.value;
  if (jobcenter === undefined) unreadable.push("AIP_Jobcenter");
  const iqTarget = num("ZIE_IQ");
  const iqPrevious = num("ZIE_IQ_VJ");

  return {
    jobcenter,
    planjahr: num("AIP_Planjahr"),
    iq: {
      target: iqTarget,
      previousYear: iqPrevious,
      change: iqTarget !== undefined && iqPrevious ? iqTarget / iqPrevious - 1 : undefined,
      statedChange: num("ZIE_IQ_Veraenderung"),
    },
    lzb: { target: num("ZIE_LZB"), statedChange: num("ZIE_LZB_Veraenderung") },
    verwaltungshaushalt: budget(num("BUD_VH_Gesamt"), [num("BUD_VH_EinglMV"), num("BUD_VH_Umschichtung"), num("BUD_VH_KFA")], tolerance),
    eingliederungsbudget: budget(num("BUD_EB_Gesamt"), [num("BUD_EB_Vorbindungen"), num("BUD_EB_Neubewilligungen")], tolerance),
    foerderung: foerderung(view, unreadable),
    mittel: mittel(view),
    unreadable: [...new Set(unreadable)],
    ...(view.monthly.present ? { verlauf: verlaufOverview(view) } : {}),
  };
}

function verlaufOverview(view: View): VerlaufOverview {
  const target = view.figure("ZIE_IQ")?.value;
  const iq = iqProgress(view.monthly, IQ_GROUPS[0], { target, iqVj: view.figure("ZIE_IQ_VJ")?.value });
  const lzb = lzbProgress(view.monthly, view.figure("ZIE_LZB_Veraenderung")?.value);
  const entries = entriesProgress(view.monthly, foePlans(view));
  const money = moneyProgress(view.monthly, view.figure("BUD_EB_Gesamt")?.value);
  const scale = iq?.iqVj && target !== undefined ? target / iq.iqVj : undefined;
  return {
    ...(iq
      ? {
          iq: {
            month: iq.month,
            jfw: iq.jfw,
            ...(iq.jfwVj !== undefined ? { jfwVj: iq.jfwVj } : {}),
            ...(iq.projection !== undefined ? { projection: iq.projection } : {}),
            ...(target !== undefined ? { target } : {}),
            jfwByMonth: iq.jfwByMonth,
            jfwVjByMonth: iq.jfwVjByMonth,
            pathByMonth: iq.jfwVjByMonth.map((v) => (v === null || scale === undefined ? null : v * scale)),
          },
        }
      : {}),
    ...(lzb ? { lzb: { month: lzb.month, jdw: lzb.jdw, path: lzb.path, gap: lzb.gap, jdwByMonth: lzb.jdwByMonth, pathByMonth: lzb.pathByMonth } } : {}),
    ...(entries && entries.month > 0
      ? {
          entries: {
            month: entries.month,
            rows: entries.rows
              .map((r) => ({ instrument: r.label, cumulative: r.cumulative, expected: r.seasonal ?? r.proRata, plan: r.plan }))
              .sort((a, b) => Math.abs(b.cumulative - b.expected) - Math.abs(a.cumulative - a.expected)),
          },
        }
      : {}),
    ...(money ? { money } : {}),
  };
}

function budget(total: number | undefined, parts: (number | undefined)[], tolerance: number): BudgetTotal {
  if (!parts.every((p): p is number => p !== undefined)) return { total };
  const sumOfParts = parts.reduce((s, p) => s + p, 0);
  if (total === undefined) return { total, sumOfParts };
  return { total, ...reconcile(total, parts, tolerance) };
}

function foerderung(view: View, unreadable: string[]): OverviewFigures["foerderung"] {
  const s = foeStructure(view);
  if (!s) {
    unreadable.push("FOE_Tabelle");
    return { instruments: [] };
  }
  const { table } = s;
  const instruments = s.instrumentRows.map((r) => ({ instrument: table.text(r, "instrument"), ist: table.num(r, "ist"), plan: table.num(r, "plan") }));
  const g = s.gesamtRows.length === 1 ? s.gesamtRows[0] : undefined;
  return { instruments, ...(g !== undefined ? { gesamt: { ist: table.num(g, "ist"), plan: table.num(g, "plan") } } : {}) };
}

/** The issue-15 figures; optional names that are absent are not "unreadable", the figure just stays empty. */
function mittel(view: View): MittelFigures {
  const value = (name: string) => view.figure(name)?.value;
  const ratio = (a?: number, b?: number) => (a !== undefined && b ? a / b : undefined);
  const elb = value("ZIE_ELB");
  const iq = value("ZIE_IQ");
  const s = foeStructure(view);
  const neubewilligungenJeEintritt: MittelFigures["neubewilligungenJeEintritt"] = [];
  if (s?.table.hasColumn("neubewilligungenPlan")) {
    for (const r of s.instrumentRows) {
      const money = s.table.num(r, "neubewilligungenPlan");
      const entries = s.table.num(r, "plan");
      if (money !== undefined && entries) neubewilligungenJeEintritt.push({ instrument: s.table.text(r, "instrument"), euro: money / entries });
    }
  }
  return {
    vorbindungsquote: ratio(value("BUD_EB_Vorbindungen"), value("BUD_EB_Gesamt")),
    umschichtungsquote: ratio(value("BUD_VH_Umschichtung"), value("BUD_EGT_Zuteilung")),
    neubewilligungenJeEintritt,
    impliedIntegrations: iq !== undefined && elb ? iq * elb : undefined,
    impliedLzbShare: ratio(value("ZIE_LZB"), elb),
  };
}
