// Issue 14 §6: marks that find themselves (ConditionalFormat.id as a priority), protection where sheets are
// added or deleted, and a very hidden Prüfprotokoll. On the fake Excel through the real adapter; options
// cfIdIsPriority, structureProtected (sources in src/excel/fake/index.ts).
import { buildExample2024 } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, reopenFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { assertCanAddSheet } from "../../src/excel/officeHost";

const finding = (cells: string[], severity: Finding["severity"] = "error"): Finding => ({
  rule: "test/regel",
  severity,
  messageId: "befund",
  data: {},
  message: "Befund",
  names: [],
  cells,
});

const formats = (fake: FakeExcel) => JSON.parse(JSON.stringify(fake.document.conditionalFormats, (key, value) => (key === "id" ? undefined : value)));

async function userRule(fake: FakeExcel, sheet: string, range: string) {
  await fake.run(async (context) => {
    const cf = context.workbook.worksheets.getItem(sheet).getRange(range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = "=B8<0";
    cf.custom.format.fill.color = "#FF0000";
    await context.sync();
  });
}

describe("ConditionalFormat.id is the priority (fake option cfIdIsPriority)", () => {
  test("the fake's ids are positions and shift when a format is added", async () => {
    const fake = fakeExcel(buildExample2024(), { cfIdIsPriority: true });
    const ids = await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ziele").getRange("B8");
      const first = range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType).load("id");
      await context.sync();
      const before = first.id;
      range.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      first.load("id");
      await context.sync();
      return [before, first.id];
    });
    expect(ids).toEqual(["0", "1"]);
  });

  test("the user's own rule and marks on the same sheet: removal takes exactly the marks, also after marking again and reopening", async () => {
    for (const reopen of [false, true]) {
      const fake = fakeExcel(buildExample2024(), { cfIdIsPriority: true });
      await userRule(fake, "Ziele", "B8:C9");
      const before = formats(fake);
      const host = hostOverFake(fake, "0");
      await host.applyMarks([finding(["Ziele!B8", "Ziele!C9", "Ziele!D10"]), finding(["Förderung!B18"], "warning")]);
      await host.applyMarks([finding(["Ziele!B8", "Ziele!D11"]), finding(["Ziele!C9"], "info")]);
      expect(fake.document.conditionalFormats.Ziele).toHaveLength(4); // the user's rule and three marks
      const target = reopen ? reopenFakeExcel(fake.save(), { cfIdIsPriority: true }) : fake;
      if (reopen) await userRule(target, "Ziele", "A1"); // a new rule on top shifts every position again
      const result = await hostOverFake(target, "0").removeMarks();
      expect(result).toMatchObject({ removed: 3, notRemoved: [] });
      const expected = reopen ? [{ range: "A1", type: "Custom", formula: "=B8<0", fillColor: "#FF0000" }, ...before.Ziele] : before.Ziele;
      expect(formats(target).Ziele).toEqual(expected);
      expect(formats(target).Förderung).toBeUndefined();
    }
  });
});

describe("structure protection wherever a sheet is added or deleted (fake option structureProtected)", () => {
  const report = { at: new Date("2026-12-06T20:00:00Z"), version: "0", settings: {}, findings: [], lang: "de" as const };

  test("the fake refuses adding, deleting and hiding sheets, not names", async () => {
    const fake = fakeExcel(buildExample2024(), { structureProtected: true });
    for (const act of [
      (c: Excel.RequestContext) => void c.workbook.worksheets.add("Neu"),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Ziele").delete(),
      (c: Excel.RequestContext) => void (c.workbook.worksheets.getItem("Ziele").visibility = "Hidden" as Excel.SheetVisibility),
    ]) {
      await expect(
        fake.run(async (context) => {
          act(context);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "AccessDenied" });
    }
    await fake.run(async (context) => {
      context.workbook.names.add("Neuer_Name", context.workbook.worksheets.getItem("Ziele").getRange("B8"));
      await context.sync();
    });
    expect(fake.writeLog.map((w) => w.kind)).toEqual(["names.add"]);
  });

  test("“Prüfprotokoll schreiben” and “Vorlage anlegen” stop with a German message and write nothing, in no extra sync", async () => {
    const fake = fakeExcel(buildExample2024(), { structureProtected: true });
    const host = hostOverFake(fake, "0");
    await expect(host.writeProtocol(report)).rejects.toThrow(/^Prüfprotokoll schreiben: Die Struktur der Arbeitsmappe ist geschützt/);
    expect(fake.syncCount).toBe(1);
    const empty = fakeExcel({ sheets: [{ name: "Tabelle1", cells: {} }], names: [] }, { structureProtected: true });
    await expect(hostOverFake(empty, "0").createTemplate()).rejects.toThrow(/^Vorlage anlegen: Die Struktur der Arbeitsmappe ist geschützt/);
    expect(empty.syncCount).toBe(1);
    expect([...fake.writeLog, ...empty.writeLog]).toEqual([]);
  });

  test("assertCanAddSheet (for other sheet-adding actions) stops with the German message in one sync", async () => {
    const fake = fakeExcel(buildExample2024(), { structureProtected: true });
    await expect(fake.run((context) => assertCanAddSheet(context, "Verlaufsblatt anlegen"))).rejects.toThrow(/^Verlaufsblatt anlegen: Die Struktur der Arbeitsmappe ist geschützt/);
    expect(fake.syncCount).toBe(1);
    const open = fakeExcel(buildExample2024());
    await expect(open.run((context) => assertCanAddSheet(context, "Verlaufsblatt anlegen"))).resolves.toBeUndefined();
  });

  test("a very hidden Prüfprotokoll (which Excel will not delete) is made visible and replaced", async () => {
    const fake = fakeExcel(buildExample2024());
    const host = hostOverFake(fake, "0");
    await host.writeProtocol(report);
    fake.model.sheets.find((s) => s.name === "Prüfprotokoll")!.visibility = "veryHidden";
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Prüfprotokoll").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" }); // office-js #365, by design
    await host.writeProtocol({ ...report, version: "2" });
    const sheets = fake.model.sheets.filter((s) => s.name === "Prüfprotokoll");
    expect(sheets).toHaveLength(1);
    expect(sheets[0].visibility ?? "visible").toBe("visible");
  });
});
