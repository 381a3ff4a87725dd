import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_53 } from "../fixtures/heldOut53";

// Measured once with measure() (scripts/mapping-share.ts) when the set was written (branch t53); raised by fix53
// (labels split over columns, note columns, outline-numbered sheets; the EGT allocation no longer taken for the budget);
// raised by fix53b (side headings, indented totals, share bases, heads merged across label columns, comments beside labels, "Stand der Daten").
const FLOORS: Record<string, [number, number]> = {
  "ho53-dreispaltig": [49, 50],
  "ho53-gliederung": [44, 45],
  "ho53-verbunden": [52, 52],
  "ho53-zeilenumbruch": [37, 38],
  "ho53-einzug": [42, 42],
  "ho53-zweispaltig": [46, 47],
};

const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_53, FLOORS, KNOWN_WRONG);
