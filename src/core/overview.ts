// Key figures for the task pane's "Übersicht" page (team leads), computed from a snapshot: IQ target vs
// previous year, LZB target, the two budget totals and whether their parts add up, and Förderung Ist vs
// Plan per Ebene-1 instrument. Pure and read-only; a figure that cannot be read stays `undefined` and is
// listed in `unreadable`, so the page shows a gap instead of a wrong number.
import type { CellValue, NameEntry, WorkbookSnapshot } from "./snapshot";

/** Half a euro: budgets are kept in whole euros, so a smaller difference is rounding, not a gap. */
export const DEFAULT_BUDGET_TOLERANCE = 0.5;

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
    /** The Ebene-0 row (Gesamt), when present. */
    gesamt?: { ist?: number; plan?: number };
  };
  /** Contract names whose value could not be read as the page needs it. */
  unreadable: string[];
}

/** Workbook-scoped, resolved entry of a name (Excel names are case-insensitive). */
function findName(snapshot: WorkbookSnapshot, name: string): NameEntry | undefined {
  const wanted = name.toUpperCase();
  return snapshot.names.find(
    (n) => n.name.toUpperCase() === wanted && n.scope.kind === "workbook" && !n.problem && n.values !== undefined,
  );
}

const asNumber = (v: CellValue | undefined): number | undefined =>
  typeof v === "number" && Number.isFinite(v) ? v : undefined;

export function computeOverview(
  snapshot: WorkbookSnapshot,
  budgetTolerance: number = DEFAULT_BUDGET_TOLERANCE,
): OverviewFigures {
  const unreadable: string[] = [];
  const single = (name: string): CellValue | undefined => {
    const entry = findName(snapshot, name);
    const v = entry?.values?.[0]?.[0];
    if (v === undefined || v === null) unreadable.push(name);
    return v ?? undefined;
  };
  const num = (name: string): number | undefined => {
    const v = single(name);
    const n = asNumber(v);
    if (n === undefined && v !== undefined && v !== null) unreadable.push(name);
    return n;
  };

  const jobcenterValue = single("AIP_Jobcenter");
  const iqTarget = num("ZIE_IQ");
  const iqPrevious = num("ZIE_IQ_VJ");

  return {
    jobcenter: typeof jobcenterValue === "string" ? jobcenterValue : undefined,
    planjahr: num("AIP_Planjahr"),
    iq: {
      target: iqTarget,
      previousYear: iqPrevious,
      change: iqTarget !== undefined && iqPrevious ? iqTarget / iqPrevious - 1 : undefined,
      statedChange: num("ZIE_IQ_Veraenderung"),
    },
    lzb: { target: num("ZIE_LZB"), statedChange: num("ZIE_LZB_Veraenderung") },
    verwaltungshaushalt: budget(
      num("BUD_VH_Gesamt"),
      [num("BUD_VH_EinglMV"), num("BUD_VH_Umschichtung"), num("BUD_VH_KFA")],
      budgetTolerance,
    ),
    eingliederungsbudget: budget(
      num("BUD_EB_Gesamt"),
      [num("BUD_EB_Vorbindungen"), num("BUD_EB_Neubewilligungen")],
      budgetTolerance,
    ),
    foerderung: foerderung(snapshot, unreadable),
    unreadable: [...new Set(unreadable)],
  };
}

function budget(total: number | undefined, parts: (number | undefined)[], tolerance: number): BudgetTotal {
  const known = parts.every((p): p is number => p !== undefined);
  const sumOfParts = known ? parts.reduce((s, p) => s + p, 0) : undefined;
  if (total === undefined || sumOfParts === undefined) return { total, sumOfParts };
  const difference = total - sumOfParts;
  return { total, sumOfParts, difference, reconciles: Math.abs(difference) <= tolerance };
}

/** FOE_Tabelle columns: Instrument, Ebene, Ist, Plan, Begründung (see contract.ts). */
function foerderung(snapshot: WorkbookSnapshot, unreadable: string[]): OverviewFigures["foerderung"] {
  const table = findName(snapshot, "FOE_Tabelle");
  if (!table?.values || table.values[0]?.length !== 5) {
    unreadable.push("FOE_Tabelle");
    return { instruments: [] };
  }
  const instruments: FoerderVergleich[] = [];
  let gesamt: { ist?: number; plan?: number } | undefined;
  for (const [instrument, ebene, ist, plan] of table.values) {
    if (ebene === 0 && gesamt === undefined) gesamt = { ist: asNumber(ist), plan: asNumber(plan) };
    if (ebene === 1) {
      instruments.push({
        instrument: typeof instrument === "string" ? instrument.trim() : String(instrument ?? ""),
        ist: asNumber(ist),
        plan: asNumber(plan),
      });
    }
  }
  return { instruments, gesamt };
}
