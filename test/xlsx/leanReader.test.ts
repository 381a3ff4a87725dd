// The lean readers (src/xlsx/lean/) against the full ExcelJS readers on every test workbook, both the read
// of `aip check` (readWorkbookLean vs src/xlsx/readWorkbookExcelJs.ts) and the mapper's used-cell read
// (readUsedCellsLean vs src/xlsx/readUsedCellsExcelJs.ts): the bad-input corpus, the cell-kinds and date-system workbooks, the mapper's
// layouts (also those of issue 13 and the held-out ones), example variants, and the example as LibreOffice saves it (another writer's XML). Where the
// full reader reads a file, the lean one must give exactly the same snapshot — or, for the files listed
// in LEAN_DECLINES only, decline (LeanUnsupported) so the full reader takes it; where the full reader
// refuses a file, the lean one declines and readWorkbook gives the full reader's German reason.
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addVerlauf2024, buildExample2024 } from "../../src/core/example";
import { LeanUnsupported, readWorkbookLean } from "../../src/xlsx/lean/readWorkbookLean";
import { convertWithLibreOffice, sofficeAvailable } from "../../src/xlsx/libreOffice";
import { DEFAULT_LIMITS } from "../../src/xlsx/readError";
import { readWorkbook } from "../../src/xlsx/readWorkbook";
import { readWorkbookExcelJs } from "../../src/xlsx/readWorkbookExcelJs";
import { readUsedCellsLean } from "../../src/xlsx/lean/readUsedCellsLean";
import { readUsedCells } from "../../src/xlsx/readUsedCells";
import { readUsedCellsExcelJs } from "../../src/xlsx/readUsedCellsExcelJs";
import { DEFAULT_USED_CELLS_LIMITS } from "../../src/xlsx/usedCellsTypes";
import { fiftySheetWorkbook } from "../../bench/sections/mapper";
import { writeWorkbookBuffer, writeWorkbookFile } from "../../src/xlsx/writeWorkbook";
import { exampleVariant } from "../../bench/lib";
import { writeCorpus } from "../fixtures/corpus";
import { dateSystemWorkbook, workbookWithCellKinds } from "../fixtures/cellKinds";
import { LAYOUTS, layoutXlsx } from "../fixtures/layouts";
import { MEASURED_LAYOUTS } from "../fixtures/layouts13";
import { heldOut2Layout } from "../fixtures/heldOut2";
import { HELD_OUT_3 } from "../fixtures/heldOut3";
import { HELD_OUT_4 } from "../fixtures/heldOut4";
import { HELD_OUT_5 } from "../fixtures/heldOut5";
import { HELD_OUT_6 } from "../fixtures/heldOut6";
import { HELD_OUT_7 } from "../fixtures/heldOut7";
import { HELD_OUT_8 } from "../fixtures/heldOut8";
import { HELD_OUT_9 } from "../fixtures/heldOut9";

jest.setTimeout(120_000);

/** Files the full reader reads but the lean one hands over on purpose (none today). */
const LEAN_DECLINES = new Set<string>();

interface Workbook {
  label: string;
  bytes: Buffer;
}

async function outcome<T>(read: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    return { ok: false, error };
  }
}

type Outcome = "same" | "declined" | "refused";

async function compareReads<T>(
  label: string,
  full: () => Promise<T>,
  lean: () => Promise<T>,
  chosen: () => Promise<T>,
  declines: Set<string>,
): Promise<Outcome> {
  const f = await outcome(full);
  const l = await outcome(lean);
  if (!f.ok) {
    expect({ label, leanDeclined: !l.ok && l.error instanceof LeanUnsupported }).toEqual({ label, leanDeclined: true });
    // What the user sees comes from the full reader.
    await expect(chosen()).rejects.toThrow((f.error as Error).message);
    return "refused";
  }
  if (!l.ok) {
    expect(l.error).toBeInstanceOf(LeanUnsupported);
    expect({ label, declined: true }).toEqual({ label, declined: declines.has(label) });
    return "declined";
  }
  expect({ label, read: l.value }).toEqual({ label, read: f.value });
  // toEqual treats undefined properties as absent; the results must agree key for key too.
  expect(JSON.stringify(l.value)).toBe(JSON.stringify(f.value));
  return "same";
}

/** Both reads of one workbook; the outcome of each. */
async function compare({ label, bytes }: Workbook): Promise<string> {
  const check = await compareReads(
    label,
    () => readWorkbookExcelJs(bytes, label, DEFAULT_LIMITS),
    () => readWorkbookLean(bytes, label, DEFAULT_LIMITS),
    () => readWorkbook(bytes, label),
    LEAN_DECLINES,
  );
  const used = await compareReads(
    label,
    () => readUsedCellsExcelJs(bytes, label, DEFAULT_USED_CELLS_LIMITS),
    () => readUsedCellsLean(bytes, label, DEFAULT_USED_CELLS_LIMITS),
    () => readUsedCells(bytes, label),
    LEAN_DECLINES,
  );
  return check === used ? check : `${check} / Zellen: ${used}`;
}

