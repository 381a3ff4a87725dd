// Held-out set 21 (test/fixtures/heldOut21.ts), written by an independent tester who did not read the mapper.
// Floors and known wrong "sicher" proposals are those of its first and only measurement (`measure`, before any
// change to the mapper); the fixtures were not reworded after it.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_21 } from "../fixtures/heldOut21";

const FLOORS: Record<string, [number, number]> = {
  "ho21-monatsblaetter": [26, 33],
  "ho21-zielanpassung": [20, 21],
  "ho21-ausgabereste": [17, 19],
  "ho21-kundenstruktur": [27, 28],
  "ho21-bi-export": [0, 32],
  "ho21-traegerversammlung": [32, 35],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // The change column beside "Ziel lt. Zielvereinbarung" and "Ziel angepasst (Juni)": which target it belongs to
  // the header does not say (the tester left both targets and the change out of `expected`).
  "ho21-zielanpassung": [
    "ZIE_IQ_Veraenderung Zielsteuerung!$E$7",
    "ZIE_IQ_Maenner_Veraenderung Zielsteuerung!$E$8",
    "ZIE_IQ_Frauen_Veraenderung Zielsteuerung!$E$9",
    "ZIE_LZB_Veraenderung Zielsteuerung!$E$10",
    "ZIE_LZB_Maenner_Veraenderung Zielsteuerung!$E$11",
    "ZIE_LZB_Frauen_Veraenderung Zielsteuerung!$E$12",
  ],
  // The header "Jobcenter" in B1 read as a label with the next header cell as its value.
  "ho21-bi-export": ["AIP_Jobcenter Export_BI!$C$1"],
};

describeHeldOutSet(HELD_OUT_21, FLOORS, KNOWN_WRONG);
