import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_30 } from "../fixtures/heldOut30";

// Measured once (npx tsx script calling measure() from scripts/mapping-share.ts on each layout), not reworded afterwards.
const FLOORS: Record<string, [number, number]> = {
  "ho30-wettin-controlling": [46, 52],
  "ho30-bergheide-cockpit": [39, 43],
  "ho30-obermark-vka": [44, 45],
  "ho30-ostholm-monatsbericht": [28, 33],
  "ho30-lindenfurt-steuerung": [36, 39],
  "ho30-hasetal-projekte": [35, 39],
};

// Wrong sicher as measured: the cockpit's data date and the forecast date taken as the programme's date; a count
// of integrations after entries into measures taken as the Jobcenter's integrations of the previous year.
const KNOWN_WRONG: Record<string, string[]> = {
  "ho30-bergheide-cockpit": ["AIP_Stand Cockpit!$B$2"],
  "ho30-lindenfurt-steuerung": ["AIP_Stand 'Planung 2026'!$B$13"],
  "ho30-hasetal-projekte": ["ZIE_Integrationen_VJ Eintritte!$B$16"],
};

describeHeldOutSet(HELD_OUT_30, FLOORS, KNOWN_WRONG);
