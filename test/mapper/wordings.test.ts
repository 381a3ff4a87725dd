// Property-style label tests (issue 13 §4): per contract figure, wordings built from independent parts
// (core wording × decoration: footnote marks, units, bracketed abbreviations, davon/darunter/Anzahl
// prefixes, "gesamt" suffixes, upper case, a trailing colon) must be proposed "sicher" at the right cell in
// an otherwise clear workbook, and near misses must never be "sicher" for the figure.
import { contractName } from "../../src/core/contract";
import { matchLabelText, proposeMapping } from "../../src/core/mapper";
import { num, pct, rows, usedCells, vz, type Layout, type LayoutCell } from "../fixtures/layouts";

type Role = "current" | "previous" | "change";

interface Figure {
  name: string;
  sheet: string;
  role: Role;
  /** Core wordings (each a different way to say it). */
  cores: string[];
  /** Decorations that keep the meaning; "%s" is the core. */
  decorations?: string[];
  /** Labels that must not be proposed high for this figure. */
  nearMisses: string[];
}

const GENERAL = ["%s", "%s¹", "%s*", "%s:", "%s 2024", "%s insgesamt", "Anzahl %s"];
const MONEY = ["%s", "%s¹", "%s in €", "%s (EUR)", "Summe %s", "%s gesamt", "%s:"];
const SHARE = ["%s", "%s in %", "%s (%)", "%s¹", "%s:", "%s insgesamt"];
const PART = ["%s", "davon %s", "darunter %s", "%s¹", "%s in €", "davon %s:"];

