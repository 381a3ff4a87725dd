// Held-out set 45 (issue 13): six workbooks written by an independent tester, measured once (see the fixture).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_45 } from "../fixtures/heldOut45";

const FLOORS: Record<string, [number, number]> = {
  "ho45-vogtland-gestapelt": [37, 49],
  "ho45-goerlitz-quer": [38, 39],
  "ho45-rheinsieg-standorte": [31, 33],
  "ho45-ilmkreis-abgetippt": [40, 43],
  "ho45-kassel-minimal": [32, 35],
  "ho45-leipzig-archiv": [46, 47],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho45-leipzig-archiv": ["FOE_Tabelle Förderung!$A$2:$D$11"],
};

describeHeldOutSet(HELD_OUT_45, FLOORS, KNOWN_WRONG);
