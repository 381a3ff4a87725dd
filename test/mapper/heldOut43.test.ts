// Held-out set 43 (test/fixtures/heldOut43.ts): dashboard and cockpit workbooks written by an independent tester
// who did not read the mapper; floors and known wrong "sicher" as measured once (branch ho43).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_43 } from "../fixtures/heldOut43";

const FLOORS: Record<string, [number, number]> = {
  "ho43-vogtland-cockpit": [36, 48],
  "ho43-erzgebirge-kacheln": [31, 41],
  "ho43-oberhavel-zielerreichung": [44, 46],
  "ho43-mansfeld-uebersicht": [27, 42],
  "ho43-bochum-managementcockpit": [40, 47],
  "ho43-saalekreis-eingaben": [40, 40],
};

// Wrong sicher as measured: the sum row of the VZÄ-by-unit table instead of the "VZÄ" tile above it.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho43-bochum-managementcockpit": ["PER_VZAE_Gesamt Personal!$B$18"],
};

describeHeldOutSet(HELD_OUT_43, FLOORS, KNOWN_WRONG);
