// Held-out set 70 (tester ho70), theme "bases and calculation blocks": a Rechengrundlagen sheet feeding the
// targets by links, eLb of the previous year in the targets' Berechnungsbasis and linked on the customer sheet,
// a long list Bereich | Kennzahl | Wert without a year column, a CSV export Kennzahl | Jahr | Wert pasted as one
// table, a Statistik-der-BA block beside the plan, targets computed as basis × (1 + assumption) by formulas.
// Measured once (262/284, no wrong sicher): rechengrundlagen 45/47, elb-doppelt 52/52, kennzahlenliste 34/43,
// csv-export 42/46, statistik-ba 43/47, formeln 46/49. After fixer fix70 (the basis block's date and status, a
// list's area column, identifiers' "Alo_SGBII", the ELB twin past another year's row, pasted BA statistics): 284/284.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_70 } from "../fixtures/heldOut70";

const FLOORS: Record<string, [number, number]> = {
  "ho70-rechengrundlagen": [47, 47],
  "ho70-elb-doppelt": [52, 52],
  "ho70-kennzahlenliste": [43, 43],
  "ho70-csv-export": [46, 46],
  "ho70-statistik-ba": [47, 47],
  "ho70-formeln": [49, 49],
};
// No wrong sicher as measured.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_70, FLOORS, KNOWN_WRONG);
