// Held-out set 76 (tester ho76): labels in awkward cell forms — a label split over two cells (figure in A, qualifier
// in B), line breaks and double spaces inside label cells, outline numbering in its own column or at the label's
// start, indentation by spaces or by column, sheets starting in column C/D, merged label cells with a unit column
// and a blank row between every figure, values left of their labels. Measured once (280/297, no wrong sicher).
// after fix76: 297/297, no wrong sicher (qualifier-only "in %" change rows, labels split over two text cells,
// "1." number columns, planning seasons, "f1)" outline letters, unit column under an "Einheit" head over a blank row).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_76 } from "../fixtures/heldOut76";

const FLOORS: Record<string, [number, number]> = {
  "ho76-zweizellig": [51, 51],
  "ho76-umbruch": [47, 47],
  "ho76-gliederung": [49, 49],
  "ho76-eingerueckt": [52, 52],
  "ho76-verbunden": [49, 49],
  "ho76-wert-links": [49, 49],
};
// No wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_76, FLOORS, KNOWN_WRONG);
