// The causes behind the 72nd held-out set's misses (test/fixtures/heldOut72.ts), each tested with wordings the
// tester did not write and near misses that must stay unsure or unmapped.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { matchLabel } from "../../src/core/mapper/matchLabel";
import { withoutLegalReferences } from "../../src/core/mapper/legalReference";
import { date, num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const named = (label: string) => matchLabel(label).standalone.map((s) => s.id);

describe("a legal reference in a label is no number, year or word of another figure", () => {
  it.each([
    ["Anteil Frauen am Personal (Art. 3 Abs. 2 GG, § 44j SGB II)", "Anteil Frauen am Personal"],
    ["Bundesmittel gem. § 46 Abs. 1 S. 1 SGB II", "Bundesmittel"],
    ["Integrationen nach §§ 48a, 48b SGB II i. V. m. § 5 KennzV", "Integrationen"],
    ["Vorbindungen (§ 38 Abs. 1 Nr. 2 BHO)", "Vorbindungen"],
    ["Zuteilung lt. § 1 EinglMV 2025", "Zuteilung EinglMV"],
    ["Mittel nach Eingliederungsmittelverordnung (EinglMV 2025)", "Mittel nach Eingliederungsmittelverordnung (EinglMV)"],
  ])("„%s“ reads as „%s“", (label, read) => {
    expect(withoutLegalReferences(label)).toBe(read);
  });

  it("a label opening with its provision names an instrument by it and keeps it", () => {
    expect(withoutLegalReferences("§ 16i SGB II – Teilhabe am Arbeitsmarkt")).toBe("§ 16i SGB II – Teilhabe am Arbeitsmarkt");
    expect(withoutLegalReferences("§ 16k")).toBe("§ 16k");
  });

  it("figures with references in other wordings are named, their numbers no running number", () => {
    expect(named("Integrationsquote Frauen gem. § 48a Abs. 2 Nr. 2 SGB II")).toEqual(["iq-frauen"]);
    expect(named("Anteil des Personals der BA (zugewiesen nach § 44g Abs. 1 Satz 1 SGB II)")).toEqual(["per-ba"]);
    expect(named("Langzeitleistungsbeziehende Männer (§ 6 KennzV)")).toEqual(["lzb-maenner"]);
    // A running number stays one: the reference's numbers are set aside, not every number.
    expect(named("Integrationen 12")).toEqual([]);
  });

  it("a reference to the SGB III defining a word makes no figure the Agentur's; the SGB III as scope still does", () => {
    const by = map(
      [
        {
          name: "Kunden",
          cells: rows("A1", [
            ["Kundenstruktur", "2025", "2024"],
            ["Anteil ausländischer Arbeitsloser (Arbeitslosigkeit nach § 16 SGB III)", pct(0.21), pct(0.2)],
            ["Anteil arbeitsloser Jugendlicher unter 25 Jahren im Rechtskreis SGB II", pct(0.07), pct(0.068)],
          ]),
        },
      ],
      2026,
    );
    expect([high(by, "KUN_Anteil_Auslaender"), high(by, "KUN_Anteil_Jugendliche"), high(by, "KUN_Anteil_Jugendliche_VJ")]).toEqual(["Kunden!$B$2", "Kunden!$B$3", "Kunden!$C$3"]);
    const agentur = map([{ name: "Kunden", cells: rows("A1", [["Kundenstruktur", "2025"], ["Anteil ausländischer Arbeitsloser SGB III", pct(0.21)]]) }], 2026);
    expect(high(agentur, "KUN_Anteil_Auslaender")).toBeUndefined();
  });

  it("the rolling twelve months in words are the year's sum, a count of other months stays a number", () => {
    expect(named("Integrationen der letzten zwölf Monate")).toEqual(["integrationen"]);
    expect(named("Summe Integrationen in den letzten 12 Monaten")).toEqual(["integrationen"]);
    expect(named("Integrationen der letzten 3 Monate")).toEqual([]);
  });

  it("near miss: a share of all eLb in the SGB II keeps its doubt", () => {
    const s = matchLabel("Anteil Ausländer im SGB II").scores.get("kun-auslaender");
    expect(s?.foreign.length).toBeGreaterThan(0);
  });
});

describe("the Agentur's words for the Jobcenter's figures", () => {
  it.each(["Integrationsgrad", "Integrationsgrad gesamt", "Integrationsgrad Frauen"])("„%s“ is the IQ", (label) => {
    expect(named(label)[0]).toMatch(/^iq/);
  });

  it("targets headed by the Integrationsgrad are sure, with its gender parts", () => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Steuerungsgröße", "Ist 2025", "Soll 2026", "Veränderung"],
            ["Integrationsgrad", pct(0.16), pct(0.165), pct(0.031)],
            ["Integrationsgrad männlich", pct(0.17), pct(0.175), pct(0.029)],
            ["Integrationsgrad weiblich", pct(0.14), pct(0.145), pct(0.036)],
          ]),
        },
      ],
      2026,
    );
    expect([high(by, "ZIE_IQ"), high(by, "ZIE_IQ_Maenner"), high(by, "ZIE_IQ_Frauen_VJ"), high(by, "ZIE_IQ_Frauen_Veraenderung")]).toEqual(["Ziele!$C$2", "Ziele!$C$3", "Ziele!$B$4", "Ziele!$D$4"]);
  });

  it("unemployed customers are the unemployed; customers alone stay the eLb", () => {
    expect(named("Anteil Jugendliche an den arbeitslosen Kunden")).toEqual(["kun-jugendliche"]);
    expect(matchLabel("Anteil Ausländer an arbeitslosen Kunden").scores.get("kun-auslaender")?.foreign).toEqual([]);
    expect(named("Kunden eLb")[0]).toMatch(/^elb/);
  });

  it("Plan-AK and a table of AK by units are the staff's VZÄ", () => {
    const by = map(
      [
        {
          name: "Personal",
          cells: rows("A1", [
            ["Position", "Plan 2026"],
            ["Soll-AK", num(96.5, "0.0")],
            [],
            ["AK nach Bereichen", "Plan-AK"],
            ["Markt und Integration", vz(40)],
            ["Leistung", vz(35)],
            ["Sonstiges operatives Personal", vz(12)],
            ["Sonstiges administratives Personal", vz(4.5)],
            ["Weitere Bereiche", vz(5)],
          ]),
        },
      ],
      2026,
    );
    expect([high(by, "PER_VZAE_Gesamt"), high(by, "PER_VZAE_Bereiche")]).toEqual(["Personal!$B$2", "Personal!$A$5:$B$9"]);
  });

  it("near misses: an AK among other words and posts of a Stellenplan are no sure VZÄ", () => {
    expect(named("AK Integration")).not.toContain("per-vzae");
    const by = map([{ name: "Personal", cells: rows("A1", [["Stellen laut Stellenplan", num(120)]]) }], 2026);
    expect(high(by, "PER_VZAE_Gesamt")).toBeUndefined();
  });
});

