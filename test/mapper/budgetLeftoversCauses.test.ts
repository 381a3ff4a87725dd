// The causes behind the budget figures (BUD_*) still not sure across the released held-out sets, each tested with
// wordings and layouts the testers did not write, and near misses that stay not sure:
// - a booking-key column beside the amounts ("Produkt", "Kostenstelle", "HH-Stelle") holds no second amount;
// - a programme included in the Eingliederungsbudget ("inkl. ESF-Projekte") makes it no programme's budget;
// - "frei verfügbare Mittel für Neubewilligungen": the words of what is free to approve belong to the figure;
// - inside the Verwaltungshaushalt's composition the municipal body's part or a financing share not the Bund's is the KFA;
// - "Umschichtung EGT → VB": the budget the money moves into is the Verwaltungsbudget;
// - "commitments (VB)" under the Eingliederungsbudget: the group's short form of the part is its own word;
// - "Vorbindungen VJ", "commitments PY": a previous-year word says where the commitments come from;
// - "Verbindungen" in the Eingliederungsbudget's group is a spell checker's Vorbindungen.
import { proposeMapping, type Proposal } from "../../src/core/mapper";
import { num, rows, usedCells, type Layout } from "../fixtures/layouts";

type Row = Parameters<typeof rows>[1][number];

function map(sheets: Layout["sheets"], planYear = 2026): Map<string, Proposal> {
  const all = [{ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(planYear, "0")]]) }, ...sheets];
  const result = proposeMapping(usedCells({ id: "t", title: "t", sheets: all }));
  return new Map(result.proposals.map((p) => [p.name, p]));
}
const high = (by: Map<string, Proposal>, name: string) => (by.get(name)?.confidence === "high" ? by.get(name)!.ref : undefined);
const budget = (body: Row[], head: Row = ["Position", "Plan 2026"]) => map([{ name: "Haushalt", cells: rows("A1", [head, ...body]) }]);

describe("a booking-key column beside the amounts holds no second amount", () => {
  it.each([
    ["Kostenstelle", num(471120, "0")],
    ["HH-Stelle", "11.2.01"],
    ["Produkt-Nr.", "31.2.01"],
    ["Sachkonto", num(531100, "0")],
  ])("%s", (head, code) => {
    const by = budget(
      [
        ["Verwaltungshaushalt gesamt", num(7_000_000), num(7_400_000), code],
        ["Eingliederungsbudget (inkl. BEZ)", num(2_300_000), num(2_200_000), code],
      ],
      ["Position", "Ansatz 2025", "Ansatz 2026", head],
    );
    expect(high(by, "BUD_VH_Gesamt")).toBe("Haushalt!$C$2");
    expect(high(by, "BUD_EB_Gesamt")).toBe("Haushalt!$C$3");
  });

  it("near miss: a dotted code under no head stays a second number of the row", () => {
    const by = budget([["Verwaltungshaushalt gesamt", num(7_400_000), "31.2.02"]], ["Position", "Ansatz 2026"]);
    expect(high(by, "BUD_VH_Gesamt")).toBeUndefined();
  });
});

describe("a programme included in the Eingliederungsbudget", () => {
  it.each([["Eingliederungsmittel (inkl. ESF-Projekte)"], ["Eingliederungstitel (einschl. Landesprogramme, BEZ)"]])("%s", (label) => {
    expect(high(budget([[label, num(2_300_000)]]), "BUD_EB_Gesamt")).toBe("Haushalt!$B$2");
  });
  it.each([["Eingliederungsmittel Bundesprogramm rehapro"], ["Eingliederungsbudget ohne Bundesprogramme"]])("near miss: %s", (label) => {
    expect(high(budget([[label, num(2_300_000)]]), "BUD_EB_Gesamt")).toBeUndefined();
  });
});

describe("the words of what is free to approve belong to the Neubewilligungen", () => {
  it.each([["davon frei verfügbare Beträge für Neubewilligungen im Haushaltsjahr"], ["noch frei verfügbar für Neubewilligungen im Haushaltsjahr"]])("%s", (label) => {
    const by = budget([
      ["Eingliederungsbudget (inkl. BEZ)", num(3_400_000)],
      ["davon Vorbindungen", num(1_900_000)],
      [label, num(1_500_000)],
    ]);
    expect(high(by, "BUD_EB_Neubewilligungen")).toBe("Haushalt!$B$4");
  });
  it("near miss: the remaining funds after approvals are no plan figure", () => {
    const by = budget([
      ["Eingliederungsbudget (inkl. BEZ)", num(3_400_000)],
      ["davon Vorbindungen", num(1_900_000)],
      ["verfügbare Restmittel nach Neubewilligungen", num(200_000)],
    ]);
    expect(high(by, "BUD_EB_Neubewilligungen")).toBeUndefined();
  });
});

