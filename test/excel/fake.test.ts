// The fake Excel behaves like Office.js where the adapter depends on it: load discipline, null objects,
// queued writes applied at sync, sync counting, write log, save and reopen.
import { buildExample2024 } from "../../src/core/example";
import { fakeExcel, reopenFakeExcel } from "../../src/excel/fake";

describe("fake Excel", () => {
  test("reading a property or items before load + sync throws PropertyNotLoaded", async () => {
    const fake = fakeExcel(buildExample2024());
    await fake.run(async (context) => {
      const names = context.workbook.names;
      expect(() => names.items).toThrow(/not available/);
      names.load("items/name");
      expect(() => names.items).toThrow(/not available/); // loaded only after sync
      await context.sync();
      expect(names.items).toHaveLength(buildExample2024().names.length);
      expect(names.items[0].name).toBe("AIP_Jobcenter");
      expect(() => names.items[0].formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const range = context.workbook.worksheets.getItem("Haushalt").getRange("B7");
      expect(() => range.values).toThrow(/not available/);
    });
  });

  test("null objects: isNullObject is known only after sync; a #REF! name has no range", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Kaputt", refersTo: "=#REF!" });
    const fake = fakeExcel(model);
    await fake.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Gibtsnicht");
      const broken = context.workbook.names.getItem("Kaputt").getRangeOrNullObject();
      const good = context.workbook.names.getItem("BUD_VH_Gesamt").getRangeOrNullObject().load("values,address");
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(broken.isNullObject).toBe(true);
      expect(good.isNullObject).toBe(false);
      expect(good.values).toEqual([[9994076]]);
      expect(good.address).toBe("Haushalt!B7");
    });
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound", async () => {
    const fake = fakeExcel(buildExample2024());
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Gibtsnicht").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("writes are queued, applied at sync, counted and logged; values are entered as if typed", async () => {
    const original = buildExample2024();
    const fake = fakeExcel(original);
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Haushalt").getRange("D1:D4");
      r.values = [["=1+1"], ["'=1+1"], ["-x"], ["12"]];
      expect(fake.model.sheets[0].cells.D1).toBeUndefined();
      expect(fake.writeLog).toHaveLength(0);
      await context.sync();
    });
    const cells = fake.model.sheets[0].cells;
    expect(cells.D1).toMatchObject({ formula: "=1+1" });
    expect(cells.D2).toEqual({ value: "=1+1" });
    expect(cells.D3).toMatchObject({ formula: "=-x" });
    expect(cells.D4).toEqual({ value: 12 });
    expect(fake.syncCount).toBe(1);
    expect(fake.writeLog).toEqual([expect.objectContaining({ sync: 1, kind: "range.values", target: "Haushalt!D1:D4" })]);
    expect(original.sheets[0].cells.D1).toBeUndefined(); // the caller's model is a copy
  });

  test("a values array of the wrong shape fails like Excel", async () => {
    const fake = fakeExcel(buildExample2024());
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Haushalt").getRange("D1:D2").values = [["a"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("conditional formats: add, load through customOrNullObject, delete; survive save and reopen", async () => {
    const fake = fakeExcel(buildExample2024());
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ziele");
      const cf = sheet.getRange("B8:B10").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=B8>0.2";
      cf.custom.format.fill.color = "#FFC7CE";
      sheet.getRange("C8:C13").conditionalFormats.add("DataBar");
      await context.sync();
    });
    const reopened = reopenFakeExcel(fake.save());
    await reopened.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("Ziele").getRange().conditionalFormats;
      cfs.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      expect(cfs.items.map((c) => c.type)).toEqual(["DataBar", "Custom"]);
      expect(cfs.items[0].customOrNullObject.isNullObject).toBe(true);
      expect(cfs.items[1].customOrNullObject.rule.formula).toBe("=B8>0.2");
      cfs.items[1].delete();
      await context.sync();
    });
    expect(reopened.document.conditionalFormats.Ziele.map((c) => c.type)).toEqual(["DataBar"]);
  });

  test("reading beyond the payload limit fails the sync", async () => {
    const model = buildExample2024();
    for (let r = 1; r <= 60000; r++) model.sheets[0].cells[`H${r}`] = { value: `Zeile ${r} mit etwas Text` };
    const fake = fakeExcel(model);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Haushalt").getRange("A1:H60000").load("values,formulas,numberFormat");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("settings reach the document only through saveAsync", async () => {
    const fake = fakeExcel(buildExample2024());
    fake.documentSettings.set("a", { x: 1 });
    expect(reopenFakeExcel(fake.save()).documentSettings.get("a")).toBeNull();
    await new Promise<void>((resolve) => fake.documentSettings.saveAsync(() => resolve()));
    expect(reopenFakeExcel(fake.save()).documentSettings.get("a")).toEqual({ x: 1 });
  });
});
