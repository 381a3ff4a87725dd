// Einrichten through the fake Excel (issue 10 §3, §5): an existing workbook without names (the seed's tables
// as printed) → readSetup → "Vorschläge übernehmen" → check, with the sync counts asserted; removing the
// mapping deletes only the add-in's names; read-only and protected workbooks; a sheet too large to scan;
// an Excel without ExcelApi 1.13 (no merged areas).
import { check } from "../../src/core/engine";
import { MAPPER_MARKER } from "../../src/core/mapper";
import { layoutModel, num, rows, seedLayout } from "../../src/demo/layouts";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeName, type FakeOptions } from "../../src/excel/fake";
import type { OfficeHostDeps } from "../../src/excel/officeHost";
import { setupView } from "../../src/taskpane/setupModel";

function open(options: FakeOptions = {}, deps: Partial<OfficeHostDeps> = {}) {
  const { model, extras } = layoutModel(seedLayout());
  const fake = fakeExcel(model, options, extras);
  return { fake, host: hostOverFake(fake, "test", deps) };
}

test("Einrichten → Vorschläge übernehmen → prüfen: 3 read syncs, 1 read + 1 write sync for all names, then the real findings", async () => {
  const { fake, host } = open();
  const read = await host.readSetup();
  expect(fake.syncCount).toBe(3); // names+sheets+tables, used ranges+merged+table ranges, cells
  expect(fake.writeLog).toEqual([]);
  expect(read.notEditable).toBeUndefined();
  expect(read.used.sheets.find((s) => s.name === "Budget")!.merged).toEqual(["A1:B1"]);

  const view = setupView(read);
  expect(view.noContractNames).toBe(true);
  const high = view.high.map((p) => p.name);
  expect(high).toEqual(expect.arrayContaining(["BUD_VH_Gesamt", "BUD_EB_Gesamt", "FOE_Tabelle", "PER_Beschaeftigte"]));

  const before = fake.syncCount;
  const result = await host.applyNames(view.high.map((p) => ({ name: p.name, ref: p.ref })));
  expect(fake.syncCount - before).toBe(2);
  expect(result.added).toEqual(high);
  const writeSyncs = new Set(fake.writeLog.map((w) => w.sync));
  expect(writeSyncs.size).toBe(1);
  expect(fake.writeLog.every((w) => w.kind === "names.add")).toBe(true);
  expect(fake.writeLog.map((w) => (w.detail as { comment?: string }).comment)).toEqual(high.map(() => MAPPER_MARKER));
  // Workbook-scoped, and no cell changed: only names were written.
  expect(fake.model.names.every((n) => !n.scope)).toBe(true);
  const { model } = layoutModel(seedLayout());
  expect(fake.model.sheets).toEqual(model.sheets);

  const findings = check(await host.readSnapshot());
  // The published programme's IQ finding: −2,5 stated against −2,7 % computed from the mapped cells.
  expect(findings.some((f) => f.rule === "ziele/veraenderung-iq" && /−2,7 %/.test(f.message))).toBe(true);
  // …and the text's 458 planned entries against the Plan total 869 of the mapped 3-column Förderung table.
  expect(findings.filter((f) => f.rule === "quer/eintritte-text-tabelle").map((f) => f.data)).toEqual([expect.objectContaining({ text: 458, plan: 869 })]);
  expect(findings.filter((f) => f.rule.startsWith("namen/") && f.names.includes("FOE_Tabelle"))).toEqual([]);
  const namesMissing = findings.filter((f) => f.rule === "namen/fehlt" && high.some((n) => f.message.includes(n)));
  expect(namesMissing).toEqual([]);

  // Read again: the applied names are now "defined" and marked as the add-in's.
  const again = setupView(await host.readSetup());
  const states = new Map(again.areas.flatMap((a) => a.rows).map((r) => [r.entry.name, r.state]));
  for (const n of high) expect(states.get(n)).toMatchObject({ kind: "sound", marked: true });
  expect(again.markedCount).toBe(high.length);
});

