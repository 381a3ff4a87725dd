// Held-out set 33 (issue 13), measured once by its tester (branch ho33) with measure() from scripts/mapping-share.ts.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_33 } from "../fixtures/heldOut33";

const FLOORS: Record<string, [number, number]> = {
  "ho33-zkt-sozialausschuss": [52, 52],
  "ho33-traegerversammlung-ge": [47, 47],
  "ho33-entwurf-2026-neben-2025": [37, 38],
  "ho33-quartalsplan-2025": [46, 46],
  "ho33-soll-ist-abweichung": [46, 46],
  "ho33-optionskommune-2026": [44, 46],
};

// Fixed (branch fix33): the LZB changes were taken from the "Abw. abs." column (Ist 2025 − Soll 2025, persons)
// instead of "Veränd. Soll 26 ggü. Ist 25 in %" (src/core/mapper/deviationColumn.ts reads the merged year above).
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_33, FLOORS, KNOWN_WRONG);
