// End-to-end: the workbook's own words (issue 13 §3) in the built browser demo (dist/) in Debian's
// Chromium. A workbook written in its own words → "Auswahl zuweisen" by hand → the label is remembered
// (Einrichten lists it) → next year's copy of the same workbook (opened with the settings the first one
// saved, as "Speichern unter" keeps them) maps the names high at their moved cells → the labels exported
// as JSON and imported into another Jobcenter's workbook map high there too; a bad file changes nothing;
// "vergessen" forgets one.
import fs from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { setUpDemoBrowser } from "../helpers/demoBrowser";

const demo = setUpDemoBrowser();

const row = (page: Page, name: string) => page.locator(`[data-testid="setup-name"][data-name="${name}"]`);

/** The high proposals on the Einrichten page: name → the proposal line (label, cell, value, reference). */
async function highProposals(page: Page): Promise<Record<string, string>> {
  const entries = await page.locator('[data-testid="setup-name"][data-state="proposed"]').evaluateAll((els) =>
    els
      .filter((e) => e.querySelector('[data-testid="confidence"]')?.textContent?.endsWith("sicher") && !e.textContent?.includes("unsicher"))
      .map((e) => [e.getAttribute("data-name")!, e.textContent ?? ""]),
  );
  return Object.fromEntries(entries);
}

async function assignByHand(page: Page, sheet: string, cell: string, name: string) {
  await page.getByTestId(`sheet-${sheet}`).click();
  await page.locator(`td[data-cell="${cell}"]`).click();
  await page.getByTestId("grid-selection").filter({ hasText: `${cell}` }).waitFor();
  await row(page, name).getByTestId("assign-selection").click();
  await page.locator(`[data-testid="setup-name"][data-name="${name}"][data-state="sound"]`).waitFor();
}

test("assign by hand → remembered → next year's copy maps high → export/import into another workbook maps high", async () => {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "de-DE", acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));

  await page.goto(`${demo.origin}/?workbook=own`);
  await page.getByTestId("setup-page").waitFor();
  await page.getByTestId("learned-none").waitFor();
  // The own words are unknown to the label data: no high proposal for them.
  await page.waitForFunction(() => !!document.querySelector('[data-testid="setup-name"][data-name="ZIE_IQ"]'));
  const before = await highProposals(page);
  expect(before.ZIE_IQ).toBeUndefined();
  expect(before.ZIE_LZB).toBeUndefined();

  await assignByHand(page, "Steuerung 2024", "C6", "ZIE_IQ");
  expect(await page.getByTestId("setup-status").textContent()).toContain("Beschriftung „Quote S2 (Zielvereinbarung)“ für ZIE_IQ gemerkt.");
  await assignByHand(page, "Steuerung 2024", "C7", "ZIE_LZB");
  const remembered = await page.getByTestId("learned-label").evaluateAll((els) => els.map((e) => e.getAttribute("data-name")));
  expect(remembered).toEqual(["ZIE_IQ", "ZIE_LZB"]);
  expect(await page.getByTestId("setup-learned").textContent()).toContain("„Quote S2 (Zielvereinbarung)“ → ZIE_IQ");

  // Next year's copy of the same workbook: a row added above, the years moved on, no names.
  await page.getByTestId("demo-next-year").click();
  await page.waitForURL(/workbook=own-next/);
  await page.getByTestId("setup-page").waitFor();
  await page.getByTestId("learned-label").first().waitFor();
  await page.waitForFunction(() => !!document.querySelector('[data-testid="setup-name"][data-name="ZIE_IQ"][data-state="proposed"]'));
  const nextYear = await highProposals(page);
  expect(nextYear.ZIE_IQ).toContain("'Steuerung 2025'!$C$7");
  expect(nextYear.ZIE_LZB).toContain("'Steuerung 2025'!$C$8");

  // Export the labels (a JSON download) …
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("labels-export").click()]);
  expect(download.suggestedFilename()).toBe("aip-beschriftungen.json");
  const exported = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aip-labels-")), "aip-beschriftungen.json");
  await download.saveAs(exported);
  const json = JSON.parse(fs.readFileSync(exported, "utf8")) as { format: string; version: number; labels: Array<{ name: string; label: string }> };
  expect(json.format).toBe("aip.labels");
  expect(json.version).toBe(1);
  expect(json.labels.map((l) => [l.name, l.label])).toEqual([
    ["ZIE_IQ", "Quote S2 (Zielvereinbarung)"],
    ["ZIE_LZB", "Steuerungsgröße 3"],
  ]);

  // … and import them into another Jobcenter's workbook in the same words.
  await page.getByTestId("demo-workbook").selectOption("own-other");
  await page.waitForURL(/workbook=own-other/);
  await page.getByTestId("learned-none").waitFor();
  await page.waitForFunction(() => !!document.querySelector('[data-testid="setup-name"][data-name="ZIE_IQ"]'));
  expect((await highProposals(page)).ZIE_IQ).toBeUndefined();

  // A bad file first: its errors are shown, nothing changes.
  await page.getByTestId("labels-import-file").setInputFiles({ name: "kaputt.json", mimeType: "application/json", buffer: Buffer.from('{"format":"aip.labels","version":1,"labels":[{"name":"ZIE_Foo","label":"x"}]}') });
  await page.getByTestId("setup-status").filter({ hasText: "kaputt.json wurde nicht übernommen" }).waitFor();
  expect(await page.getByTestId("setup-status").textContent()).toContain("labels.0.name: „ZIE_Foo“ ist kein Name des Vertrags");
  expect(await page.getByTestId("learned-none").count()).toBe(1);

  await page.getByTestId("labels-import-file").setInputFiles(exported);
  await page.getByTestId("setup-status").filter({ hasText: "2 Beschriftungen aus aip-beschriftungen.json übernommen." }).waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="setup-name"][data-name="ZIE_IQ"] [data-testid="confidence"]')?.textContent?.endsWith("sicher") ?? false);
  const other = await highProposals(page);
  expect(other.ZIE_IQ).toContain("Ziele!$C$10");
  expect(other.ZIE_LZB).toContain("Ziele!$C$8");

  // "vergessen": the label goes, and with it the high proposal.
  await page.locator('[data-testid="learned-label"][data-name="ZIE_LZB"] [data-testid="forget-label"]').click();
  await page.getByTestId("setup-status").filter({ hasText: "für ZIE_LZB vergessen" }).waitFor();
  expect(await page.locator('[data-testid="learned-label"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-name")))).toEqual(["ZIE_IQ"]);
  expect((await highProposals(page)).ZIE_LZB).toBeUndefined();

  expect(errors).toEqual([]);
  await context.close();
}, 90_000);

test("accepting a 'zu prüfen' proposal without a label beside its cell remembers nothing and says why", async () => {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "de-DE" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${demo.origin}/?workbook=existing`);
  await page.getByTestId("setup-page").waitFor();
  // "JC IIm-Kreis" is the Jobcenter's name itself, proposed "unsicher" (no label "Jobcenter" beside it).
  await row(page, "AIP_Jobcenter").getByTestId("accept").click();
  await page.locator('[data-testid="setup-name"][data-name="AIP_Jobcenter"][data-state="sound"]').waitFor();
  expect(await page.getByTestId("setup-status").textContent()).toContain("Keine Beschriftung gemerkt: Neben der Zelle steht keine Beschriftung.");
  expect(await page.getByTestId("learned-none").count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
