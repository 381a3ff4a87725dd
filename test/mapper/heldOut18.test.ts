// Held-out set 18 (independent tester, branch ho18): floors and wrong "sicher" proposals as measured at the
// first run with `measure` from scripts/mapping-share.ts, before any change to the mapper.
import { HELD_OUT_18 } from "../fixtures/heldOut18";
import { describeHeldOutSet } from "../helpers/heldOut";

/** id → [high at the right cell at first run, figures present on visible sheets] */
const FLOORS: Record<string, [number, number]> = {
  "ho18-vorlage": [20, 27],
  "ho18-nummern": [43, 43],
  "ho18-zwei-tabellen": [35, 36],
  "ho18-historie": [23, 29],
  "ho18-jfw-monate": [21, 35],
  "ho18-jahresvergleich": [30, 33],
};

/** id → wrong "sicher" proposals at first run ("NAME REF" as measure() reports them), expected to fail until fixed. */
const KNOWN_WRONG: Record<string, string[]> = {
  // The LZB target rows under "Ziel 2025" taken as the previous year's (the section "Vorjahreswerte 2024" above).
  "ho18-vorlage": ["ZIE_LZB_VJ Zielplanung!$B$13", "ZIE_LZB_Maenner_VJ Zielplanung!$B$15", "ZIE_LZB_Frauen_VJ Zielplanung!$B$14"],
  // The previous year's forecast ELB ("Vorjahr 2025 (Prognose …)") taken as the planned ELB of 2026.
  "ho18-jfw-monate": ["ZIE_ELB 'Ziele 2026'!$B$5"],
};

describeHeldOutSet(HELD_OUT_18, FLOORS, KNOWN_WRONG);
