// Held-out set 56 (a FINAL UNSEEN measure of issue 13, session 10, independent tester): written before any fix of
// the session and kept apart from every fixer. Measured when written (137/162, 2 wrong; the tester's first run gave
// 134/162 with 3 more wrong FOE_Tabelle ranges that were the fixture's error — see its header) and after all fixes of
// the session (139/162, 3 wrong; floors and wrong "sicher" as measured then).
// Released as a fix source afterwards: floors raised after fix56 (./heldOut56Causes.test.ts).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_56 } from "../fixtures/heldOut56";

const FLOORS: Record<string, [number, number]> = {
  "ho56-beschlussvorlage": [43, 43],
  "ho56-cockpit": [33, 35],
  "ho56-zielnachhaltung": [32, 34],
  "ho56-personalrat": [13, 14],
  "ho56-finanzcontrolling": [18, 18],
  "ho56-handout": [16, 18],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_56, FLOORS, KNOWN_WRONG);
