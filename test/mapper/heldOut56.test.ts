// Held-out set 56 (a FINAL UNSEEN measure, independent tester, branch final56): the floors and wrong "sicher"
// as measured once on test/fixtures/heldOut56.ts.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_56 } from "../fixtures/heldOut56";

const FLOORS: Record<string, [number, number]> = {
  "ho56-beschlussvorlage": [41, 43],
  "ho56-cockpit": [26, 35],
  "ho56-zielnachhaltung": [29, 34],
  "ho56-personalrat": [11, 14],
  "ho56-finanzcontrolling": [15, 18],
  "ho56-handout": [15, 18],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // The area table taken over the spacer column into last year's VZÄ column (F, "nachr. VZÄ 2024").
  "ho56-personalrat": ["PER_VZAE_Bereiche 'Stellenplan 2025'!$A$8:$F$13"],
  // "Bundesanteil nach Umschichtung (84,8 %)" (EinglMV + Umschichtung) taken for the EinglMV part.
  "ho56-finanzcontrolling": ["BUD_VH_EinglMV 'Mittelplanung 2026'!$C$15"],
};

describeHeldOutSet(HELD_OUT_56, FLOORS, KNOWN_WRONG);