describe("lean reader = full reader", () => {
  it("on the bad-input corpus (without the two large files, see test/hardening/largeFiles.test.ts)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aip-lean-"));
    const cases = await writeCorpus(dir);
    const results: Record<string, string> = {};
    for (const c of cases) results[c.file] = await compare({ label: c.file, bytes: readFileSync(c.path) });
    // The unreadable files are refused by the full reader; every readable one is read alike by the lean one.
    expect(results).toEqual({
      "01-leer.xlsx": "refused",
      "02-textdatei.xlsx": "refused",
      "03-abgeschnitten.xlsx": "refused",
      "04-ohne-workbook.xlsx": "refused",
      "05-altes-xls-format.xlsx": "refused",
      "06-verschluesselt.xlsx": "refused",
      ...Object.fromEntries(cases.slice(6).map((c) => [c.file, "same"])),
    });
  });

  it("on the cell-kinds workbook and both date systems", async () => {
    expect(await compare({ label: "zellen.xlsx", bytes: await workbookWithCellKinds() })).toBe("same");
    expect(await compare({ label: "datum-1900.xlsx", bytes: await dateSystemWorkbook(false) })).toBe("same");
    expect(await compare({ label: "datum-1904.xlsx", bytes: await dateSystemWorkbook(true) })).toBe("same");
  });

  it("on shared strings of every shape (one plain text and the forms the lean reader takes apart in full)", async () => {
    const shapes = [
      "<si><t>Eingliederung</t></si>",
      '<si><t xml:space="preserve">  führende und folgende Leerzeichen  </t></si>',
      "<si><t>A &amp; B &lt;c&gt; &#228;</t></si>",
      "<si><t>Zeile_x000D_Umbruch _x0041_</t></si>",
      "<si><t/></si>",
      "<si><t></t></si>",
      "<si><r><t>Förder</t></r><r><rPr><b/></rPr><t>ung</t></r></si>",
      '<si><t>Kanji</t><rPh sb="0" eb="1"><t>かんじ</t></rPh></si>',
      '<si><t xml:space="preserve">Text</t><phoneticPr fontId="1"/></si>',
    ];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Daten");
    shapes.forEach((_, i) => (ws.getCell(i + 1, 1).value = `s${i}`));
    wb.definedNames.add(`Daten!$A$1:$A$${shapes.length}`, "Texte");
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shapes.length}" uniqueCount="${shapes.length}">${shapes.join("")}</sst>`;
    zip.file("xl/sharedStrings.xml", sst);
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(await compare({ label: "texte.xlsx", bytes })).toBe("same");
    // The texts arrive (not one declined or emptied), the plain ones as written with their escapes resolved.
    const values = (await readWorkbookLean(bytes, "texte.xlsx", DEFAULT_LIMITS)).names[0].values!.map((row) => row[0]);
    expect(values.slice(0, 4)).toEqual(["Eingliederung", "  führende und folgende Leerzeichen  ", "A & B <c> ä", "Zeile\rUmbruch A"]);
    expect(values[6]).toBe("Förderung");
  });

  it("on the example and example variants of other Jobcenters", async () => {
    expect(await compare({ label: "beispiel.xlsx", bytes: await writeWorkbookBuffer(buildExample2024()) })).toBe("same");
    // with the monthly sheet: its months not yet reported are formulas whose cached result is 0
    expect(await compare({ label: "beispiel-verlauf.xlsx", bytes: await writeWorkbookBuffer(addVerlauf2024(buildExample2024())) })).toBe("same");
    for (const i of [0, 8, 17]) {
      expect(await compare({ label: `variante-${i}.xlsx`, bytes: await writeWorkbookBuffer(exampleVariant(i)) })).toBe("same");
    }
  });

  it("on the mapper's layouts (workbooks without names, merged areas, an Excel table) and its 50-sheet bench workbook", async () => {
    for (const layout of [...LAYOUTS.map((make) => make()), fiftySheetWorkbook()]) {
      expect(await compare({ label: `${layout.id}.xlsx`, bytes: await layoutXlsx(layout) })).toBe("same");
    }
    // The comparison covers the formula texts the mapper takes as evidence (SheetCells.formulas): they are there.
    const budget = (await readUsedCellsLean(await layoutXlsx(LAYOUTS[2]()), "x.xlsx", DEFAULT_USED_CELLS_LIMITS)).snapshot.sheets[0];
    expect(budget.hasFormula?.[2][1]).toBe(true);
    expect(budget.formulas?.[2][1]).toMatch(/^=\S+/);
  });

  it("on the measured layouts of other controllers (issue 13) and the held-out ones", async () => {
    for (const make of [...MEASURED_LAYOUTS, heldOut2Layout, ...HELD_OUT_3, ...HELD_OUT_4, ...HELD_OUT_5, ...HELD_OUT_6, ...HELD_OUT_7, ...HELD_OUT_8, ...HELD_OUT_9]) {
      const { layout } = make();
      expect(await compare({ label: `${layout.id}.xlsx`, bytes: await layoutXlsx(layout) })).toBe("same");
    }
  });

  (sofficeAvailable() ? it : it.skip)("on the example as LibreOffice writes it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "aip-lean-lo-"));
    mkdirSync(join(dir, "quelle"));
    const source = join(dir, "quelle", "beispiel.xlsx");
    await writeWorkbookFile(buildExample2024(), source);
    const converted = await convertWithLibreOffice(source, join(dir, "lo"), { profileDir: join(dir, "profil") });
    expect(await compare({ label: "libreoffice.xlsx", bytes: readFileSync(converted) })).toBe("same");
  });
});
