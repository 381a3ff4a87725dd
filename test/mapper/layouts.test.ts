// The three layouts of issue 10 §5: which names are proposed high, low, or not at all.
import { ALL_NAMES, mapLayout, namesWith } from "./helpers";
import { budgetAndFoerderungLayout, otherJobcenterLayout, seedLayout } from "../fixtures/layouts";

const without = (names: string[], ...drop: string[]) => names.filter((n) => !drop.includes(n));
// Optional previous-year figures by gender (issue 8): none of the layouts prints them, as the seed gives none.
const VJ_BY_GENDER = ["ZIE_IQ_Maenner_VJ", "ZIE_IQ_Frauen_VJ", "ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ"];
// Optional names of issue 15 (allocations, further targets, planned ELB, previous-year status): the seed prints none.
const ALLOCATION = ["BUD_EGT_Zuteilung", "BUD_VWT_Zuteilung", "BUD_Zuteilung_Stand"];
const NOT_PRINTED = [...VJ_BY_GENDER, ...ALLOCATION, "ZIE_Weitere", "ZIE_ELB", "ZIE_VJ_Stand", "ZIE_VJ_Status"];
const inContractOrder = (names: string[]) => ALL_NAMES.filter((n) => names.includes(n));
const budgetPrinted = () => without(namesWith("BUD_"), ...ALLOCATION);

describe("layout 1: the seed's tables as printed (Budget, Personal, Förderung, Ziele)", () => {
  const m = mapLayout(seedLayout());

  it("proposes every printed figure high, the Jobcenter low, and nothing for Planjahr and Kunden", () => {
    expect(m.low).toEqual(["AIP_Jobcenter"]);
    expect(m.none).toEqual(inContractOrder(["AIP_Planjahr", ...NOT_PRINTED, ...namesWith("KUN_")]));
    expect(m.high).toEqual(without(ALL_NAMES, "AIP_Jobcenter", "AIP_Planjahr", ...NOT_PRINTED, ...namesWith("KUN_")));
    expect(m.result.existing).toEqual([]);
  });

  it("finds the 3-column Förderung table with its header row and the Gesamt row first", () => {
    const foe = m.byName.get("FOE_Tabelle")!;
    expect(foe).toMatchObject({ ref: "Förderung!$A$3:$C$17", value: 14, label: "Ist 2023 | Plan 2024", labelCell: "Förderung!$A$3" });
  });

  it("puts each 'darunter Männer' into the row group above it", () => {
    expect(m.byName.get("ZIE_IQ_Maenner")).toMatchObject({ ref: "Ziele!$B$9", value: 0.195 });
    expect(m.byName.get("ZIE_LZB_Maenner")).toMatchObject({ ref: "Ziele!$B$12", value: 1301 });
    expect(m.byName.get("ZIE_IQ_Frauen_Veraenderung")).toMatchObject({ ref: "Ziele!$C$10", value: -0.8 });
    expect(m.byName.get("ZIE_LZB_Frauen_Veraenderung")).toMatchObject({ ref: "Ziele!$C$13", value: 8.5 });
  });

  it("tells the previous year (2023) from the planning year (Ziel 2024)", () => {
    expect(m.byName.get("ZIE_IQ_VJ")).toMatchObject({ ref: "Ziele!$B$5", label: "Integrationsquote 2023" });
    expect(m.byName.get("ZIE_IQ")).toMatchObject({ ref: "Ziele!$B$8", value: 0.16 });
    expect(m.result.planningYear?.year).toBe(2024);
  });

  it("says that the printed changes are typed in percent units, and keeps them high", () => {
    const change = m.byName.get("ZIE_IQ_Veraenderung")!;
    expect(change).toMatchObject({ ref: "Ziele!$C$8", value: -2.5, confidence: "high", noteId: "prozent-einheit" });
    expect(change.note).toMatch(/in Prozent eingetragen.*−0,0250/);
    expect(change.reasonId).toBeUndefined();
  });

  it("takes the VZÄ areas as a two-column table and the date above 'Datum'", () => {
    expect(m.byName.get("PER_VZAE_Bereiche")).toMatchObject({ ref: "Personal!$A$11:$B$15", value: 5 });
    expect(m.byName.get("AIP_Stand")).toMatchObject({ ref: "Ziele!$A$17", value: 45343, labelCell: "Ziele!$A$18" });
  });

  it("gives the reason why Planjahr is not proposed: the year stands only in headers", () => {
    const reason = m.result.missingReasons.find((r) => r.name === "AIP_Planjahr")!;
    expect(reason.reason).toMatch(/2024 steht in keiner Zelle als Zahl.*Überschriften/);
    expect(m.byName.get("AIP_Jobcenter")).toMatchObject({ value: "JC IIm-Kreis", reasonId: "ohne-beschriftung" });
  });
});

