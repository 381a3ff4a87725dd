// Issue 10 §5 on the command line: for each layout a controller keeps (test/fixtures/layouts.ts),
// `aip map FILE --write OUT` then `aip check OUT` gives the published programme's real findings where the
// figures are present, no namen/* error for a figure that was mapped, and says what it covered.

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { budgetAndFoerderungLayout, layoutXlsx, num, otherJobcenterLayout, seedLayout, type Layout } from "../fixtures/layouts";
import { run, tempDir } from "./helpers";
import { core } from "../helpers/issue15";

interface JsonFinding {
  rule: string;
  severity: string;
  messageId: string;
  data: Record<string, unknown>;
  message: string;
  names: string[];
}
interface Checked {
  findings: JsonFinding[];
  coverage: { rulesRun: number; rulesTotal: number; rulesSkipped: Array<{ rule: string; missing: string[] }> };
  /** Names written from high proposals. */
  mapped: string[];
}

let dir: string;
const results = new Map<string, Checked>();

/** map → write → check, all through the CLI as a user runs it. */
async function mapWriteCheck(id: string, layout: Layout): Promise<Checked> {
  writeFileSync(join(dir, `${id}.xlsx`), await layoutXlsx(layout));
  const proposals = await run(["map", `${id}.xlsx`, "--format", "json"], { cwd: dir });
  expect(proposals.code).toBe(0);
  const mapped = (JSON.parse(proposals.stdout) as { proposals: Array<{ name: string; confidence: string }> }).proposals
    .filter((p) => p.confidence === "high")
    .map((p) => p.name);
  const written = await run(["map", `${id}.xlsx`, "--write", `${id}-namen.xlsx`], { cwd: dir });
  expect(written.code).toBe(0);
  const checked = await run(["check", `${id}-namen.xlsx`, "--format", "json"], { cwd: dir });
  expect(checked.code).not.toBe(2);
  const file = (JSON.parse(checked.stdout) as { files: Array<Omit<Checked, "mapped">> }).files[0];
  return { ...file, mapped };
}

const TABLES = ["FOE_Tabelle", "PER_VZAE_Bereiche", "KUN_BG_Groesse"];
const namenErrors = (c: Checked) => c.findings.filter((f) => f.rule.startsWith("namen/") && f.severity === "error");
const mappedWithNamenError = (c: Checked, only?: (name: string) => boolean) =>
  namenErrors(c).flatMap((f) => f.names.filter((n) => c.mapped.includes(n) && (!only || only(n))).map((n) => `${f.rule} ${n}`));
const rules = (c: Checked, rule: string) => c.findings.filter((f) => f.rule === rule);

/** Layout 2 in next year's copy: the planning year moved on, the Förderung header did not. */
function nextYearsCopy(): Layout {
  const l = otherJobcenterLayout();
  l.sheets.find((s) => s.name === "Eckdaten")!.cells.D5 = num(2025, "0");
  return l;
}

/** Layout 3 with an instrument added right below the Excel table. */
function grownTable(): Layout {
  const l = budgetAndFoerderungLayout();
  Object.assign(l.sheets.find((s) => s.name === "Förderung")!.cells, { A9: "Coaching", B9: 1, C9: num(10), D9: num(12) });
  return l;
}

beforeAll(async () => {
  dir = tempDir("aip-map-check-");
  results.set("seed", await mapWriteCheck("seed", seedLayout()));
  results.set("other", await mapWriteCheck("other", otherJobcenterLayout()));
  results.set("budget", await mapWriteCheck("budget", budgetAndFoerderungLayout()));
  results.set("next", await mapWriteCheck("next", nextYearsCopy()));
  results.set("grown", await mapWriteCheck("grown", grownTable()));
}, 60_000);

