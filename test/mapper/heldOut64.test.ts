// Held-out set 64 (the same figure in more than one place), measured once by tester ho64 (scripts/mapping-share.ts
// measure() on each layout); floors and known wrong sicher as measured then.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_64 } from "../fixtures/heldOut64";

const FLOORS: Record<string, [number, number]> = {
  "ho64-eingabe-gf": [38, 39],
  "ho64-ausgangswerte": [44, 47],
  "ho64-vorjahr-plan": [27, 28],
  "ho64-diagrammdaten": [32, 40],
  "ho64-druckkopie": [20, 31],
  "ho64-einheiten": [32, 40],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho64-eingabe-gf": ["KUN_ELB Kunden!$C$3"],
  "ho64-ausgangswerte": ["KUN_ELB Kundenstruktur!$C$3"],
  "ho64-vorjahr-plan": [
    "ZIE_Integrationen_VJ 'Plan 2025'!$B$23",
    "ZIE_ELB_VJ 'Plan 2025'!$B$24",
    "ZIE_IQ_VJ 'Plan 2025'!$B$25",
    "ZIE_LZB_VJ 'Plan 2025'!$B$28",
  ],
  "ho64-diagrammdaten": ["BUD_VH_EinglMV Haushalt!$G$4"],
  "ho64-druckkopie": ["PER_Beschaeftigte Personal!$B$2", "PER_VZAE_Gesamt Personal!$B$3"],
};

describeHeldOutSet(HELD_OUT_64, FLOORS, KNOWN_WRONG);
