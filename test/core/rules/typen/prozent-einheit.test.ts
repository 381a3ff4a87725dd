// Tests of typen/prozent-einheit: a share or change typed in percent units is reported once and read as
// value / 100 by every other rule; a fraction in a percent format is right; ambiguous values stay as typed.
import { check } from "../../../../src/core/engine";
import { exampleSnapshot } from "../../../../src/core/example";
import { typenProzentEinheit } from "../../../../src/core/rules/typen/prozent-einheit";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const CHANGES = ["ZIE_IQ_Veraenderung", "ZIE_IQ_Maenner_Veraenderung", "ZIE_IQ_Frauen_Veraenderung", "ZIE_LZB_Veraenderung"] as const;

/** The example's change column typed as the seed prints it: −2,5 / −3,6 / −0,8 / 6,3 in General. */
function typedColumn() {
  const e = example();
  const typed = { ZIE_IQ_Veraenderung: -2.5, ZIE_IQ_Maenner_Veraenderung: -3.6, ZIE_IQ_Frauen_Veraenderung: -0.8, ZIE_LZB_Veraenderung: 6.3 };
  for (const n of CHANGES) e.set(n, typed[n]).setFormat(n, "General");
  return e;
}

testRule(typenProzentEinheit, {
  valid: [
    { name: "das Beispiel (Brüche im Prozentformat)", snapshot: () => example().snapshot() },
    { name: "−0,025 im Format 0,0 % ist ein Bruch", snapshot: () => example().set("ZIE_IQ_Veraenderung", -0.025).setFormat("ZIE_IQ_Veraenderung", "0.0%").snapshot() },
    { name: "allein stehendes −0,8 ohne Prozentformat bleibt, wie es ist", snapshot: () => example().set("ZIE_IQ_Frauen_Veraenderung", -0.8).setFormat("ZIE_IQ_Frauen_Veraenderung", "General").snapshot() },
    { name: "Anteil 0,5 ohne Prozentformat bleibt 50 %", snapshot: () => example().set("PER_Anteil_Frauen", 0.5).setFormat("PER_Anteil_Frauen", "General").snapshot() },
  ],
  invalid: [
    {
      name: "−2,5 im Format 0,0",
      snapshot: () => example().set("ZIE_IQ_Veraenderung", -2.5).setFormat("ZIE_IQ_Veraenderung", "0.0").snapshot(),
      findings: [
        {
          rule: "typen/prozent-einheit",
          severity: "warning",
          messageId: "prozentEinheit",
          data: { name: "ZIE_IQ_Veraenderung", value: -2.5, scaled: -0.025, decimals: 1, scaledDecimals: 3 },
          names: ["ZIE_IQ_Veraenderung"],
          cells: ["Ziele!C8"],
          message:
            "ZIE_IQ_Veraenderung (Veränderung IQ gesamt ggü. Vorjahr): −2,5 ist in Prozent eingetragen (gemeint −2,5 %); die Prüfung rechnet mit −0,025 – eindeutig wird es als Bruch im Prozentformat (Wert −0,025, Format 0,0 %)",
          messageEn: /−2.5 is typed in percent units \(meaning −2.5%\); the check uses −0.025/,
        },
      ],
    },
    {
      name: "Anteil 78 statt 78 %",
      snapshot: () => example().set("PER_Anteil_BA", 78).setFormat("PER_Anteil_BA", "0").snapshot(),
      findings: [
        {
          rule: "typen/prozent-einheit",
          severity: "warning",
          messageId: "prozentEinheit",
          data: { name: "PER_Anteil_BA", value: 78, scaled: 0.78, decimals: 0, scaledDecimals: 2 },
          names: ["PER_Anteil_BA"],
          cells: ["Personal!B6"],
        },
      ],
    },
    {
      name: "die gedruckte Spalte: −0,8 zwischen Werten in Prozent",
      snapshot: () => typedColumn().snapshot(),
      findings: [
        { rule: "typen/prozent-einheit", severity: "warning", messageId: "prozentEinheit", data: { name: "ZIE_IQ_Veraenderung", value: -2.5, scaled: -0.025, decimals: 1, scaledDecimals: 3 }, names: ["ZIE_IQ_Veraenderung"], cells: ["Ziele!C8"] },
        { rule: "typen/prozent-einheit", severity: "warning", messageId: "prozentEinheit", data: { name: "ZIE_IQ_Maenner_Veraenderung", value: -3.6, scaled: -0.036, decimals: 1, scaledDecimals: 3 }, names: ["ZIE_IQ_Maenner_Veraenderung"], cells: ["Ziele!C9"] },
        {
          rule: "typen/prozent-einheit",
          severity: "warning",
          messageId: "prozentEinheitSpalte",
          data: { name: "ZIE_IQ_Frauen_Veraenderung", value: -0.8, scaled: -0.008, decimals: 1, scaledDecimals: 3 },
          names: ["ZIE_IQ_Frauen_Veraenderung"],
          cells: ["Ziele!C10"],
          message: /−0,8 ist nicht als Prozent formatiert .* liest −0,8 % \(rechnet mit −0,008\), nicht −80 %/,
        },
        { rule: "typen/prozent-einheit", severity: "warning", messageId: "prozentEinheit", data: { name: "ZIE_LZB_Veraenderung", value: 6.3, scaled: 0.063, decimals: 1, scaledDecimals: 3 }, names: ["ZIE_LZB_Veraenderung"], cells: ["Ziele!C11"] },
      ],
    },
  ],
});

describe("the other rules see value / 100", () => {
  const without = (findings: ReturnType<typeof check>) => findings.filter((f) => f.rule !== "typen/prozent-einheit");

  it("the printed column gives the example's findings, the IQ one included (−2,5 % vs −2,7 %)", () => {
    expect(without(check(typedColumn().snapshot()))).toEqual(check(exampleSnapshot()));
    expect(check(typedColumn().snapshot()).find((f) => f.rule === "ziele/veraenderung-iq")!.message).toMatch(/angegeben −2,5 %, berechnet −2,7 %/);
  });

  it("a share in percent units is no types error and reconciles as a fraction", () => {
    const snap = example().set("PER_Anteil_BA", 78).setFormat("PER_Anteil_BA", "0").set("PER_Anteil_Kommune", 22).setFormat("PER_Anteil_Kommune", "0").snapshot();
    expect(without(check(snap))).toEqual(check(exampleSnapshot()));
  });

  it("never changes the snapshot", () => {
    const snap = typedColumn().snapshot();
    const copy = structuredClone(snap);
    check(snap);
    expect(snap).toEqual(copy);
  });
});
