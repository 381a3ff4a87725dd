// Held-out set 62 (final measure of session 11), written at the session's start before any fix and kept apart from
// every fixer. When written: 196/231 = 84,8 %, 1 wrong "sicher". After all fixes from other sets (fixleft, fix63–67):
// 200/231 = 86,6 %, the same 1 wrong (ho62-finanzen 20 → 24). Floors and known wrong as after the fixes.
// Short round after release: fix62 (test/mapper/heldOut62Causes.test.ts) — the team VZÄ of one area no longer sure,
// the "Jobcenter gesamt" column beside team columns is the figure (ho62-team-mi 17 → 30), "Mittelzuteilung" over the
// titles names their allocations, "Zielvereinbarungsjahr" the plan year (ho62-rd-zielvereinbarung 34 → 39): 218/231 =
// 94,4 %, no wrong "sicher". Not done: the ELB twins (traegerversammlung, programm-kopie, finanzen).
// after fixleft13a: ho62-rd-zielvereinbarung 39 → 45/45 (the "Rechengrundlagen" under the targets' head, the fill-in
// hints' examples, the numbered form's "1 | Jobcenter" row: test/mapper/heldOutLeft13aCauses.test.ts).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_62 } from "../fixtures/heldOut62";

const FLOORS: Record<string, [number, number]> = {
  "ho62-gf-neues-jahr": [45, 45],
  "ho62-rd-zielvereinbarung": [45, 45],
  "ho62-team-mi": [30, 31],
  "ho62-finanzen": [24, 25],
  "ho62-traegerversammlung": [44, 44],
  "ho62-programm-kopie": [40, 41],
};

// The M&I Bereichsleiter's team VZÄ (teams of one area, summing to 64.0 of the Jobcenter's 171.2) was taken as the
// Jobcenter's VZÄ by area; fixed by ./oneAreaTeams.ts (never sure now).
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_62, FLOORS, KNOWN_WRONG);
