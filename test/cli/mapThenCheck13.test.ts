// Issue 13 §4 on the command line: map → write → check on the layouts of other controllers
// (test/fixtures/layouts13.ts) keeps the real findings where the figures are there — 458 vs 869 and the IQ
// change −2,5 % vs −2,7 % on the seed retyped by someone else — and gives no namen/* error on a mapped figure.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutXlsx, type Layout } from "../fixtures/layouts";
import { MEASURED_LAYOUTS, retypedSeedLayout } from "../fixtures/layouts13";
import { run, tempDir } from "./helpers";

interface JsonFinding {
  rule: string;
  severity: string;
  data: Record<string, unknown>;
  message: string;
  names: string[];
}

let dir: string;
const results = new Map<string, { findings: JsonFinding[]; mapped: string[] }>();

async function mapWriteCheck(id: string, layout: Layout) {
  writeFileSync(join(dir, `${id}.xlsx`), await layoutXlsx(layout));
  const proposals = await run(["map", `${id}.xlsx`, "--format", "json"], { cwd: dir });
  expect(proposals.code).toBe(0);
  const mapped = (JSON.parse(proposals.stdout) as { proposals: Array<{ name: string; confidence: string }> }).proposals.filter((p) => p.confidence === "high").map((p) => p.name);
  expect((await run(["map", `${id}.xlsx`, "--write", `${id}-namen.xlsx`], { cwd: dir })).code).toBe(0);
  const checked = await run(["check", `${id}-namen.xlsx`, "--format", "json"], { cwd: dir });
  expect(checked.code).not.toBe(2);
  return { findings: (JSON.parse(checked.stdout) as { files: Array<{ findings: JsonFinding[] }> }).files[0].findings, mapped };
}

beforeAll(async () => {
  dir = tempDir("aip-map13-");
  for (const make of MEASURED_LAYOUTS) {
    const m = make();
    results.set(m.layout.id, await mapWriteCheck(m.layout.id, m.layout));
  }
}, 120_000);

it("the retyped seed still gives 458 vs 869 and the IQ change −2,5 % vs −2,7 %", () => {
  const r = results.get(retypedSeedLayout().layout.id)!;
  expect(r.findings.filter((f) => f.rule === "quer/eintritte-text-tabelle").map((f) => f.data)).toEqual([{ text: 458, plan: 869 }]);
  const iq = r.findings.filter((f) => f.rule === "ziele/veraenderung-iq");
  expect(iq).toHaveLength(1);
  expect(iq[0].message).toMatch(/angegeben −2,5 %, berechnet −2,7 %/);
});

it.each(MEASURED_LAYOUTS.map((m) => [m().layout.id]))("%s: no namen/* error on a mapped figure", (id) => {
  const r = results.get(id)!;
  const errors = r.findings.filter((f) => f.rule.startsWith("namen/") && f.severity === "error").flatMap((f) => f.names.filter((n) => r.mapped.includes(n)).map((n) => `${f.rule} ${n}`));
  expect(errors).toEqual([]);
});

it("the hidden helper sheet's 'Planjahr' is not proposed through the file either", async () => {
  const { hiddenHelperLayout } = await import("../fixtures/layouts13");
  writeFileSync(join(dir, "hidden.xlsx"), await layoutXlsx(hiddenHelperLayout().layout));
  const out = await run(["map", "hidden.xlsx", "--format", "json"], { cwd: dir });
  const names = (JSON.parse(out.stdout) as { proposals: Array<{ name: string }> }).proposals.map((p) => p.name);
  expect(names).not.toContain("AIP_Planjahr");
  expect(names).toContain("ZIE_IQ");
});

it.each([["standorte"], ["kopf-zweizeilig"]])("%s: the check reads the plan's total column (789 against the instruments' 814)", (id) => {
  const gesamt = results.get(id)!.findings.filter((f) => f.rule === "istplan/gesamt");
  expect(gesamt.map((f) => f.message)).toEqual([expect.stringMatching(/Gesamt Plan \(789\) liegt unter der Summe der Instrumente \(814\)/)]);
});
