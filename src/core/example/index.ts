// The example as a snapshot, for tests and demos that need no file.
import { snapshotFromModel } from "../workbookModel";
import { buildExample2024 } from "./example2024";
import { EXAMPLE_SOURCE } from "./source";

export { buildExample2024, FOE_ROWS_2024, FORMATS } from "./example2024";
export { addVerlauf2024, buildVerlaufSheet, VERLAUF_SHEET } from "./verlauf2024";

export { EXAMPLE_SOURCE } from "./source";

export function exampleSnapshot() {
  return snapshotFromModel(buildExample2024(), EXAMPLE_SOURCE);
}
