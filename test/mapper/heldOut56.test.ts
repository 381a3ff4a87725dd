// Held-out set 56 (a FINAL UNSEEN measure of issue 13, session 10, independent tester): written before any fix of
// the session and kept apart from every fixer. Measured when written (137/162, 2 wrong; the tester's first run gave
// 134/162 with 3 more wrong FOE_Tabelle ranges that were the fixture's error — see its header) and after all fixes of
// the session (139/162, 3 wrong; floors and wrong "sicher" as measured then).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_56 } from "../fixtures/heldOut56";

const FLOORS: Record<string, [number, number]> = {
  "ho56-beschlussvorlage": [41, 43],
  "ho56-cockpit": [26, 35],
  "ho56-zielnachhaltung": [29, 34],
  "ho56-personalrat": [11, 14],
  "ho56-finanzcontrolling": [17, 18],
  "ho56-handout": [15, 18],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // The area table taken over the spacer column into last year's VZÄ column (F, "nachr. VZÄ 2024").
  "ho56-personalrat": ["PER_VZAE_Bereiche 'Stellenplan 2025'!$A$8:$F$13", "PER_VZAE_Gesamt 'Stellenplan 2025'!$F$14"],
  // "Bundesanteil nach Umschichtung (84,8 %)" (EinglMV + Umschichtung) taken for the EinglMV part.
  "ho56-finanzcontrolling": ["BUD_VH_EinglMV 'Mittelplanung 2026'!$C$15"],
};

describeHeldOutSet(HELD_OUT_56, FLOORS, KNOWN_WRONG);
