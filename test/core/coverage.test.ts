// What a check covered: rules run and skipped (src/core/coverage.ts), through checkWithCoverage.
import { check, checkWithCoverage } from "../../src/core/engine";
import { exampleSnapshot } from "../../src/core/example";
import { BASE_RULES, RULES } from "../../src/core/rules";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { changeExample, example } from "../helpers/example";
import { core, ISSUE_15_RULES } from "../helpers/issue15";

// The example has no previous-year LZB stocks: ziele/veraenderung-lzb has no whole group (its total is
// compared with a stand-in by hinweis/veraenderung-lzb-anteil), so it did not run.
const LZB_SKIP = { rule: "ziele/veraenderung-lzb", missing: ["ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ"] };

describe("checkWithCoverage", () => {
  it("covers every rule on the example and gives check()'s findings", () => {
    const { findings, coverage } = checkWithCoverage(exampleSnapshot());
    expect(findings).toEqual(check(exampleSnapshot()));
    // The rules over optional inputs the example lacks (issue 15) neither run nor count.
    expect(coverage.rulesSkipped).toEqual([LZB_SKIP]);
    expect(coverage.rulesRun).toBe(BASE_RULES.length - ISSUE_15_RULES.length - 1);
    expect(coverage.rulesTotal).toBe(BASE_RULES.length - ISSUE_15_RULES.length);
  });

  it("skips a rule when a required name it reads is missing, and names it", () => {
    const { coverage } = checkWithCoverage(example().removeName("BUD_VH_KFA").snapshot());
    expect(core(coverage.rulesSkipped)).toEqual([
      { rule: "abstimmung/verwaltungshaushalt", missing: ["BUD_VH_KFA"] },
      { rule: "hinweis/kfa-anteil", missing: ["BUD_VH_KFA"] },
      LZB_SKIP,
    ]);
    expect(coverage.rulesRun).toBe(BASE_RULES.length - ISSUE_15_RULES.length - 3);
  });

  it("counts a broken name or a cell failing its types check as missing", () => {
    const broken = checkWithCoverage(example().breakName("ZIE_IQ", "#REF!").snapshot()).coverage.rulesSkipped;
    expect(core(broken).map((s) => s.rule)).toEqual(["ziele/veraenderung-iq", LZB_SKIP.rule, "ziele/iq-zwischen"]);
    const text = checkWithCoverage(changeExample({ KUN_ELB: "4.560" })).coverage.rulesSkipped;
    expect(core(text)).toEqual([
      LZB_SKIP,
      { rule: "hinweis/veraenderung-lzb-anteil", missing: ["KUN_ELB"] },
      { rule: "quer/elb-vorjahr", missing: ["KUN_ELB"] },
    ]);
  });

  it("lets a rule of name groups run while one group is whole; skips a rule that needs all its names", () => {
    const { coverage } = checkWithCoverage(example().removeName("PER_Anteil_Frauen").removeName("KUN_BG_Groesse").snapshot());
    // anteile-summe still checks BA + Kommune; anteile-divers needs both gender shares (review of issue 10).
    expect(core(coverage.rulesSkipped)).toEqual([{ rule: "abstimmung/anteile-divers", missing: ["PER_Anteil_Frauen"] }, LZB_SKIP]);
    const none = checkWithCoverage(example().removeName("PER_Anteil_BA").removeName("PER_Anteil_Frauen").removeName("KUN_BG_Groesse").snapshot());
    expect(none.coverage.rulesSkipped.map((s) => s.rule)).toContain("abstimmung/anteile-summe");
  });

  it("every rule whose check needs all its names says so (needsAllNames), so a missing optional one skips it", () => {
    const needing = RULES.filter((r) => r.meta.needsAllNames).map((r) => r.meta.id);
    expect(needing).toEqual(expect.arrayContaining(["abstimmung/anteile-divers", "ziele/iq-vorjahr", "quer/elb-vorjahr", "quer/eintritte-text-tabelle"]));
  });

  it("does not count rules turned off", () => {
    const settings = { ...DEFAULT_SETTINGS, regeln: { "hinweis/kfa-anteil": { severity: "off" as const } } };
    const { coverage } = checkWithCoverage(example().removeName("BUD_VH_KFA").snapshot(), settings);
    expect(coverage.rulesTotal).toBe(BASE_RULES.length - ISSUE_15_RULES.length - 1);
    expect(core(coverage.rulesSkipped).map((s) => s.rule)).toEqual(["abstimmung/verwaltungshaushalt", LZB_SKIP.rule]);
  });

  it("says nothing ran on a snapshot the engine cannot read", () => {
    const { findings, coverage } = checkWithCoverage({ source: "x", sheets: [], names: null as never });
    expect(findings.map((f) => f.rule)).toEqual(["engine/regelfehler"]);
    expect(coverage.rulesRun).toBe(0);
    // Nothing is known of the workbook, so neither of its optional inputs (issue 15's rules do not count).
    expect(coverage.rulesSkipped).toHaveLength(BASE_RULES.length - ISSUE_15_RULES.length);
  });
});

describe("a workbook with no contract name", () => {
  it("says 0 rules ran, next to namen/keine-bereiche, not the namen/* and typen/* rules as run", () => {
    const snapshot = { ...exampleSnapshot(), names: [] };
    const { findings, coverage } = checkWithCoverage(snapshot);
    expect(findings.map((f) => f.rule)).toContain("namen/keine-bereiche");
    expect(coverage.rulesRun).toBe(0);
    expect(coverage.rulesTotal).toBe(BASE_RULES.length - ISSUE_15_RULES.length);
    expect(coverage.rulesSkipped.map((s) => s.rule)).toEqual(BASE_RULES.map((r) => r.meta.id).filter((id) => !ISSUE_15_RULES.includes(id)));
  });
});
