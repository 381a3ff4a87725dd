// The Office.js adapter, run against the fake Excel (which throws on unloaded reads, so every passing read
// here also proves the adapter's load discipline): snapshot, sync counts, problems, marks, protocol,
// template and document settings.
import { CONTRACT } from "../../src/core/contract";

// The example (and the template built from its layout) holds the contract's names up to issue 8; the optional
// names of issue 15 (allocations, further targets, planned ELB, previous-year status) are not in it.
const ISSUE_15_NAMES = ["BUD_EGT_Zuteilung", "BUD_VWT_Zuteilung", "BUD_Zuteilung_Stand", "ZIE_Weitere", "ZIE_ELB", "ZIE_VJ_Stand", "ZIE_VJ_Status"];
const EXAMPLE_NAMES = CONTRACT.map((c) => c.name).filter((n) => !ISSUE_15_NAMES.includes(n));
import { buildExample2024, exampleSnapshot } from "../../src/core/example";
import type { Finding } from "../../src/core/finding";
import type { WorkbookModel } from "../../src/core/workbookModel";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, reopenFakeExcel, type FakeExcel } from "../../src/excel/fake";
import { AUTO_SHOW_KEY, PROTOCOL_SHEET } from "../../src/excel/officeHost";
import { MARK_FILL, markFormula } from "../../src/excel/marks";

const VERSION = "0.1.0-test";

function setup(model: WorkbookModel = buildExample2024(), options = {}) {
  const fake = fakeExcel(model);
  return { fake, host: hostOverFake(fake, VERSION, options) };
}

/** What a file keeps of cells, names and conditional formats (not their ids: Excel gives new ones per session). */
const fileState = (fake: FakeExcel) =>
  JSON.parse(JSON.stringify({ model: fake.document.model, cf: fake.document.conditionalFormats }, (key, value) => (key === "id" ? undefined : value)));

const finding = (severity: Finding["severity"], cells: string[], message = "Befund"): Finding => ({
  rule: "test/regel",
  severity,
  messageId: "befund",
  data: {},
  message,
  names: [],
  cells,
});

const FINDINGS: Finding[] = [
  finding("error", ["Förderung!B18", "Förderung!D3"], "Planeintritte im Text (458) ≠ Summe Plan der Förderübersicht (869)"),
  finding("warning", ["Ziele!C8", "Ziele!B8"]),
  finding("error", ["Ziele!C8"]),
  finding("info", ["Förderung!A13"]),
];

