// Issue 9 §2: the Office.js behaviours the fake Excel used to let through, each shown on the fake (which now
// behaves as the cited issue or documentation says) and on the adapter, which must cope with it.
import { check } from "../../src/core/engine";
import { buildExample2024 } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, reopenFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { MARKS_KEY } from "../../src/excel/officeHost";

const VERSION = "0.0.0-test";
const finding = (cells: string[], severity: Finding["severity"] = "error"): Finding => ({ rule: "test/regel", severity, messageId: "befund", data: {}, message: "Befund", names: [], cells });
const fileState = (fake: FakeExcel) =>
  JSON.parse(JSON.stringify({ model: fake.document.model, cf: fake.document.conditionalFormats }, (key, value) => (key === "id" ? undefined : value)));

describe("load paths (office-js#190)", () => {
  test("the fake loads nothing for an array element 'items/…', as Excel does; the same paths as one string load", async () => {
    const fake = fakeExcel(buildExample2024());
    await fake.run(async (context) => {
      const asArray = context.workbook.worksheets.load(["items/name", "items/visibility"]);
      await context.sync();
      expect(asArray.items).toHaveLength(5);
      expect(() => asArray.items[0].name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const asString = context.workbook.worksheets.load("items/name, items/visibility");
      await context.sync();
      expect(asString.items.map((s) => s.name)).toContain("Haushalt");
    });
  });
});

describe("worksheet.names also listing the workbook's names (Excel on the web, office-js#1011)", () => {
  test("the fake does it when asked; the whole check then gives the same findings, without a false namen/doppelt", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Lokal", refersTo: "=Ziele!$B$8", scope: { kind: "sheet", sheet: "Ziele" } });
    const web = fakeExcel(model, { sheetNamesIncludeWorkbook: true });
    await web.run(async (context) => {
      const names = context.workbook.worksheets.getItem("Haushalt").names.load("items/name,items/scope");
      await context.sync();
      // the example's workbook names, though none is scoped to Haushalt
      expect(names.items.length).toBe(buildExample2024().names.length);
      expect(new Set(names.items.map((n) => n.scope))).toEqual(new Set(["Workbook"]));
    });

    const desktop = await hostOverFake(fakeExcel(model), VERSION).readSnapshot();
    for (const options of [{ sheetNamesIncludeWorkbook: true }, { sheetNamesIncludeWorkbook: true, nestedNamesLoad: false as const }]) {
      const snapshot = await hostOverFake(fakeExcel(model, options), VERSION).readSnapshot();
      expect(snapshot).toEqual(desktop);
      expect(snapshot.names.filter((n) => n.name === "Lokal")).toHaveLength(1);
      const findings = check(snapshot);
      expect(findings).toEqual(check(desktop));
      expect(findings.filter((f) => f.rule === "namen/doppelt")).toEqual([]);
    }
  });
});

