// Defined names that ExcelJS would drop or blur must reach the snapshot as the file has them: #REF!,
// references into other files, sheet-scoped names, duplicates, hidden sheets. The workbook is crafted
// here by editing xl/workbook.xml with JSZip, independently of the project's writer.
import JSZip from "jszip";
import { buildExample2024 } from "../../src/core/example";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";

const CRAFTED_NAMES = `<definedNames>
<definedName name="_xlnm.Print_Area" localSheetId="0">Haushalt!$A$1:$B$14</definedName>
<definedName name="BUD_VH_Gesamt">Haushalt!$B$7</definedName>
<definedName name="BUD_VH_Gesamt">Haushalt!$B$8</definedName>
<definedName name="BUD_VH_KFA">#REF!</definedName>
<definedName name="BUD_EB_Gesamt">[1]Tabelle1!$B$12</definedName>
<definedName name="ZIE_ELB_VJ" localSheetId="3">Ziele!$B$4</definedName>
<definedName name="FOE_Eintritte_Plan" hidden="1">'Förderung'!$B$18</definedName>
<definedName name="KUN_ELB">Gelöscht!$B$3</definedName>
</definedNames>`;

async function craftedWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await writeWorkbookBuffer(buildExample2024()));
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  xml = xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, CRAFTED_NAMES);
  xml = xml.replace(/(name="Personal"[^>]*?)state="visible"/, '$1state="hidden"');
  xml = xml.replace(/(name="Kunden"[^>]*?)state="visible"/, '$1state="veryHidden"');
  expect(xml).toContain('localSheetId="3"');
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("defined names read from xl/workbook.xml", () => {
  let names: Awaited<ReturnType<typeof readWorkbook>>["names"];
  let sheets: Awaited<ReturnType<typeof readWorkbook>>["sheets"];
  beforeAll(async () => {
    ({ names, sheets } = await readWorkbook(await craftedWorkbook(), "crafted.xlsx"));
  });

  it("keeps every name in file order, duplicates included, without Excel's built-in names", () => {
    expect(names.map((n) => n.name)).toEqual([
      "BUD_VH_Gesamt",
      "BUD_VH_Gesamt",
      "BUD_VH_KFA",
      "BUD_EB_Gesamt",
      "ZIE_ELB_VJ",
      "FOE_Eintritte_Plan",
      "KUN_ELB",
    ]);
    expect(names[0].values).toEqual([[9994076]]);
    expect(names[1].values).toEqual([[6593989]]);
  });

  it("reports #REF! and references into other files as problems, not values", () => {
    expect(names[2]).toEqual({
      name: "BUD_VH_KFA",
      scope: { kind: "workbook" },
      refersTo: "=#REF!",
      problem: "ref-error",
      problemDetail: "verweist auf #REF!",
    });
    expect(names[3]).toMatchObject({ refersTo: "=[1]Tabelle1!$B$12", problem: "external" });
    expect(names[3].values).toBeUndefined();
  });

  it("keeps the sheet scope from localSheetId", () => {
    expect(names[4]).toMatchObject({ scope: { kind: "sheet", sheet: "Ziele" }, address: "Ziele!B4", values: [[4560]] });
  });

  it("resolves a quoted sheet name and a hidden name", () => {
    expect(names[5]).toMatchObject({ address: "Förderung!B18", values: [[458]], formulas: [[null]] });
  });

  it("says which sheet is missing", () => {
    expect(names[6]).toMatchObject({ problem: "sheet-missing", problemDetail: "Blatt „Gelöscht“ fehlt" });
  });

  it("reads sheet visibility from the sheet list", () => {
    expect(sheets.map((s) => s.visibility)).toEqual(["visible", "hidden", "visible", "visible", "veryHidden"]);
  });
});

describe("names that cover too much", () => {
  it("marks a name above the cell limit as too-large without reading it", async () => {
    const bytes = await writeWorkbookBuffer(buildExample2024());
    const read = await readWorkbook(bytes, "x", { maxUncompressedBytes: 200e6, maxNameCells: 20 });
    const foe = read.names.find((n) => n.name === "FOE_Tabelle")!;
    expect(foe).toMatchObject({ problem: "too-large", problemDetail: "umfasst 70 Zellen (Grenze 20)" });
    expect(foe.values).toBeUndefined();
    expect(read.names.find((n) => n.name === "PER_VZAE_Bereiche")!.values).toHaveLength(5);
  });

  it("treats a whole-column reference as a range and stops it at the limit", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Spalte", refersTo: "=Ziele!$B:$C" }, { name: "Zeile", refersTo: "=Ziele!$3:$3" });
    const read = await readWorkbook(await writeWorkbookBuffer(model), "x");
    expect(read.names.find((n) => n.name === "Spalte")).toMatchObject({ problem: "too-large", address: "Ziele!B1:C1048576" });
    const zeile = read.names.find((n) => n.name === "Zeile")!;
    expect(zeile.address).toBe("Ziele!A3:XFD3");
    expect(zeile.values![0].slice(0, 3)).toEqual(["Integrationen im Vorjahr", 750, null]);
  });
});

// Excel accepts a range written from any corner ("$E$16:$A$3" is A3:E16) and keeps it so in the file.
describe.each(["$E$16:$A$3", "$A$16:$E$3", "$E$3:$A$16"])("a range written from another corner (%s)", (corners) => {
  it("reads the same cells, at the same address, as A3:E16", async () => {
    const model = buildExample2024();
    const plain = await readWorkbook(await writeWorkbookBuffer(model), "x");
    const zip = await JSZip.loadAsync(await writeWorkbookBuffer(model));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    expect(xml).toContain("Förderung!$A$3:$E$16");
    zip.file("xl/workbook.xml", xml.replace("Förderung!$A$3:$E$16", `Förderung!${corners}`));
    const read = await readWorkbook(await zip.generateAsync({ type: "nodebuffer" }), "x");
    const expected = plain.names.find((n) => n.name === "FOE_Tabelle")!;
    const got = read.names.find((n) => n.name === "FOE_Tabelle")!;
    expect(got.address).toBe("Förderung!A3:E16");
    expect(got.values).toHaveLength(14);
    expect(got.values).toEqual(expected.values);
    expect(got.formulas).toEqual(expected.formulas);
  });
});
