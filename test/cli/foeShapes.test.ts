// `aip check` on an xlsx file whose Förderung table is kept as controllers keep it (issue 10 §2):
// Instrument | Ist 2023 | Plan 2024 with the header row in the name and Gesamt last, VZÄ areas with the
// labels in B and the values in D. Through the xlsx reader the check gives the example's findings.
import { join } from "node:path";
import { FOE_ROWS_2024, VZAE_BEREICHE_2024 } from "../../src/core/example/example2024";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";
import { example } from "../helpers/example";
import { placeTable } from "../helpers/tables";
import { run, tempDir } from "./helpers";

describe("aip check on a workbook with the tables in other shapes", () => {
  it("3-column Förderung table with header, VZÄ areas in B and D: no error, the example's GaBe warning", async () => {
    const editor = example();
    placeTable(editor, "FOE_Tabelle", "Förderung 2024", "A4", [
      ["Instrument", "Ist 2023", "Plan 2024"],
      ...FOE_ROWS_2024.map(([instrument, , ist, plan]) => [instrument, ist, plan]),
      ["Gesamt", 875, 869],
    ]);
    placeTable(editor, "PER_VZAE_Bereiche", "Personal 2024", "B3", VZAE_BEREICHE_2024.map(([bereich, vzae]) => [bereich, null, vzae]));
    const file = join(tempDir(), "mappe.xlsx");
    await writeWorkbookFile(editor.model, file);
    const { code, stdout } = await run(["check", file, "--format", "json"]);
    expect(code).toBe(0);
    const findings = (JSON.parse(stdout) as { files: Array<{ findings: Array<{ rule: string; severity: string; message: string; cells: string[] }> }> }).files[0].findings;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith("istplan/"))).toMatchObject([
      {
        rule: "istplan/grosse-aenderung",
        severity: "warning",
        message: "FOE_Tabelle: „GaBe“ Plan 55 ggü. Ist 16 (+39, +243,8 %) ohne Begründung (Schwellen: 25 % und 20 Förderungen)",
        cells: ["'Förderung 2024'!C11"],
      },
    ]);
    expect(findings.find((f) => f.rule === "quer/eintritte-text-tabelle")?.cells).toEqual(["Förderung!B18", "'Förderung 2024'!C18"]);
  });
});
