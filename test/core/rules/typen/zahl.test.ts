// Tests of typen/zahl: text or booleans where a number belongs.
import { typenZahl } from "../../../../src/core/rules/typen/zahl";
import { check } from "../../../../src/core/engine";
import { changeExample, example, foeRow } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

testRule(typenZahl, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "Text im Textfeld", snapshot: () => changeExample({ AIP_Jobcenter: "Jobcenter Wartburgkreis" }) },
    { name: "Zahl in der Begründung", snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "begruendung", 2024).snapshot() },
  ],
  invalid: [
    {
      name: "„1.606.442“ als Text",
      snapshot: () => changeExample({ BUD_VH_KFA: "1.606.442" }),
      findings: [{ rule: "typen/zahl", severity: "error", messageId: "zahlAlsText", data: { name: "BUD_VH_KFA", value: "1.606.442" }, names: ["BUD_VH_KFA"], cells: ["Haushalt!B10"], message: /Text „1\.606\.442“ .*als Text gespeicherte Zahl/ }],
    },
    {
      name: "Datum als Text",
      snapshot: () => changeExample({ AIP_Stand: "21.02.2024" }),
      findings: [{ rule: "typen/zahl", severity: "error", messageId: "textStattDatum", data: { name: "AIP_Stand", value: "21.02.2024" }, names: ["AIP_Stand"], cells: ["Haushalt!B5"], message: /Text „21\.02\.2024“ statt eines Datums/ }],
    },
    {
      name: "Wahrheitswert",
      snapshot: () => changeExample({ ZIE_IQ: true }),
      findings: [{ rule: "typen/zahl", severity: "error", messageId: "wahrheitswert", data: { name: "ZIE_IQ", value: true }, names: ["ZIE_IQ"], message: /WAHR/ }],
    },
    {
      name: "Text in der Plan-Spalte",
      snapshot: () => example().setTableCell("FOE_Tabelle", foeRow("GaBe"), "plan", "ca. 55").snapshot(),
      findings: [{ rule: "typen/zahl", severity: "error", messageId: "textStattZahl", data: { name: "FOE_Tabelle", row: 8, column: "plan", label: "GaBe", value: "ca. 55" }, names: ["FOE_Tabelle"], cells: ["Förderung!D10"], message: /Zeile 8 \(„GaBe“\), Spalte „Plan/ }],
    },
  ],
});

describe("typen/zahl, keine Folgemeldungen", () => {
  it("meldet „1.606.442“ einmal und keine Abstimmung damit", () => {
    const findings = check(changeExample({ BUD_VH_KFA: "1.606.442" }));
    expect(findings.filter((f) => f.names.includes("BUD_VH_KFA")).map((f) => f.rule)).toEqual(["typen/zahl"]);
  });
});