describe("the Bürgergeld words: who the people are", () => {
  it("integrations of the eLb are the integrations; per eLb it is a quota", () => {
    expect(matchLabel("Integrationen der erwerbsfähigen Leistungsberechtigten").scores.get("integrationen")?.score).toBe(1);
    expect(matchLabel("Integrationen von eLb").scores.get("integrationen")?.score).toBe(1);
    expect(matchLabel("Integrationen je eLb").scores.get("integrationen")?.foreign).toEqual(["elb"]);
  });

  it("the non-employable are no eLb: a total including them never becomes the eLb stock", () => {
    expect(named("nicht erwerbsfähige Leistungsberechtigte")).toEqual([]);
    expect(named("Leistungsberechtigte insgesamt (inkl. Nichterwerbsfähige)")).toEqual([]);
    const by = map(
      [
        {
          name: "Kunden",
          cells: rows("A1", [
            ["Merkmal", "2024", "2025"],
            ["Leistungsberechtigte insgesamt (einschl. nicht erwerbsfähiger)", num(9100), num(9000)],
            ["davon erwerbsfähige Leistungsberechtigte", num(6600), num(6500)],
          ]),
        },
      ],
      2026,
    );
    expect(by.get("KUN_ELB")?.ref === "Kunden!$C$2").toBe(false);
    expect(high(by, "KUN_ELB")).toBe("Kunden!$C$3");
  });
});

describe("English headings", () => {
  it("the version's date is the Stand", () => {
    const by = map([{ name: "Cover", cells: rows("A1", [["Jobcenter", "Jobcenter Musterstadt"], ["Date of version", date(46000)]]) }], 2026);
    expect(high(by, "AIP_Stand")).toBe("Cover!$B$2");
  });

  it("planned entries as per the programme's text are FOE_Eintritte_Plan; entries of a year alone are not", () => {
    expect(named("Planned entries according to programme text")).toEqual(["foe-eintritte"]);
    expect(named("Entries 2025")).toEqual([]);
  });
});

