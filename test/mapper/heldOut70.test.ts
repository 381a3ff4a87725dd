// Held-out set 70 (tester ho70), theme "bases and calculation blocks": a Rechengrundlagen sheet feeding the
// targets by links, eLb of the previous year in the targets' Berechnungsbasis and linked on the customer sheet,
// a long list Bereich | Kennzahl | Wert without a year column, a CSV export Kennzahl | Jahr | Wert pasted as one
// table, a Statistik-der-BA block beside the plan, targets computed as basis × (1 + assumption) by formulas.
// Measured once (262/284, no wrong sicher): rechengrundlagen 45/47, elb-doppelt 52/52, kennzahlenliste 34/43,
// csv-export 42/46, statistik-ba 43/47, formeln 46/49.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_70 } from "../fixtures/heldOut70";

const FLOORS: Record<string, [number, number]> = {
  "ho70-rechengrundlagen": [45, 47],
  "ho70-elb-doppelt": [52, 52],
  "ho70-kennzahlenliste": [34, 43],
  "ho70-csv-export": [42, 46],
  "ho70-statistik-ba": [43, 47],
  "ho70-formeln": [46, 49],
};
// No wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_70, FLOORS, KNOWN_WRONG);
