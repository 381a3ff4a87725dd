// Held-out set 31 (final measure, see test/fixtures/heldOut31.ts): the numbers as measured once.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_31 } from "../fixtures/heldOut31";

const FLOORS: Record<string, [number, number]> = {
  "ho31-ge-ost-stadt": [45, 46],
  "ho31-zkt-west-land": [35, 36],
  "ho31-ge-ost-land": [29, 29],
  "ho31-zkt-west-stadt": [39, 43],
  "ho31-ge-west-stadt": [38, 38],
  "ho31-ge-west-land": [13, 30],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho31-zkt-west-stadt": ["KUN_ELB Kennzahlen!$C$14"],
  "ho31-ge-west-land": [
    "PER_Anteil_Frauen 'Planung 2024'!$C$16",
    "PER_Anteil_Maenner 'Planung 2024'!$C$15",
    "ZIE_IQ 'Planung 2024'!$C$21",
    "ZIE_LZB 'Planung 2024'!$C$22",
    "ZIE_ELB 'Planung 2024'!$C$20",
  ],
};

describeHeldOutSet(HELD_OUT_31, FLOORS, KNOWN_WRONG);
