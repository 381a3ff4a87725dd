// "Tabellen für das AIP" on the fake Excel: the four tables on a sheet "AIP-Tabellen" in one write sync, the
// sheet recognised by its marker name (replaced on the next run, never a user's sheet of that name), a
// workbook with protected structure refused with nothing written.
import { programmeTables } from "../../src/core/document";
import { buildExample2024, exampleSnapshot } from "../../src/core/example";
import { MAPPER_MARKER } from "../../src/core/mapper";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import { TABLES_MARKER_NAME } from "../../src/excel/office/programmeTables";

const tables = programmeTables(exampleSnapshot());

function setup(options = {}, model = buildExample2024()) {
  const fake = fakeExcel(model, options);
  return { fake, host: hostOverFake(fake, "test") };
}

const sheetCells = (fake: ReturnType<typeof fakeExcel>, name: string) => fake.document.model.sheets.find((s) => s.name === name)?.cells;

describe("writeProgrammeTables", () => {
  it("writes the four tables with numbers and number formats in 2 read syncs and 1 write sync", async () => {
    const { fake, host } = setup();
    const r = await host.writeProgrammeTables(tables);
    expect(r).toEqual({ written: true, sheet: "AIP-Tabellen", replaced: false });
    expect(fake.syncCount).toBe(3);
    const cells = sheetCells(fake, "AIP-Tabellen")!;
    const texts = Object.values(cells).map((c) => c.value);
    for (const v of ["Übersicht zum Verwaltungshaushalt und Eingliederungsbudget 2024 in Euro", "Umsetzung Förderbedarfe", "Quelle: Planung JC", 9994076, 869, 0.16, -0.025, 42.5]) {
      expect(texts).toContain(v);
    }
    expect(cells.B2).toMatchObject({ value: 9994076, numberFormat: "#,##0" });
    expect(fake.document.model.names).toContainEqual(expect.objectContaining({ name: TABLES_MARKER_NAME, scope: { kind: "sheet", sheet: "AIP-Tabellen" }, comment: MAPPER_MARKER }));
  });

  it("leaves the workbook check as it was (the marker name is no contract name)", async () => {
    const { checkWithCoverage, DEFAULT_SETTINGS } = await import("../../src/core");
    const { host } = setup();
    const before = checkWithCoverage(await host.readSnapshot(), DEFAULT_SETTINGS).findings.map((f) => f.message);
    await host.writeProgrammeTables(tables);
    const after = checkWithCoverage(await host.readSnapshot(), DEFAULT_SETTINGS).findings.map((f) => f.message);
    expect(after).toEqual(before);
  });

  it("replaces its own sheet on the next run", async () => {
    const { fake, host } = setup();
    await host.writeProgrammeTables(tables);
    const again = await host.writeProgrammeTables(tables);
    expect(again).toEqual({ written: true, sheet: "AIP-Tabellen", replaced: true });
    expect(fake.document.model.sheets.filter((s) => s.name.startsWith("AIP-Tabellen")).map((s) => s.name)).toEqual(["AIP-Tabellen"]);
  });

  it("never replaces a user's sheet of that name: a new name is chosen and said", async () => {
    const model = buildExample2024();
    model.sheets.push({ name: "AIP-Tabellen", cells: { A1: { value: "meine Notizen" } } });
    const { fake, host } = setup({}, model);
    const r = await host.writeProgrammeTables(tables);
    expect(r).toEqual({ written: true, sheet: "AIP-Tabellen (2)", replaced: false, userSheetKept: "AIP-Tabellen" });
    expect(sheetCells(fake, "AIP-Tabellen")).toEqual({ A1: { value: "meine Notizen" } });
    // The next run finds its own sheet by the marker and replaces that one, still not the user's.
    expect(await host.writeProgrammeTables(tables)).toEqual({ written: true, sheet: "AIP-Tabellen (2)", replaced: true });
    expect(sheetCells(fake, "AIP-Tabellen")).toEqual({ A1: { value: "meine Notizen" } });
  });

  it("refuses a workbook with protected structure and writes nothing", async () => {
    const { fake, host } = setup({ structureProtected: true });
    const r = await host.writeProgrammeTables(tables);
    expect(r).toMatchObject({ written: false, reason: expect.stringMatching(/Struktur der Arbeitsmappe ist geschützt/) });
    expect(fake.writeLog).toEqual([]);
  });
});
