// Held-out set 47 (issue 13): six workbooks with the in-year monitoring beside the plan, written by an
// independent tester and measured once (see the fixture).
import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_47 } from "../fixtures/heldOut47";

const FLOORS: Record<string, [number, number]> = {
  "ho47-saalekreis-monatsspalten": [51, 51],
  "ho47-vogtland-ein-blatt": [45, 45],
  "ho47-ostholstein-sollverlauf": [46, 46],
  "ho47-hagen-listobjects-monate": [49, 50],
  "ho47-goerlitz-plan-ist": [44, 44],
  "ho47-harburg-cockpit-quartale": [47, 47],
};

// Wrong sicher as measured, all fixed: the Förderung table stretched over the planning year's Ist/Hochrechnung/
// quarter columns (src/core/mapper/foeMonitoringColumn.ts); the in-year data date taken as the date of the
// previous-year values (src/core/mapper/monitoringDates.ts).
const KNOWN_WRONG: Record<string, string[]> = {};

describeHeldOutSet(HELD_OUT_47, FLOORS, KNOWN_WRONG);
