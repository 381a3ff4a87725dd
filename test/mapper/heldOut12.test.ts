// Held-out set 12 of issue 13 (test/fixtures/heldOut12.ts, written by an independent tester who did not read the
// mapper): the floors and the wrong "sicher" proposals are those measured when the set was first run, unchanged.
import { HELD_OUT_12 } from "../fixtures/heldOut12";
import { describeHeldOutSet } from "../helpers/heldOut";

/** id → [high at the right cell at first run, figures present on visible sheets] */
const FLOORS: Record<string, [number, number]> = {
  "ho12-plan-ist-getrennt": [45, 45],
  "ho12-englisch": [26, 47],
  "ho12-zielerreichung": [34, 43],
  "ho12-fehlerwerte": [26, 31],
  "ho12-jahr-im-titel": [47, 48],
  "ho12-mittel-eintritte": [45, 51],
};

/** Wrong "sicher" proposals at first run, as measure() reports them. */
const KNOWN_WRONG: Record<string, string[]> = {
  // The "Abweichung" column (absolute difference Ist 2024 − Zielwert 2024) taken as the LZB changes.
  "ho12-zielerreichung": ["ZIE_LZB_Veraenderung Zielsteuerung!$D$7", "ZIE_LZB_Maenner_Veraenderung Zielsteuerung!$D$9", "ZIE_LZB_Frauen_Veraenderung Zielsteuerung!$D$8"],
  // The Ist 2024 ELB (column "Ist 2024") taken as the planned ELB of 2025.
  "ho12-fehlerwerte": ["ZIE_ELB Ziele!$B$11"],
};

describeHeldOutSet(HELD_OUT_12, FLOORS, KNOWN_WRONG);
