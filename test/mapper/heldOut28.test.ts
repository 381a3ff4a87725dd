import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_28 } from "../fixtures/heldOut28";

const FLOORS: Record<string, [number, number]> = {
  "ho28-saale-pruefsummen": [42, 49],
  "ho28-wartburg-uebersicht": [30, 34],
  "ho28-nordhausen-cockpit": [38, 43],
  "ho28-gotha-fehlerwerte": [33, 37],
  "ho28-altenburg-monatswerte": [44, 45],
  "ho28-kyffhaeuser-langblatt": [35, 37],
};
const KNOWN_WRONG: Record<string, string[]> = {
  "ho28-saale-pruefsummen": ["ZIE_ELB Ziele!$B$5"],
  "ho28-gotha-fehlerwerte": ["FOE_Tabelle Maßnahmeplanung!$A$3:$F$14"],
};
describeHeldOutSet(HELD_OUT_28, FLOORS, KNOWN_WRONG);
