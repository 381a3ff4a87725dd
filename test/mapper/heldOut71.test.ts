// Held-out set 71 (tester ho71): split by place and team — location columns with the Jobcenter total first, last
// or in a block of its own, team tables beside the Jobcenter's figures, a goals matrix (gesamt | Frauen | Männer |
// U25 in columns), one sheet per Geschäftsstelle plus a summary, VZÄ by area × location, Eintritte per location
// with a sum. Measured once (264/291, no wrong sicher):
//   ho71-gesamt-vorn 48/48, ho71-gesamt-hinten 35/50, ho71-teams 44/51, ho71-zielmatrix 46/46,
//   ho71-blatt-je-gs 45/45, ho71-personal-foerderung 46/51.
// After fix71 (the Jobcenter's column among location columns, a team table beside the budget rows, a "dar. Team"
// part column): 291/291, no wrong sicher (test/mapper/heldOut71Causes.test.ts).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_71 } from "../fixtures/heldOut71";

const FLOORS: Record<string, [number, number]> = {
  "ho71-gesamt-vorn": [48, 48],
  "ho71-gesamt-hinten": [50, 50],
  "ho71-teams": [51, 51],
  "ho71-zielmatrix": [46, 46],
  "ho71-blatt-je-gs": [45, 45],
  "ho71-personal-foerderung": [51, 51],
};
// No wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_71, FLOORS, KNOWN_WRONG);