describe("readSnapshot", () => {
  test("equals the example snapshot in names, addresses, values, formulas and formats, in 2 syncs, writing nothing", async () => {
    const { fake, host } = setup();
    const snapshot = await host.readSnapshot();
    const expected = exampleSnapshot();
    // belowValues (rows under the table names) come in the same 2 syncs, as snapshotFromModel gives them.
    const withBelow = snapshot.names.filter((n) => n.belowValues).map((n) => n.name);
    expect(withBelow.sort()).toEqual(["FOE_Tabelle", "KUN_BG_Groesse", "PER_VZAE_Bereiche"]);
    const foe = snapshot.names.find((n) => n.name === "FOE_Tabelle")!;
    expect(foe.belowValues).toHaveLength(3);
    expect(foe.belowValues![0]).toHaveLength(foe.values![0].length);
    expect(snapshot.names).toEqual(expected.names);
    expect(snapshot.sheets).toEqual(expected.sheets);
    expect(snapshot.source).toBe("Excel");
    expect(snapshot.notes).toBeUndefined();
    expect(fake.syncCount).toBe(2);
    expect(fake.writeLog).toEqual([]);
  });

  test("10× as many names still take 2 syncs", async () => {
    const model = buildExample2024();
    const base = [...model.names];
    for (let i = 1; i <= 9; i++) for (const n of base) model.names.push({ name: `${n.name}_${i}`, refersTo: n.refersTo });
    expect(model.names).toHaveLength(10 * EXAMPLE_NAMES.length);
    const { fake, host } = setup(model);
    const snapshot = await host.readSnapshot();
    expect(snapshot.names).toHaveLength(10 * EXAMPLE_NAMES.length);
    expect(snapshot.names.every((n) => n.problem === undefined && n.values !== undefined)).toBe(true);
    expect(snapshot.names.find((n) => n.name === "FOE_Eintritte_Plan_9")?.values).toEqual([[458]]);
    expect(fake.syncCount).toBe(2);
  });

  test("#REF!, external, constant, missing-sheet, sheet-scoped and duplicate names become entries, never exceptions", async () => {
    const model = buildExample2024();
    model.names.push(
      { name: "Kaputt", refersTo: "=#REF!" },
      { name: "Extern", refersTo: "=[1]Tabelle1!$A$1" },
      { name: "Konstante", refersTo: "=42" },
      { name: "Verwaist", refersTo: "=Gibtsnicht!$A$1" },
      { name: "BUD_VH_Gesamt", refersTo: "=Haushalt!$B$8", scope: { kind: "sheet", sheet: "Haushalt" } },
    );
    const { fake, host } = setup(model);
    const snapshot = await host.readSnapshot();
    const byName = (name: string) => snapshot.names.filter((n) => n.name === name);
    expect(byName("Kaputt")[0]).toMatchObject({ problem: "ref-error", refersTo: "=#REF!" });
    expect(byName("Extern")[0]).toMatchObject({ problem: "external" });
    expect(byName("Konstante")[0]).toMatchObject({ problem: "not-a-range" });
    expect(byName("Verwaist")[0]).toMatchObject({ problem: "sheet-missing" });
    const dup = byName("BUD_VH_Gesamt");
    expect(dup).toHaveLength(2);
    expect(dup[0]).toMatchObject({ scope: { kind: "workbook" }, values: [[9994076]] });
    expect(dup[1]).toMatchObject({ scope: { kind: "sheet", sheet: "Haushalt" }, address: "Haushalt!B8", values: [[6593989]] });
    expect(fake.syncCount).toBe(2);
  });

  test("error cells become {error}, blanks null, formula-like text no formula, dates stay serial numbers with their format", async () => {
    const model = buildExample2024();
    const ziele = model.sheets.find((s) => s.name === "Ziele")!;
    ziele.cells.B5 = { value: { error: "#DIV/0!" }, formula: "=B3/B4", numberFormat: "0.0%" };
    delete ziele.cells.B3;
    model.sheets[0].cells.B3 = { value: "=kein Jobcenter" }; // text that looks like a formula (quote prefix in Excel)
    const { host } = setup(model);
    const snapshot = await host.readSnapshot();
    const get = (name: string) => snapshot.names.find((n) => n.name === name)!;
    expect(get("ZIE_IQ_VJ")).toMatchObject({ values: [[{ error: "#DIV/0!" }]], formulas: [["=B3/B4"]], numberFormats: [["0.0%"]] });
    expect(get("ZIE_Integrationen_VJ")).toMatchObject({ values: [[null]], formulas: [[null]], numberFormats: [["General"]] });
    expect(get("AIP_Jobcenter")).toMatchObject({ values: [["=kein Jobcenter"]], formulas: [[null]] });
    expect(get("AIP_Stand")).toMatchObject({ values: [[45343]], numberFormats: [["dd.mm.yyyy"]] });
  });

  test("a range above the per-sync cell budget is read in row blocks in extra syncs, and the notes say so", async () => {
    const model = buildExample2024();
    const haushalt = model.sheets[0];
    for (let r = 1; r <= 2500; r++) haushalt.cells[`H${r}`] = { value: r };
    model.names.push({ name: "Gross", refersTo: "=Haushalt!$G$1:$H$2500" });
    const { fake, host } = setup(model, { cellsPerSync: 1000 });
    const snapshot = await host.readSnapshot();
    const gross = snapshot.names.find((n) => n.name === "Gross")!;
    expect(gross.problem).toBeUndefined();
    expect(gross.address).toBe("Haushalt!G1:H2500");
    expect(gross.values).toHaveLength(2500);
    expect(gross.values![2499]).toEqual([null, 2500]);
    expect(snapshot.notes?.[0]).toMatch(/„Gross“ umfasst 5\.000 Zellen; .* in 5 Teilen gelesen/);
    // 1 (names) + 1 (the example's small names) + 5 blocks of 500 rows × 2 columns
    expect(fake.syncCount).toBe(7);
    expect(snapshot.names.find((n) => n.name === "ZIE_IQ")?.values).toEqual([[0.16]]);
  });

  test("a range that one sync could not carry (over 5 MB) is read in blocks with the default budget", async () => {
    const model = buildExample2024();
    const text = "x".repeat(60);
    for (let r = 1; r <= 60000; r++) model.sheets[0].cells[`H${r}`] = { value: `${text}${r}` };
    model.names.push({ name: "Riesig", refersTo: "=Haushalt!$H$1:$H$60000" });
    const { host } = setup(model);
    const snapshot = await host.readSnapshot();
    const riesig = snapshot.names.find((n) => n.name === "Riesig")!;
    expect(riesig.values).toHaveLength(60000);
    expect(riesig.values![59999][0]).toBe(`${text}60000`);
    expect(snapshot.notes?.[0]).toMatch(/in 3 Teilen/);
  });

  test("a range above the per-name maximum is marked too-large and not read", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Spalte", refersTo: "=Haushalt!$A$1:$A$1048576" });
    const { fake, host } = setup(model);
    const snapshot = await host.readSnapshot();
    expect(snapshot.names.find((n) => n.name === "Spalte")).toMatchObject({ problem: "too-large" });
    expect(snapshot.notes).toEqual([expect.stringMatching(/„Spalte“ umfasst 1\.048\.576 Zellen und wurde nicht gelesen/)]);
    expect(fake.syncCount).toBe(2);
  });
});

