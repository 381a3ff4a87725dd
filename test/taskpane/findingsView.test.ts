// Counting, grouping and filtering findings on the Prüfen page.
import type { Finding, Severity } from "../../src/core/finding";
import { check } from "../../src/core";
import { snapshotFromModel } from "../../src/core/workbookModel";
import { buildExample2024 } from "../../src/core/example";
import { countBySeverity, groupBySeverity, suggestsSetup, visibleFindings } from "../../src/taskpane/findingsView";

const f = (severity: Severity, rule: string): Finding => ({ rule, severity, messageId: "befund", data: {}, message: rule, names: [], cells: [] });
const findings = [f("info", "i1"), f("error", "e1"), f("warning", "w1"), f("error", "e2"), f("info", "i2")];
const all = new Set<Severity>(["error", "warning", "info"]);

test("counts per severity", () => {
  expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, info: 2 });
  expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
});

test("groups come errors first, keep the engine's order inside, and skip empty groups", () => {
  const groups = groupBySeverity(findings, all);
  expect(groups.map((g) => g.severity)).toEqual(["error", "warning", "info"]);
  expect(groups[0].findings.map((x) => x.rule)).toEqual(["e1", "e2"]);
  expect(groupBySeverity([f("info", "x")], all).map((g) => g.severity)).toEqual(["info"]);
});

test("the filter hides groups and limits what is marked", () => {
  const shown = new Set<Severity>(["warning", "info"]);
  expect(groupBySeverity(findings, shown).map((g) => g.severity)).toEqual(["warning", "info"]);
  expect(visibleFindings(findings, shown).map((x) => x.rule)).toEqual(["i1", "w1", "i2"]);
  expect(visibleFindings(findings, new Set())).toEqual([]);
});

test("Einrichten is offered when names are missing, also on a workbook without any contract name", () => {
  const example = buildExample2024();
  expect(suggestsSetup(check(snapshotFromModel(example, "x")))).toBe(false);
  // No name at all: the check gives only namen/keine-bereiche, which must offer Einrichten too.
  const bare = check(snapshotFromModel({ ...example, names: [] }, "x"));
  expect(bare.map((f) => f.rule)).toEqual(["namen/keine-bereiche"]);
  expect(suggestsSetup(bare)).toBe(true);
  // One missing name in a present area.
  const oneMissing = check(snapshotFromModel({ ...example, names: example.names.filter((n) => n.name !== "BUD_VH_KFA") }, "x"));
  expect(suggestsSetup(oneMissing)).toBe(true);
});