test("applyNames writes nothing when a name exists and the user did not ask to replace it", async () => {
  const { fake, host } = open();
  fake.model.names.push({ name: "BUD_VH_Gesamt", refersTo: "=Budget!$B$4" });
  await expect(host.applyNames([{ name: "BUD_EB_Gesamt", ref: "Budget!$B$7" }, { name: "BUD_VH_Gesamt", ref: "Budget!$B$3" }])).rejects.toThrow(/schon definiert/);
  expect(fake.writeLog).toEqual([]);
  // Replacing a broken name is the user's explicit choice: delete and add in the one write sync.
  fake.model.names[0].refersTo = "=#REF!";
  const r = await host.applyNames([{ name: "BUD_VH_Gesamt", ref: "Budget!$B$3", replace: true }]);
  expect(r.replaced).toEqual([{ name: "BUD_VH_Gesamt", was: "=#REF!" }]);
  expect(new Set(fake.writeLog.map((w) => w.sync)).size).toBe(1);
  // The replaced definition stays in the comment, so "Zuordnung entfernen" can restore it.
  expect(fake.model.names).toEqual([{ name: "BUD_VH_Gesamt", refersTo: "=Budget!$B$3", comment: `${MAPPER_MARKER} | ersetzt: [{"f":"=#REF!"}]` }]);
});

test("a broken name is shown as broken with a repair proposal", async () => {
  const { fake, host } = open();
  fake.model.names.push({ name: "BUD_VH_Gesamt", refersTo: "=#REF!" }, { name: "BUD_EB_Gesamt", refersTo: "=Budget!$B$7:$B$8" });
  fake.model.names.push({ name: "PER_Beschaeftigte", refersTo: "=Personal!$B$3", scope: { kind: "sheet", sheet: "Personal" } });
  const rows = new Map(setupView(await host.readSetup()).areas.flatMap((a) => a.rows).map((r) => [r.entry.name, r.state]));
  expect(rows.get("BUD_VH_Gesamt")).toMatchObject({ kind: "broken", broken: "ref", repair: { ref: "Budget!$B$3" } });
  expect(rows.get("BUD_EB_Gesamt")).toMatchObject({ kind: "broken", broken: "shape" });
  expect(rows.get("PER_Beschaeftigte")).toMatchObject({ kind: "broken", broken: "sheetScoped" });
});

test("Zuordnung entfernen counts the formulas using the add-in's names, then deletes exactly those names", async () => {
  const { fake, host } = open();
  const view = setupView(await host.readSetup());
  await host.applyNames(view.high.map((p) => ({ name: p.name, ref: p.ref })));
  // The user's own name and two formulas using the add-in's names (one in text only: not a use).
  (fake.model.names as FakeName[]).push({ name: "Meine_Summe", refersTo: "=Budget!$B$3", comment: "eigener Name" });
  const budget = fake.model.sheets.find((s) => s.name === "Budget")!;
  budget.cells.D3 = { value: 1, formula: "=BUD_VH_Gesamt*2" };
  budget.cells.D4 = { value: 1, formula: "=SUM(FOE_Tabelle)+BUD_EB_Gesamt" };
  budget.cells.D5 = { value: "BUD_VH_Gesamt", formula: '="BUD_VH_Gesamt"' };
  const writesBefore = fake.writeLog.length;
  const syncsBefore = fake.syncCount;
  const uses = await host.findMappingUses();
  expect(fake.syncCount - syncsBefore).toBe(3);
  expect(fake.writeLog.length).toBe(writesBefore);
  expect(uses.names.sort()).toEqual(view.high.map((p) => p.name).sort());
  expect(uses.formulas).toBe(2);
  expect(uses.cells).toEqual(["Budget!D3", "Budget!D4"]);

  const { removed } = await host.removeMapping();
  expect(removed.sort()).toEqual(uses.names.sort());
  expect(fake.model.names).toEqual([{ name: "Meine_Summe", refersTo: "=Budget!$B$3", comment: "eigener Name" }]);
  expect(new Set(fake.writeLog.slice(writesBefore).map((w) => w.sync)).size).toBe(1);
});

