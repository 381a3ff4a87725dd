// Held-out set 46 (SGB II § 48a Kennzahlen / BA statistics wording), measured once when written.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_46 } from "../fixtures/heldOut46";

const FLOORS: Record<string, [number, number]> = {
  "ho46-saalekreis-k-blatt": [24, 49],
  "ho46-goerlitz-dwh-lang": [26, 48],
  "ho46-herford-zielnachhaltung": [46, 52],
  "ho46-cham-ein-blatt": [28, 45],
  "ho46-ortenau-zv": [41, 52],
  "ho46-gera-nummeriert": [27, 46],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // The customer list's years stand in the "Ausprägung" column (2024 / 2023): the shares are taken the wrong way round.
  "ho46-cham-ein-blatt": ["KUN_Anteil_LZB 'AIP 2025'!$C$33", "KUN_Anteil_LZB_VJ 'AIP 2025'!$C$32"],
};

describeHeldOutSet(HELD_OUT_46, FLOORS, KNOWN_WRONG);