describe("multi-area selection (RangeAreas.select is ExcelApi 1.18)", () => {
  test("the fake refuses RangeAreas.select below 1.18 and getRanges below 1.9; the adapter selects all areas only with 1.18", async () => {
    const old = fakeExcel(buildExample2024(), { excelApi: "1.17" });
    await expect(
      old.run(async (context) => {
        context.workbook.worksheets.getItem("Ziele").getRanges("B8,C8").select();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(old.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    expect(old.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);

    const current = fakeExcel(buildExample2024());
    await hostOverFake(current, VERSION).selectCells(["Ziele!B8", "Ziele!C8"]);
    expect(current.view.selection).toEqual({ sheet: "Ziele", address: "B8,C8" });
    expect(current.syncCount).toBe(1);
  });
});

describe("marks beside a user's rule Excel's API cannot read (office-js #5222, #6827, #6835)", () => {
  /** A user's rule as Excel's UI makes it when rules are duplicated or stacked: its properties do not load. */
  async function withUnreadableRule(fake: FakeExcel, sheet: string, range: string, type: string) {
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.add(type as Excel.ConditionalFormatType);
      await context.sync();
    });
    const stored = fake.document.conditionalFormats[sheet][0];
    stored.unreadable = true;
    return stored;
  }

  test("the fake fails a sync that reads such a rule's formula — the way the adapter used to find its marks", async () => {
    const fake = fakeExcel(buildExample2024());
    await withUnreadableRule(fake, "Ziele", "B8", "Custom");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Ziele").getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  test("marking and removing work when such a rule shares the marked cell; the user's rule stays", async () => {
    const fake = fakeExcel(buildExample2024());
    await withUnreadableRule(fake, "Ziele", "B8", "Custom");
    const before = fileState(fake);
    const host = hostOverFake(fake, VERSION);
    await host.applyMarks([finding(["Ziele!B8", "Förderung!B18"])]);
    await host.applyMarks([finding(["Ziele!B8"], "warning")]); // marking again replaces through the record
    expect(fake.document.conditionalFormats.Ziele).toHaveLength(2);
    expect(await host.removeMarks()).toEqual({ marked: 0, removed: 1, notRemoved: [], notMarked: [] });
    expect(fileState(fake)).toEqual(before);
    expect(fake.documentSettings.get(MARKS_KEY)).toBeNull();
  });

  test("after reopening (new ids) a Custom rule Excel cannot read keeps that sheet's marks, says so, and the other sheets are cleaned", async () => {
    const fake = fakeExcel(buildExample2024());
    await hostOverFake(fake, VERSION).applyMarks([finding(["Ziele!B8", "Ziele!C9", "Förderung!B18", "Haushalt!B7"])]);
    const reopened = reopenFakeExcel(fake.save());
    const userRule = await withUnreadableRule(reopened, "Ziele", "B8", "Custom");
    const syncs = reopened.syncCount;
    const result = await hostOverFake(reopened, VERSION).removeMarks();
    expect(result.removed).toBe(2);
    expect(result.notRemoved).toEqual([{ sheet: "Ziele", ranges: ["B8", "C9"], reason: expect.stringMatching(/internal error/) }]);
    expect(reopened.document.conditionalFormats.Förderung).toBeUndefined();
    expect(reopened.document.conditionalFormats.Haushalt).toBeUndefined();
    expect(reopened.document.conditionalFormats.Ziele).toHaveLength(3); // the user's rule and both marks
    expect(reopened.document.conditionalFormats.Ziele).toContainEqual(userRule);
    // The marks left behind are still remembered, so a later attempt can remove them.
    expect(reopened.documentSettings.get(MARKS_KEY)).toEqual([
      { sheet: "Ziele", range: "B8", id: expect.any(String) },
      { sheet: "Ziele", range: "C9", id: expect.any(String) },
    ]);
    // sheets; ids + ranges' formats; their Custom rules (refused); then per sheet 2 each (ids + formats, then
    // the Custom rules — refused on Ziele); one write sync.
    expect(reopened.syncCount - syncs).toBe(1 + 1 + 1 + 3 * 2 + 1);
  });

  test("an unreadable rule of another type on the marked cell is never read, also after reopening", async () => {
    const fake = fakeExcel(buildExample2024());
    await hostOverFake(fake, VERSION).applyMarks([finding(["Ziele!B8", "Förderung!B18"])]);
    const reopened = reopenFakeExcel(fake.save());
    await withUnreadableRule(reopened, "Ziele", "B8:B9", "CellValue");
    const before = reopened.document.conditionalFormats.Ziele.filter((cf) => cf.unreadable);
    const result = await hostOverFake(reopened, VERSION).removeMarks();
    expect(result).toEqual({ marked: 0, removed: 2, notRemoved: [], notMarked: [] });
    expect(reopened.document.conditionalFormats.Ziele).toEqual(before);
  });
});

describe("finding marks without ConditionalFormatCollection.getItemOrNullObject (ExcelApi 1.14)", () => {
  test("the fake refuses getItemOrNullObject below 1.14, as Excel does", async () => {
    const fake = fakeExcel(buildExample2024(), { excelApi: "1.13" });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Ziele").getRange("B8").conditionalFormats.getItemOrNullObject("{CF-1-1}");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test.each(["1.9", "1.13"])("ExcelApi %s: marking again and removing go through the marks' ranges and remove every mark", async (excelApi) => {
    const fake = fakeExcel(buildExample2024(), { excelApi });
    const before = fileState(fake);
    const host = hostOverFake(fake, VERSION);
    expect(await host.applyMarks([finding(["Ziele!B8", "Förderung!B18", "Haushalt!B7"])])).toEqual({ marked: 3, removed: 0, notRemoved: [], notMarked: [] });
    let syncs = fake.syncCount;
    expect(await host.applyMarks([finding(["Ziele!B8", "Ziele!C9"], "warning")])).toEqual({ marked: 2, removed: 3, notRemoved: [], notMarked: [] });
    // sheets; id + type of the formats on the 3 ranges; their Custom rules' formulas; one write sync
    expect(fake.syncCount - syncs).toBe(4);
    syncs = fake.syncCount;
    expect(await host.removeMarks()).toEqual({ marked: 0, removed: 2, notRemoved: [], notMarked: [] });
    expect(fake.syncCount - syncs).toBe(4);
    expect(fileState(fake)).toEqual(before);
    expect(fake.documentSettings.get(MARKS_KEY)).toBeNull();
  });

  test("ExcelApi 1.13 after reopening: the same 4 syncs, everything removed", async () => {
    const fake = fakeExcel(buildExample2024(), { excelApi: "1.13" });
    const before = fileState(fake);
    await hostOverFake(fake, VERSION).applyMarks([finding(["Ziele!B8", "Ziele!C9", "Förderung!B18"])]);
    const reopened = reopenFakeExcel(fake.save(), { excelApi: "1.13" });
    const syncs = reopened.syncCount;
    expect(await hostOverFake(reopened, VERSION).removeMarks()).toEqual({ marked: 0, removed: 3, notRemoved: [], notMarked: [] });
    expect(reopened.syncCount - syncs).toBe(4);
    expect(fileState(reopened)).toEqual(before);
  });

  test("with 1.14 the ids are used: 3 syncs while they resolve", async () => {
    const fake = fakeExcel(buildExample2024(), { excelApi: "1.14" });
    const host = hostOverFake(fake, VERSION);
    await host.applyMarks([finding(["Ziele!B8", "Förderung!B18"])]);
    const syncs = fake.syncCount;
    expect(await host.removeMarks()).toEqual({ marked: 0, removed: 2, notRemoved: [], notMarked: [] });
    expect(fake.syncCount - syncs).toBe(3);
  });
});

describe("a protected sheet refuses marks (Worksheet.protection.protected)", () => {
  const protect = (fake: FakeExcel, sheet: string) => fake.document.protectedSheets.push(sheet);

  test("the fake reads the protection and refuses adding and deleting conditional formats there", async () => {
    const fake = fakeExcel(buildExample2024(), {}, { protectedSheets: ["Förderung"] });
    await fake.run(async (context) => {
      const p = context.workbook.worksheets.getItem("Förderung").protection.load("protected");
      const q = context.workbook.worksheets.getItem("Ziele").protection.load("protected");
      await context.sync();
      expect([p.protected, q.protected]).toEqual([true, false]);
    });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Förderung").getRange("B18").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(fake.document.conditionalFormats.Förderung).toBeUndefined();
  });

  test("marking: the other sheets are marked sheet by sheet, the protected one is reported, only what was written is remembered", async () => {
    const fake = fakeExcel(buildExample2024(), {}, { protectedSheets: ["Förderung"] });
    const syncs = fake.syncCount;
    const result = await hostOverFake(fake, VERSION).applyMarks([finding(["Ziele!B8", "Förderung!B18", "Förderung!B19", "Haushalt!B7"])]);
    expect(result).toEqual({
      marked: 2,
      removed: 0,
      notRemoved: [],
      notMarked: [{ sheet: "Förderung", ranges: ["B18", "B19"], reason: expect.stringMatching(/protected sheet/) }],
    });
    expect(fake.document.conditionalFormats.Förderung).toBeUndefined();
    expect(fake.document.conditionalFormats.Ziele).toHaveLength(1);
    expect(fake.document.conditionalFormats.Haushalt).toHaveLength(1);
    const ids = [fake.document.conditionalFormats.Ziele[0].id, fake.document.conditionalFormats.Haushalt[0].id];
    expect(fake.documentSettings.get(MARKS_KEY)).toEqual([
      { sheet: "Ziele", range: "B8", id: ids[0] },
      { sheet: "Haushalt", range: "B7", id: ids[1] },
    ]);
    // sheets; the refused batch write (Ziele's add before it stayed applied); then per sheet: Ziele (formats
    // on B8; its Custom rule's formula — the add that got through; write), Förderung (formats; refused
    // write), Haushalt (formats; write)
    expect(fake.syncCount - syncs).toBe(1 + 1 + 3 + 2 + 2);
  });

  test("marking again after the sheet was protected: its old marks stay, remembered and reported; the others are replaced", async () => {
    const fake = fakeExcel(buildExample2024());
    const host = hostOverFake(fake, VERSION);
    await host.applyMarks([finding(["Ziele!B8", "Förderung!B18"])]);
    const oldFörderung = structuredClone(fake.document.conditionalFormats.Förderung);
    protect(fake, "Förderung");
    const result = await host.applyMarks([finding(["Ziele!C9", "Förderung!B19"], "warning")]);
    expect(result).toEqual({
      marked: 1,
      removed: 1,
      notRemoved: [{ sheet: "Förderung", ranges: ["B18"], reason: expect.stringMatching(/protected sheet/) }],
      notMarked: [{ sheet: "Förderung", ranges: ["B19"], reason: expect.stringMatching(/protected sheet/) }],
    });
    expect(fake.document.conditionalFormats.Förderung).toEqual(oldFörderung);
    expect(fake.document.conditionalFormats.Ziele.map((cf) => cf.range)).toEqual(["C9"]);
    expect(fake.documentSettings.get(MARKS_KEY)).toEqual([
      { sheet: "Förderung", range: "B18", id: oldFörderung[0].id },
      { sheet: "Ziele", range: "C9", id: fake.document.conditionalFormats.Ziele[0].id },
    ]);

    // Removing: the protected sheet says so again, and once it is unprotected its mark goes too.
    expect(await host.removeMarks()).toEqual({
      marked: 0,
      removed: 1,
      notRemoved: [{ sheet: "Förderung", ranges: ["B18"], reason: expect.stringMatching(/protected sheet/) }],
      notMarked: [],
    });
    expect(fake.document.conditionalFormats.Ziele).toBeUndefined();
    fake.document.protectedSheets.length = 0;
    expect(await host.removeMarks()).toEqual({ marked: 0, removed: 1, notRemoved: [], notMarked: [] });
    expect(fake.document.conditionalFormats).toEqual({});
    expect(fake.documentSettings.get(MARKS_KEY)).toBeNull();
  });
});
