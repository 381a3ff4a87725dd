// Tests of hinweis/instrument-veraltet: outdated legal names in any text cell of the named ranges, from the
// data table src/core/outdatedTerms.ts (issue 8 §2).
import { findOutdatedTerms } from "../../../../src/core/outdatedTerms";
import { hinweisInstrumentVeraltet } from "../../../../src/core/rules/hinweis/instrument-veraltet";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const FAV = foeRow("Förderung von Arbeitsverhältnissen");
const GESAMT = { name: "FOE_Tabelle", row: 11, column: "instrument", label: "" };
// FAV was not renamed: § 16e was re-enacted with new eligibility and § 16i added (issue 15 §6).
const EVL = { current: "Eingliederung von Langzeitarbeitslosen (EvL)", basis: "§ 16e SGB II", sinceDay: 1, sinceMonth: 1, sinceYear: 2019, added: "§ 16i SGB II (Teilhabe am Arbeitsmarkt)" };
const BUERGERGELD = { current: "Bürgergeld", basis: "§ 19 SGB II", sinceDay: 1, sinceMonth: 1, sinceYear: 2023 };
const renamed = () => example().setTableCell("FOE_Tabelle", FAV, "instrument", "Eingliederung von Langzeitarbeitslosen (§ 16e SGB II)");

