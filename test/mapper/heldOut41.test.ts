// Held-out set 41 (several year columns, abbreviated heads), measured once with measure() when written.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_41 } from "../fixtures/heldOut41";

const FLOORS: Record<string, [number, number]> = {
  "ho41-ist-ist-ziel": [46, 46],
  "ho41-vj-pj-delta": [39, 50],
  "ho41-vorl-plan25": [45, 46],
  "ho41-nackte-jahre": [41, 43],
  "ho41-zweizeilig-vorschlag": [35, 38],
  "ho41-vergleichstyp": [35, 44],
};

// Wrong "sicher" as measured: the Förderung table cut before its last column "Veränd. ggü. VJ" (A22:D29, not A22:E29).
const KNOWN_WRONG: Record<string, string[]> = {
  "ho41-vorl-plan25": ["FOE_Tabelle Eckwerte!$A$22:$D$29"],
};

describeHeldOutSet(HELD_OUT_41, FLOORS, KNOWN_WRONG);
