// The causes behind the 36th held-out set's wrong and misses (test/fixtures/heldOut36.ts), each tested with
// wordings and layouts the tester did not write and near misses that must stay as they were:
// - a line naming a figure of its own right under a Förderung table's closing total is outside the table
//   (../../src/core/mapper/closingTotal.ts);
// - abbreviated change heads "Verändg.", "Verändrg." (../../src/core/columnRoles.ts);
// - an allocation title holds neither for "Budgetplanung (vorl. Zuteilung)" nor below a Plan/Soll head (allocationTitle.ts);
// - "Verwaltungsaufwand gesamt", "Verwaltungsausgaben" name the Verwaltungshaushalt (vocabulary.ts);
// - "Zuteilung vom | <date>": a dating word before a date is the date of its words (trailingDateWord.ts);
// - a gender head over blocks separated by blank rows heads them all; change rows take the parts (genderHeadBlocks.ts);
// - "Summe", a blank row, "nachrichtlich: …": the Förderung table ends at its total (closingTotal.ts);
// - "BG" in a unit column counts Bedarfsgemeinschaften (valuesRight.ts, unitColumn.ts);
// - "1 | 2 | 3 | 4 und mehr" under "Personen je BG": bare household sizes (bareSizeRows.ts);
// - "in % der eLb" under "davon Langzeitleistungsbezieher": the share of the row above (shareUnderRow.ts).
import { proposeMapping, readColumn, type Proposal } from "../../src/core/mapper";
import { date, num, pct, rows, usedCells, type Layout, type LayoutCell } from "../fixtures/layouts";

function map(sheets: Layout["sheets"], planYear?: number): Map<string, Proposal> {
  const all = planYear ? [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets] : sheets;
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}

const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);