test.each([
  [{ readOnly: true } as FakeOptions, "readOnly"],
  [{ readOnly: true, excelApi: "1.7" } as FakeOptions, "readOnly"], // Workbook.readOnly missing: Office.context.document.mode tells
  [{ structureProtected: true } as FakeOptions, "structureProtected"],
] as const)("a workbook the user cannot edit (%o) disables Einrichten: %s", async (options, reason) => {
  const { fake, host } = open(options);
  const read = await host.readSetup();
  expect(read.notEditable).toBe(reason);
  // Not only the page: applyNames itself refuses after its read, before any write.
  const syncs = fake.syncCount;
  await expect(host.applyNames([{ name: "BUD_VH_Gesamt", ref: "Budget!$B$3" }])).rejects.toThrow(
    reason === "readOnly" ? /schreibgeschützt; es wurden keine Namen angelegt/ : /Arbeitsmappenstruktur ist geschützt; es wurden keine Namen angelegt/,
  );
  expect(fake.syncCount - syncs).toBe(1);
  expect(fake.writeLog).toEqual([]);
  expect(fake.model.names).toEqual([]);
});

test("a sheet too large to scan is named, not silently skipped", async () => {
  const { host } = open({}, { maxScanCells: 40 });
  const read = await host.readSetup();
  const skipped = read.used.sheets.filter((s) => s.skipped).map((s) => s.name);
  expect(skipped).toEqual(["Förderung", "Ziele"]);
  const view = setupView(read);
  expect(view.mapping.notes.join(" ")).toMatch(/Blatt „Förderung“ wurde nicht durchsucht: Der benutzte Bereich A1:C22 umfasst 66 Zellen/);
  expect(view.high.map((p) => p.name)).not.toContain("FOE_Tabelle");
});

test("large used ranges are read in row blocks: one sync per block batch", async () => {
  const { fake, host } = open({}, { cellsPerSync: 10 });
  const read = await host.readSetup();
  expect(fake.syncCount).toBeGreaterThan(10);
  const { fake: f2, host: h2 } = open();
  const whole = await h2.readSetup();
  expect(f2.syncCount).toBe(3);
  expect(read.used).toEqual(whole.used);
});

test("ExcelApi 1.12: no merged areas are asked for, the read still works in 3 syncs and says so", async () => {
  const { fake, host } = open({ excelApi: "1.12" });
  const read = await host.readSetup();
  expect(fake.syncCount).toBe(3);
  expect(read.withoutMerged).toBe(true);
  expect(read.used.sheets.every((s) => !s.merged)).toBe(true);
  expect(setupView(read).high.map((p) => p.name)).toContain("BUD_VH_Gesamt");
});

test("the fake refuses getMergedAreasOrNullObject below ExcelApi 1.13, like Excel", async () => {
  const { fake } = open({ excelApi: "1.12" });
  await expect(
    fake.run(async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "ApiNotFound" });
});

