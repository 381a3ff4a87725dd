// "Mappe prüfen" as the pane runs it: reads, checks with the stored settings, stores the last check status
// in the document settings, and asks the workbook for nothing else.
import { exampleSnapshot } from "../../src/core/example";
import { check } from "../../src/core/engine";
import { runCheck } from "../../src/taskpane/checkRun";
import { memoryHost } from "./memoryHost";
import { core } from "../helpers/issue15";

const NOW = () => new Date("2026-11-26T18:00:00.000Z");

test("a check reads, checks and saves the status; it marks, selects and writes nothing", async () => {
  const host = memoryHost(exampleSnapshot());
  const run = await runCheck(host, "9.9.9", NOW);
  expect(host.calls).toEqual(["readSnapshot", "loadCheckSettings", "saveLastCheck"]);
  expect(run.findings).toEqual(check(exampleSnapshot()));
  const errors = run.findings.filter((f) => f.severity === "error").length;
  const warnings = run.findings.filter((f) => f.severity === "warning").length;
  const infos = run.findings.filter((f) => f.severity === "info").length;
  expect(host.lastCheck).toEqual({ at: "2026-11-26T18:00:00.000Z", errors, warnings, infos, version: "9.9.9" });
  expect(run.status).toEqual(host.lastCheck);
  expect(host.marks).toEqual([]);
  expect(host.protocols).toEqual([]);
  // Every finding's rule has its German title from the registry.
  for (const f of run.findings) expect(run.ruleTitles[f.rule]).toMatch(/\w/);
});

test("the example's published inconsistencies reach the pane", async () => {
  const run = await runCheck(memoryHost(exampleSnapshot()), "0", NOW);
  const text = run.findings.map((f) => f.message).join("\n");
  expect(text).toMatch(/458/);
  expect(text).toMatch(/869/);
  expect(run.findings.some((f) => f.names.includes("ZIE_IQ_Veraenderung"))).toBe(true);
});

test("the English pane gets English findings; the stored status is the same and holds no text", async () => {
  const de = memoryHost(exampleSnapshot());
  const en = memoryHost(exampleSnapshot());
  const runDe = await runCheck(de, "0", NOW);
  const runEn = await runCheck(en, "0", NOW, "en");
  expect(runEn.lang).toBe("en");
  expect(runDe.lang).toBe("de");
  expect(runEn.findings).toEqual(check(exampleSnapshot(), undefined, { lang: "en" }));
  expect(runEn.findings.map((f) => f.message).join("\n")).toContain("Planned entries in the text (458) ≠ plan total of the support overview (869)");
  expect(runEn.findings.map((f) => ({ ...f, message: "" }))).toEqual(runDe.findings.map((f) => ({ ...f, message: "" })));
  expect(en.lastCheck).toEqual(de.lastCheck);
  expect(runEn.ruleTitles["quer/eintritte-text-tabelle"]).toBe("Planned entries in the text ≠ plan of the support overview");
  expect(runDe.ruleTitles["quer/eintritte-text-tabelle"]).toBe("Planeintritte im Text ≠ Plan der Förderübersicht");
  expect(Object.values(en.lastCheck!).every((v) => typeof v === "number" || /^[\d.:TZ-]+$/.test(String(v)))).toBe(true);
});

test("stored settings are used: a rule switched off gives no finding", async () => {
  const all = await runCheck(memoryHost(exampleSnapshot()), "0", NOW);
  const rule = all.findings.find((f) => f.names.includes("FOE_Eintritte_Plan"))!.rule;
  const run = await runCheck(memoryHost(exampleSnapshot(), { settings: { regeln: { [rule]: "off" } } }), "0", NOW);
  expect(run.findings.some((f) => f.rule === rule)).toBe(false);
  expect(run.settingsProblems).toEqual([]);
});

test("invalid stored settings fall back to the defaults and say why", async () => {
  const run = await runCheck(memoryHost(exampleSnapshot(), { settings: { toleranzen: { betrag: "viel" } } }), "0", NOW);
  expect(run.settingsProblems.join(" ")).toMatch(/toleranzen\.betrag/);
  expect(run.findings).toEqual(check(exampleSnapshot()));
});

test("a failing read is an exception for the page to show, and nothing is saved", async () => {
  const host = memoryHost(exampleSnapshot(), { failOn: "readSnapshot" });
  await expect(runCheck(host, "0", NOW)).rejects.toThrow("Excel meldet");
  expect(host.lastCheck).toBeUndefined();
});

test("the run says what it covered: the example without its previous-year LZB stocks, the skipped ones with their missing names", async () => {
  const lzb = { rule: "ziele/veraenderung-lzb", missing: ["ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ"] };
  const full = await runCheck(memoryHost(exampleSnapshot()), "0", NOW);
  expect(core(full.coverage!.rulesSkipped)).toEqual([lzb]);
  expect(full.coverage!.rulesRun).toBe(full.coverage!.rulesTotal - 1);
  const names = exampleSnapshot().names.filter((n) => n.name !== "BUD_VH_KFA");
  const partial = await runCheck(memoryHost({ ...exampleSnapshot(), names }), "0", NOW);
  expect(core(partial.coverage!.rulesSkipped)).toEqual([
    { rule: "abstimmung/verwaltungshaushalt", missing: ["BUD_VH_KFA"] },
    { rule: "hinweis/kfa-anteil", missing: ["BUD_VH_KFA"] },
    lzb,
  ]);
});

test("a workbook with no contract name: the pane's coverage says 0 rules ran, as the CLI does", async () => {
  const run = await runCheck(memoryHost({ ...exampleSnapshot(), names: [] }), "0", NOW);
  expect(run.coverage!.rulesRun).toBe(0);
  expect(run.coverage!.rulesSkipped).toHaveLength(run.coverage!.rulesTotal);
});