describe("a figure's own line right under a Förderung table's closing total", () => {
  const instruments: Array<[string, number, number]> = [
    ["FbW", 120, 110],
    ["EGZ", 80, 85],
    ["Maßnahmen § 45 SGB III", 300, 290],
    ["AGH", 60, 50],
  ];
  it.each([
    ["Summe", "Planeintritte laut Textteil"],
    ["Gesamt", "geplante Eintritte insgesamt (vgl. Kapitel 3)"],
    ["Insgesamt", "Summe geplanter Eintritte (Textteil)"],
  ])("%s, then %s", (total, line) => {
    const by = map(
      [
        {
          name: "Förderung",
          cells: rows("A1", [
            ["Förderplanung 2025"],
            ["Instrument", "Ist 2024", "Plan 2025"],
            ...instruments.map(([n, i, p]) => [n, num(i), num(p)]),
            [total, num(560), num(535)],
            [line, null, num(535)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "FOE_Tabelle")).toBe("Förderung!$A$2:$C$7");
    expect(high(by, "FOE_Eintritte_Plan")).toBe("Förderung!$C$8");
  });

  it("near miss: a first row 'gesamt' over its parts is no closing total; a budget table is not claimed", () => {
    const by = map(
      [
        {
          name: "Budget",
          cells: rows("A1", [
            ["Budgetplanung 2025"],
            ["Position", "Ist 2024", "Plan 2025"],
            ["Verwaltungskosten gesamt", num(10_000_000), num(10_500_000)],
            ["  davon Bundesanteil EinglMV", num(8_000_000), num(8_300_000)],
            ["  davon kommunaler Finanzierungsanteil", num(1_500_000), num(1_600_000)],
          ]),
        },
      ],
      2025,
    );
    expect(by.get("FOE_Tabelle")).toBeUndefined();
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$3");
  });

  it("near miss: an instrument row after the total keeps the table going (no figure of its own)", () => {
    const by = map(
      [
        {
          name: "Förderung",
          cells: rows("A1", [
            ["Förderplanung 2025"],
            ["Instrument", "Ist 2024", "Plan 2025"],
            ...instruments.map(([n, i, p]) => [n, num(i), num(p)]),
            ["Summe", num(560), num(535)],
            ["Einstiegsgeld", num(20), num(25)],
          ]),
        },
      ],
      2025,
    );
    expect(by.get("FOE_Tabelle")?.ref).toBe("Förderung!$A$2:$C$8");
  });
});

describe("abbreviated change heads", () => {
  it.each(["Verändg. %", "Verändrg.", "Veränd. in %"])("%s is a change", (head) => {
    expect(readColumn(head).kind).toBe("change");
  });
  it.each(["verändert", "unverändert", "Veranstaltung"])("near miss: %s is none", (head) => {
    expect(readColumn(head).kind).toBeUndefined();
  });

  it.each([
    ["voraussichtl. 2024", "Ziel 2025", "Verändg. %"],
    ["Ist 2024 (vorl.)", "Zielwert 2025", "Verändrg. ggü. VJ"],
  ])("%s | %s | %s: target and change of IQ and LZB", (prev, target, change) => {
    const chg = (a: number, b: number): LayoutCell => pct(Math.round((b / a - 1) * 1000) / 1000);
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Zielwerte 2025"],
            [null, prev, target, change],
            ["IQ", pct(0.22), pct(0.23), chg(0.22, 0.23)],
            ["IQ Frauen", pct(0.2), pct(0.21), chg(0.2, 0.21)],
            ["Bestand LZB", num(1600), num(1550), chg(1600, 1550)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "ZIE_IQ")).toBe("Ziele!$C$3");
    expect(high(by, "ZIE_IQ_Veraenderung")).toBe("Ziele!$D$3");
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe("Ziele!$D$4");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$5");
    expect(high(by, "ZIE_LZB_Veraenderung")).toBe("Ziele!$D$5");
  });
});

describe("an allocation title and the planned budgets", () => {
  it.each(["Budgetplanung 2025 (vorl. Zuteilung)", "Haushaltsplanung 2025 (auf Basis der Mittelzuweisung)"])(
    "%s: the rows are planned budgets",
    (title) => {
      const by = map(
        [
          {
            name: "Budget",
            cells: rows("A1", [
              [title],
              ["Position", "Ist 2024", "Plan 2025"],
              ["Verwaltungskostenbudget gesamt", num(20_000_000), num(21_000_000)],
              ["Eingliederungsbudget inkl. BEZ", num(12_000_000), num(12_500_000)],
            ]),
          },
        ],
        2025,
      );
      expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$3");
      expect(high(by, "BUD_EB_Gesamt")).toBe("Budget!$C$4");
      expect(by.get("BUD_VWT_Zuteilung")).toBeUndefined();
    },
  );

  it("an allocation block, then a head with Soll/Plan: the block below holds planned budgets", () => {
    const by = map(
      [
        {
          name: "Finanzen",
          cells: rows("A1", [
            ["Zuteilung nach EinglMV 2025 (vorläufig)"],
            ["Eingliederungstitel inkl. BEZ", num(15_000_000)],
            ["Verwaltungskostentitel", num(18_000_000)],
            [],
            ["Ansatz", "Soll 2024", "Plan 2025"],
            ["Gesamtverwaltungskosten", num(22_000_000), num(23_000_000)],
            ["Eingliederungsbudget", num(14_000_000), num(14_500_000)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Finanzen!$B$3");
    expect(high(by, "BUD_EGT_Zuteilung")).toBe("Finanzen!$B$2");
    expect(high(by, "BUD_VH_Gesamt")).toBe("Finanzen!$C$6");
  });

  it("near miss: under the allocation title without a plan head the amounts stay allocations", () => {
    const by = map(
      [
        {
          name: "Finanzen",
          cells: rows("A1", [
            ["Mittelzuweisung 2025"],
            ["Eingliederungstitel inkl. BEZ", num(15_000_000)],
            ["Verwaltungskostentitel", num(18_000_000)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "BUD_VWT_Zuteilung")).toBe("Finanzen!$B$3");
    expect(by.get("BUD_VH_Gesamt")).toBeUndefined();
  });
});

describe("administrative costs worded as expenditure", () => {
  it.each(["Verwaltungsaufwand gesamt", "Verwaltungsausgaben insgesamt", "Gesamtverwaltungsaufwand"])("%s", (label) => {
    const by = map(
      [{ name: "Budget", cells: rows("A1", [["Haushalt 2025"], ["Position", "Ist 2024", "Plan 2025"], [label, num(9_000_000), num(9_400_000)], ["Eingliederungsbudget", num(4_000_000), num(4_200_000)]]) }],
      2025,
    );
    expect(high(by, "BUD_VH_Gesamt")).toBe("Budget!$C$3");
  });
  it.each(["Personalaufwand", "Aufwand gesamt"])("near miss: %s names no budget", (label) => {
    const by = map(
      [{ name: "Budget", cells: rows("A1", [["Haushalt 2025"], ["Position", "Ist 2024", "Plan 2025"], [label, num(9_000_000), num(9_400_000)], ["Eingliederungsbudget", num(4_000_000), num(4_200_000)]]) }],
      2025,
    );
    expect(by.get("BUD_VH_Gesamt")).toBeUndefined();
  });
});

describe("a dating word before a date", () => {
  it.each(["Zuteilung vom", "Zuteilung per", "Mittelzuweisung vom"])("%s | date", (label) => {
    const by = map(
      [
        {
          name: "Finanzen",
          cells: rows("A1", [
            ["Zuteilung nach EinglMV 2025"],
            ["Eingliederungstitel inkl. BEZ", num(15_000_000)],
            [label, date(45644)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "BUD_Zuteilung_Stand")).toBe("Finanzen!$B$3");
  });
  // One dating-word rule reads the label as the date's (./trailingDateWord.ts); the amount then fails the type check,
  // so the proposal is at most "zu prüfen" with that reason.
  it("near miss: 'Zuteilung vom' before an amount is never a sure date", () => {
    const by = map(
      [{ name: "Finanzen", cells: rows("A1", [["Zuteilung nach EinglMV 2025"], ["Zuteilung vom", num(1_200_000)]]) }],
      2025,
    );
    const p = by.get("BUD_Zuteilung_Stand");
    expect(p === undefined || (p.confidence === "low" && p.reasonId === "typ")).toBe(true);
  });
});

describe("a gender head over blocks apart by blank rows", () => {
  it.each([
    ["Insgesamt", "Männer", "Frauen", "LZB-Bestand", "Ziel 2025"],
    ["gesamt", "männlich", "weiblich", "Bestand Langzeitleistungsbezieher", "Zielwert 2025"],
  ])("%s | %s | %s over IQ, blank, %s", (tot, men, women, lzb, target) => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Zielsteuerung 2025"],
            [null, tot, men, women],
            ["Integrationsquote 2024", pct(0.25), pct(0.28), pct(0.22)],
            [`Integrationsquote ${target}`, pct(0.26), pct(0.29), pct(0.23)],
            ["Veränderung ggü. 2024", pct(0.04), pct(0.036), pct(0.045)],
            [],
            [`${lzb} 2024`, num(2000), num(950), num(1050)],
            [`${lzb} ${target}`, num(1950), num(930), num(1020)],
            ["Veränderung ggü. 2024", pct(-0.025), pct(-0.021), pct(-0.029)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "ZIE_IQ_Maenner_Veraenderung")).toBe("Ziele!$C$5");
    expect(high(by, "ZIE_IQ_Frauen_Veraenderung")).toBe("Ziele!$D$5");
    expect(high(by, "ZIE_LZB_Maenner_VJ")).toBe("Ziele!$C$7");
    expect(high(by, "ZIE_LZB_Frauen")).toBe("Ziele!$D$8");
    expect(high(by, "ZIE_LZB_Frauen_Veraenderung")).toBe("Ziele!$D$9");
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$B$8");
  });

  it("near miss: a block under a new head of its own is not the gender head's", () => {
    const by = map(
      [
        {
          name: "Ziele",
          cells: rows("A1", [
            ["Zielsteuerung 2025"],
            [null, "Insgesamt", "Männer", "Frauen"],
            ["Integrationsquote Ziel 2025", pct(0.26), pct(0.29), pct(0.23)],
            [],
            [null, "Ist 2024", "Ziel 2025", "Abw."],
            ["LZB-Bestand", num(2000), num(1950), num(-50)],
          ]),
        },
      ],
      2025,
    );
    expect(by.get("ZIE_LZB_Maenner")).toBeUndefined();
    expect(by.get("ZIE_LZB_Frauen_VJ")).toBeUndefined();
    expect(high(by, "ZIE_LZB")).toBe("Ziele!$C$6");
  });
});

describe("a Förderung table's total, a blank row and a memo line", () => {
  const body = [
    ["FbW", num(300), num(280)],
    ["EGZ", num(150), num(160)],
    ["AGH", num(200), num(180)],
  ];
  it.each(["nachrichtlich: Eintritte Reha", "nachr. Eintritte ESF-Programme", "zur Information: Eintritte Reha"])("Summe, blank, %s", (memo) => {
    const by = map(
      [
        {
          name: "Förderung",
          cells: rows("A1", [["Eintrittsplanung"], ["Maßnahme", "Ist 2024", "Plan 2025"], ...body, ["Summe", num(650), num(620)], [], [memo, num(40), num(35)]]),
        },
      ],
      2025,
    );
    expect(high(by, "FOE_Tabelle")).toBe("Förderung!$A$2:$C$6");
  });
  it("near miss: instruments after a blank row without a total before it still continue the table (unsure)", () => {
    const by = map(
      [
        {
          name: "Förderung",
          cells: rows("A1", [["Eintrittsplanung"], ["Maßnahme", "Ist 2024", "Plan 2025"], ...body, [], ["Einstiegsgeld", num(40), num(35)], ["Summe", num(690), num(655)]]),
        },
      ],
      2025,
    );
    expect(by.get("FOE_Tabelle")?.ref).toBe("Förderung!$A$2:$C$8");
  });
});

describe("customer figures in a unit column with 'BG'", () => {
  it.each(["BG", "BGs"])("Alleinerziehende | %s | counts", (unit) => {
    const by = map(
      [
        {
          name: "Kunden",
          cells: rows("A1", [
            ["Kundenstruktur", null, num(2023, "0"), num(2024, "0")],
            ["eLb (JD)", "Pers.", num(43_000), num(42_000)],
            ["LZB-Anteil", "%", pct(0.63), pct(0.64)],
            ["Alleinerziehende", unit, num(6800), num(6900)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "KUN_Alleinerziehende")).toBe("Kunden!$D$4");
    expect(high(by, "KUN_Alleinerziehende_VJ")).toBe("Kunden!$C$4");
  });
});

describe("bare household sizes under a heading naming persons per BG", () => {
  it.each([
    ["Personen je BG", ["1", "2", "3", "4 und mehr"]],
    ["BG nach Zahl der Personen", ["1", "2", "3-4", "5+"]],
  ])("%s over %j", (heading, sizes) => {
    const by = map(
      [
        {
          name: "Kunden",
          cells: rows("A1", [["Bedarfsgemeinschaften"], [heading, "Anteil"], ...sizes.map((s, i) => [s, pct([0.5, 0.25, 0.15, 0.1][i], "0%")])]),
        },
      ],
      2025,
    );
    expect(high(by, "KUN_BG_Groesse")).toBe("Kunden!$A$3:$B$6");
  });
  it("near miss: bare numbers without such a heading are no household sizes", () => {
    const by = map([{ name: "Kunden", cells: rows("A1", [["Nr.", "Anteil"], ["1", pct(0.5)], ["2", pct(0.3)], ["3", pct(0.2)]]) }], 2025);
    expect(by.get("KUN_BG_Groesse")).toBeUndefined();
  });
});

describe("a share row naming only its base under the part's row", () => {
  it.each([
    ["davon Langzeitleistungsbezieher", "in % der eLb"],
    ["dar. LZB", "Anteil an allen eLb"],
    ["Langzeitleistungsbezieher", "% aller eLb"],
  ])("%s over %s", (part, share) => {
    const by = map(
      [
        {
          name: "Struktur",
          cells: rows("A1", [
            ["Strukturdaten"],
            ["Merkmal", "2023", "2024"],
            ["erwerbsfähige Leistungsberechtigte", num(4200), num(4100)],
            [part, num(2200), num(2150)],
            [share, pct(0.524), pct(0.524)],
          ]),
        },
      ],
      2025,
    );
    expect(high(by, "KUN_Anteil_LZB")).toBe("Struktur!$C$5");
    expect(high(by, "KUN_Anteil_LZB_VJ")).toBe("Struktur!$B$5");
  });
  it("near miss: 'in % der eLb' under the eLb row itself names no share figure", () => {
    const by = map(
      [
        {
          name: "Struktur",
          cells: rows("A1", [["Strukturdaten"], ["Merkmal", "2023", "2024"], ["erwerbsfähige Leistungsberechtigte", num(4200), num(4100)], ["in % der eLb", pct(1), pct(1)]]),
        },
      ],
      2025,
    );
    expect(by.get("KUN_Anteil_LZB")).toBeUndefined();
  });
});
