// What the monthly tracking sheet says about the year so far, pure: the IQ's Jahresfortschrittswert against
// the previous year's same months and its year-end projection, the LZB stock against its path, entries
// against the pro-rata plan. The rules of family verlauf and the Übersicht read these; both see the same
// numbers. Inputs are the series of ./read.ts (blank = not reported).
//
// Projection (a simple seasonal projection, not a BA method): IQ_VJ × JFW_m / JFW_VJ_m — last year's
// full-year IQ scaled by how this year's first m months compare with last year's same months. IQ_VJ is the
// previous year's JFW over all 12 months when MON_*_VJ is complete, else ZIE_IQ_VJ.
import { isKennzahlError, jfwOfSeries } from "../kennzahlen";
import { MONTHS, type MonthCells, type MonthlyData, type MonthlyTableRow } from "./read";

export type IqGroupKey = "gesamt" | "frauen" | "maenner";

export interface IqGroup {
  key: IqGroupKey;
  integ: string;
  elb: string;
  /** Target (ZIE_IQ…) and previous year's IQ (ZIE_IQ…_VJ) of the contract. */
  target: string;
  iqVj: string;
}

export const IQ_GROUPS: readonly IqGroup[] = [
  { key: "gesamt", integ: "MON_Integrationen", elb: "MON_ELB", target: "ZIE_IQ", iqVj: "ZIE_IQ_VJ" },
  { key: "frauen", integ: "MON_Integrationen_Frauen", elb: "MON_ELB_Frauen", target: "ZIE_IQ_Frauen", iqVj: "ZIE_IQ_Frauen_VJ" },
  { key: "maenner", integ: "MON_Integrationen_Maenner", elb: "MON_ELB_Maenner", target: "ZIE_IQ_Maenner", iqVj: "ZIE_IQ_Maenner_VJ" },
];

/** Last month (1–12) with a reported value, 0 when none. */
export function lastReportedMonth(values: readonly (number | null)[], firstMonth = 1): number {
  let last = 0;
  values.forEach((v, i) => {
    if (v !== null) last = i + firstMonth;
  });
  return Math.min(last, MONTHS);
}

/** The ELB stocks integrations are set against: month m−1's stock for month m (a 13-cell series from December). */
const elbAgainst = (elb: MonthCells): (number | null)[] => elb.values.slice(0, MONTHS);

/**
 * JFW of months 1..month, or undefined when one of these months' integrations is not reported (blank: the
 * sheet is read cell by cell, so blank is "not yet", and a JFW over it would count it as 0) or its ELB stock
 * is blank or 0 (jfwOfSeries gives #N/A). verlauf/meldestand reports such gaps.
 */
export function jfwUpTo(integ: MonthCells, elb: MonthCells, month: number): number | undefined {
  if (integ.values.slice(0, month).some((v) => v === null)) return undefined;
  const r = jfwOfSeries(integ.values, elbAgainst(elb), { month, blankDiffersFromZero: true });
  return isKennzahlError(r) ? undefined : r.value;
}

export interface IqProgress {
  group: IqGroupKey;
  /** Last reported month m. */
  month: number;
  jfw: number;
  /** Previous year's JFW over months 1..m (undefined without complete MON_*_VJ for those months). */
  jfwVj?: number;
  /** jfw / jfwVj − 1. */
  change?: number;
  /** IQ of the whole previous year and where it comes from. */
  iqVj?: number;
  iqVjSource?: "verlauf" | "ziel";
  /** IQ_VJ × JFW_m / JFW_VJ_m. */
  projection?: number;
  target?: number;
  /** JFW per month 1..12 of this year and of the previous year (null where not computable), for the chart. */
  jfwByMonth: (number | null)[];
  jfwVjByMonth: (number | null)[];
}

