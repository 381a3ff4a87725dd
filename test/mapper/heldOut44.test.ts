// Held-out set 44 (staff / Stellenplan / Betreuungsschlüssel), measured once by an independent tester.
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_44 } from "../fixtures/heldOut44";

const FLOORS: Record<string, [number, number]> = {
  "ho44-saale-stellenplan": [46, 48],
  "ho44-goerlitz-vj-standorte": [44, 46],
  "ho44-vogtland-gestapelt": [35, 37],
  "ho44-oberhavel-listobject": [35, 39],
  "ho44-cuxhaven-standortspalten": [48, 48],
  "ho44-altmark-soll-ist": [37, 38],
};

// Wrong sicher as measured: the head count of last year's Ist sheet ("Personal VJ", Summe 124) instead of the
// plan's Gesamtergebnis; the men's head count (23, a count under "Männer") taken as the men's share.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho44-oberhavel-listobject": ["PER_Beschaeftigte 'Personal VJ'!$B$9", "PER_Anteil_Maenner 'Stellenplan 2026'!$C$18"],
};

describeHeldOutSet(HELD_OUT_44, FLOORS, KNOWN_WRONG);
