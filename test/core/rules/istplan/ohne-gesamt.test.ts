// Tests of istplan/ohne-gesamt: a Förderung table without a Gesamt row is a hint, not an error, and the
// Gesamt rules count as skipped (issue 8 §1.8 names "without a Gesamt row" as a normal case).
import { check, checkWithCoverage } from "../../../../src/core/engine";
import { istplanOhneGesamt } from "../../../../src/core/rules/istplan/ohne-gesamt";
import { example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";
import { withFoe } from "../../../helpers/tables";
import { core } from "../../../helpers/issue15";

const hint = {
  rule: "istplan/ohne-gesamt",
  severity: "info" as const,
  messageId: "keineGesamtzeile",
  data: {},
  names: ["FOE_Tabelle"],
  message: "FOE_Tabelle hat keine Gesamtzeile – Gesamt gegen die Summe der Instrumente wird nicht geprüft",
  messageEn: "FOE_Tabelle has no total row – the total is not checked against the sum of the instruments",
};
const noGesamt = () => example().setTableCell("FOE_Tabelle", 0, "ebene", 1).snapshot();
const threeColumns = () => withFoe([["Instrument", "Ist 2023", "Plan 2024"], ["FbW", 56, 37], ["darunter Frauen", 20, 20], ["EGZ", 59, 64]]);

testRule(istplanOhneGesamt, {
  valid: [
    { name: "das Beispiel (Gesamt in der ersten Zeile)", snapshot: () => example().snapshot() },
    { name: "Gesamt als letzte Zeile (3 Spalten)", snapshot: () => withFoe([["FbW", 56, 37], ["EGZ", 59, 64], ["Insgesamt", 115, 101]]) },
    { name: "zwei Gesamtzeilen: ein Strukturfehler, kein Hinweis hier", snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "ebene", 0).snapshot() },
    { name: "eine ungültige Ebene könnte die Gesamtzeile sein: typen/ebene meldet sie", snapshot: () => example().setTableCell("FOE_Tabelle", 0, "ebene", 7).snapshot() },
  ],
  invalid: [
    { name: "Ebene 0 → 1 in der Gesamtzeile des Beispiels", snapshot: noGesamt, findings: [{ ...hint, cells: ["Förderung!B3"] }] },
    { name: "3 Spalten mit Überschrift, ohne Gesamtzeile: an der ersten Bezeichnung", snapshot: threeColumns, findings: [{ ...hint, cells: ["'Förderung 2024'!B3"] }] },
  ],
});

describe("a table without a Gesamt row", () => {
  it("gives no error at all, and the darunter rows are still checked", () => {
    expect(check(threeColumns()).filter((f) => f.severity === "error")).toEqual([]);
    const over = withFoe([["Instrument", "Ist 2023", "Plan 2024"], ["FbW", 56, 37], ["darunter Frauen", 60, 20], ["EGZ", 59, 64]]);
    expect(check(over).filter((f) => f.severity === "error").map((f) => [f.rule, f.messageId])).toEqual([["istplan/darunter", "zeile"]]);
  });

  it("counts istplan/gesamt and istplan/gesamt-ueber-summe as skipped (nothing to compare), without missing names", () => {
    const { coverage } = checkWithCoverage(noGesamt());
    // (ziele/veraenderung-lzb is skipped on the example itself: it prints no previous-year LZB stocks.)
    const base = core(checkWithCoverage(example().snapshot()).coverage.rulesSkipped);
    expect(base.map((s) => s.rule)).toEqual(["ziele/veraenderung-lzb"]);
    expect(core(coverage.rulesSkipped)).toEqual([{ rule: "istplan/gesamt", missing: [] }, { rule: "istplan/gesamt-ueber-summe", missing: [] }, ...base]);
    expect(coverage.rulesRun).toBe(coverage.rulesTotal - 3);
    // With two Gesamt rows they check nothing either.
    const two = checkWithCoverage(example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "ebene", 0).snapshot()).coverage;
    expect(core(two.rulesSkipped).map((s) => s.rule)).toEqual(["istplan/gesamt", "istplan/gesamt-ueber-summe", "ziele/veraenderung-lzb"]);
  });

  it("is still a structure error with two Gesamt rows or a darunter row without an instrument", () => {
    const orphan = withFoe([["Instrument", "Ist 2023", "Plan 2024"], ["darunter Frauen", 5, 5], ["EGZ", 59, 64]]);
    expect(check(orphan).filter((f) => f.severity === "error").map((f) => [f.rule, f.messageId])).toEqual([["istplan/struktur", "ohneInstrument"]]);
  });
});
