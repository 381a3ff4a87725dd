import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_53 } from "../fixtures/heldOut53";

// Measured once with measure() (scripts/mapping-share.ts) when the set was written (branch t53).
const FLOORS: Record<string, [number, number]> = {
  "ho53-dreispaltig": [19, 50],
  "ho53-gliederung": [20, 45],
  "ho53-verbunden": [42, 52],
  "ho53-zeilenumbruch": [33, 38],
  "ho53-einzug": [41, 42],
  "ho53-zweispaltig": [14, 47],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // The EGT allocation ("Zuteilung (vorläufig)" merged over rows, sub-row "EGT") taken for the Eingliederungsbudget (C8).
  "ho53-verbunden": ["BUD_EB_Gesamt 'Mittel 2026'!$C$11"],
};

describeHeldOutSet(HELD_OUT_53, FLOORS, KNOWN_WRONG);
