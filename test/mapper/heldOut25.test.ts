// Held-out set 25 (test/fixtures/heldOut25.ts), measured once by the tester of branch ho25.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_25 } from "../fixtures/heldOut25";

const FLOORS: Record<string, [number, number]> = {
  "ho25-kreis-fachbereich": [39, 44],
  "ho25-grosse-ge": [20, 47],
  "ho25-listobject-kreis": [25, 40],
  "ho25-bi-export": [20, 48],
  "ho25-kleines-amt": [20, 30],
  "ho25-ge-vorjahr": [43, 43],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho25-grosse-ge": ["FOE_Tabelle '03_Förderung'!$C$5:$E$17", "KUN_ELB '05_Kunden'!$F$5"],
};

describeHeldOutSet(HELD_OUT_25, FLOORS, KNOWN_WRONG);
