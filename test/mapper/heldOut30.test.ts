import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_30 } from "../fixtures/heldOut30";

// Measured once (npx tsx script calling measure() from scripts/mapping-share.ts on each layout), not reworded afterwards.
const FLOORS: Record<string, [number, number]> = {
  "ho30-wettin-controlling": [50, 52],
  "ho30-bergheide-cockpit": [43, 43],
  "ho30-obermark-vka": [45, 45],
  "ho30-ostholm-monatsbericht": [32, 33],
  "ho30-lindenfurt-steuerung": [38, 39],
  "ho30-hasetal-projekte": [39, 39],
};

// Wrong sicher as measured first (the cockpit's data date and the forecast date as the programme's date, integrations
// after entries into measures as the Jobcenter's): fixed (./heldOut30Causes.test.ts), none left.
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_30, FLOORS, KNOWN_WRONG);
