// Held-out set 62 (final measure of its session), measured once: floors and known wrong "sicher" as measured.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_62 } from "../fixtures/heldOut62";

const FLOORS: Record<string, [number, number]> = {
  "ho62-gf-neues-jahr": [45, 45],
  "ho62-rd-zielvereinbarung": [34, 45],
  "ho62-team-mi": [17, 31],
  "ho62-finanzen": [20, 25],
  "ho62-traegerversammlung": [42, 44],
  "ho62-programm-kopie": [38, 41],
};

// The M&I Bereichsleiter's team VZÄ (teams of one area, summing to 64.0 of the Jobcenter's 171.2) taken as the
// Jobcenter's VZÄ by area.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho62-team-mi": ["PER_VZAE_Bereiche 'Personal M&I'!$A$3:$B$8"],
};

describeHeldOutSet(HELD_OUT_62, FLOORS, KNOWN_WRONG);
