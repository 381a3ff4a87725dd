// The eLb twin: ZIE_ELB_VJ (average ELB of the previous year) and KUN_ELB (average ELB, the customer
// stock) are one number. Customer structure is as of the latest year reported, the planning year's
// previous year, and the planning workbook says "figures that appear twice agree (ZIE_ELB_VJ = KUN_ELB)".
// So a workbook that states the previous year's average eLb in ONE place gives both names that cell.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { MissingName } from "./types";
import { namesAverage } from "./elbAverage";

export const ELB_TWINS = ["ZIE_ELB_VJ", "KUN_ELB"] as const;

interface Chosen {
  best: Candidate;
  extra: Low[];
  all?: Candidate[];
}

const rowOf = (c: Candidate) => {
  const { sheet, range } = splitAddress(c.ref);
  return { sheet, row: parseCell(range.replace(/\$/g, "").split(":")[0]).row };
};

/** A label that fits both twins and stands where no area tells them apart: the twin makes that doubt moot. */
const onlyTwinDoubt = (c: Candidate) => c.lows.length > 0 && c.lows.every((l) => l.id === "kontext" && l.weakLabel && !l.area);

/**
 * Gives both twins the one cell when neither name has a candidate elsewhere and either
 * - the cell was found under both names and only the missing area left them in doubt (a sheet without an
 *   area: "eLb Jahresdurchschnitt 2024" on "Eckwerte", a sentence in a board paper), its row holding no
 *   planning-year ELB, or
 * - it is the targets' previous-year ELB, sure, KUN_ELB has no stock of its own, and the workbook reports
 *   customer structure (another KUN_ figure sure): the customer stock is then that number.
 * - it is the customer stock, sure, stated as the previous year's annual average ("Ø 2024" under plan year 2025),
 *   no targets' ELB is found anywhere, and the targets give the previous year's Integrationen or IQ (whose base it is).
 * Without customer structure a targets' ELB stays the targets' only ("eLb (JDW) | 2024 | 2025" in a one-sheet
 * Eckwerte); a customer stock without the average mark never gives the targets' previous-year ELB.
 * Returns the shared ref, or undefined when the twins stay as they are.
 */
export function shareElbTwin(
  chosen: Map<string, Chosen>,
  candidatesOf: (name: string) => readonly Candidate[],
  missingReasons: MissingName[],
  defined: ReadonlySet<string>,
  previousYearAverage: (c: Candidate) => boolean = () => false,
  customersDated: (sure: Candidate[]) => boolean = () => false,
): string | undefined {
  if (ELB_TWINS.some((n) => defined.has(n.toUpperCase()))) return undefined;
  const [vj, kun] = ELB_TWINS.map((n) => chosen.get(n));
  const base = vj ?? kun;
  if (!base || base.extra.length > 0) return undefined;
  const ref = base.best.ref;
  const other = vj ? kun : vj;
  if (other && (other.best.ref !== ref || (other.all ?? [other.best]).some((c) => c.ref !== ref && !c.fallback))) return undefined;
  const atRef = [vj, kun].filter((c): c is Chosen => c !== undefined).map((c) => c.best);
  // Chosen sure over its other candidates, the customer stock needs no unanimity: the targets' name has none at all.
  const averageStock = averageStockAsVj(chosen, vj, kun, candidatesOf, previousYearAverage);
  // Another year's row of a long list ("eLb_JD | 2024") is a fallback, no rival place of the number (./longList.ts).
  if (!averageStock && ELB_TWINS.some((n) => candidatesOf(n).some((c) => c.ref !== ref && !c.fallback))) return undefined;
  // Found under both names where no area tells them apart ("eLb Jahresdurchschnitt 2024" on an "Eckwerte" sheet).
  // A planning-year ELB in the same row makes it a targets row ("eLb (JDW) | 2024 | 2025"), no such doubt.
  const here = rowOf(base.best);
  const planElbInRow = candidatesOf("ZIE_ELB").some((c) => rowOf(c).sheet === here.sheet && rowOf(c).row === here.row);
  const bothInDoubt = atRef.length === 2 && atRef.every(onlyTwinDoubt) && !planElbInRow;
  // The targets' previous-year ELB, sure, in a workbook that reports customer structure without the stock.
  const sureCustomers = [...chosen].filter(([n, c]) => n.startsWith("KUN_") && n !== "KUN_ELB" && c.best.lows.length === 0 && c.extra.length === 0).map(([, c]) => c.best);
  // Reported as of a month (./monthlyCustomers.ts), its stock would be that month's, not the year's average.
  const customerStructure = sureCustomers.length > 0 && !customersDated(sureCustomers);
  // KUN_ELB found there only as a weak label in the targets' area (or not at all): no stock of its own.
  const noStockOfItsOwn = !kun || kun.best.lows.every((l) => l.weakLabel);
  const stockImplied = noStockOfItsOwn && vj !== undefined && vj.best.lows.length === 0 && customerStructure;
  if (!bothInDoubt && !stockImplied && !averageStock) return undefined;
  for (const name of ELB_TWINS) {
    chosen.set(name, { best: { ...base.best, name, lows: [] }, extra: [], all: [{ ...base.best, name }] });
    const at = missingReasons.findIndex((m) => m.name === name);
    if (at >= 0) missingReasons.splice(at, 1);
  }
  return ref;
}

/**
 * The customer stock, chosen sure, stated as the previous year's average (./elbAverage.ts), while the targets' ELB
 * has no candidate anywhere, in a workbook whose targets give the previous year's Integrationen: the ELB is their
 * base (IQ = Integrationen / ELB), and the customer stock is that number; so do targets giving the previous year's IQ.
 */
function averageStockAsVj(
  chosen: Map<string, Chosen>,
  vj: Chosen | undefined,
  kun: Chosen | undefined,
  candidatesOf: (name: string) => readonly Candidate[],
  previousYearAverage: (c: Candidate) => boolean,
): boolean {
  // The previous year's Integrationen or IQ (Integrationen / ELB) need the previous year's ELB as their base.
  const sure = (n: string) => {
    const c = chosen.get(n);
    return c !== undefined && c.best.lows.length === 0 && c.extra.length === 0;
  };
  // Beside the IQ only, the stock's own label must say it is the annual average ("eLb im Jahresdurchschnitt"): under
  // "Ø 2024" an "eLb im Bestand" stays the customer stock, the IQ's base may be another count.
  const integrationsBase = sure("ZIE_Integrationen_VJ");
  if (vj || !(integrationsBase || sure("ZIE_IQ_VJ")) || candidatesOf("ZIE_ELB_VJ").length > 0) return false;
  if (kun === undefined || kun.best.lows.length > 0 || kun.extra.length > 0 || !previousYearAverage(kun.best)) return false;
  return integrationsBase || namesAverage(kun.best.label);
}