describe("selectCells", () => {
  test("activates the sheet of the first cell and selects the cells on that sheet, writing nothing", async () => {
    const { fake, host } = setup();
    await host.selectCells(["Förderung!B18"]);
    expect(fake.syncCount).toBe(1);
    expect(fake.view).toEqual({ activeSheet: "Förderung", selection: { sheet: "Förderung", address: "B18" } });
    await host.selectCells(["Ziele!B8", "Ziele!$C$8", "Haushalt!B7"]);
    expect(fake.view).toEqual({ activeSheet: "Ziele", selection: { sheet: "Ziele", address: "B8,C8" } });
    expect(fake.writeLog).toEqual([]);
  });

  test("a cell on a missing sheet gives a German error", async () => {
    const { host } = setup();
    await expect(host.selectCells(["Gibtsnicht!A1"])).rejects.toThrow(/konnte nicht ausgewählt werden/);
  });
});

describe("marks", () => {
  test("applyMarks writes conditional formats only, in one write sync, one colour per severity, most severe wins", async () => {
    const { fake, host } = setup();
    await host.applyMarks(FINDINGS);
    const syncs = new Set(fake.writeLog.map((w) => w.sync));
    expect(syncs.size).toBe(1);
    expect(fake.syncCount).toBe(2); // sheets, then the one write (nothing remembered to remove)
    expect(new Set(fake.writeLog.map((w) => w.kind))).toEqual(
      new Set(["conditionalFormats.add", "conditionalFormat.rule.formula", "conditionalFormat.fill.color"]),
    );
    expect(fileState(fake).model).toEqual(JSON.parse(JSON.stringify(buildExample2024()))); // no cell or format touched
    const cf = fake.document.conditionalFormats;
    const summary = (sheet: string) => cf[sheet].map((c) => [c.range, c.type, c.formula, c.fillColor]).sort();
    expect(summary("Förderung")).toEqual(
      [
        ["A13", "Custom", markFormula("info"), MARK_FILL.info],
        ["B18", "Custom", markFormula("error"), MARK_FILL.error],
        ["D3", "Custom", markFormula("error"), MARK_FILL.error],
      ].sort(),
    );
    expect(summary("Ziele")).toEqual(
      [
        ["B8", "Custom", markFormula("warning"), MARK_FILL.warning],
        ["C8", "Custom", markFormula("error"), MARK_FILL.error],
      ].sort(),
    );
  });

  test("marking again replaces the marks instead of piling them up", async () => {
    const { fake, host } = setup();
    await host.applyMarks(FINDINGS);
    const before = fake.syncCount;
    expect(await host.applyMarks(FINDINGS.slice(0, 1))).toEqual({ marked: 2, removed: 5, notRemoved: [], notMarked: [] });
    expect(fake.syncCount - before).toBe(3); // sheets, the remembered marks by id, then one write sync
    expect(fake.document.conditionalFormats.Förderung.map((c) => c.range).sort()).toEqual(["B18", "D3"]);
    expect(fake.document.conditionalFormats.Ziele).toBeUndefined();
  });

  test("mark → remove leaves every sheet as before and keeps the user's own conditional formats, also after save and reopen", async () => {
    const { fake, host } = setup();
    await fake.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Ziele").getRange("B8:C10").conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      cf.custom.rule.formula = "=B8<0";
      cf.custom.format.fill.color = "#FF0000";
      context.workbook.worksheets.getItem("Förderung").getRange("C4:D16").conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
      await context.sync();
    });
    const before = fileState(fake);

    await host.applyMarks(FINDINGS);
    expect(fileState(fake)).not.toEqual(before);
    const syncs = fake.syncCount;
    expect(await host.removeMarks()).toEqual({ marked: 0, removed: 5, notRemoved: [], notMarked: [] });
    expect(fake.syncCount - syncs).toBe(3); // sheets, the remembered marks by id, one write sync
    expect(fileState(fake)).toEqual(before);

    await host.applyMarks(FINDINGS);
    const reopened = reopenFakeExcel(fake.save());
    const removedAfterReopen = await hostOverFake(reopened, VERSION).removeMarks();
    expect(removedAfterReopen.removed).toBe(5);
    // Ids are new after reopening: sheets, ids (none resolve) and the mark ranges' formats, their Custom rules, the write.
    expect(reopened.syncCount).toBe(4);
    expect(fileState(reopened)).toEqual(before);
    expect(reopened.document.conditionalFormats.Ziele).toEqual([expect.objectContaining({ formula: "=B8<0", fillColor: "#FF0000" })]);
  });

  test("removeMarks on an unmarked workbook removes nothing, reads nothing and writes nothing", async () => {
    const { fake, host } = setup();
    expect(await host.removeMarks()).toEqual({ marked: 0, removed: 0, notRemoved: [], notMarked: [] });
    expect(fake.writeLog).toEqual([]);
    expect(fake.syncCount).toBe(0); // no mark remembered in the document: nothing to look for
  });
});

