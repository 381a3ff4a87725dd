// The rules of issue 15 read optional inputs the 2024 example does not have (allocations, further targets,
// planned ELB, money or location columns): on the example, and on every copy of it that does not add them,
// they neither run nor count (meta.countsOnlyWith), so its coverage stays "47 von 48". Tests about other
// rules' coverage leave them out with `core` where a copy adds them.
export const ISSUE_15_RULES: readonly string[] = [
  "abstimmung/egt",
  "abstimmung/vwt",
  "hinweis/umschichtung",
  "abstimmung/foe-mittel",
  "istplan/standorte",
  "hinweis/kosten-je-eintritt",
  "hinweis/ziel-implikation",
  "ziele/weitere-veraenderung",
];

const ISSUE_15 = new Set(ISSUE_15_RULES);

export const isIssue15Rule = (rule: string): boolean => ISSUE_15.has(rule);

/** The skipped rules without those of issue 15. */
export const core = <T extends { rule: string }>(skips: readonly T[]): T[] => skips.filter((s) => !ISSUE_15.has(s.rule));

import { exampleSnapshot } from "../../src/core/example";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { mapNameEntry } from "./example";

export interface MoneyColumn {
  heading: string;
  total: number | null;
  perInstrument: readonly number[];
  /** The Ebene-2 rows in turn (the example's three under Maßnahmen zur Aktivierung …); blank when absent. */
  perDarunter?: readonly number[];
}

/**
 * The example's FOE_Tabelle with a header row and money columns: the Gesamt row holds `total`, the instrument
 * rows (Ebene 1) `perInstrument` in turn (missing ones blank), darunter rows blank.
 */
export function foeWithMoneyColumns(columns: readonly MoneyColumn[], snapshot: WorkbookSnapshot = exampleSnapshot()): WorkbookSnapshot {
  return mapNameEntry(snapshot, "FOE_Tabelle", (e) => {
    const money = columns.map((c) => {
      let i = 0;
      let d = 0;
      return e.values!.map((row): CellValue => (row[1] === 0 ? c.total : row[1] === 1 ? (c.perInstrument[i++] ?? null) : (c.perDarunter?.[d++] ?? null)));
    });
    const extra = <T,>(f: (m: number) => T) => columns.map((_, m) => f(m));
    return {
      ...e,
      values: [["Instrument", "Ebene", "Ist 2023", "Plan 2024", "Begründung", ...columns.map((c) => c.heading)], ...e.values!.map((row, r) => [...row, ...extra((m) => money[m][r])])],
      formulas: [[null, null, null, null, null, ...extra(() => null)], ...e.formulas!.map((row) => [...row, ...extra(() => null)])],
      numberFormats: [["General", "General", "General", "General", "General", ...extra(() => "General")], ...e.numberFormats!.map((row) => [...row, ...extra(() => '#,##0 "€"')])],
    };
  });
}

/** {@link foeWithMoneyColumns} with one column. */
export function foeWithMoney(heading: string, total: number | null, perInstrument: readonly number[], snapshot?: WorkbookSnapshot): WorkbookSnapshot {
  return foeWithMoneyColumns([{ heading, total, perInstrument }], snapshot);
}

/** The example's budget split over money columns that fit it: Mittel, Vorbindungen and Neubewilligungen per instrument. */
export const FITTING_MONEY: readonly MoneyColumn[] = [
  { heading: "Mittel in €", total: 2_970_357, perInstrument: [2_970_357] },
  { heading: "Vorbindungen Plan", total: 1_632_294, perInstrument: [1_632_294] },
  { heading: "Neubewilligungen Plan", total: 1_338_063, perInstrument: [1_338_063] },
];

/**
 * The example's FOE_Tabelle with a header row and its Plan split into two locations beside "Plan gesamt 2024":
 * Arnstadt gets half (rounded down), Ilmenau the rest; `change` alters single location cells (row → [a, b]).
 */
export function foeWithLocations(change: Readonly<Record<number, readonly [number | null, number | null]>> = {}): WorkbookSnapshot {
  return mapNameEntry(exampleSnapshot(), "FOE_Tabelle", (e) => ({
    ...e,
    values: [
      ["Instrument", "Ebene", "Ist 2023", "Standort Arnstadt", "Standort Ilmenau", "Plan gesamt 2024", "Begründung"],
      ...e.values!.map((row, r) => {
        const plan = row[3] as number;
        const [a, b] = change[r] ?? [Math.floor(plan / 2), plan - Math.floor(plan / 2)];
        return [row[0], row[1], row[2], a, b, plan, row[4]];
      }),
    ],
    formulas: [Array(7).fill(null), ...e.formulas!.map(() => Array(7).fill(null))],
    numberFormats: [Array(7).fill("General"), ...e.numberFormats!.map(() => Array(7).fill("General"))],
  }));
}
