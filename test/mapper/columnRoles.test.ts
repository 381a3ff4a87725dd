// The shared column-role vocabulary (src/core/columnRoles.ts) and the roles the mapper derives from it.
import { isTotalLabel, readColumn } from "../../src/core/columnRoles";
import { proposeMapping } from "../../src/core/mapper";
import { roleOf } from "../../src/core/mapper/roles";
import { num, pct, rows, usedCells } from "../fixtures/layouts";

it.each([
  ["Plan 2025", "plan", 2025],
  ["Soll 25", "plan", 2025],
  ["Zielwert", "plan", undefined],
  ["Ist 2024 (vorläufig)", "ist", 2024],
  ["Ergebnis 2024 (voraussichtlich)", "ist", 2024],
  ["VJ", "ist", undefined],
  ["Prognose 2024", "prognose", 2024],
  ["Hochrechnung 2025", "prognose", 2025],
  ["Veränderung ggü. VJ in %", "change", undefined],
  ["Δ 2025/2024", "change", undefined],
  ["Anteil am Gesamt", "share", undefined],
  ["Köpfe", "heads", undefined],
  ["VZÄ", "vzae", undefined],
  ["Standort Nord", "location", undefined],
  ["Dez 2023 – Nov 2024", "month", 2024],
  ["aktuell", "latest", undefined],
] as const)("„%s“ is %s (year %s)", (text, kind, year) => {
  const c = readColumn(text);
  expect(c.kind).toBe(kind);
  expect(c.year).toBe(year);
});

it.each([
  ["plan 2025", 2025, "current"],
  ["ist 2024", 2025, "previous"],
  ["ist 2025", 2025, "none"],
  ["prognose 2024", 2025, "previous"],
  ["prognose 2025", 2025, "none"],
  ["plan 2024", 2025, "none"],
  ["ergebnis 2024 voraussichtlich", 2025, "previous"],
  ["2024", 2025, "previous"],
] as const)("role of „%s“ in %s: %s", (text, planYear, role) => {
  expect(roleOf(text, planYear)).toBe(role);
});

it.each([["Summe", true], ["VZÄ gesamt", true], ["Insgesamt", true], ["Gesamt (Köpfe)", true], ["Zwischensumme", false], ["Gesamtsteuerung", false]])("„%s“ is a total row: %s", (label, total) => {
  expect(isTotalLabel(label)).toBe(total);
});

it("a % number format is evidence for a share: 'LZB' at 60 % on the customer sheet is KUN_Anteil_LZB", () => {
  const result = proposeMapping(usedCells({ id: "p", title: "p", sheets: [{ name: "Kunden", cells: rows("A1", [["Merkmal", "aktuell"], ["LZB", pct(0.6)], ["eLb", num(4400)]]) }] }));
  expect(result.proposals.find((p) => p.name === "KUN_Anteil_LZB")).toMatchObject({ ref: "Kunden!$B$2", confidence: "high" });
  expect(result.proposals.find((p) => p.name === "ZIE_LZB")).toBeUndefined();
});

// One vocabulary, two strictnesses: the mapper reads every word for a year's role (a person confirms its
// proposals), the check's FOE_Tabelle layout only Ist and Plan/Soll themselves (it reads columns unasked).
it.each([
  ["Vorjahr", "ist", undefined],
  ["Ergebnis 2023", "ist", undefined],
  ["Ziel", "plan", undefined],
  ["Planjahr", "plan", undefined],
  ["Ist2023", "ist", "ist"],
  ["IST 23", "ist", "ist"],
  ["Istwerte 2023", "ist", "ist"],
  ["Plan-Eintritte 2024", "plan", "plan"],
  ["Sollwert 2024", "plan", "plan"],
  ["Plan/Ist", "ist", undefined],
  ["Kosten Ist 2023", "ist", "money"],
  ["Ist 2023 in €", "ist", "money"],
  ["Kosten je Eintritt", undefined, undefined],
  ["Veränderung Mittel", "change", "change"],
  ["Ist 2023 in %", "ist", "share"],
  ["Entwicklung Ist 2023", "change", "change"],
] as const)("„%s“ reads loosely as %s and strictly as %s", (text, loose, strict) => {
  expect(readColumn(text).kind).toBe(loose);
  expect(readColumn(text, "strict").kind).toBe(strict);
});

it.each(["+/-", "Ist 2023 +/-", "± VJ", "+- Vorjahr"])("„%s“ is a change column (the sign survives folding)", (text) => {
  expect(readColumn(text).kind).toBe("change");
});