describe("writeProtocol", () => {
  const report = (version: string, findings: Finding[], lang: "de" | "en" = "de") => ({ at: new Date(2026, 10, 26, 18, 3), version, settings: { toleranz: 0.001 }, findings, lang });

  test("writes date, version, settings, counts and one row per finding in one write sync; formula-like text stays text", async () => {
    const { fake, host } = setup();
    const evil: Finding = { rule: "+regel", severity: "warning", messageId: "befund", data: {}, message: "=cmd|' /C calc'!A0", names: ["@SUM(1)"], cells: ["-1"] };
    await host.writeProtocol(report(VERSION, [...FINDINGS, evil]));
    expect(new Set(fake.writeLog.map((w) => w.sync)).size).toBe(1);
    expect(fake.syncCount).toBe(2); // does the sheet exist, then the one write
    const sheet = fake.model.sheets.find((s) => s.name === PROTOCOL_SHEET)!;
    const text = (a1: string) => sheet.cells[a1]?.value;
    expect(Object.values(sheet.cells).filter((c) => c.formula)).toEqual([]);
    expect([text("A2"), text("B2")]).toEqual(["Sprache", "Deutsch"]);
    expect(text("A3")).toBe("Geprüft am");
    expect(text("B3")).toBe("26.11.2026, 18:03 Uhr");
    expect(text("B4")).toBe(VERSION);
    expect(text("B5")).toBe('{"toleranz":0.001}');
    expect(text("B6")).toBe("2 Fehler");
    expect([text("B7"), text("B8"), text("B9")]).toEqual([2, 2, 1]);
    expect([text("A11"), text("B11"), text("C11"), text("D11"), text("E11")]).toEqual(["Schweregrad", "Regel", "Meldung", "Namen", "Zellen"]);
    expect([text("A12"), text("C12"), text("E12")]).toEqual(["Fehler", FINDINGS[0].message, "Förderung!B18, Förderung!D3"]);
    expect([text("A16"), text("B16"), text("C16"), text("D16"), text("E16")]).toEqual(["Warnung", "+regel", "=cmd|' /C calc'!A0", "@SUM(1)", "-1"]);
    expect(sheet.cells.A11.bold).toBe(true);
  });

  test("is written in the writer's language and says which (the findings come rendered in it)", async () => {
    const { host, fake } = setup();
    const english: Finding = { ...FINDINGS[0], message: "Planned entries in the text (458) ≠ Plan total of the table (869)" };
    await host.writeProtocol(report(VERSION, [english], "en"));
    const sheet = fake.model.sheets.find((s) => s.name === PROTOCOL_SHEET)!;
    const text = (a1: string) => sheet.cells[a1]?.value;
    expect([text("A1"), text("A2"), text("B2")]).toEqual(["Check report of the AIP planning workbook", "Language", "English"]);
    expect([text("A3"), text("B3")]).toEqual(["Checked on", "2026-11-26 18:03"]);
    expect([text("A11"), text("C11")]).toEqual(["Severity", "Message"]);
    expect([text("A12"), text("C12")]).toEqual(["Error", english.message]);
  });

  test("replaces an existing Prüfprotokoll sheet", async () => {
    const { fake, host } = setup();
    await host.writeProtocol(report("1.0.0", FINDINGS));
    await host.writeProtocol(report("2.0.0", []));
    const sheets = fake.model.sheets.filter((s) => s.name === PROTOCOL_SHEET);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].cells.B4.value).toBe("2.0.0");
    expect(sheets[0].cells.B6.value).toBe("Keine Fehler");
    expect(sheets[0].cells.A12.value).toBe("Keine Befunde");
    expect(sheets[0].cells.A13).toBeUndefined();
  });
});