const FIGURES: Figure[] = [
  {
    name: "BUD_VH_Gesamt",
    sheet: "Haushalt",
    role: "current",
    cores: ["Verwaltungshaushalt", "Verwaltungsbudget", "VWH", "Verwaltungskosten", "Budget der Verwaltung (VWH)", "Verwaltungskostenbudget"],
    decorations: MONEY,
    nearMisses: ["Umschichtung in den VWH", "Verwaltungshaushalt kommunaler Anteil", "Zuteilung Verwaltungstitel", "Eingliederungsbudget", "Verwaltungshaushalt Bund (EinglMV)"],
  },
  {
    name: "BUD_EB_Gesamt",
    sheet: "Haushalt",
    role: "current",
    cores: ["Eingliederungsbudget", "Eingliederungstitel", "EGT", "Eingliederungsmittel", "Eingliederungstitel (EGT) inkl. BEZ", "Budget für Eingliederung"],
    decorations: MONEY,
    nearMisses: ["Eingliederungsbudget 2023", "EGT Zuteilung", "Umschichtung aus dem EGT", "Vorbindungen EGT", "Verwaltungshaushalt", "Eingliederungstitel lt. EinglMV (Mittelzuweisung)"],
  },
  {
    name: "BUD_EB_Vorbindungen",
    sheet: "Haushalt",
    role: "current",
    cores: ["Vorbindungen", "Bindungen aus Vorjahren", "Vorbelastungen", "gebundene Mittel", "bereits gebundene Mittel (EGT)"],
    decorations: PART,
    nearMisses: ["Neubewilligungen", "Eingliederungsbudget", "Umschichtungen", "Verwaltungshaushalt"],
  },
  {
    name: "BUD_VH_KFA",
    sheet: "Haushalt",
    role: "current",
    cores: ["kommunaler Finanzierungsanteil", "KFA", "KoFi", "kommunale Kofinanzierung", "komm. Finanzierungsanteil (KFA)"],
    decorations: PART,
    nearMisses: ["Bundesanteil", "Verwaltungshaushalt", "Umschichtung", "Anteil Kommune am Personal"],
  },
  {
    name: "PER_VZAE_Gesamt",
    sheet: "Personal",
    role: "current",
    cores: ["Vollzeitäquivalente", "VZÄ", "Personalkapazität (VZÄ)", "Stellen in VZÄ", "Vollzeitstellen"],
    decorations: ["%s", "%s gesamt", "Summe %s", "%s¹", "%s insgesamt", "%s:"],
    nearMisses: ["VZÄ Frauen", "Anteil VZÄ BA", "VZÄ nach Bereichen", "Köpfe"],
  },
  {
    name: "PER_Beschaeftigte",
    sheet: "Personal",
    role: "current",
    cores: ["Beschäftigte", "Mitarbeitende", "Mitarbeiterinnen und Mitarbeiter", "Köpfe", "Anzahl MA", "Personalbestand (Köpfe)"],
    decorations: ["%s", "%s gesamt", "%s insgesamt", "%s¹", "%s:", "Summe %s"],
    nearMisses: ["Anteil Frauen an den Beschäftigten", "Vollzeitäquivalente", "Beschäftigte BA", "Beschäftigte nach Bereichen"],
  },
  {
    name: "PER_Anteil_Frauen",
    sheet: "Personal",
    role: "current",
    cores: ["Anteil Frauen", "Frauenanteil", "weiblich", "Anteil weibl. Beschäftigte", "Frauenquote", "Mitarbeiterinnen"],
    decorations: SHARE,
    nearMisses: ["Anteil Männer", "IQ Frauen", "LZB Frauen", "Frauen und Männer"],
  },
  {
    name: "ZIE_IQ",
    sheet: "Ziele",
    role: "current",
    cores: ["Integrationsquote", "IQ", "Integrationsquote (IQ)", "Integrationsquote (IQ) Zielwert", "Integrationsquote gesamt (JFW in %)", "K2 Integrationsquote"],
    decorations: SHARE,
    nearMisses: ["Integrationsquote Frauen", "IQ Männer", "Integrationen", "Langzeitleistungsbezieher"],
  },
  {
    name: "ZIE_Integrationen_VJ",
    sheet: "Ziele",
    role: "previous",
    cores: ["Integrationen", "Integrationen Vorjahr", "Anzahl Integrationen (IST)", "Integrationen in Erwerbstätigkeit"],
    decorations: ["%s", "%s¹", "%s:", "%s gesamt", "Summe %s", "%s insgesamt"],
    nearMisses: ["Integrationen (Prognose 2024)", "Integrationsquote", "Integrationen Frauen", "Integrationsprogramm"],
  },
  {
    name: "ZIE_LZB",
    sheet: "Ziele",
    role: "current",
    cores: ["LZB", "Langzeitleistungsbezieher", "Langzeitleistungsbeziehende", "Bestand LZB (JDW)", "Langzeit-Leistungsbeziehende (LZB)"],
    decorations: ["%s", "%s¹", "%s gesamt", "%s:", "%s insgesamt", "Bestand %s"],
    nearMisses: ["Langzeitarbeitslose", "Langzeitarbeitslosigkeit", "Anteil LZB", "LZB Frauen", "Anteil Frauen an den LZB"],
  },
  {
    name: "KUN_Anteil_LZB",
    sheet: "Kunden",
    role: "current",
    cores: ["Anteil LZB", "Anteil Langzeitleistungsbezieher (LZB)", "LZB-Anteil", "Anteil der Langzeitleistungsbeziehenden an den eLb", "LZB-Quote"],
    decorations: SHARE,
    nearMisses: ["Anteil Frauen an den LZB", "Anteil Männer LZB", "Anteil Langzeitarbeitslose", "Anteil LZB an den Arbeitslosen"],
  },
  {
    name: "KUN_Anteil_Auslaender",
    sheet: "Kunden",
    role: "current",
    cores: ["Anteil ausländischer Arbeitsloser", "Ausländeranteil", "Anteil Ausländer", "Ausl. Alo", "Anteil nichtdeutsche Arbeitslose"],
    decorations: SHARE,
    nearMisses: ["Ausländeranteil an den eLb", "Anteil Jugendliche", "Ausländer Frauen", "Anteil ausländische Bedarfsgemeinschaften"],
  },
  {
    name: "KUN_Anteil_Jugendliche",
    sheet: "Kunden",
    role: "current",
    cores: ["Anteil arbeitsloser Jugendlicher", "Anteil arbeitslose Jugendliche (U25)", "Anteil U25", "Anteil unter 25-Jährige", "Jugendliche Arbeitslose"],
    decorations: SHARE,
    nearMisses: ["Anteil Jugendliche an den eLb", "Anteil Ausländer", "Jugendliche Frauen", "Integrationsquote U25"],
  },
  {
    name: "KUN_Alleinerziehende",
    sheet: "Kunden",
    role: "current",
    cores: ["Alleinerziehende", "Alleinerziehende im Leistungsbezug", "Alleinerz. eLb", "alleinerziehende Leistungsberechtigte"],
    decorations: ["%s", "%s¹", "Anzahl %s", "%s:", "%s gesamt", "%s insgesamt"],
    nearMisses: ["Anteil Alleinerziehende", "Alleinerziehende Frauen", "Alleinerziehende Männer", "Jugendliche"],
  },
];

const HEADER: Record<Role, (sheet: string) => string> = {
  current: (sheet) => (sheet === "Kunden" ? "2023" : sheet === "Ziele" ? "Ziel 2024" : "Plan 2024"),
  previous: () => "Ist 2023",
  change: () => "Veränderung ggü. VJ",
};

function valueFor(name: string): LayoutCell {
  switch (contractName(name)!.kind) {
    case "money":
    case "moneySigned":
      return num(1_500_000);
    case "count":
    case "stock":
      return num(420);
    case "share":
    case "change":
      return pct(0.123);
    case "vzae":
      return vz(112.5);
    default:
      return 1;
  }
}

