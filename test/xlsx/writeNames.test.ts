// `aip map --write` patches the original archive: only xl/workbook.xml changes, and there only the
// <definedNames>; every other entry keeps its bytes (compressed and uncompressed), compression, order and
// date. The names read back as written, with the add-in's marker comment, and ExcelJS and LibreOffice
// open the result.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildExample2024 } from "../../src/core/example";
import { MAPPER_MARKER } from "../../src/core/mapper";
import { convertWithLibreOffice, sofficeAvailable } from "../../src/xlsx/libreOffice";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { spliceDefinedNames } from "../../src/xlsx/spliceDefinedNames";
import { parseWorkbookXml } from "../../src/xlsx/workbookXml";
import { addDefinedNames } from "../../src/xlsx/writeNames";
import { writeWorkbookBuffer } from "../../src/xlsx/writeWorkbook";
import { layoutXlsx, seedLayout } from "../fixtures/layouts";

interface RawEntry {
  name: string;
  date: number;
  method: string;
  compressed: Buffer;
  bytes: Buffer;
}

async function entries(bytes: Uint8Array): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: RawEntry[] = [];
  for (const [name, f] of Object.entries(zip.files)) {
    // Folder entries carry no data.
    const data = (f as unknown as { _data?: { compression?: { magic: string }; compressedContent?: Uint8Array } })._data;
    out.push({
      name,
      date: f.date.getTime(),
      method: !data?.compression ? "none" : data.compression.magic === "\x08\x00" ? "DEFLATE" : "STORE",
      compressed: Buffer.from(data?.compressedContent ?? new Uint8Array()),
      bytes: await f.async("nodebuffer"),
    });
  }
  return out;
}

const withoutDefinedNames = (xml: string) => xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");

const NEW = [
  { name: "BUD_VH_Gesamt", text: "Budget!$B$3", comment: MAPPER_MARKER },
  { name: "FOE_Tabelle", text: "Förderung!$A$3:$C$17", comment: MAPPER_MARKER },
];

describe("addDefinedNames patches only the defined names", () => {
  let original: Buffer;
  let patched: Buffer;
  beforeAll(async () => {
    original = await layoutXlsx(seedLayout());
    // A STORE entry among the DEFLATE ones, with its own date, to see both survive.
    const zip = await JSZip.loadAsync(original);
    zip.file("customXml/item1.xml", "<x/>", { compression: "STORE", date: new Date(Date.UTC(2020, 0, 2, 3, 4, 6)) });
    original = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    patched = await addDefinedNames(original, NEW);
  });

  it("keeps every other entry's bytes, compression, order and date", async () => {
    const before = await entries(original);
    const after = await entries(patched);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    expect(before.some((e) => e.method === "STORE" && !e.name.endsWith("/"))).toBe(true);
    for (const [i, b] of before.entries()) {
      const a = after[i];
      expect({ name: a.name, method: a.method, date: a.date }).toEqual({ name: b.name, method: b.method, date: b.date });
      if (b.name === "xl/workbook.xml") continue;
      expect(a.bytes.equals(b.bytes)).toBe(true);
      expect(a.compressed.equals(b.compressed)).toBe(true);
    }
  });

  it("changes workbook.xml only inside <definedNames>", async () => {
    const xml = async (b: Buffer) => (await JSZip.loadAsync(b)).file("xl/workbook.xml")!.async("string");
    const [a, b] = [await xml(original), await xml(patched)];
    expect(withoutDefinedNames(b)).toBe(withoutDefinedNames(a));
    expect(b).toContain(`<definedName name="BUD_VH_Gesamt" comment="${MAPPER_MARKER}">Budget!$B$3</definedName>`);
  });

  it("the names read back with their cells and the marker comment", async () => {
    const xml = await (await JSZip.loadAsync(patched)).file("xl/workbook.xml")!.async("string");
    expect(parseWorkbookXml(xml).definedNames).toEqual([
      { name: "BUD_VH_Gesamt", text: "Budget!$B$3", hidden: false, comment: MAPPER_MARKER },
      { name: "FOE_Tabelle", text: "Förderung!$A$3:$C$17", hidden: false, comment: MAPPER_MARKER },
    ]);
    const snapshot = await readWorkbook(patched, "x.xlsx");
    expect(snapshot.names.find((n) => n.name === "BUD_VH_Gesamt")!.values).toEqual([[9_994_076]]);
    expect(snapshot.names.find((n) => n.name === "FOE_Tabelle")!.values![1]).toEqual(["Gesamt", 875, 869]);
  });

  it("ExcelJS opens the result and sees the names", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(patched as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Budget", "Personal", "Förderung", "Ziele"]);
    expect(wb.definedNames.getRanges("BUD_VH_Gesamt").ranges).toEqual(["Budget!$B$3"]);
  });

  (sofficeAvailable() ? it : it.skip)("LibreOffice opens the result and keeps the names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aip-map-lo-"));
    const file = join(dir, "mapped.xlsx");
    writeFileSync(file, patched);
    const converted = await convertWithLibreOffice(file, join(dir, "out"), { profileDir: join(dir, "profile") });
    const snapshot = await readWorkbook(new Uint8Array(readFileSync(converted)), "lo.xlsx");
    expect(snapshot.names.find((n) => n.name === "BUD_VH_Gesamt")!.values).toEqual([[9_994_076]]);
  }, 180_000);
});

