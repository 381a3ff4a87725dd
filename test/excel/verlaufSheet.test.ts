// "Verlaufsblatt anlegen" through the Office.js adapter on the fake Excel: on the example it adds the sheet
// "Verlauf" with its MON_ names, native formulas and FOE_Tabelle's instruments (snapshot 2 syncs + 1 read +
// 1 write); it refuses, writing nothing, a structure-protected workbook and one that already has the sheet.
import { ISSUE_15_RULES } from "../helpers/issue15";
import { buildExample2024 } from "../../src/core/example";
import { checkWithCoverage } from "../../src/core/engine";
import { RULES } from "../../src/core/rules";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import type { FakeOptions } from "../../src/excel/fake/proxy";

const open = (options: FakeOptions = {}) => {
  const fake = fakeExcel(buildExample2024(), options);
  return { fake, host: hostOverFake(fake, "0.1.0-test") };
};

test("adds the Verlauf sheet with its names in one write sync; the check then covers it", async () => {
  const { fake, host } = open();
  const result = await host.createVerlaufSheet();
  expect(result).toEqual({ created: true, names: 9 });
  expect(fake.syncCount).toBe(4);
  expect(new Set(fake.writeLog.map((w) => w.sync)).size).toBe(1);
  const sheet = fake.model.sheets.find((s) => s.name === "Verlauf")!;
  expect(sheet.cells.A2.value).toContain("Leere Zelle = noch nicht gemeldet");
  expect(sheet.cells.H6.formula).toBe('=IF(COUNT(C$6:C6)+COUNT(B$5:B5)<2,"",SUM(C$6:C6)/AVERAGE(B$5:B5))');
  // The entries' rows are the workbook's own level-1 instruments, the plan looked up in FOE_Tabelle.
  expect(sheet.cells.A23.value).toBe("Förderung berufliche Weiterbildung");
  expect(sheet.cells.O23.formula).toBe("=SUMIF(Förderung!$A$3:$A$16,A23,Förderung!$D$3:$D$16)");
  expect(fake.model.names.filter((n) => n.name.startsWith("MON_")).map((n) => n.name)).toEqual([
    "MON_ELB", "MON_Integrationen", "MON_LZB", "MON_ELB_VJ", "MON_Integrationen_VJ", "MON_LZB_VJ", "MON_Eintritte", "MON_Eintritte_VJ", "MON_Mittel",
  ]);
  // The adapter's snapshot reads the new names (13 blank ELB cells; Excel gives "" for a blank cell); on the
  // empty sheet the Verlauf rules run (coverage counts them) and find nothing to report.
  const snapshot = await host.readSnapshot();
  const elb = snapshot.names.find((n) => n.name === "MON_ELB")!;
  expect(elb.address).toBe("Verlauf!B5:B17");
  expect(elb.values!.flat().every((v) => v === null || v === "")).toBe(true);
  const { findings, coverage } = checkWithCoverage(snapshot);
  expect(findings.filter((f) => f.rule.startsWith("verlauf/"))).toEqual([]);
  // Every rule counts but those over optional inputs the example lacks (issue 15).
  expect(coverage.rulesTotal).toBe(RULES.length - ISSUE_15_RULES.length);
});

test("refuses a workbook whose structure is protected (structureProtected), writing nothing", async () => {
  const { fake, host } = open({ structureProtected: true });
  expect(await host.createVerlaufSheet()).toEqual({ created: false, structureProtected: true, existingNames: [], sheetExists: false });
  expect(fake.writeLog).toEqual([]);
});

test("refuses when the sheet exists already (a second click changes nothing)", async () => {
  const { fake, host } = open();
  await host.createVerlaufSheet();
  const writes = fake.writeLog.length;
  expect(await host.createVerlaufSheet()).toEqual({
    created: false,
    existingNames: ["MON_ELB", "MON_Integrationen", "MON_LZB", "MON_ELB_VJ", "MON_Integrationen_VJ", "MON_LZB_VJ", "MON_Eintritte", "MON_Eintritte_VJ", "MON_Mittel"],
    sheetExists: true,
  });
  expect(fake.writeLog.length).toBe(writes);
});

test("refuses a workbook without any contract name (its formulas read ZIE_… and FOE_Tabelle)", async () => {
  const fake = fakeExcel({ sheets: [{ name: "Tabelle1", cells: { A1: { value: "leer" } } }], names: [] });
  const host = hostOverFake(fake, "0.1.0-test");
  expect(await host.createVerlaufSheet()).toEqual({ created: false, existingNames: [], sheetExists: false, noContract: true });
  expect(fake.writeLog).toEqual([]);
});