describe("createTemplate", () => {
  const empty = (): WorkbookModel => ({ sheets: [{ name: "Tabelle1", cells: {} }], names: [] });

  test("creates every contract name and the example's layout with empty figures, in one write sync", async () => {
    const { fake, host } = setup(empty());
    const result = await host.createTemplate();
    expect(CONTRACT).toHaveLength(55);
    expect(EXAMPLE_NAMES).toHaveLength(48);
    expect(result).toEqual({ created: true, names: 48 });
    expect(new Set(fake.writeLog.map((w) => w.sync)).size).toBe(1);
    expect(fake.syncCount).toBe(2); // which names and sheets exist, then the one write

    const snapshot = await host.readSnapshot();
    const example = exampleSnapshot();
    expect(snapshot.names.map((n) => n.name).sort()).toEqual([...EXAMPLE_NAMES].sort());
    expect(snapshot.names.filter((n) => n.problem)).toEqual([]);
    for (const n of example.names) {
      const made = snapshot.names.find((m) => m.name === n.name)!;
      expect(made.address).toBe(n.address);
      expect(made.numberFormats).toEqual(n.numberFormats);
      expect(made.formulas).toEqual(n.formulas);
    }
    const get = (name: string) => snapshot.names.find((n) => n.name === name)!;
    expect(get("BUD_VH_Gesamt").values).toEqual([[null]]);
    expect(get("AIP_Jobcenter").values).toEqual([[null]]);
    expect(get("FOE_Eintritte_Plan").values).toEqual([[null]]);
    expect(get("FOE_Tabelle").values![1]).toEqual(["Förderung berufliche Weiterbildung", 1, null, null, null]);
    expect(get("PER_VZAE_Bereiche").values![0]).toEqual(["Markt und Integration", null]);
    const haushalt = fake.model.sheets.find((s) => s.name === "Haushalt")!;
    expect(haushalt.cells.A7).toEqual({ value: "Verwaltungshaushalt", bold: true });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(["Tabelle1", "Haushalt", "Personal", "Förderung", "Ziele", "Kunden"]);
  });

  test("refuses on the example, naming the existing contract names, and writes nothing", async () => {
    const { fake, host } = setup();
    const result = await host.createTemplate();
    expect(result.created).toBe(false);
    if (!result.created) expect(result.existingNames.sort()).toEqual([...EXAMPLE_NAMES].sort());
    expect(fake.writeLog).toEqual([]);
  });

  test("refuses when one contract name exists, even sheet-scoped, or a template sheet is taken", async () => {
    const one = empty();
    one.names.push({ name: "zie_iq", refersTo: "=Tabelle1!$A$1", scope: { kind: "sheet", sheet: "Tabelle1" } });
    expect(await setup(one).host.createTemplate()).toEqual({ created: false, existingNames: ["zie_iq"], existingSheets: [] });
    const clash = empty();
    clash.sheets.push({ name: "Ziele", cells: {} });
    const { fake, host } = setup(clash);
    expect(await host.createTemplate()).toEqual({ created: false, existingNames: [], existingSheets: ["Ziele"] });
    expect(fake.writeLog).toEqual([]);
  });
});

