// The example programme document: the published 2024 programme's text with its four tables generated from
// the example workbook (so the tables agree with it, and the text keeps the source's one wrong figure, 458).
import { programmeTables } from "../core/document";
import { EXAMPLE_SOURCE, buildExample2024 } from "../core/example";
import { PROGRAMME_2024_TEXT, PROGRAMME_2024_TITLE } from "../core/example/programme2024Text";
import { snapshotFromModel } from "../core/workbookModel";
import { writeProgrammeDocx } from "./writeDocx";

export function exampleProgrammeDocx(): Promise<Buffer> {
  const tables = programmeTables(snapshotFromModel(buildExample2024(), EXAMPLE_SOURCE));
  return writeProgrammeDocx(PROGRAMME_2024_TITLE, "Jobcenter Ilm-Kreis", PROGRAMME_2024_TEXT, tables);
}
