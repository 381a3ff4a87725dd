// Tests of namen/jahr-kopf: the header row a table name includes must fit AIP_Planjahr.
import { headerYear, namenJahrKopf } from "../../../../src/core/rules/namen/jahr-kopf";
import type { CellValue } from "../../../../src/core/snapshot";
import { changeExample, mapNameEntry } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const withHeader = (header: CellValue[], planYear = 2024) => () =>
  mapNameEntry(changeExample({ AIP_Planjahr: planYear }), "FOE_Tabelle", (e) => ({
    ...e,
    values: [header, ...e.values!],
    formulas: [header.map(() => null), ...e.formulas!],
    numberFormats: [header.map(() => "General"), ...e.numberFormats!],
  }));

/** A two-row head ("Ist | Plan" over "2023 | 2024"): its years are read from both rows joined. */
const withHeads = (heads: CellValue[][], planYear = 2024) => () =>
  mapNameEntry(changeExample({ AIP_Planjahr: planYear }), "FOE_Tabelle", (e) => ({
    ...e,
    values: [...heads, ...e.values!],
    formulas: [...heads.map((h) => h.map(() => null)), ...e.formulas!],
    numberFormats: [...heads.map((h) => h.map(() => "General")), ...e.numberFormats!],
  }));

testRule(namenJahrKopf, {
  valid: [
    { name: "zweizeiliger Kopf passt (Art über Jahr)", snapshot: withHeads([["Instrument", "Ebene", "Ist", "Plan", "Begründung"], [null, null, 2023, 2024, null]]) },
    { name: "zweizeiliger Kopf passt (Jahr über Art)", snapshot: withHeads([[null, null, "2023", "2024", null], ["Instrument", "Ebene", "Ist", "Plan", "Begründung"]]) },
    { name: "Kopf passt", snapshot: withHeader(["Instrument", "Ebene", "Ist 2023", "Plan 2024", "Begründung"]) },
    { name: "zweistellig und Soll", snapshot: withHeader(["Instrument", "Ebene", "IST 23", "Soll 24", null]) },
    { name: "Kopf ohne Jahre", snapshot: withHeader(["Instrument", "Ebene", "Ist (Vorjahr)", "Plan (Planjahr)", "Begründung"], 2025) },
    { name: "Veränderungsspalte zählt nicht", snapshot: withHeader(["Instrument", "Ebene", "Ist 2023", "Plan 2024", "Veränderung 2024 ggü. 2023"]) },
  ],
  invalid: [
    {
      name: "Kopie fürs nächste Jahr: Planjahr 2025, Kopf noch 2023/2024",
      snapshot: withHeader(["Instrument", "Ebene", "Ist 2023", "Plan 2024", "Begründung"], 2025),
      findings: [
        {
          rule: "namen/jahr-kopf",
          severity: "warning",
          messageId: "jahrKopf",
          data: { name: "FOE_Tabelle", header: "Instrument | Ebene | Ist 2023 | Plan 2024 | Begründung", planYear: 2025, previousYear: 2024 },
          names: ["FOE_Tabelle", "AIP_Planjahr"],
          cells: ["Förderung!C3", "Förderung!D3", "Haushalt!B4"],
          message:
            "FOE_Tabelle (Förderübersicht (Ist Vorjahr, Plan Planjahr)): Kopfzeile „Instrument | Ebene | Ist 2023 | Plan 2024 | Begründung“ passt nicht zum Planjahr 2025 (erwartet Ist 2024, Plan 2025) – Kopie des Vorjahres? Kopf und Zuordnung prüfen: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        },
      ],
    },
    {
      name: "zweizeiliger Kopf der Kopie fürs nächste Jahr: Planjahr 2025, Jahre darunter noch 2023/2024",
      snapshot: withHeads([["Instrument", "Ebene", "Ist", "Plan", "Begründung"], [null, null, 2023, 2024, null]], 2025),
      findings: [
        {
          rule: "namen/jahr-kopf",
          severity: "warning",
          messageId: "jahrKopf",
          data: { name: "FOE_Tabelle", header: "Instrument | Ebene | Ist 2023 | Plan 2024 | Begründung", planYear: 2025, previousYear: 2024 },
          names: ["FOE_Tabelle", "AIP_Planjahr"],
        },
      ],
    },
    {
      name: "nur die Ist-Spalte falsch",
      snapshot: withHeader(["Instrument", "Ebene", "Ist 2022", "Plan 2024", null]),
      findings: [
        {
          rule: "namen/jahr-kopf",
          severity: "warning",
          messageId: "jahrKopf",
          data: { name: "FOE_Tabelle", header: "Instrument | Ebene | Ist 2022 | Plan 2024", planYear: 2024, previousYear: 2023 },
          names: ["FOE_Tabelle", "AIP_Planjahr"],
        },
      ],
    },
  ],
});

describe("headerYear", () => {
  it.each([
    ["Ist 2023", { role: "ist", year: 2023 }],
    ["IST 23", { role: "ist", year: 2023 }],
    ["Plan 2024", { role: "plan", year: 2024 }],
    ["Soll 2024", { role: "plan", year: 2024 }],
    ["Ziel 24", { role: "plan", year: 2024 }],
    ["Veränderung ggü. VJ in %", undefined],
    ["Instrument", undefined],
    ["2024", undefined],
  ])("%s", (text, expected) => {
    expect(headerYear(text)).toEqual(expected);
  });
});