describe("document settings", () => {
  test("check settings, last check and 'Übersicht beim Öffnen zeigen' round-trip through save and reopen", async () => {
    const { fake, host } = setup();
    expect(await host.loadCheckSettings()).toBeUndefined();
    expect(await host.loadLastCheck()).toBeUndefined();
    expect(await host.getShowOverviewOnOpen()).toBe(false);

    const settings = { toleranzen: { rundung: 0.001 }, schweregrade: { "hinweis/fav": "info" } };
    const last = { at: "2026-11-26T18:03:00.000Z", errors: 2, warnings: 3, infos: 1, version: VERSION };
    await host.saveCheckSettings(settings);
    await host.saveLastCheck(last);
    await host.setShowOverviewOnOpen(true);

    const reopened = hostOverFake(reopenFakeExcel(fake.save()), VERSION);
    expect(await reopened.loadCheckSettings()).toEqual(settings);
    expect(await reopened.loadLastCheck()).toEqual(last);
    expect(await reopened.getShowOverviewOnOpen()).toBe(true);
    expect(fake.document.settings[AUTO_SHOW_KEY]).toBe(true);

    await host.setShowOverviewOnOpen(false);
    expect(await host.getShowOverviewOnOpen()).toBe(false);
    expect(AUTO_SHOW_KEY in fake.document.settings).toBe(false);
    expect(fake.writeLog).toEqual([]); // settings are not workbook writes
  });
});

describe("fallbacks for Excel versions without an API", () => {
  test("without the nested names load path, the snapshot is read the long way, with the same result", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Lokal", refersTo: "=Ziele!$B$8", scope: { kind: "sheet", sheet: "Ziele" } });
    const expected = await hostOverFake(fakeExcel(model), VERSION).readSnapshot();
    const fake = fakeExcel(model, { nestedNamesLoad: false });
    const snapshot = await hostOverFake(fake, VERSION).readSnapshot();
    expect(snapshot).toEqual(expected);
    expect(snapshot.names.at(-1)).toMatchObject({ name: "Lokal", scope: { kind: "sheet", sheet: "Ziele" }, values: [[0.16]] });
    expect(fake.syncCount).toBe(4); // the refused sync, then names, sheet names, cells
    expect(fake.writeLog).toEqual([]);
  });

  test("an Excel that accepts the nested path but loads nothing falls back the same way", async () => {
    const model = buildExample2024();
    model.names.push({ name: "Lokal", refersTo: "=Ziele!$B$8", scope: { kind: "sheet", sheet: "Ziele" } });
    const expected = await hostOverFake(fakeExcel(model), VERSION).readSnapshot();
    const fake = fakeExcel(model, { nestedNamesLoad: "ignored" });
    const snapshot = await hostOverFake(fake, VERSION).readSnapshot();
    expect(snapshot).toEqual(expected);
    expect(fake.writeLog).toEqual([]);
    const refused = await hostOverFake(fakeExcel(buildExample2024(), { nestedNamesLoad: "ignored" }), VERSION).createTemplate();
    expect(refused.created).toBe(false);
  });

  test("createTemplate refuses the same way without the nested path", async () => {
    const fake = fakeExcel(buildExample2024(), { nestedNamesLoad: false });
    const result = await hostOverFake(fake, VERSION).createTemplate();
    expect(result.created).toBe(false);
    if (!result.created) expect(result.existingNames).toHaveLength(EXAMPLE_NAMES.length);
  });

  test.each(["1.9", "1.17"])("with ExcelApi %s (no RangeAreas.select), selecting several cells selects the first, in one sync", async (excelApi) => {
    const fake = fakeExcel(buildExample2024(), { excelApi });
    await hostOverFake(fake, VERSION).selectCells(["Ziele!B8", "Ziele!C8"]);
    expect(fake.view.selection).toEqual({ sheet: "Ziele", address: "B8" });
    expect(fake.syncCount).toBe(1); // isSetSupported said no: RangeAreas was not even tried
  });
});
