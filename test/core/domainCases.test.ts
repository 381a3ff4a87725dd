// Issue 8 §1: correct workbooks of other Jobcenters give no error. Each case is a changed copy of the 2024
// example; the test lists exactly the findings that are new against the example (by rule, severity and
// cells: a finding of the example whose figures changed with the copy is not new), so a case that is right
// gives none and one that deserves a finding gives that one.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "../../src/core/engine";
import { STOCK_NAMES } from "../../src/core/contract";
import { exampleSnapshot } from "../../src/core/example";
import { ruleById } from "../../src/core/rules";
import { parseSettings, ruleParams, ruleSeverity, type Settings } from "../../src/core/settings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { changeExample, example } from "../helpers/example";

const key = (f: { rule: string; severity: string; cells: string[] }) => `${f.rule}\u0000${f.severity}\u0000${f.cells.join()}`;
const before = new Set(check(exampleSnapshot()).map(key));
const fresh = (s: WorkbookSnapshot, settings?: Settings) => check(s, settings).filter((f) => !before.has(key(f))).map((f) => [f.rule, f.severity]);

describe("issue 8 §1 on copies of the example", () => {
  it("the kind Bestand holds exactly the ELB and LZB stocks (the mapper's fractional names plus the new previous-year stocks)", () => {
    expect([...STOCK_NAMES].sort()).toEqual(
      ["ZIE_ELB_VJ", "KUN_ELB", "ZIE_LZB", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen", "ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ", "ZIE_ELB"].sort(),
    );
  });

  it.each<[string, () => WorkbookSnapshot, string[][]]>([
    [
      "1: ELB as =MITTELWERT(…) 4.559,58 in both places, the IQ of the previous year over it",
      () => example().setFormula("ZIE_ELB_VJ", "=AVERAGE(F1:F12)", 4559.58).setFormula("KUN_ELB", "=AVERAGE(G1:G12)", 4559.58).setFormula("ZIE_IQ_VJ", "=B3/B4", 750 / 4559.58).snapshot(),
      [],
    ],
    ["1: LZB target =AIP.LZB_ZIEL(…) 2.721,28", () => example().setFormula("ZIE_LZB", "=AIP.LZB_ZIEL(2560,0.063)", 2721.28).snapshot(), []],
    ["1: LZB men/women as means", () => changeExample({ ZIE_LZB_Maenner: 1301.4, ZIE_LZB_Frauen: 1419.9 }), []],
    ["1: Alleinerziehende stay whole", () => changeExample({ KUN_Alleinerziehende: 683.5 }), [["typen/anzahl", "error"]]],
    ["2: VZÄ with two decimals (499,97)", () => example().set("PER_VZAE_Gesamt", 499.97).setFormat("PER_VZAE_Gesamt", "0.00").set("PER_Beschaeftigte", 520).setTableCell("PER_VZAE_Bereiche", 0, "vzae", 427.47).snapshot(), []],
    ["4: LZB men + women one above the total", () => changeExample({ ZIE_LZB_Frauen: 1421 }), []],
    ["4: two above the total", () => changeExample({ ZIE_LZB_Frauen: 1422 }), [["abstimmung/lzb-geschlechter", "error"]]],
    ["5: KUN_ELB 0,9 % above ZIE_ELB_VJ", () => changeExample({ KUN_ELB: 4600 }), [["hinweis/veraenderung-lzb-anteil", "info"]]],
    ["5: KUN_ELB 3 % above", () => changeExample({ KUN_ELB: 4700 }), [["quer/elb-vorjahr", "warning"], ["hinweis/veraenderung-lzb-anteil", "info"]]],
    ["6: negative Umschichtung, totals reconciled", () => changeExample({ BUD_VH_Umschichtung: -500000, BUD_VH_Gesamt: 7700431 }), []], // the KFA hint of the example stays, with the new federal part
    ["7: women + men 98 %", () => changeExample({ PER_Anteil_Frauen: 0.84 }), [["abstimmung/anteile-divers", "warning"]]],
    ["7: women + men 102 %", () => changeExample({ PER_Anteil_Frauen: 0.88 }), [["abstimmung/anteile-summe", "error"]]],
    ["§2: previous year by gender that fits", () => example().withPreviousYear().snapshot(), []],
  ])("%s", (_name, snapshot, expected) => {
    expect(fresh(snapshot()).sort()).toEqual(expected.sort());
  });
});

describe("today's settings file still parses and means the same", () => {
  const parsed = parseSettings(JSON.parse(readFileSync(join(__dirname, "../fixtures/settings-2024.json"), "utf8")));
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  const { settings } = parsed;
  const meta = (id: string) => ruleById(id)!.meta;

  it("keeps every tolerance, severity and parameter", () => {
    expect(settings.toleranzen).toEqual({ betrag: 1, vzae: 0.05, anteil: 0.0005, veraenderung: 0.0005 });
    expect(ruleSeverity(settings, meta("hinweis/kfa-anteil"))).toBe("off");
    expect(ruleSeverity(settings, meta("quer/eintritte-text-tabelle"))).toBe("error");
    expect(ruleSeverity(settings, meta("abstimmung/anteile-summe"))).toBe("warning");
    expect(ruleParams(settings, meta("istplan/grosse-aenderung"))).toMatchObject({ relativ: 0.5, absolut: 30 });
    // Parameters are only ever added: the new relative ELB allowance comes with its default.
    expect(ruleParams(settings, meta("quer/elb-vorjahr"))).toEqual({ toleranz: 5, relativ: 0.01 });
    expect(ruleParams(settings, meta("abstimmung/lzb-geschlechter"))).toEqual({ toleranz: 0 });
  });

  it("ziele/veraenderung-lzb: error now makes the check against ZIE_LZB_VJ an error; the share × ELB stand-in split off it stays a hint", () => {
    expect(ruleSeverity(settings, meta("ziele/veraenderung-lzb"))).toBe("error");
    expect(ruleSeverity(settings, meta("hinweis/veraenderung-lzb-anteil"))).toBe("info");
    // Without ZIE_LZB_VJ (as in the example), a stand-in that does not fit gives the hint, not the old error.
    const standIn = check(changeExample({ KUN_Anteil_LZB: 0.5 }), settings).filter((f) => f.rule.includes("veraenderung-lzb"));
    expect(standIn.map((f) => [f.rule, f.severity, f.messageId])).toEqual([["hinweis/veraenderung-lzb-anteil", "info", "abweichung"]]);
    // With a previous-year stock that does not fit, the old id reports at the severity the file asks for.
    const real = check(example().withPreviousYear().set("ZIE_LZB_VJ", 2400).snapshot(), settings).filter((f) => f.rule.includes("veraenderung-lzb"));
    expect(real.map((f) => [f.rule, f.severity, f.data.group])).toEqual([["ziele/veraenderung-lzb", "error", "gesamt"]]);
  });

  it("abstimmung/anteile-summe: warning applies to its own check only; women + men below 100 % stays a warning of anteile-divers", () => {
    expect(ruleSeverity(settings, meta("abstimmung/anteile-divers"))).toBe("warning");
    const above = check(changeExample({ PER_Anteil_Frauen: 0.88 }), settings).filter((f) => f.rule.startsWith("abstimmung/anteile"));
    expect(above.map((f) => [f.rule, f.severity, f.messageId])).toEqual([["abstimmung/anteile-summe", "warning", "geschlecht"]]);
  });

  it("an explicit LZB tolerance 0 still reports a difference of 1; a switched-off rule stays off", () => {
    const f = check(changeExample({ ZIE_LZB_Frauen: 1421 }), settings);
    expect(f.filter((x) => x.rule === "abstimmung/lzb-geschlechter").map((x) => x.severity)).toEqual(["error"]);
    expect(f.filter((x) => x.rule === "hinweis/instrument-veraltet" || x.rule === "hinweis/kfa-anteil")).toEqual([]);
    expect(f.filter((x) => x.rule === "quer/eintritte-text-tabelle").map((x) => x.severity)).toEqual(["error"]);
  });
});