testRule(hinweisInstrumentVeraltet, {
  valid: [
    { name: "neuer Name", snapshot: () => renamed().snapshot() },
    { name: "Arbeitslosengeld (SGB III) und ALG I sind aktuelle Namen", snapshot: () => renamed().setTableCell("FOE_Tabelle", 1, "begruendung", "Übergänge aus Arbeitslosengeld bzw. ALG I").snapshot() },
    { name: "„Favorit“ enthält kein FAV", snapshot: () => renamed().setTableCell("FOE_Tabelle", 1, "begruendung", "Favorit der Träger").snapshot() },
  ],
  invalid: [
    {
      name: "das Beispiel: FAV",
      snapshot: () => example().snapshot(),
      findings: [
        {
          rule: "hinweis/instrument-veraltet",
          severity: "info", messageId: "ersetzt", data: { ...GESAMT, found: "Förderung von Arbeitsverhältnissen", ...EVL },
          names: ["FOE_Tabelle"],
          cells: ["Förderung!A13"],
          message:
            "FOE_Tabelle, Zeile 11, Spalte „Instrument“: „Förderung von Arbeitsverhältnissen“ gibt es seit dem 1. Januar 2019 nicht mehr: § 16e SGB II wurde als „Eingliederung von Langzeitarbeitslosen (EvL)“ neu gefasst, mit anderen Fördervoraussetzungen, und § 16i SGB II (Teilhabe am Arbeitsmarkt) kam hinzu – keine bloße Umbenennung",
          messageEn:
            "FOE_Tabelle, row 11, column “Instrument”: “Förderung von Arbeitsverhältnissen” no longer exists since 1 January 2019: § 16e SGB II was re-enacted as “Eingliederung von Langzeitarbeitslosen (EvL)” with new eligibility, and § 16i SGB II (Teilhabe am Arbeitsmarkt) was added – not a mere renaming",
        },
      ],
    },
    {
      name: "Umschrift ohne Umlaute",
      snapshot: () => example().setTableCell("FOE_Tabelle", FAV, "instrument", "Foerderung von Arbeitsverhaeltnissen").snapshot(),
      findings: [{ rule: "hinweis/instrument-veraltet", severity: "info", messageId: "ersetzt", data: { ...GESAMT, found: "Foerderung von Arbeitsverhaeltnissen", ...EVL }, names: ["FOE_Tabelle"], cells: ["Förderung!A13"] }],
    },
    {
      name: "Begründung, Bereich und Jobcenter-Name: ALG II, Hartz IV, Eingliederungsvereinbarung, FAV, ARGE",
      snapshot: () =>
        renamed()
          .set("AIP_Jobcenter", "ARGE Ilm-Kreis")
          .setTableCell("FOE_Tabelle", 2, "begruendung", "mehr ALG II Bezieher (Hartz IV), neue Eingliederungsvereinbarung")
          .setTableCell("PER_VZAE_Bereiche", 0, "bereich", "Markt und Integration (FAV-Team)")
          .snapshot(),
      findings: [
        {
          rule: "hinweis/instrument-veraltet", severity: "info", messageId: "umbenannt",
          data: { name: "FOE_Tabelle", row: 3, column: "begruendung", label: "Eingliederungszuschuss", found: "ALG II", ...BUERGERGELD },
          names: ["FOE_Tabelle"], cells: ["Förderung!E5"],
          message: "FOE_Tabelle, Zeile 3 („Eingliederungszuschuss“), Spalte „Begründung“: „ALG II“ heißt seit dem 1. Januar 2023 „Bürgergeld“ (§ 19 SGB II)",
        },
        {
          rule: "hinweis/instrument-veraltet", severity: "info", messageId: "umbenannt",
          data: { name: "FOE_Tabelle", row: 3, column: "begruendung", label: "Eingliederungszuschuss", found: "Eingliederungsvereinbarung", current: "Kooperationsplan", basis: "§ 15 SGB II", sinceDay: 1, sinceMonth: 7, sinceYear: 2023 },
          names: ["FOE_Tabelle"],
          message: /„Eingliederungsvereinbarung“ heißt seit dem 1\. Juli 2023 „Kooperationsplan“ \(§ 15 SGB II\)$/,
        },
        {
          rule: "hinweis/instrument-veraltet", severity: "info", messageId: "umgangssprachlich",
          data: { name: "FOE_Tabelle", row: 3, column: "begruendung", label: "Eingliederungszuschuss", found: "Hartz IV", ...BUERGERGELD, formerly: "Arbeitslosengeld II" },
          names: ["FOE_Tabelle"],
          message: /„Hartz IV“ ist kein gesetzlicher Name, sondern umgangssprachlich für „Arbeitslosengeld II“; die Leistung heißt seit dem 1\. Januar 2023 „Bürgergeld“ \(§ 19 SGB II\)$/,
          messageEn: /“Hartz IV” is not a legal name but a colloquial word for “Arbeitslosengeld II”/,
        },
        {
          rule: "hinweis/instrument-veraltet", severity: "info", messageId: "umbenannt",
          data: { name: "AIP_Jobcenter", found: "ARGE", current: "gemeinsame Einrichtung (Jobcenter)", basis: "§ 44b, § 6d SGB II", sinceDay: 1, sinceMonth: 1, sinceYear: 2011 },
          names: ["AIP_Jobcenter"], cells: ["Haushalt!B3"],
          message: "AIP_Jobcenter (Name des Jobcenters): „ARGE“ heißt seit dem 1. Januar 2011 „gemeinsame Einrichtung (Jobcenter)“ (§ 44b, § 6d SGB II)",
        },
        {
          rule: "hinweis/instrument-veraltet", severity: "info", messageId: "ersetzt",
          data: { name: "PER_VZAE_Bereiche", row: 1, column: "bereich", label: "", found: "FAV", ...EVL },
          names: ["PER_VZAE_Bereiche"], cells: ["Personal!A12"],
        },
      ],
    },
    {
      name: "langer Zelltext wird gekürzt zitiert, der Fund selbst nicht",
      snapshot: () => example().setTableCell("FOE_Tabelle", FAV, "begruendung", `${"x".repeat(5000)} Arbeitslosengeld II`).snapshot(),
      findings: [
        { rule: "hinweis/instrument-veraltet", severity: "info", messageId: "ersetzt", data: { ...GESAMT, found: "Förderung von Arbeitsverhältnissen", ...EVL }, names: ["FOE_Tabelle"] },
        { rule: "hinweis/instrument-veraltet", severity: "info", messageId: "umbenannt", data: { name: "FOE_Tabelle", row: 11, column: "begruendung", label: "Förderung von Arbeitsverhältnissen", found: "Arbeitslosengeld II", ...BUERGERGELD }, names: ["FOE_Tabelle"], message: /^FOE_Tabelle, Zeile 11 \(„Förderung von Arbeitsverhältnissen“\), Spalte „Begründung“: „Arbeitslosengeld II“/ },
      ],
    },
  ],
});

describe("findOutdatedTerms (pure, also for the mapper's labels)", () => {
  it.each([
    ["Förderung von Arbeitsverhältnissen (FAV)", ["fav"]],
    ["Arbeitslosengeld 2 / ALG-II", ["alg2"]],
    ["Hartz-4-Empfänger", ["hartz4"]],
    ["EGV abschließen", ["egv"]],
    ["Eingliederungsvereinbarungen", ["egv"]],
    ["Jobcenter Ilm-Kreis", []],
    ["Arbeitslosengeld I", []],
    ["Fav", []],
    ["", []],
  ])("%j → %j", (text, ids) => {
    expect(findOutdatedTerms(text).map((h) => h.term.id)).toEqual(ids);
  });
});