test("next year's copy: rows added under FOE_Tabelle and header years past AIP_Planjahr are reported with an update", async () => {
  const { fake, host } = open();
  await host.applyNames(setupView(await host.readSetup()).high.map((p) => ({ name: p.name, ref: p.ref })));
  // The FOE table got a row right below it (the total row is on top, so the table grows downwards).
  const foe = (fake.model.names as FakeName[]).find((n) => n.name === "FOE_Tabelle")!;
  const end = Number(/\$(\d+)$/.exec(foe.refersTo)![1]);
  const sheet = fake.model.sheets.find((s) => s.name === "Förderung")!;
  // Shift the text below down by one row to make room, as a controller inserting a row would.
  const moved: typeof sheet.cells = {};
  for (const [a1, cell] of Object.entries(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    const row = Number(m[2]);
    moved[row > end ? `${m[1]}${row + 1}` : a1] = cell;
  }
  moved[`A${end + 1}`] = { value: "Neues Instrument" };
  moved[`B${end + 1}`] = { value: 1, numberFormat: "#,##0" };
  moved[`C${end + 1}`] = { value: 2, numberFormat: "#,##0" };
  sheet.cells = moved;
  const view = setupView(await host.readSetup());
  expect(view.grown.map((g) => g.name)).toEqual(["FOE_Tabelle"]);
  expect(view.stale.find((s) => s.name === "FOE_Tabelle")!.proposedRef).toMatch(new RegExp(`\\$${end + 1}$`));
});

test("hasContractNames: one sync, false on the workbook without names, true once one is defined", async () => {
  const { fake, host } = open();
  expect(await host.hasContractNames()).toBe(false);
  expect(fake.syncCount).toBe(1);
  fake.model.names.push({ name: "Eigener_Name", refersTo: "=Budget!$B$3" });
  expect(await host.hasContractNames()).toBe(false);
  fake.model.names.push({ name: "BUD_VH_Gesamt", refersTo: "=Budget!$B$3", scope: { kind: "sheet", sheet: "Budget" } });
  expect(await host.hasContractNames()).toBe(true);
});

describe("merged areas as real Excel gives them (issue 14 §5)", () => {
  test("above 512 merged areas the read fails (API reference): sync 2 is repeated without them and the page is told", async () => {
    const { model, extras } = layoutModel(seedLayout());
    const budget = extras.merged?.Budget ?? [];
    // 513 merged pairs far below the data (rows 2000+): only the count matters.
    const many = Array.from({ length: 513 }, (_, i) => `A${2000 + i}:B${2000 + i}`);
    const fake = fakeExcel(model, {}, { ...extras, merged: { ...extras.merged, Budget: [...budget, ...many] } });
    const read = await hostOverFake(fake, "test").readSetup();
    expect(read.withoutMerged).toBe(true);
    expect(read.used.sheets.every((s) => !s.merged)).toBe(true);
    expect(fake.syncCount).toBe(4); // names; refused sync 2; sync 2 without merged areas; cells
    expect(setupView(read).high.map((p) => p.name)).toContain("BUD_VH_Gesamt");
  });

  test("an Excel that reports only each area's anchor (office-js #1590): one-cell 'merged areas' are ignored", async () => {
    const { fake, host } = open({ mergedAreasAnchorsOnly: true });
    const read = await host.readSetup();
    expect(read.used.sheets.find((s) => s.name === "Budget")!.merged).toBeUndefined();
    expect(read.withoutMerged).toBe(false);
    const { host: plain } = open();
    // The proposals do not depend on the anchors (a merged title's text is in its anchor cell anyway).
    expect(setupView(read).high.map((p) => p.name)).toEqual(setupView(await plain.readSetup()).high.map((p) => p.name));
    expect(fake.writeLog).toEqual([]);
  });
});

test("the eLb twin: two proposed names with one ref are both applied, workbook-scoped, in the one write sync", async () => {
  const { model, extras } = layoutModel({
    id: "twin",
    title: "eLb einmal, ohne Bereich",
    sheets: [
      { name: "Deckblatt", cells: rows("A1", [["Planjahr", num(2025, "0")]]) },
      { name: "Eckwerte", cells: rows("A1", [["Kennzahl", "Wert"], ["eLb im Jahresdurchschnitt 2024", num(3_912)]]) },
    ],
  });
  const fake = fakeExcel(model, {}, extras);
  const host = hostOverFake(fake, "test");
  const view = setupView(await host.readSetup());
  const twins = view.high.filter((p) => p.ref === "Eckwerte!$B$2").map((p) => p.name);
  expect(twins).toEqual(["ZIE_ELB_VJ", "KUN_ELB"]);
  const result = await host.applyNames(view.high.map((p) => ({ name: p.name, ref: p.ref })));
  expect(result.added).toEqual(expect.arrayContaining(twins));
  expect(new Set(fake.writeLog.map((w) => w.sync)).size).toBe(1);
  expect(fake.model.names.filter((n) => twins.includes(n.name)).map((n) => [n.name, n.refersTo, n.scope])).toEqual([
    ["ZIE_ELB_VJ", "=Eckwerte!$B$2", undefined],
    ["KUN_ELB", "=Eckwerte!$B$2", undefined],
  ]);
  const again = setupView(await host.readSetup());
  const states = new Map(again.areas.flatMap((a) => a.rows).map((r) => [r.entry.name, r.state]));
  for (const n of twins) expect(states.get(n)).toMatchObject({ kind: "sound", marked: true });
  // The check reads one number under two names: no namen/* finding about either.
  const findings = check(await host.readSnapshot());
  expect(findings.filter((f) => f.rule.startsWith("namen/") && twins.some((n) => f.names.includes(n)))).toEqual([]);
});