describe("seed layout (the AIP 2024 tables as printed)", () => {
  const seed = () => results.get("seed")!;

  it("gives the IQ finding from the change typed in percent units: −2,5 % stated vs −2,7 % computed", () => {
    const iq = rules(seed(), "ziele/veraenderung-iq");
    expect(iq).toHaveLength(1);
    expect(iq[0]).toMatchObject({ severity: "warning", data: expect.objectContaining({ stated: -0.025 }) });
    expect(iq[0].message).toMatch(/angegeben −2,5 %, berechnet −2,7 %/);
    // Said once for the printed column by typen/prozent-einheit, listing its six changes.
    const units = rules(seed(), "typen/prozent-einheit");
    expect(units).toHaveLength(1);
    expect(units[0].names).toEqual([
      "ZIE_IQ_Veraenderung",
      "ZIE_IQ_Maenner_Veraenderung",
      "ZIE_IQ_Frauen_Veraenderung",
      "ZIE_LZB_Veraenderung",
      "ZIE_LZB_Maenner_Veraenderung",
      "ZIE_LZB_Frauen_Veraenderung",
    ]);
  });

  it("reports the absent Kunden area once, and namen/fehlt only for names the mapper could not place", () => {
    expect(rules(seed(), "namen/bereich-fehlt").map((f) => f.data.area)).toEqual(["kunden"]);
    expect(rules(seed(), "namen/fehlt").map((f) => f.names[0]).sort()).toEqual(["AIP_Jobcenter", "AIP_Planjahr"]);
    expect(seed().mapped).not.toContain("AIP_Jobcenter");
    expect(seed().mapped).not.toContain("AIP_Planjahr");
  });

  it("gives no namen/* error for a mapped single-cell figure", () => {
    expect(mappedWithNamenError(seed(), (n) => !TABLES.includes(n))).toEqual([]);
  });

  // Needs foe: the 3-column FOE_Tabelle with its header row "Ist 2023 | Plan 2024".
  test("gives 458 vs 869 and no namen/* error for the mapped FOE_Tabelle", () => {
    expect(mappedWithNamenError(seed())).toEqual([]);
    expect(rules(seed(), "quer/eintritte-text-tabelle").map((f) => f.data)).toEqual([{ text: 458, plan: 869 }]);
  });

  test("covers every rule but those of the absent Kunden area", () => {
    expect(core(seed().coverage.rulesSkipped)).toEqual([
      // the seed prints no previous-year LZB stocks: no group of ziele/veraenderung-lzb is whole
      { rule: "ziele/veraenderung-lzb", missing: ["ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ"] },
      // without ZIE_LZB_VJ the LZB change is checked against share × ELB, which lives in the absent Kunden area
      { rule: "hinweis/veraenderung-lzb-anteil", missing: ["KUN_Anteil_LZB", "KUN_ELB"] },
      { rule: "quer/elb-vorjahr", missing: ["KUN_ELB"] },
    ]);
  });
});

describe("another Jobcenter (other wording, labels in B and values in D, six VZÄ areas)", () => {
  const other = () => results.get("other")!;

  it("checks its own figures: IQ −1,7 % stated vs 17,0 % / (900 / 5.200) − 1 = −1,8 % computed", () => {
    const iq = rules(other(), "ziele/veraenderung-iq");
    expect(iq).toHaveLength(1);
    expect(iq[0].message).toMatch(/angegeben −1,7 %, berechnet −1,8 %/);
    // LZB +5,0 % stated; the stand-in previous-year stock 58 % × 5.200 = 3.016 gives −0,5 % (a hint: no ZIE_LZB_VJ).
    expect(rules(other(), "hinweis/veraenderung-lzb-anteil")).toHaveLength(1);
    expect(rules(other(), "namen/bereich-fehlt")).toEqual([]);
  });

  it("gives no namen/* error for a mapped single-cell figure", () => {
    expect(mappedWithNamenError(other(), (n) => !TABLES.includes(n))).toEqual([]);
  });

  // Needs foe: FOE_Tabelle "Instrument | IST 23 | Soll 24 | Begründung" (4 columns, header included),
  // PER_VZAE_Bereiche with six rows and an empty column C, KUN_BG_Groesse with four rows.
  test("gives no namen/* error for the mapped tables, and text and table agree (733)", () => {
    expect(mappedWithNamenError(other())).toEqual([]);
    expect(rules(other(), "quer/eintritte-text-tabelle")).toEqual([]);
    expect(other().coverage.rulesSkipped.filter((s) => s.missing.some((n) => TABLES.includes(n)))).toEqual([]);
  });
});