describe("the municipal part inside the Verwaltungshaushalt's composition is the KFA", () => {
  const vh = (third: string) =>
    budget([
      ["Verwaltungskosten insgesamt", num(9_000_000)],
      ["davon Bundesanteil lt. EinglMV", num(6_200_000)],
      ["davon Umschichtung aus dem EGT", num(1_400_000)],
      [third, num(1_400_000)],
    ]);
  it.each([["davon trägt die Stadt"], ["Finanzierungsanteil Freie Hansestadt Bremen"], ["davon Kofinanzierung Land (15,2 %)"]])("%s", (label) => {
    expect(high(vh(label), "BUD_VH_KFA")).toBe("Haushalt!$B$5");
  });
  it("near miss: the Bund's financing share is no KFA", () => {
    expect(high(vh("Finanzierungsanteil Bund"), "BUD_VH_KFA")).toBeUndefined();
  });
  it("near miss: a municipal row under the staff is no KFA", () => {
    const by = map([
      {
        name: "Personal",
        cells: rows("A1", [["Beschäftigte (Köpfe)", num(120, "0")], ["davon Kreis", num(30, "0")], ["davon BA", num(90, "0")]]),
      },
    ]);
    expect(by.get("BUD_VH_KFA")).toBeUndefined();
  });
  it("near miss: a financing share under the Eingliederungsbudget is no KFA", () => {
    const by = budget([
      ["Eingliederungsbudget (inkl. BEZ)", num(3_400_000)],
      ["Finanzierungsanteil Land", num(400_000)],
    ]);
    expect(high(by, "BUD_VH_KFA")).toBeUndefined();
  });
});

describe("the Umschichtung into the VB", () => {
  it.each([["Umschichtung EGT → VB"], ["davon Umschichtung in das VB"]])("%s", (label) => {
    const by = budget([
      ["Verwaltungsbudget gesamt", num(9_000_000)],
      ["davon Bundesmittel EinglMV", num(6_200_000)],
      [label, num(1_400_000)],
    ]);
    expect(high(by, "BUD_VH_Umschichtung")).toBe("Haushalt!$B$4");
  });
});

describe("the group's short form beside the part's word, and the commitments' origin", () => {
  const eb = (vorb: string, neu = "Neubewilligungen (NB)", head: Row = ["Position", "Plan 2026"]) =>
    budget(
      [
        ["Eingliederungsbudget (inkl. BEZ)", num(3_400_000), num(3_300_000)],
        [vorb, num(1_900_000), num(1_800_000)],
        [neu, num(1_500_000), num(1_500_000)],
      ],
      head,
    );
  it.each([["Vorbindungen (VB)"], ["prior-year commitments (VB)"], ["davon Vorbindungen VJ"], ["davon Bindungen PY"], ["Vorbindungen Vorjahre"]])("%s", (label) => {
    expect(high(eb(label, "Neubewilligungen (NB)", ["Position", "Plan 2026", "Ist 2025"]), "BUD_EB_Vorbindungen")).toBe("Haushalt!$B$3");
  });
  it("near miss: commitments among the instruments' rows are the Vermittlungsbudget's", () => {
    const by = budget([
      ["Eingliederungsbudget (inkl. BEZ)", num(3_400_000)],
      ["davon FbW", num(900_000)],
      ["davon Bindungen VB", num(300_000)],
      ["davon EGZ", num(700_000)],
    ]);
    expect(high(by, "BUD_EB_Vorbindungen")).toBeUndefined();
  });
  it("near miss: an explicit other year still names its year", () => {
    expect(high(eb("Vorbindungen 2025 (Ist)", "Neubewilligungen (NB)", ["Position", "Plan 2026", "Ist 2025"]), "BUD_EB_Vorbindungen")).toBeUndefined();
  });
  it("near miss: a previous-year word beside another part keeps its meaning", () => {
    expect(high(eb("Vorbindungen", "Neubewilligungen VJ", ["Position", "Plan 2026", "Ist 2025"]), "BUD_EB_Neubewilligungen")).toBeUndefined();
  });
});

describe("a spell checker's Verbindungen in the Eingliederungsbudget's group", () => {
  it.each([["davon Verbindungen aus Vorjahren"], ["– Verbindungen"]])("%s", (label) => {
    const by = budget([
      ["Eingliederungsmittel inkl. BEZ", num(3_400_000)],
      [label, num(1_900_000)],
      ["davon Neubewilligungen", num(1_500_000)],
    ]);
    expect(high(by, "BUD_EB_Vorbindungen")).toBe("Haushalt!$B$3");
  });
  it("near miss: Verbindungen outside the budget's group name nothing", () => {
    const by = map([{ name: "Sonstiges", cells: rows("A1", [["Kooperationen"], ["Verbindungen zu Trägern", num(14, "0")]]) }]);
    expect(by.get("BUD_EB_Vorbindungen")).toBeUndefined();
  });
});
