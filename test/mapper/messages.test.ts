// Message quality of the mapper and `aip map` text (review of issue 10): years without a thousands
// separator, areas by their German title, and why a found label has no value.
import { formatMapText } from "../../src/cli/formatMap";
import { proposeMapping } from "../../src/core/mapper";
import { num, rows, usedCells, type Layout } from "../fixtures/layouts";

const layout = (...sheets: Layout["sheets"]): Layout => ({ id: "t", title: "t", sheets });

test("the planning year is printed as 2025, not 2.025", () => {
  const result = proposeMapping(usedCells(layout({ name: "Eckdaten", cells: rows("A1", [["Planjahr", num(2025, "0")]]) })));
  expect(result.proposals.find((p) => p.name === "AIP_Planjahr")).toMatchObject({ value: 2025 });
  const text = formatMapText("x.xlsx", result);
  expect(text).toMatch(/AIP_Planjahr +Eckdaten!\$B\$1 = 2025 {2}/);
  expect(text).not.toContain("2.025");
});

test("a reason names the area by its German title, not its id", () => {
  const result = proposeMapping(usedCells(layout({ name: "Kunden", cells: rows("A1", [["Jahr", num(2024, "0")]]) })));
  const p = result.proposals.find((x) => x.name === "AIP_Planjahr")!;
  expect(p).toMatchObject({ confidence: "low", reasonId: "kontext" });
  expect(p.reason).toContain("steht im Bereich „Kunden“");
  expect(p.reason).not.toContain("„kunden“");
});

test("a label whose only value belongs to the previous year, or is text, says so", () => {
  const sheet = { name: "Budget", cells: rows("A1", [["Position", "Ist 2023"], ["Verwaltungshaushalt", num(9_800_000)], ["davon KFA", "1.500.000"]]) };
  const { missingReasons } = proposeMapping(usedCells(layout(sheet, { name: "Förderung", cells: rows("A1", [["Instrument", "Ist 2023", "Plan 2024"], ["Gesamt", num(120), num(130)], ["FbW", num(50), num(55)]]) })));
  const reason = (n: string) => missingReasons.find((m) => m.name === n)!;
  expect(reason("BUD_VH_Gesamt")).toMatchObject({ reasonId: "kein-wert" });
  expect(reason("BUD_VH_Gesamt").reason).toContain("Budget!B2 = 9.800.000 gehört nach dem Spaltenkopf „Ist 2023“ zum Vorjahr, gesucht: Planjahr");
  expect(reason("BUD_VH_KFA").reason).toContain("Budget!B3 = „1.500.000“ (als Text, keine Zahl)");
});