describe("only budget and Förderung (the Förderung table an Excel table)", () => {
  const budget = () => results.get("budget")!;

  it("gives the budget's hint and one warning per absent area, not an error per name", () => {
    expect(rules(budget(), "hinweis/kfa-anteil")).toHaveLength(1);
    expect(rules(budget(), "namen/bereich-fehlt").map((f) => f.data.area).sort()).toEqual(["eckdaten", "kunden", "personal", "ziele"]);
    // FOE_Eintritte_Plan is a required name of the Förderung area and not in this workbook.
    expect(rules(budget(), "namen/fehlt").map((f) => f.names[0])).toEqual(["FOE_Eintritte_Plan"]);
    expect(budget().mapped).not.toContain("FOE_Eintritte_Plan");
  });

  it("says the checks of the absent areas did not run", () => {
    const skipped = budget().coverage.rulesSkipped.map((s) => s.rule);
    expect(skipped).toEqual(expect.arrayContaining(["abstimmung/vzae-summe", "ziele/veraenderung-iq", "quer/elb-vorjahr"]));
    expect(budget().coverage.rulesRun).toBeLessThan(budget().coverage.rulesTotal);
  });

  // Needs foe: the Excel table A3:E8 is mapped with its header row.
  test("gives no namen/* error for the mapped FOE_Tabelle and runs the istplan rules", () => {
    expect(mappedWithNamenError(budget())).toEqual([]);
    // (istplan/standorte has nothing to check: the table splits no Plan by location)
    expect(core(budget().coverage.rulesSkipped).filter((s) => s.rule.startsWith("istplan/"))).toEqual([]);
  });
});

describe("next year's copy", () => {
  it("says when the header years no longer match AIP_Planjahr, and suggests updating the mapping", () => {
    const next = results.get("next")!;
    expect(next.mapped).toContain("AIP_Planjahr");
    const f = rules(next, "namen/jahr-kopf");
    expect(f.map((x) => x.data)).toEqual([
      { name: "FOE_Tabelle", header: "Instrument | IST 23 | Soll 24 | Begründung", planYear: 2025, previousYear: 2024 },
    ]);
    expect(f[0].message).toMatch(/„Einrichten“ in Excel oder aip map/);
    expect(rules(results.get("other")!, "namen/jahr-kopf")).toEqual([]);
  });

  it("says when rows were added right below a named table", () => {
    const grown = results.get("grown")!;
    expect(rules(grown, "namen/tabelle-fortgesetzt").map((f) => [f.messageId, f.data.label])).toEqual([["eineZeile", "Coaching"]]);
    expect(rules(results.get("budget")!, "namen/tabelle-fortgesetzt")).toEqual([]);
    for (const id of ["seed", "other"]) expect(rules(results.get(id)!, "namen/tabelle-fortgesetzt")).toEqual([]);
  });
});

describe("the text output says what was covered", () => {
  it("prints the coverage line with the skipped rules and their missing names", async () => {
    const r = await run(["check", "budget-namen.xlsx"], { cwd: dir });
    expect(r.stdout).toMatch(/^ {2}geprüft: \d+ von \d+ Regeln; nicht prüfbar: .*quer\/elb-vorjahr \(ZIE_ELB_VJ, KUN_ELB\).* \(fehlende Namen\)$/m);
  });
});