describe("a sentence in column A with its number in B", () => {
  const sentences = (lines: Array<[string, LayoutCell]>) => ({ name: "Programm", cells: rows("A1", lines) });

  it("a sentence restating its value names the figure; the restated number is no running number", () => {
    const by = map(
      [
        sentences([
          ["Bei uns sind 120 Mitarbeitende beschäftigt.", num(120)],
          ["Die Kommune stellt 21 % des Personals.", pct(0.21, "0%")],
          ["Insgesamt sind es 104,5 Vollzeitäquivalente.", num(104.5, "0.0")],
        ]),
      ],
      2026,
    );
    expect([high(by, "PER_Beschaeftigte"), high(by, "PER_Anteil_Kommune"), high(by, "PER_VZAE_Gesamt")]).toEqual(["Programm!$B$1", "Programm!$B$2", "Programm!$B$3"]);
  });

  it("near misses: a number of the sentence that is not the value, or a bare numbered item, stays", () => {
    // "12" is not the value 640: a running number or a count of its own, no restated value.
    expect(high(map([sentences([["Im Team 12 arbeiten Beschäftigte.", num(640)]])], 2026), "PER_Beschaeftigte")).toBeUndefined();
    expect(high(map([sentences([["Zugänge 12", num(12)]])], 2026), "FOE_Eintritte_Plan")).toBeUndefined();
  });

  it("a plan of integrations stated in words is no rival to last year's integrations", () => {
    const by = map([sentences([["2025 erreichten wir 1.180 Integrationen.", num(1180)], ["Für 2026 planen wir 1.240 Integrationen.", num(1240)]])], 2026);
    expect(high(by, "ZIE_Integrationen_VJ")).toBe("Programm!$B$1");
    // Alone, the plan's integrations are never sure as last year's.
    expect(high(map([sentences([["Für 2026 planen wir 1.240 Integrationen.", num(1240)]])], 2026), "ZIE_Integrationen_VJ")).toBeUndefined();
  });

  it("a sentence pointing back is read with the one above: its year and role words decide", () => {
    const by = map(
      [
        sentences([
          ["Der Anteil der Langzeitleistungsbeziehenden an allen eLb lag 2025 bei 60,2 %.", pct(0.602)],
          ["Im Jahr 2024 betrug dieser Anteil 61,0 %.", pct(0.61)],
          ["Für 2026 streben wir bei den Frauen eine Integrationsquote von 14,5 % an.", pct(0.145)],
          ["Das ist bei den Frauen eine Veränderung von 2,1 %.", pct(0.021)],
        ]),
      ],
      2026,
    );
    expect([high(by, "KUN_Anteil_LZB"), high(by, "KUN_Anteil_LZB_VJ"), high(by, "ZIE_IQ_Frauen"), high(by, "ZIE_IQ_Frauen_Veraenderung")]).toEqual([
      "Programm!$B$1",
      "Programm!$B$2",
      "Programm!$B$3",
      "Programm!$B$4",
    ]);
  });

  it("near miss: a sentence pointing back to one that points back itself stays unread", () => {
    const by = map(
      [
        sentences([
          ["Für 2026 planen wir 3.700 Langzeitleistungsbeziehende.", num(3700)],
          ["Das ist eine Veränderung von -1,8 %.", pct(-0.018)],
          ["Das sind 1.700 Männer.", num(1700)],
        ]),
      ],
      2026,
    );
    expect(high(by, "ZIE_LZB_Maenner")).toBeUndefined();
  });

  it("the Förderung table ends at its total above a sentence restating a figure of its own", () => {
    const by = map(
      [
        {
          name: "Förderung",
          cells: rows("A1", [
            ["So viele Menschen sollen in Förderungen eintreten:", "Ist 2025", "Plan 2026", "Warum?"],
            ["Berufliche Weiterbildung", num(48), num(52)],
            ["Eingliederungszuschüsse", num(66), num(64)],
            ["Arbeitsgelegenheiten", num(121), num(125)],
            ["Insgesamt", num(235), num(241)],
            ["In der ersten Aufstellung hatten wir 2026 mit 250 Eintritten geplant.", num(250)],
          ]),
        },
      ],
      2026,
    );
    expect([by.get("FOE_Tabelle")?.ref, high(by, "FOE_Eintritte_Plan")]).toEqual(["Förderung!$A$1:$D$5", "Förderung!$B$6"]);
  });

  it("drawing benefits in a sentence is the Leistungsbezug; drawing them long-term names the LZB", () => {
    expect(named("Alleinerziehende, die Bürgergeld beziehen")).toEqual(["kun-alleinerziehende"]);
    expect(named("Im Jahresdurchschnitt 2025 bezogen Personen dauerhaft Leistungen.")).toEqual(["lzb"]);
    // Without the verb, "Leistungen" keeps its word: the Eingliederungsleistungen are no Leistungsbezug.
    expect(named("Leistungen zur Eingliederung")).toEqual([]);
  });

  it("the Leistungsgewährung is a staff area, no VZÄ total", () => {
    expect(named("In der Leistungsgewährung arbeiten 30,4 VZÄ")).not.toContain("per-vzae");
  });
});
