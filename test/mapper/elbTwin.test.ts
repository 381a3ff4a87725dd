// The eLb twin (lead's decision on issue 13): ZIE_ELB_VJ (average ELB of the previous year) and KUN_ELB (the
// customer stock) are one number — customer structure is as of the planning year's previous year, and the
// planning workbook says ZIE_ELB_VJ = KUN_ELB. A workbook that states it in ONE place gives both names that
// cell, sicher; a second place, a planning-year targets row without customer structure, or a customer-side
// stock alone keep the old answers.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"]): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) }, ...sheets];
  return new Map(proposeMapping(usedCells({ id: "t", title: "t", sheets: all })).proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const twins = (by: Map<string, Proposal>) => [high(by, "ZIE_ELB_VJ"), high(by, "KUN_ELB")];

/** Customer structure without the stock: the shares and Alleinerziehende a "Kunden" sheet reports. */
const customersWithoutStock = { name: "Kunden", cells: rows("A1", [["Merkmal", "2024"], ["Anteil LZB an den eLb", pct(0.58)], ["Alleinerziehende", num(610)]]) };

describe("one place for the previous year's eLb: both names, sicher", () => {
  it.each([["eLb im Jahresdurchschnitt 2024"], ["durchschnittlicher Bestand erwerbsfähiger Leistungsberechtigter 2024"], ["ELB (Ø 2024)"]])(
    "„%s“ alone on a sheet that names no area",
    (label) => {
      const by = map([{ name: "Übersicht", cells: rows("A1", [["Kennzahl", "Wert"], [label, num(3_912)]]) }]);
      expect(twins(by)).toEqual(["Übersicht!$B$2", "Übersicht!$B$2"]);
    },
  );

  it.each([["eLb (Jahresdurchschnitt)"], ["Bestand eLb, Ø"]])("„%s“ in an Ist/Plan targets row of a workbook with customer structure but no stock", (label) => {
    const ziele = { name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Plan 2025"], ["Integrationen", num(951), num(980)], [label, num(3_912), num(3_850)]]) };
    const by = map([ziele, customersWithoutStock]);
    expect([...twins(by), high(by, "ZIE_ELB")]).toEqual(["Ziele!$B$3", "Ziele!$B$3", "Ziele!$C$3"]);
  });
});

describe("the targets' block, sure for ZIE_ELB_VJ", () => {
  const block = (label: string) => ({ name: "Übersicht", cells: rows("A1", [["Kennzahl", "Wert"], ["Integrationen 2024", num(951)], [label, num(3_912)]]) });
  it.each([["eLb im Jahresdurchschnitt 2024"], ["Bestand erwerbsfähige Leistungsberechtigte (Ø 2024)"]])("„%s“ is KUN_ELB too when the workbook reports customer structure without the stock", (label) => {
    expect(twins(map([block(label), customersWithoutStock]))).toEqual(["Übersicht!$B$3", "Übersicht!$B$3"]);
  });
  it("without customer structure it is the targets' ELB only", () => {
    expect(twins(map([block("eLb im Jahresdurchschnitt 2024")]))).toEqual(["Übersicht!$B$3", undefined]);
  });
});

describe("near misses: the twins stay apart or KUN_ELB stays absent", () => {
  it("a targets row with a planning-year eLb and no customer structure is the targets' ELB only", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Plan 2025"], ["Integrationen", num(951), num(980)], ["ELB Jahresdurchschnitt", num(3_912), num(3_850)]]) }]);
    expect([high(by, "ZIE_ELB_VJ"), by.get("KUN_ELB")?.ref]).toEqual(["Ziele!$B$3", undefined]);
  });

  it("the customer sheet's own stock keeps KUN_ELB there", () => {
    const kunden = { name: "Kunden", cells: rows("A1", [["Merkmal", "2024"], ["eLb gesamt", num(3_915)], ["Alleinerziehende", num(610)]]) };
    const by = map([{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024"], ["eLb (Durchschnitt)", num(3_912)]]) }, kunden]);
    expect(twins(by)).toEqual(["Ziele!$B$2", "Kunden!$B$2"]);
  });

  it("a customer stock alone does not give the targets' previous-year ELB", () => {
    const kunden = { name: "Kunden", cells: rows("A1", [["Merkmal", "2024"], ["eLb insgesamt", num(3_915)], ["Alleinerziehende", num(610)]]) };
    const by = map([kunden]);
    expect(twins(by)).toEqual([undefined, "Kunden!$B$2"]);
  });

  it("the same eLb on two sheets without an area is sicher for neither name", () => {
    const sheet = (name: string) => ({ name, cells: rows("A1", [["Kennzahl", "Wert"], ["eLb im Jahresdurchschnitt 2024", num(3_912)]]) });
    const by = map([sheet("Übersicht"), sheet("Übersicht (2)")]);
    expect(twins(by)).toEqual([undefined, undefined]);
  });

  it("an eLb in the staff area is no twin", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Personal", "Wert"], ["Beschäftigte (Köpfe)", num(131)], ["VZÄ gesamt", num(121.4)], ["eLb je VZÄ 2024", num(32)]]) }]);
    expect(twins(by)).toEqual([undefined, undefined]);
  });
});

describe("a planning-year ELB in the row on a sheet without an area", () => {
  it.each([["eLb Ø"], ["Leistungsberechtigte (erwerbsfähig), Jahresdurchschnitt"]])("„%s“ | 2024 | 2025 without customer structure gives no KUN_ELB", (label) => {
    const by = map([{ name: "Übersicht", cells: rows("A1", [["Kennzahl", num(2024, "0"), num(2025, "0")], [label, num(3_912), num(3_850)]]) }]);
    expect(by.get("KUN_ELB")?.confidence === "high" ? by.get("KUN_ELB")!.ref : undefined).toBeUndefined();
  });
});