describe("existing names stay verbatim", () => {
  it("keeps the example's names byte for byte and replaces only the one asked for", async () => {
    const original = await writeWorkbookBuffer(buildExample2024());
    const xml = async (b: Uint8Array) => (await JSZip.loadAsync(b)).file("xl/workbook.xml")!.async("string");
    const before = await xml(original);
    const elements = [...before.matchAll(/<definedName\b[\s\S]*?<\/definedName>/g)].map((m) => m[0]);
    const patched = await addDefinedNames(original, [{ name: "BUD_VH_Gesamt", text: "Haushalt!$B$9", comment: MAPPER_MARKER }], ["bud_vh_gesamt"]);
    const after = await xml(patched);
    for (const el of elements) {
      if (el.includes('name="BUD_VH_Gesamt"')) expect(after).not.toContain(el);
      else expect(after).toContain(el);
    }
    expect(after.match(/name="BUD_VH_Gesamt"/g)).toHaveLength(1);
  });
});

describe("spliceDefinedNames puts <definedNames> in its schema position", () => {
  const add = [{ name: "A_B", text: "S!$A$1", comment: "c & <d>" }];
  it.each([
    ["before calcPr", '<workbook><sheets><sheet name="S"/></sheets><calcPr calcId="1"/></workbook>', '<sheets><sheet name="S"/></sheets><definedNames>'],
    ["after externalReferences, before extLst", "<workbook><sheets/><externalReferences><externalReference/></externalReferences><extLst/></workbook>", "</externalReferences><definedNames>"],
    ["before </workbook>", "<workbook><sheets/></workbook>", "<sheets/><definedNames>"],
    ["into an empty <definedNames/>", "<workbook><sheets/><definedNames/><calcPr/></workbook>", "<sheets/><definedNames><definedName"],
    ["with a namespace prefix", '<x:workbook xmlns:x="m"><x:sheets/><x:calcPr/></x:workbook>', "<x:sheets/><x:definedNames><x:definedName"],
  ])("%s", (_what, xml, expected) => {
    const out = spliceDefinedNames(xml, add);
    expect(out).toContain(expected);
    expect(out).toContain('comment="c &amp; &lt;d&gt;"');
  });

  it("removes only workbook-scoped definitions it replaces", () => {
    const xml = '<workbook><sheets/><definedNames><definedName name="X" localSheetId="0">S!$A$1</definedName><definedName name="X">S!$A$2</definedName></definedNames></workbook>';
    const out = spliceDefinedNames(xml, [{ name: "X", text: "S!$A$3" }], ["x"]);
    expect(out).toBe('<workbook><sheets/><definedNames><definedName name="X" localSheetId="0">S!$A$1</definedName><definedName name="X">S!$A$3</definedName></definedNames></workbook>');
  });
});