describe("layout 2: another Jobcenter (other words, labels in B and values in D, merged headers)", () => {
  const m = mapLayout(otherJobcenterLayout());

  it("proposes all names high, the VZÄ total from the Summe row under the areas (issue 13 §2: the rows add up to it)", () => {
    expect(m.low).toEqual([]);
    expect(m.none).toEqual(inContractOrder(NOT_PRINTED));
    expect(m.high).toEqual(without(ALL_NAMES, ...NOT_PRINTED));
    expect(m.byName.get("PER_VZAE_Gesamt")).toMatchObject({ label: "Summe", value: 128, confidence: "high" });
  });

  it("takes the Soll 2024 column of a budget table with Ist and Soll, not the Ist", () => {
    expect(m.byName.get("BUD_VH_Gesamt")).toMatchObject({ ref: "'Haushalt 2024'!$D$5", value: 12_000_000 });
    expect(m.byName.get("BUD_VH_KFA")).toMatchObject({ label: "davon KoFi", ref: "'Haushalt 2024'!$D$8" });
  });

  it("finds the Förderung table by IST 23 / Soll 24 with the Summe row last and a subtotal inside", () => {
    expect(m.byName.get("FOE_Tabelle")).toMatchObject({ ref: "Eintritte!$B$3:$E$14", value: 11 });
  });

  it("takes six VZÄ areas with labels in B and values in D", () => {
    expect(m.byName.get("PER_VZAE_Bereiche")).toMatchObject({ ref: "Personal!$B$5:$D$10", value: 6, label: "Bereich" });
  });

  it("reads the merged header 'Ziel 2024' over 'Wert | Veränderung in %' and fractions formatted as %", () => {
    expect(m.byName.get("ZIE_IQ")).toMatchObject({ ref: "Zielwerte!$C$10", value: 0.17 });
    const change = m.byName.get("ZIE_IQ_Veraenderung")!;
    expect(change).toMatchObject({ ref: "Zielwerte!$D$10", value: -0.017 });
    expect(change.noteId).toBeUndefined();
  });

  it("tells the ELB of the targets sheet from the customer stock, and 2022 from 2023 columns", () => {
    expect(m.byName.get("ZIE_ELB_VJ")).toMatchObject({ ref: "Zielwerte!$D$5" });
    expect(m.byName.get("KUN_ELB")).toMatchObject({ ref: "Kunden!$D$3" });
    expect(m.byName.get("KUN_Anteil_LZB")).toMatchObject({ ref: "Kunden!$D$6", value: 0.58 });
    expect(m.byName.get("KUN_Anteil_LZB_VJ")).toMatchObject({ ref: "Kunden!$C$6", value: 0.6 });
    expect(m.byName.get("KUN_BG_Groesse")).toMatchObject({ ref: "Kunden!$B$12:$D$15", value: 4 });
  });

  it("reads Jobcenter, Planjahr and Stand where cells hold them", () => {
    expect(m.byName.get("AIP_Jobcenter")).toMatchObject({ ref: "Eckdaten!$D$4", value: "Jobcenter Musterstadt" });
    expect(m.byName.get("AIP_Planjahr")).toMatchObject({ ref: "Eckdaten!$D$5", value: 2024 });
    expect(m.result.planningYear).toEqual({ year: 2024, from: "Zelle Eckdaten!$D$5 neben „Planungsjahr“" });
  });
});

describe("layout 3: only budget and Förderung (an Excel table with the total last)", () => {
  const m = mapLayout(budgetAndFoerderungLayout());

  it("proposes the budget and the table high and nothing else", () => {
    expect(m.high).toEqual([...budgetPrinted(), "FOE_Tabelle"]);
    expect(m.low).toEqual([]);
    expect(m.none).toEqual(without(ALL_NAMES, ...budgetPrinted(), "FOE_Tabelle"));
  });

  it("uses the ListObject's range, header row included", () => {
    expect(m.byName.get("FOE_Tabelle")).toMatchObject({ ref: "Förderung!$A$3:$E$8", value: 5, label: "Instrument | Ebene | Ist 2023 | Plan 2024 | Begründung" });
  });

  it("leaves names that are already defined alone", () => {
    const again = mapLayout(budgetAndFoerderungLayout(), ["bud_vh_gesamt", "FOE_Tabelle"]);
    expect(again.result.existing).toEqual(["BUD_VH_Gesamt", "FOE_Tabelle"]);
    expect(again.byName.has("BUD_VH_Gesamt")).toBe(false);
    expect(again.high).toEqual(budgetPrinted().filter((n) => n !== "BUD_VH_Gesamt"));
  });
});
