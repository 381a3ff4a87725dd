// Held-out set 26 (final measure, branch ho26): floors and wrong "sicher" as measured once.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_26 } from "../fixtures/heldOut26";

const FLOORS: Record<string, [number, number]> = {
  "ho26-klassisch": [43, 43],
  "ho26-uebersicht": [39, 43],
  "ho26-matrix": [24, 48],
  "ho26-vorlage": [27, 34],
  "ho26-standorte": [26, 43],
  "ho26-datenbasis": [4, 43],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho26-standorte": ["PER_VZAE_Gesamt 'GS Mühlhausen'!$B$4"],
};

describeHeldOutSet(HELD_OUT_26, FLOORS, KNOWN_WRONG);
