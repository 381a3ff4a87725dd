// The causes behind the staff (PER_*) figures still not sure across the released held-out sets, each tested with
// wordings and layouts the tester did not write and near misses that must stay non-high:
// - "Beschäftigte", "Kräfte", "Mitarbeiter", "HC" over a staff table's column count heads as "Köpfe" does;
// - "sonstiges operatives/administratives Personal" and "Markt und Integration" name staff areas: not the whole
//   staff, not the integrations, not an instrument of the Förderung table;
// - posts ("Stellen (Soll)", "Stellen laut Stellenplan") beside a column naming VZÄ are no VZÄ column; of two plan
//   columns the one naming the programme ("Plan VZÄ 2025 (AIP)") is the plan;
// - "Sachgebiet", "Abteilung" heading the label column head the area table as "Bereich" does;
// - an area table under a title naming last year's staff is no rival to this year's.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { normalizeLabel } from "../../src/core/mapper/normalize";
import { num, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const names = (label: string) => matchLabel(normalizeLabel(label).core).standalone.flatMap((s) => Object.values(s.names));

const AREAS = ["Eingangszone", "Arbeitsvermittlung", "Leistungsgewährung", "Zentrale Dienste"];

describe("a head count column named otherwise than 'Köpfe'", () => {
  it.each(["Beschäftigte", "Kräfte", "Mitarbeiter", "Mitarbeiterinnen und Mitarbeiter"])("„VZÄ | %s“", (heads) => {
    const by = map([
      { name: "Personal", cells: rows("A1", [["Bereich", "Stellen (VZÄ)", heads], ...AREAS.map((a, i) => [a, vz(10.5 + i), num(12 + i)]), ["Summe", vz(48), num(54)]]) },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$B$5");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$B$6");
    expect(high(by, "PER_Beschaeftigte")).toBe("Personal!$C$6");
  });

  it("near miss: a second VZÄ column beside them leaves the table open", () => {
    const by = map([
      { name: "Personal", cells: rows("A1", [["Bereich", "VZÄ", "VZÄ befristet", "Kräfte"], ...AREAS.map((a, i) => [a, vz(10.5 + i), vz(1), num(12 + i)]), ["Summe", vz(48), vz(4), num(54)]]) },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("staff areas name neither the whole staff nor integrations", () => {
  it.each(["sonst. operatives Personal", "Übriges administratives Personal", "Personal Markt & Integration", "Bereich Markt u. Integration"])("„%s“ names no figure", (label) => {
    expect(names(label)).toEqual([]);
  });
  it.each([
    ["Personal insgesamt", "PER_Beschaeftigte"],
    ["Integrationen in den Arbeitsmarkt", "ZIE_Integrationen_VJ"],
  ])("near miss: „%s“ still names %s", (label, name) => {
    expect(names(label)).toContain(name);
  });

  it("an area table with those rows under 'Plan | Ist' columns is no Förderung table", () => {
    const by = map([
      {
        name: "AIP",
        cells: rows("A1", [
          ["VZÄ nach Organisationseinheit", "Plan 2026", "Ist 2025"],
          ["Markt & Integration", vz(40), vz(39)],
          ["Leistung", vz(35), vz(34)],
          ["Sonstiges operatives Personal", vz(20), vz(19)],
          ["Sonstiges administratives Personal", vz(8), vz(8)],
          ["Gesamt", vz(103), vz(100)],
        ]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("AIP!$A$2:$B$5");
    expect(by.get("FOE_Tabelle")).toBeUndefined();
  });
});

describe("posts and a programme's plan among several number columns", () => {
  it("„Planstellen (Soll) | VZÄ | Köpfe“: the VZÄ column", () => {
    const by = map([
      { name: "Personal", cells: rows("A1", [["Bereich", "Planstellen (Soll)", "VZÄ", "Köpfe"], ...AREAS.map((a, i) => [a, vz(12 + i), vz(10.5 + i), num(13 + i)]), ["Summe", vz(54), vz(48), num(58)]]) },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$C$5");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$C$6");
  });

  it("„Stellen lt. Stellenplan | Soll-VZÄ (Bedarf) | VZÄ Plan 2026 lt. AIP“: the programme's column", () => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [["Bereich", "Stellen lt. Stellenplan", "Soll-VZÄ (Bedarf)", "VZÄ Plan 2026 lt. AIP"], ...AREAS.map((a, i) => [a, vz(12 + i), vz(11 + i), vz(10.5 + i)]), ["Summe", vz(54), vz(50), vz(48)]]),
      },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$D$5");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$D$6");
  });

  it("near miss: two plan columns, neither naming the programme, stay open", () => {
    const by = map([
      { name: "Personal", cells: rows("A1", [["Bereich", "Soll-VZÄ (Bedarf)", "Plan-VZÄ 2026"], ...AREAS.map((a, i) => [a, vz(11 + i), vz(10.5 + i)]), ["Summe", vz(50), vz(48)]]) },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBeUndefined();
  });
});

describe("'Sachgebiet' heads the area table; last year's table is no rival", () => {
  it("„Abteilung | Köpfe | VZÄ“ over areas the row words do not all know", () => {
    const by = map([
      { name: "Personal", cells: rows("A1", [["Abteilung", "Köpfe", "VZÄ"], ["Abt. Markt u. Integration", num(40), vz(36.5)], ["Abt. Leistung", num(30), vz(27)], ["Abt. Querschnitt", num(9), vz(8.1)], ["Summe", num(79), vz(71.6)]]) },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$2:$C$4");
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Personal!$C$5");
  });

  it("a table under „Personalbestand 2025 (Ist)“ beside this year's", () => {
    const table = (title: string, base: number) => rows("A1", [[title], ["Bereich", "VZÄ"], ...AREAS.map((a, i) => [a, vz(base + i)]), ["Summe", vz(4 * base + 6)]]);
    const by = map([
      { name: "Personal alt", cells: table("Personalbestand 2025 (Ist zum 31.12.2025)", 9) },
      { name: "Personal", cells: table("Stellen nach Bereichen 2026", 10) },
    ]);
    expect(high(by, "PER_VZAE_Bereiche")).toBe("Personal!$A$3:$B$6");
  });
});

