// Held-out set 27 (issue 13): six workbooks in the BA's own key-figure wording (K1/K2/K3, Zielvereinbarung,
// RD template, Bürgergeld beside Alg II), measured once by an independent tester (see the fixture's header).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_27 } from "../fixtures/heldOut27";

const FLOORS: Record<string, [number, number]> = {
  "ho27-rd-vorlage": [19, 29],
  "ho27-zielvereinbarung": [44, 47],
  "ho27-k-codes": [31, 44],
  "ho27-alg2-buergergeld": [36, 44],
  "ho27-zielerreichung": [18, 34],
  "ho27-cockpit": [24, 39],
};

// Wrong "sicher" as measured: the current ELB stock taken for the planned one; a report month's JFW and the
// Vorjahresmonat's stock (BA report copies) taken for the previous year's annual values.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho27-k-codes": ["ZIE_ELB 'K-Zahlen'!$C$20"],
  "ho27-zielerreichung": [
    "ZIE_IQ_Maenner_VJ 'Zielerreichung 09-2025'!$C$5",
    "ZIE_IQ_Frauen_VJ 'Zielerreichung 09-2025'!$C$6",
    "ZIE_LZB_VJ 'Zielerreichung 09-2025'!$C$7",
  ],
  "ho27-cockpit": ["ZIE_LZB_VJ 'Steckbrief K3 (BA)'!$B$6"],
};

describeHeldOutSet(HELD_OUT_27, FLOORS, KNOWN_WRONG);
