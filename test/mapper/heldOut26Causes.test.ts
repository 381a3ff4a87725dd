// The causes behind held-out set 26's misses and its wrong sure figure (test/fixtures/heldOut26.ts), each tested with
// other wordings than the set's and near misses that must stay not sure: a lone office sheet whose place the
// workbook lists among its locations is a part; a transposed table's rows may be labelled by bare year numbers.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, pct, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear: number): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const y = (v: number) => num(v, "0");

describe("one office sheet whose place is listed beside a total is a part of the Jobcenter", () => {
  const staff = (places: string[], total: string) => ({
    name: "Personalübersicht",
    cells: rows("A1", [
      ["Personal je Standort"],
      ["Bereich", ...places, total],
      ["Leistung", vz(20), vz(10), vz(5), vz(35)],
      ["Markt und Integration", vz(22), vz(11), vz(6), vz(39)],
      ["VZÄ gesamt", vz(42), vz(21), vz(11), vz(74)],
    ]),
  });
  const office = (name: string) => ({ name, cells: rows("A1", [[`Übersicht ${name}`], [], ["Köpfe", num(46)], ["VZÄ", vz(42)], ["Alleinerziehende", num(300)]]) });

  it.each([
    ["Standort Nordhausen", ["Nordhausen", "Sondershausen", "Heringen"], "Summe Jobcenter"],
    ["GS Ilmenau", ["GS Ilmenau", "GS Arnstadt", "GS Stadtilm"], "insgesamt"],
    ["Geschäftsstelle Altstadt", ["Altstadt", "Neustadt", "Vorstadt"], "JC gesamt"],
  ])("„%s“ gives no sure VZÄ total, customers only there are not sure", (sheet, places, total) => {
    const by = map([staff(places, total), office(sheet)], 2026);
    expect(high(by, "PER_VZAE_Gesamt") ?? "").not.toContain(sheet);
    expect(high(by, "KUN_Alleinerziehende")).toBeUndefined();
  });

  it("an office sheet whose place the workbook lists nowhere, or not beside a total, is read as before", () => {
    expect(high(map([staff(["Nord", "Süd", "West"], "gesamt"), office("Standort Mitte")], 2026), "KUN_Alleinerziehende")).toBe("'Standort Mitte'!$B$5");
    const noTotal = { name: "Orte", cells: rows("A1", [["Ort", "Nordhausen", "Sondershausen", "Heringen"], ["Leistung", vz(20), vz(10), vz(5)]]) };
    expect(high(map([noTotal, office("Standort Nordhausen")], 2026), "KUN_Alleinerziehende")).toBe("'Standort Nordhausen'!$B$5");
  });
});

describe("a transposed table's rows labelled by bare year numbers", () => {
  it.each([
    ["Jahr", [2023, 2024]],
    ["Berichtsjahr", [2022, 2023, 2024]],
  ])("customer structure under „%s“: the latest year is current, the one before _VJ", (head, years) => {
    const latest = years.length + 1;
    const by = map(
      [
        {
          name: "Struktur",
          cells: rows("A1", [
            [head, "Anzahl eLb", "Anteil Langzeitleistungsbezieher", "Alleinerziehende"],
            ...years.map((yr, i) => [y(yr), num(4000 + i * 100), pct(0.5 + i / 100), num(600 + i)]),
          ]),
        },
      ],
      2025,
    );
    expect([high(by, "KUN_ELB"), high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ"), high(by, "KUN_Alleinerziehende_VJ")]).toEqual([
      `Struktur!$B$${latest}`,
      `Struktur!$C$${latest}`,
      `Struktur!$C$${latest - 1}`,
      `Struktur!$D$${latest - 1}`,
    ]);
  });

  it.each(["Basis", "Vorjahresbasis"])("„%s | Integrationen | eLb“ over the previous year's row: the IQ's base", (head) => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Zielwerte"], [head, "Integrationen", "erwerbsfähige Leistungsberechtigte (JD)"], [y(2024), num(900), num(5000)]]) }], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual(["Ziele!$B$3", "Ziele!$C$3"]);
  });

  it("a year after the planning year or a target table's older year is no figure", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [["Jahr", "Integrationen", "eLb"], [y(2022), num(800), num(4900)], [y(2027), num(950), num(5100)]]) }], 2025);
    expect([high(by, "ZIE_Integrationen_VJ"), high(by, "ZIE_ELB_VJ")]).toEqual([undefined, undefined]);
  });
});

