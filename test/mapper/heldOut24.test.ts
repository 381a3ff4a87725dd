// Held-out set 24 (issue 13): six workbooks that grew over years (test/fixtures/heldOut24.ts), floors and wrong
// "sicher" as measured once by the tester (branch ho24).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_24 } from "../fixtures/heldOut24";

const FLOORS: Record<string, [number, number]> = {
  "ho24-zeitreihe-2025": [36, 43],
  "ho24-jahreskopf-2026": [39, 48],
  "ho24-vorjahr-blatt": [39, 44],
  "ho24-quartale-2026": [22, 43],
  "ho24-hochrechnung-2025": [29, 47],
  "ho24-versionen-2026": [43, 43],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho24-jahreskopf-2026": [
    "KUN_Anteil_LZB Kunden!$C$6",
    "KUN_Anteil_Auslaender Kunden!$C$7",
    "KUN_Anteil_Jugendliche Kunden!$C$8",
    "KUN_Alleinerziehende Kunden!$C$9",
  ],
  "ho24-quartale-2026": [
    "KUN_Anteil_LZB Kunden!$D$4",
    "KUN_Anteil_Auslaender Kunden!$D$5",
    "KUN_Anteil_Jugendliche Kunden!$D$6",
    "KUN_Alleinerziehende Kunden!$D$7",
  ],
  "ho24-hochrechnung-2025": [
    "KUN_Anteil_LZB_VJ Planung!$C$36",
    "KUN_Anteil_Jugendliche_VJ Planung!$C$38",
    "KUN_Alleinerziehende_VJ Planung!$C$39",
  ],
};

describeHeldOutSet(HELD_OUT_24, FLOORS, KNOWN_WRONG);
