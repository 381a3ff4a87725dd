// Table-driven rule tests in the manner of ESLint's RuleTester: `valid` cases give no finding of the rule,
// each `invalid` case lists exactly the findings of the rule it expects (id, severity, names, message id
// and data, optionally cells and the German message). The whole engine runs, in German and in English, so
// a case also shows the rule works inside it. Every finding is checked for the engine's promises: at least
// one contract name, only cells of existing sheets, a message id of the rule's meta.messages, and in each
// language the message is exactly its catalogue's rendering of the data.
import { parseCell, splitAddress } from "../../src/core/address";
import { contractName, monthlyName } from "../../src/core/contract";
import { check } from "../../src/core/engine";
import type { Finding, Severity } from "../../src/core/finding";
import { renderFinding } from "../../src/core/messages/catalogue";
import type { MessageData } from "../../src/core/messages/render";
import type { Rule } from "../../src/core/rules/types";
import type { Settings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

export interface ValidCase {
  name: string;
  snapshot: () => WorkbookSnapshot;
  settings?: Settings;
}

export interface ExpectedFinding {
  rule: string;
  severity: Severity;
  names: string[];
  /** Required: a key of the rule's meta.messages. */
  messageId: string;
  /** Required: the report's data, exactly. */
  data: MessageData;
  cells?: string[];
  /** The German message (or a pattern of it). */
  message?: string | RegExp;
  /** The English message (or a pattern of it). */
  messageEn?: string | RegExp;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export function assertWellFormed(f: Finding, snapshot: WorkbookSnapshot, rule?: Rule): void {
  expect(f.names.length).toBeGreaterThan(0);
  for (const n of f.names) expect(contractName(n)?.name ?? monthlyName(n)?.name).toBe(n);
  expect(f.message.length).toBeGreaterThan(10);
  if (rule) expect(Object.keys(rule.meta.messages)).toContain(f.messageId);
  // JSON-serialisable data: what the CLI prints and the workbook may store.
  expect(JSON.parse(JSON.stringify(f.data))).toEqual(f.data);
  const sheets = new Set(snapshot.sheets.map((s) => s.name));
  for (const c of f.cells) {
    const { sheet, range } = splitAddress(c);
    expect(sheets.has(sheet)).toBe(true);
    expect(() => parseCell(range)).not.toThrow();
  }
}

export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_name, c) => {
      const findings = check(c.snapshot(), c.settings).filter((f) => f.rule === id);
      expect(findings).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_name, c) => {
      const snapshot = c.snapshot();
      const findings = check(snapshot, c.settings).filter((f) => f.rule === id);
      const english = check(snapshot, c.settings, { lang: "en" }).filter((f) => f.rule === id);
      expect(findings).toHaveLength(c.findings.length);
      c.findings.forEach((expected, i) => {
        const f = findings[i];
        const en = english[i];
        expect(expected.rule).toBe(id);
        expect({ rule: f.rule, severity: f.severity, names: f.names, messageId: f.messageId, data: f.data }).toEqual({
          rule: expected.rule,
          severity: expected.severity,
          names: expected.names,
          messageId: expected.messageId,
          data: expected.data,
        });
        if (expected.cells) expect(f.cells).toEqual(expected.cells);
        if (expected.message) expect(f.message).toMatch(expected.message);
        if (expected.messageEn) expect(en.message).toMatch(expected.messageEn);
        // The language changes the text only: same finding, and each text is its catalogue's rendering.
        expect({ ...en, message: f.message }).toEqual(f);
        expect(f.message).toBe(renderFinding(f, "de"));
        expect(en.message).toBe(renderFinding(f, "en"));
        assertWellFormed(f, snapshot, rule);
      });
    });
  });
}