/** IQ progress of one group, or undefined when its series are missing or month 1 is not reported. */
export function iqProgress(
  monthly: MonthlyData,
  group: IqGroup,
  figures: { target?: number; iqVj?: number },
): IqProgress | undefined {
  const integ = monthly.series.get(group.integ);
  const elb = monthly.series.get(group.elb);
  if (!integ || !elb) return undefined;
  const integVj = monthly.series.get(`${group.integ}_VJ`);
  const elbVj = monthly.series.get(`${group.elb}_VJ`);
  const byMonth = (i?: MonthCells, e?: MonthCells) =>
    Array.from({ length: MONTHS }, (_, k) => (i && e ? (jfwUpTo(i, e, k + 1) ?? null) : null));
  const jfwByMonth = byMonth(integ, elb);
  const jfwVjByMonth = byMonth(integVj, elbVj);
  // The last month up to which every month is reported (gaps are verlauf/meldestand's business).
  let month = 0;
  while (month < MONTHS && jfwByMonth[month] !== null) month++;
  if (month === 0) return undefined;
  const jfw = jfwByMonth[month - 1]!;
  const jfwVj = jfwVjByMonth[month - 1] ?? undefined;
  const full = jfwVjByMonth[MONTHS - 1];
  const iqVj = full ?? figures.iqVj;
  const iqVjSource = full !== null ? "verlauf" : figures.iqVj !== undefined ? "ziel" : undefined;
  const projection = iqVj !== undefined && jfwVj !== undefined && jfwVj > 0 ? (iqVj * jfw) / jfwVj : undefined;
  return {
    group: group.key,
    month,
    jfw,
    ...(jfwVj !== undefined ? { jfwVj, change: jfwVj > 0 ? jfw / jfwVj - 1 : undefined } : {}),
    ...(iqVj !== undefined ? { iqVj, iqVjSource } : {}),
    ...(projection !== undefined ? { projection } : {}),
    ...(figures.target !== undefined ? { target: figures.target } : {}),
    jfwByMonth,
    jfwVjByMonth,
  };
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export interface LzbProgress {
  month: number;
  /** JDW of months 1..m this year and last year. */
  jdw: number;
  jdwVj: number;
  /** ZIE_LZB_Veraenderung. */
  veraenderung: number;
  /** jdwVj × (1 + veraenderung). */
  path: number;
  /** jdw / path − 1. */
  gap: number;
  jdwByMonth: (number | null)[];
  pathByMonth: (number | null)[];
}

/** JDW of months 1..m, undefined when one of them is blank. */
function jdwUpTo(values: readonly (number | null)[], month: number): number | undefined {
  const part = values.slice(0, month);
  return part.length === month && part.every((v) => v !== null) ? mean(part as number[]) : undefined;
}

export function lzbProgress(monthly: MonthlyData, veraenderung: number | undefined): LzbProgress | undefined {
  const lzb = monthly.series.get("MON_LZB");
  const lzbVj = monthly.series.get("MON_LZB_VJ");
  if (!lzb || !lzbVj || veraenderung === undefined) return undefined;
  const jdwByMonth = Array.from({ length: MONTHS }, (_, k) => jdwUpTo(lzb.values, k + 1) ?? null);
  const pathByMonth = Array.from({ length: MONTHS }, (_, k) => {
    const vj = jdwUpTo(lzbVj.values, k + 1);
    return vj === undefined ? null : vj * (1 + veraenderung);
  });
  let month = 0;
  while (month < MONTHS && jdwByMonth[month] !== null) month++;
  if (month === 0 || pathByMonth[month - 1] === null) return undefined;
  const jdw = jdwByMonth[month - 1]!;
  const path = pathByMonth[month - 1]!;
  const jdwVj = jdwUpTo(lzbVj.values, month)!;
  return { month, jdw, jdwVj, veraenderung, path, gap: path > 0 ? jdw / path - 1 : 0, jdwByMonth, pathByMonth };
}

export interface EntryProgress {
  label: string;
  labelCell: string;
  /** Cumulative entries of months 1..m (blank months count as none reported, i.e. 0 for the sum). */
  cumulative: number;
  /** Annual plan of FOE_Tabelle and its pro-rata part plan × m / 12. */
  plan: number;
  proRata: number;
  /** Last year's entries of months 1..m and of the whole year (MON_Eintritte_VJ), and plan × their ratio. */
  vjCumulative?: number;
  vjYear?: number;
  seasonal?: number;
  cells: string[];
}

export interface EntriesProgress {
  month: number;
  rows: EntryProgress[];
  /** Labels of MON_Eintritte that are no level-1 row of FOE_Tabelle. */
  unknown: MonthlyTableRow[];
}

const sumTo = (values: readonly (number | null)[], month: number) => values.slice(0, month).reduce<number>((s, v) => s + (v ?? 0), 0);

const labelKey = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * Entries per instrument against the plan, up to the last month with any reported entry (or month `asOf`).
 * `plans` are FOE_Tabelle's level-1 rows: label and plan.
 */
export function entriesProgress(monthly: MonthlyData, plans: readonly { label: string; plan: number | undefined }[]): EntriesProgress | undefined {
  const rows = monthly.tables.get("MON_Eintritte");
  if (!rows) return undefined;
  const month = Math.max(0, ...rows.map((r) => lastReportedMonth(r.values)));
  const vjRows = new Map((monthly.tables.get("MON_Eintritte_VJ") ?? []).map((r) => [labelKey(r.label), r]));
  const planOf = new Map(plans.map((p) => [labelKey(p.label), p.plan]));
  const out: EntryProgress[] = [];
  const unknown: MonthlyTableRow[] = [];
  for (const r of rows) {
    if (!planOf.has(labelKey(r.label))) {
      unknown.push(r);
      continue;
    }
    const plan = planOf.get(labelKey(r.label));
    if (plan === undefined || month === 0) continue;
    const vj = vjRows.get(labelKey(r.label));
    const vjCumulative = vj ? sumTo(vj.values, month) : undefined;
    const vjYear = vj ? sumTo(vj.values, MONTHS) : undefined;
    out.push({
      label: r.label,
      labelCell: r.labelCell,
      cumulative: sumTo(r.values, month),
      plan,
      proRata: (plan * month) / MONTHS,
      ...(vj ? { vjCumulative, vjYear, ...(vjYear! > 0 ? { seasonal: (plan * vjCumulative!) / vjYear! } : {}) } : {}),
      cells: r.cells.slice(0, month),
    });
  }
  return { month, rows: out, unknown };
}

export interface MoneyProgress {
  month: number;
  bindungen?: number;
  ausgaben?: number;
  budget: number;
  proRata: number;
}

/** Commitments and expenditure (cumulative) of the last reported month against the Eingliederungsbudget. */
export function moneyProgress(monthly: MonthlyData, budget: number | undefined): MoneyProgress | undefined {
  const rows = monthly.tables.get("MON_Mittel");
  if (!rows || budget === undefined) return undefined;
  const find = (label: string) => rows.find((r) => labelKey(r.label) === label);
  const b = find("bindungen");
  const a = find("ausgaben");
  const month = Math.max(0, ...[b, a].map((r) => (r ? lastReportedMonth(r.values) : 0)));
  if (month === 0) return undefined;
  const at = (r?: MonthlyTableRow) => (r && r.values[month - 1] !== null ? r.values[month - 1]! : undefined);
  const bindungen = at(b);
  const ausgaben = at(a);
  return { month, ...(bindungen !== undefined ? { bindungen } : {}), ...(ausgaben !== undefined ? { ausgaben } : {}), budget, proRata: (budget * month) / MONTHS };
}
