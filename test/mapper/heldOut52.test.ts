import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_52 } from "../fixtures/heldOut52";

const FLOORS: Record<string, [number, number]> = {
  "ho52-parameter": [27, 44],
  "ho52-dbexport": [44, 47],
  "ho52-codes": [33, 46],
  "ho52-ascii": [39, 41],
  "ho52-gemischt": [35, 45],
  "ho52-camelcase": [5, 44],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // "Stand_VJ_Werte" (date of the previous-year figures) taken as the programme's date; it is at Stammdaten!$B$6.
  "ho52-parameter": ["AIP_Stand Param_Ziele!$B$26"],
};

describeHeldOutSet(HELD_OUT_52, FLOORS, KNOWN_WRONG);
