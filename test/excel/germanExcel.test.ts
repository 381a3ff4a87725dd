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
  model.names.push({ name: "Relativ", refersTo: "=Ziele!$B$8:C9" }); // partly relative: R1C1 gives R8C2:R[8]C[2]
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
  expect(formulas.Relativ).toBe("=Ziele!R8C2:R[8]C[2]");
  // Absolute R1C1 is read by the core; a relative one is no reference without its base cell.
  expect(parseReference(formulas.KUN_ELB)).toEqual(parseReference(damaged().names.find((n) => n.name === "KUN_ELB")!.refersTo));
  expect(parseReference(formulas.Relativ)).toMatchObject({ problem: "not-a-range" });
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

test("the A1 snapshot costs no extra sync; R1C1 with a relative name one (its range's address)", async () => {
  const a1 = fakeExcel(damaged());
  await hostOverFake(a1, "0").readSnapshot();
  const r1c1 = fakeExcel(damaged(), { namesFormulaR1C1: true });
  await hostOverFake(r1c1, "0").readSnapshot();
  expect(r1c1.syncCount).toBe(a1.syncCount + 1);
});

test("Einrichten lists the names' references in A1 also with R1C1 on", async () => {
  const plain = await hostOverFake(fakeExcel(damaged()), "0").readSetup();
  const r1c1 = await hostOverFake(fakeExcel(damaged(), { namesFormulaR1C1: true }), "0").readSetup();
  // A broken name has no range to take an address from: it keeps Excel's formula (still marked #REF!); absolute
  // R1C1 references are kept as Excel gives them (the core reads them), relative ones become A1 addresses.
  const relativeToA1 = r1c1.names.find((n) => n.name === "Relativ")!;
  expect(relativeToA1.refersTo).toBe("=Ziele!$B$8:$C$9");
  const broken = new Set(["Kaputt", "ZIE_IQ_Veraenderung"]);
  const target = (list: typeof plain.names) => list.filter((n) => !broken.has(n.name)).map((n) => ({ ...n, refersTo: parseReference(n.refersTo ?? "") }));
  expect(target(r1c1.names)).toEqual(target(plain.names));
  expect(r1c1.names.find((n) => n.name === "Kaputt")!.refersTo).toMatch(/#REF!/);
});

test("core: a broken name is a ref-error in English and German Excel's text; absolute R1C1 reads as A1", () => {
  expect(parseReference("=#REF!$B$7")).toMatchObject({ problem: "ref-error" });
  expect(parseReference("=Ziele!#BEZUG!")).toMatchObject({ problem: "ref-error" });
  expect(parseReference("='Förderung 2'!R18C2:R20C4")).toEqual({ sheet: "Förderung 2", range: "B18:D20" });
  expect(parseReference("=Ziele!RC1")).toEqual({ sheet: "Ziele", range: "RC1" }); // column RC in A1, as Excel reads it
});
