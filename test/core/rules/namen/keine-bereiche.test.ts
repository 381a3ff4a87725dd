// Tests of namen/keine-bereiche: a workbook without any contract name is one error, never a pass.
import { isIssue15Rule } from "../../../helpers/issue15";
import { CONTRACT } from "../../../../src/core/contract";
import { check, checkWithCoverage } from "../../../../src/core/engine";
import { BASE_RULES } from "../../../../src/core/rules";
import { namenKeineBereiche } from "../../../../src/core/rules/namen/keine-bereiche";
import { example } from "../../../helpers/example";
import { testRule } from "../../../helpers/ruleTester";

const REQUIRED = CONTRACT.filter((c) => c.required).map((c) => c.name);
const noNames = () => {
  const e = example();
  for (const c of CONTRACT) if (e.has(c.name)) e.removeName(c.name);
  return e.snapshot();
};

testRule(namenKeineBereiche, {
  valid: [
    { name: "das Beispiel", snapshot: () => example().snapshot() },
    { name: "ein einziger Name genügt als Bereich", snapshot: () => { const s = noNames(); return { ...s, names: example().snapshot().names.filter((n) => n.name === "BUD_VH_KFA") }; } },
  ],
  invalid: [
    {
      name: "kein Name des Vertrags",
      snapshot: noNames,
      findings: [
        {
          rule: "namen/keine-bereiche",
          severity: "error",
          messageId: "keineBereiche",
          data: { count: REQUIRED.length },
          names: REQUIRED,
          cells: [],
          message: /keinen Namen des Vertrags .*nichts konnte geprüft werden.*aip map/,
          messageEn: /nothing could be checked/,
        },
      ],
    },
  ],
});

describe("a workbook without names", () => {
  it("gives this one error and nothing else, and the coverage says which rules could not run", () => {
    const { findings, coverage } = checkWithCoverage(noNames());
    expect(findings.map((f) => f.rule)).toEqual(["namen/keine-bereiche"]);
    // No rule had anything to check, namen/* and typen/* included (review of issue 10: not "22 von 47").
    // The rules over optional inputs (issue 15: allocations, money columns …) do not count without them.
    expect(coverage.rulesSkipped.map((s) => s.rule)).toEqual(BASE_RULES.map((r) => r.meta.id).filter((id) => !isIssue15Rule(id)));
    expect(coverage.rulesRun).toBe(0);
    expect(check({ source: "leer", sheets: [], names: [] }).map((f) => f.rule)).toEqual(["namen/keine-bereiche"]);
  });
});
