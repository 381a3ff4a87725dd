// What a check covered: rules run and skipped (src/core/coverage.ts), through checkWithCoverage.
import { check, checkWithCoverage } from "../../src/core/engine";
import { exampleSnapshot } from "../../src/core/example";
import { RULES } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { changeExample, example } from "../helpers/example";

describe("checkWithCoverage", () => {
  it("covers every rule on the example and gives check()'s findings", () => {
    const { findings, coverage } = checkWithCoverage(exampleSnapshot());
    expect(findings).toEqual(check(exampleSnapshot()));
    expect(coverage).toEqual({ rulesRun: RULES.length, rulesTotal: RULES.length, rulesSkipped: [] });
  });

  it("skips a rule when a required name it reads is missing, and names it", () => {
    const { coverage } = checkWithCoverage(example().removeName("BUD_VH_KFA").snapshot());
    expect(coverage.rulesSkipped).toEqual([
      { rule: "abstimmung/verwaltungshaushalt", missing: ["BUD_VH_KFA"] },
      { rule: "hinweis/kfa-anteil", missing: ["BUD_VH_KFA"] },
    ]);
    expect(coverage.rulesRun).toBe(RULES.length - 2);
  });

  it("counts a broken name or a cell failing its types check as missing", () => {
    const broken = checkWithCoverage(example().breakName("ZIE_IQ", "#REF!").snapshot()).coverage.rulesSkipped;
    expect(broken.map((s) => s.rule)).toEqual(["ziele/veraenderung-iq", "ziele/iq-zwischen"]);
    const text = checkWithCoverage(changeExample({ KUN_ELB: "4.560" })).coverage.rulesSkipped;
    expect(text).toEqual([
      { rule: "hinweis/veraenderung-lzb-anteil", missing: ["KUN_ELB"] },
      { rule: "quer/elb-vorjahr", missing: ["KUN_ELB"] },
    ]);
  });

  it("lets a rule run when only some optional names are missing", () => {
    const { coverage } = checkWithCoverage(example().removeName("PER_Anteil_Frauen").removeName("KUN_BG_Groesse").snapshot());
    expect(coverage.rulesSkipped).toEqual([]);
  });

  it("does not count rules turned off", () => {
    const settings = { ...DEFAULT_SETTINGS, regeln: { "hinweis/kfa-anteil": { severity: "off" as const } } };
    const { coverage } = checkWithCoverage(example().removeName("BUD_VH_KFA").snapshot(), settings);
    expect(coverage.rulesTotal).toBe(RULES.length - 1);
    expect(coverage.rulesSkipped.map((s) => s.rule)).toEqual(["abstimmung/verwaltungshaushalt"]);
  });

  it("says nothing ran on a snapshot the engine cannot read", () => {
    const { findings, coverage } = checkWithCoverage({ source: "x", sheets: [], names: null as never });
    expect(findings.map((f) => f.rule)).toEqual(["engine/regelfehler"]);
    expect(coverage.rulesRun).toBe(0);
    expect(coverage.rulesSkipped).toHaveLength(RULES.length);
  });
});
