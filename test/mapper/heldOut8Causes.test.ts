// The causes behind the eighth held-out set's wrong "sicher" proposals (test/fixtures/heldOut8.ts), each tested
// with wordings and layouts the tester did not write and near misses that must stay non-high.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, rows, usedCells, vz, type Layout } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a VZÄ table with several number columns takes its total column", () => {
  /** Areas by location, the total column at `totalAt` (0 = right after the labels, -1 = none). */
  const table = (heading: string, heads: string[], totalAt: number) => {
    const parts = [
      [30, 10.5, 12],
      [25, 8, 9.5],
      [10, 4.25, 0],
    ];
    const line = (ps: number[]) => {
      const sum = ps.reduce((a, b) => a + b, 0);
      const out = ps.map((p) => vz(p));
      if (totalAt >= 0) out.splice(totalAt, 0, vz(sum));
      return out;
    };
    const colSums = [0, 1, 2].map((i) => parts.reduce((a, p) => a + p[i], 0));
    return [
      {
        name: "Personal",
        cells: rows("A1", [
          [heading, ...heads],
          ["Markt und Integration", ...line(parts[0])],
          ["Leistungsgewährung", ...line(parts[1])],
          ["Eingangszone", ...line(parts[2])],
          ["Summe", ...line(colSums)],
        ]),
      },
    ];
  };
  it.each([
    ["Bereich", ["Insgesamt", "Standort A", "Standort B", "Standort C"], 0, "B"],
    ["VZÄ nach Bereichen", ["Standort Ost", "Standort West", "Außenstelle", "gesamt"], 3, "E"],
    ["Organisationseinheit", ["Hauptsitz", "Gesamt", "Nebenstelle 1", "Nebenstelle 2"], 1, "C"],
  ])("„%s“ with heads %j: the total column is the table and its Summe the Gesamt", (heading, heads, totalAt, col) => {
    const by = map(table(heading, heads, totalAt), 2025);
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_VZAE_Gesamt")]).toEqual([`Personal!$A$2:$${col}$4`, `Personal!$${col}$5`]);
  });
  it("near miss: several location columns and no total column make neither figure sicher", () => {
    const by = map(table("VZÄ nach Bereichen", ["Standort Ost", "Standort West", "Außenstelle"], -1), 2025);
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_VZAE_Gesamt")]).toEqual([undefined, undefined]);
  });
  it("a table of one number column is unchanged", () => {
    const by = map([{ name: "Personal", cells: rows("A1", [["Bereich", "VZÄ"], ["Markt und Integration", vz(30)], ["Leistung", vz(25)], ["Summe", vz(55)]]) }], 2025);
    expect([high(by, "PER_VZAE_Bereiche"), high(by, "PER_VZAE_Gesamt")]).toEqual(["Personal!$A$2:$B$3", "Personal!$B$4"]);
  });
});

describe("a head count under a VZÄ column head is no VZÄ figure", () => {
  const sheet = (extra: string) => [
    {
      name: "Tabellen",
      cells: rows("A1", [
        ["Personal nach Bereichen"],
        ["Bereich", "VZÄ"],
        ["Markt und Integration", vz(40)],
        ["Leistung", vz(30.5)],
        ["Summe", vz(70.5)],
        [extra, num(81)],
      ]),
    },
  ];
  it.each(["Köpfe", "Anzahl Köpfe", "Mitarbeitende", "Kopfzahl"])("„%s“ under the VZÄ table: PER_VZAE_Gesamt stays the Summe", (extra) => {
    const by = map(sheet(extra), 2025);
    expect(high(by, "PER_VZAE_Gesamt")).toBe("Tabellen!$B$5");
    expect(by.get("PER_VZAE_Gesamt")?.ref).not.toBe("Tabellen!$B$6");
  });
  it("near miss: a VZÄ label of its own there is still read as VZÄ", () => {
    const by = map(sheet("VZÄ insgesamt"), 2025);
    expect(by.get("PER_VZAE_Gesamt")?.ref).toBe("Tabellen!$B$6");
  });
});