function workbook(fig: Figure, label: string): Layout {
  return {
    id: "w",
    title: "w",
    sheets: [
      { name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2024, "0")]]) },
      { name: fig.sheet, cells: rows("A1", [["Kennzahl", HEADER[fig.role](fig.sheet)], [label, valueFor(fig.name)]]) },
    ],
  };
}

function wordings(fig: Figure): string[] {
  const out = new Set<string>();
  const decorations = fig.decorations ?? GENERAL;
  for (let i = 0; out.size < Math.max(10, fig.cores.length * 2) && i < fig.cores.length * decorations.length; i++) {
    const core = fig.cores[i % fig.cores.length];
    const deco = decorations[Math.floor(i / fig.cores.length) % decorations.length];
    out.add(deco.replace("%s", core));
  }
  out.add(fig.cores[0].toUpperCase());
  return [...out];
}

describe.each(FIGURES.map((f) => [f.name, f] as const))("%s", (_name, fig) => {
  const all = wordings(fig);
  it("has at least 8 wordings and 4 near misses", () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(fig.nearMisses.length).toBeGreaterThanOrEqual(4);
  });

  it.each(all)("„%s“ is proposed sicher at the value", (label) => {
    const result = proposeMapping(usedCells(workbook(fig, label)));
    const p = result.proposals.find((x) => x.name === fig.name);
    expect(p).toMatchObject({ confidence: "high", ref: `${fig.sheet}!$B$2` });
    // Nothing else takes the same cell for sure.
    expect(result.proposals.filter((x) => x.confidence === "high" && x.ref === `${fig.sheet}!$B$2` && x.name !== fig.name).map((x) => x.name)).toEqual([]);
  });

  it.each(fig.nearMisses)("„%s“ is never sicher for the figure", (label) => {
    const result = proposeMapping(usedCells(workbook(fig, label)));
    const p = result.proposals.find((x) => x.name === fig.name);
    expect(p?.confidence).not.toBe("high");
  });
});

describe("matchLabelText: a phrase from a sentence, for the programme document", () => {
  it.each([
    ["Integrationsquote (IQ) beträgt", "ZIE_IQ"],
    ["erwerbsfähigen Leistungsberechtigten", "ZIE_ELB_VJ"],
    ["Anteil der Langzeitleistungsbezieher", "KUN_Anteil_LZB"],
    ["Eingliederungstitels", "BUD_EB_Gesamt"],
    ["Integrationen im Jahr 2023", "ZIE_Integrationen_VJ"],
  ])("„%s“ → %s first", (text, name) => {
    const found = matchLabelText(text, { planYear: 2024 });
    expect(found[0]?.name).toBe(name);
  });

  it("a phrase of no figure gives nothing, and a 2023 IQ in 2024 is the previous year's", () => {
    expect(matchLabelText("sehr geehrte Damen und Herren")).toEqual([]);
    expect(matchLabelText("Integrationsquote 2023", { planYear: 2024 })[0]?.name).toBe("ZIE_IQ_VJ");
  });
});

describe("the allocation of the Eingliederungstitel (controller checks' BUD_EGT_Zuteilung, described before the contract has it)", () => {
  it.each(["EGT Zuteilung", "Mittelzuweisung Eingliederungstitel", "Eingliederungstitel lt. EinglMV", "Orientierungswert EGT", "Schätzwert EGT"])("„%s“ is the allocation, never BUD_EB_Gesamt", (label) => {
    expect(matchLabelText(label)[0]?.name).toBe("BUD_EGT_Zuteilung");
    const result = proposeMapping(usedCells(workbook(FIGURES.find((f) => f.name === "BUD_EB_Gesamt")!, label)));
    expect(result.proposals.find((p) => p.name === "BUD_EB_Gesamt")).toBeUndefined();
  });
});

it("the planned ELB (ZIE_ELB) and last year's (ZIE_ELB_VJ) are told apart by the column", () => {
  const layout: Layout = {
    id: "elb",
    title: "elb",
    sheets: [{ name: "Ziele", cells: rows("A1", [["Kennzahl", "Ist 2024", "Plan 2025"], ["eLb (JDW)", num(4560), num(4400)], ["Integrationsquote", pct(0.16), pct(0.17)]]) }],
  };
  const by = new Map(proposeMapping(usedCells(layout)).proposals.map((p) => [p.name, p]));
  expect(by.get("ZIE_ELB_VJ")).toMatchObject({ ref: "Ziele!$B$2", confidence: "high" });
  expect(by.get("ZIE_ELB")).toMatchObject({ ref: "Ziele!$C$2", confidence: "high" });
});