describe("a transposed table's change row naming a difference is no contract change", () => {
  const table = (relative: string, absolute: string, order: "relFirst" | "absFirst") => {
    const rel = [relative, pct(-0.03), pct(0.02), pct(-0.01)];
    const abs = [absolute, pct(-0.005), num(40), pct(-0.002)];
    return {
      name: "Ziele",
      cells: rows("A1", [[null, "Integrationsquote", "Langzeitleistungsbezieher", "IQ Frauen"], ["Ist 2024", pct(0.18), num(2400), pct(0.15)], ["Ziel 2025", pct(0.175), num(2440), pct(0.148)], ...(order === "relFirst" ? [rel, abs] : [abs, rel])]),
    };
  };
  it.each([
    ["Veränderung ggü. VJ", "Veränderung in Prozentpunkten bzw. absolut", "relFirst"],
    ["Veränderung in %", "Differenz absolut", "absFirst"],
  ] as const)("„%s“ beside „%s“: the relative row", (relative, absolute, order) => {
    const by = map([table(relative, absolute, order)], 2025);
    const relRow = order === "relFirst" ? 4 : 5;
    expect([high(by, "ZIE_IQ_Veraenderung"), high(by, "ZIE_LZB_Veraenderung"), high(by, "ZIE_IQ_Frauen_Veraenderung")]).toEqual([`Ziele!$B$${relRow}`, `Ziele!$C$${relRow}`, `Ziele!$D$${relRow}`]);
  });

  it("a difference row alone gives no change", () => {
    const by = map([{ name: "Ziele", cells: rows("A1", [[null, "Integrationsquote", "Langzeitleistungsbezieher", "IQ Frauen"], ["Ziel 2025", pct(0.175), num(2440), pct(0.148)], ["Abweichung in %-Pkt.", pct(-0.005), num(40), pct(-0.002)]]) }], 2025);
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$B$2");
    expect([by.get("ZIE_IQ_Veraenderung")?.ref, by.get("ZIE_LZB_Veraenderung")?.ref]).toEqual([undefined, undefined]);
  });
});

describe("a staff matrix's share row naming its base („Anteil an Köpfen“)", () => {
  const staff = (label: string) => ({
    name: "Personal",
    cells: rows("A1", [
      ["Bereich", "VZÄ"],
      ["Leistung", vz(30)],
      ["Markt und Integration", vz(35)],
      ["Summe", vz(65)],
      [],
      ["Anteile", "BA", "Kommune", "Frauen", "Männer"],
      [label, pct(0.7, "0%"), pct(0.3, "0%"), pct(0.8, "0%"), pct(0.2, "0%")],
    ]),
  });
  it.each(["Anteil an Köpfen", "Anteile an den Beschäftigten", "Anteil der VZÄ in %"])("„%s“: the heads name the parts", (label) => {
    const by = map([staff(label)], 2025);
    expect([high(by, "PER_Anteil_BA"), high(by, "PER_Anteil_Kommune"), high(by, "PER_Anteil_Frauen"), high(by, "PER_Anteil_Maenner")]).toEqual(["Personal!$B$7", "Personal!$C$7", "Personal!$D$7", "Personal!$E$7"]);
  });
  it.each(["Anteil an Eintritten", "Anteil an Kunden"])("„%s“ names another base: no staff share", (label) => {
    const by = map([staff(label)], 2025);
    expect(high(by, "PER_Anteil_BA")).toBeUndefined();
  });
});

describe("gender in rows under figure heads with their year, a bare change head belonging to the figure left of it", () => {
  const table = (corner: string | null, total: string, men: string, women: string, change: string, year = 2025) => ({
    name: "Zielwerte",
    cells: rows("A1", [
      [corner, `Integrationsquote Ziel ${year}`, change, `LZB-Bestand Plan ${year}`, change],
      [total, pct(0.17), pct(-0.01), num(2600), pct(0.02)],
      [men, pct(0.19), pct(-0.008), num(1200), pct(0.015)],
      [women, pct(0.15), pct(-0.012), num(1400), pct(0.025)],
    ]),
  });
  it.each([
    ["Gruppe", "gesamt", "männlich", "weiblich", "Veränderung zum Vorjahr"],
    [null, "Insgesamt", "Männer", "Frauen", "Veränd. ggü. VJ in %"],
  ])("corner „%s“, rows „%s | %s | %s“, change „%s“", (corner, total, men, women, change) => {
    const by = map([table(corner, total, men, women, change)], 2025);
    const got = ["ZIE_IQ", "ZIE_IQ_Veraenderung", "ZIE_IQ_Maenner", "ZIE_IQ_Frauen_Veraenderung", "ZIE_LZB", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen_Veraenderung"].map((n) => high(by, n));
    expect(got).toEqual(["Zielwerte!$B$2", "Zielwerte!$C$2", "Zielwerte!$B$3", "Zielwerte!$C$4", "Zielwerte!$D$2", "Zielwerte!$D$3", "Zielwerte!$E$4"]);
  });
  it("a change head naming a difference, or a head of another year, gives nothing", () => {
    const by = map([table("Gruppe", "gesamt", "Männer", "Frauen", "Differenz in %-Pkt.")], 2025);
    expect(by.get("ZIE_IQ_Veraenderung")?.ref).toBeUndefined();
    const old = map([table("Gruppe", "gesamt", "Männer", "Frauen", "Veränderung", 2023)], 2025);
    expect(high(old, "ZIE_IQ")).toBeUndefined();
  });
});

describe("values under a head row whose corner names locations are the locations' parts", () => {
  const sheet = (corner: string) => ({
    name: "Ziele",
    cells: rows("A1", [
      ["Kennzahl", "Ziel 2025"],
      ["Integrationsquote", pct(0.17)],
      [],
      [corner, "Nord", "Süd", "West"],
      ["Integrationsquote 2025", pct(0.18), pct(0.16), pct(0.15)],
    ]),
  });
  it.each(["IQ nach Standorten", "Zielwerte je Geschäftsstelle", "Verteilung pro Bezirk"])("„%s“: no rival to the Jobcenter's IQ", (corner) => {
    expect(high(map([sheet(corner)], 2025), "ZIE_IQ")).toBe("Ziele!$B$2");
  });
  it("a corner naming no locations keeps the rival", () => {
    expect(high(map([sheet("Zielwerte Varianten")], 2025), "ZIE_IQ")).toBeUndefined();
  });
});
