// Tests of namen/bereich-fehlt: a wholly absent area is one warning naming the checks it takes away; a
// partly present area is namen/fehlt's business; a workbook without any area is namen/keine-bereiche's.
import { namesOfArea } from "../../../../src/core/areas";
import { check } from "../../../../src/core/engine";
import { namenBereichFehlt } from "../../../../src/core/rules/namen/bereich-fehlt";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const withoutArea = (...prefixes: string[]) => {
  const e = example();
  for (const p of prefixes) for (const c of namesOfArea(p as never)) if (e.has(c.name)) e.removeName(c.name);
  return e;
};
const KUN = namesOfArea("kunden").map((c) => c.name);

testRule(namenBereichFehlt, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "Bereich nur teilweise da", snapshot: () => example().removeName("KUN_ELB").snapshot() },
    { name: "abgeschaltet", snapshot: () => withoutArea("kunden").snapshot(), settings: { ...DEFAULT_SETTINGS, regeln: { "namen/bereich-fehlt": { severity: "off" } } } },
    { name: "gar kein Bereich (namen/keine-bereiche)", snapshot: () => withoutArea("eckdaten", "haushalt", "personal", "foerderung", "ziele", "kunden").snapshot() },
  ],
  invalid: [
    {
      name: "Bereich Kunden fehlt",
      snapshot: () => withoutArea("kunden").snapshot(),
      findings: [
        {
          rule: "namen/bereich-fehlt",
          severity: "warning",
          messageId: "bereichFehlt",
          data: { area: "kunden", prefix: "KUN_", rules: ["hinweis/veraenderung-lzb-anteil", "quer/elb-vorjahr"] },
          names: KUN,
          cells: [],
          message: "Bereich Kunden fehlt (kein Name KUN_… definiert) – diese Prüfungen entfallen: hinweis/veraenderung-lzb-anteil, quer/elb-vorjahr",
          messageEn: "Area Customers is missing (no name KUN_… defined) – these checks do not run: hinweis/veraenderung-lzb-anteil, quer/elb-vorjahr",
        },
      ],
    },
    {
      name: "nur Haushalt und Förderung",
      snapshot: () => withoutArea("eckdaten", "personal", "ziele", "kunden").snapshot(),
      // Findings without cells sort by message id, then data: the areas with rules first, then the others.
      findings: [
        // anteile-summe checks BA + Kommune, Frauen + Männer or the BG sizes: with Personal gone, KUN_BG_Groesse was its last group.
        {
          rule: "namen/bereich-fehlt",
          severity: "warning",
          messageId: "bereichFehlt",
          data: { area: "kunden", prefix: "KUN_", rules: ["abstimmung/anteile-summe", "hinweis/veraenderung-lzb-anteil", "quer/elb-vorjahr"] },
          names: KUN,
        },
        {
          rule: "namen/bereich-fehlt",
          severity: "warning",
          messageId: "bereichFehlt",
          data: { area: "personal", prefix: "PER_", rules: ["abstimmung/vzae-summe", "abstimmung/vzae-koepfe", "abstimmung/anteile-summe", "abstimmung/anteile-divers"] },
          names: namesOfArea("personal").map((c) => c.name),
        },
        {
          rule: "namen/bereich-fehlt",
          severity: "warning",
          messageId: "bereichFehlt",
          data: {
            area: "ziele",
            prefix: "ZIE_",
            rules: ["abstimmung/lzb-geschlechter", "ziele/iq-vorjahr", "ziele/veraenderung-iq", "ziele/veraenderung-lzb", "hinweis/veraenderung-lzb-anteil", "ziele/lzb-vorjahr-summe", "ziele/iq-zwischen", "quer/elb-vorjahr"],
          },
          names: namesOfArea("ziele").map((c) => c.name),
        },
        { rule: "namen/bereich-fehlt", severity: "warning", messageId: "bereichFehltOhneRegeln", data: { area: "eckdaten", prefix: "AIP_" }, names: namesOfArea("eckdaten").map((c) => c.name) },
      ],
    },
    {
      name: "configurable: as an error",
      snapshot: () => withoutArea("kunden").snapshot(),
      settings: { ...DEFAULT_SETTINGS, regeln: { "namen/bereich-fehlt": { severity: "error" } } },
      findings: [{ rule: "namen/bereich-fehlt", severity: "error", messageId: "bereichFehlt", data: { area: "kunden", prefix: "KUN_", rules: ["hinweis/veraenderung-lzb-anteil", "quer/elb-vorjahr"] }, names: KUN }],
    },
  ],
});

describe("an absent area instead of a namen/fehlt per name", () => {
  it("gives no namen/fehlt for the names of an absent area, and namen/fehlt in a partly present one", () => {
    const rules = (s: ReturnType<typeof check>) => s.filter((f) => f.rule.startsWith("namen/")).map((f) => [f.rule, f.names[0]]);
    expect(rules(check(withoutArea("kunden").snapshot()))).toEqual([["namen/bereich-fehlt", "KUN_ELB"]]);
    expect(rules(check(withoutArea("kunden").removeName("ZIE_IQ").snapshot()))).toEqual([
      ["namen/fehlt", "ZIE_IQ"],
      ["namen/bereich-fehlt", "KUN_ELB"],
    ]);
  });

  it("counts a misspelt name as the area being there, so namen/fehlt points at it", () => {
    const e = withoutArea("personal").addWorkbookDuplicate("PER_Beschäftigte", "=Personal!$B$3");
    const findings = check(e.snapshot()).filter((f) => f.rule.startsWith("namen/"));
    expect(findings.some((f) => f.rule === "namen/bereich-fehlt")).toBe(false);
    expect(findings.find((f) => f.names[0] === "PER_Beschaeftigte")).toMatchObject({ rule: "namen/fehlt", messageId: "fehltAehnlich" });
  });
});
