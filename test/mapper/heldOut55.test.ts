// Held-out set 55 (a FINAL UNSEEN measure, independent tester): six representative planning workbooks, measured
// once with scripts/mapping-share.ts's measure(); floors and the wrong "sicher" are as measured then.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_55 } from "../fixtures/heldOut55";

const FLOORS: Record<string, [number, number]> = {
  "ho55-ge-mittelweser": [52, 52],
  "ho55-zkt-lippenau": [42, 46],
  "ho55-drei-standorte": [36, 49],
  "ho55-rd-vorlage": [32, 35],
  "ho55-controller-lang": [20, 47],
  "ho55-land-kompakt": [45, 48],
};

const KNOWN_WRONG: Record<string, string[]> = {
  "ho55-land-kompakt": ["ZIE_ELB_VJ Zahlen!$H$17"],
};

describeHeldOutSet(HELD_OUT_55, FLOORS, KNOWN_WRONG);
