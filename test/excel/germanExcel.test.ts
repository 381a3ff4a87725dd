// Issue 14 §2: German Excel and the user's Excel settings, on the fake Excel through the real adapter.
// Options (sources in src/excel/fake/index.ts): namesFormulaR1C1 (office-js #1831), germanErrorTexts
// (#BEZUG! for #REF!). The whole check must give the same findings as in an English A1 Excel.
import { check } from "../../src/core/engine";
import { buildExample2024 } from "../../src/core/example";
import { parseReference, type WorkbookModel } from "../../src/core/workbookModel";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel, type FakeOptions } from "../../src/excel/fake";

/** The example with a name whose sheet was deleted (#REF!) and a sheet-scoped name. */
function damaged(): WorkbookModel {
  const model = buildExample2024();
  model.names.push({ name: "Kaputt", refersTo: "=#REF!$B$7" });
  model.names.push({ name: "Lokal", refersTo: "=Ziele!$B$8:$C$9", scope: { kind: "sheet", sheet: "Ziele" } });
  const ziel = model.names.find((n) => n.name === "ZIE_IQ_Veraenderung")!;
  ziel.refersTo = "=Ziele!#REF!";
  return model;
}

const OPTIONS: FakeOptions[] = [{ namesFormulaR1C1: true }, { germanErrorTexts: true }, { namesFormulaR1C1: true, germanErrorTexts: true, sheetNamesIncludeWorkbook: true }];

test("the fake gives R1C1 formulas and German error texts with the options", async () => {
  const fake = fakeExcel(damaged(), { namesFormulaR1C1: true, germanErrorTexts: true });
  const formulas = await fake.run(async (context) => {
    const names = context.workbook.names.load("items/name,items/formula");
    await context.sync();
    return Object.fromEntries(names.items.map((n) => [n.name, n.formula]));
  });
  expect(formulas.Kaputt).toBe("=#BEZUG!R7C2");
  expect(formulas.ZIE_IQ_Veraenderung).toBe("=Ziele!#BEZUG!");
  expect(formulas.KUN_ELB).toMatch(/^=.+!R\d+C\d+(:R\d+C\d+)?$/);
  expect(parseReference(formulas.KUN_ELB)).toMatchObject({ problem: "not-a-range" }); // what the adapter used to see
});

test("R1C1 reference style and German error texts: the whole check gives the same findings and names", async () => {
  const plain = await hostOverFake(fakeExcel(damaged()), "0").readSnapshot();
  const expected = check(plain);
  expect(plain.names.find((n) => n.name === "Kaputt")).toMatchObject({ problem: "ref-error" });
  for (const options of OPTIONS) {
    const fake = fakeExcel(damaged(), options);
    const snapshot = await hostOverFake(fake, "0").readSnapshot();
    expect(snapshot.names.map((n) => [n.name, n.problem, n.address])).toEqual(plain.names.map((n) => [n.name, n.problem, n.address]));
    expect(check(snapshot).map((f) => [f.rule, f.severity, f.cells])).toEqual(expected.map((f) => [f.rule, f.severity, f.cells]));
    expect(fake.writeLog).toEqual([]);
  }
});

test("the A1 snapshot costs no extra sync; R1C1 one (the ranges' addresses)", async () => {
  const a1 = fakeExcel(damaged());
  await hostOverFake(a1, "0").readSnapshot();
  const r1c1 = fakeExcel(damaged(), { namesFormulaR1C1: true });
  await hostOverFake(r1c1, "0").readSnapshot();
  expect(r1c1.syncCount).toBe(a1.syncCount + 1);
});

test("Einrichten lists the names' references in A1 also with R1C1 on", async () => {
  const plain = await hostOverFake(fakeExcel(damaged()), "0").readSetup();
  const r1c1 = await hostOverFake(fakeExcel(damaged(), { namesFormulaR1C1: true }), "0").readSetup();
  // A broken name has no range to take an address from: it keeps Excel's formula (still marked #REF!).
  const broken = new Set(["Kaputt", "ZIE_IQ_Veraenderung"]);
  expect(r1c1.names.filter((n) => !broken.has(n.name))).toEqual(plain.names.filter((n) => !broken.has(n.name)));
  expect(r1c1.names.find((n) => n.name === "Kaputt")!.refersTo).toMatch(/#REF!/);
});

test("core: a broken name is a ref-error in English and German Excel's text", () => {
  expect(parseReference("=#REF!$B$7")).toMatchObject({ problem: "ref-error" });
  expect(parseReference("=Ziele!#BEZUG!")).toMatchObject({ problem: "ref-error" });
});
