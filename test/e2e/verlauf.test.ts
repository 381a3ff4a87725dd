// End-to-end: the Übersicht's Verlauf section in the built demo (dist/) with the example's monthly sheet
// (?workbook=verlauf, invented figures up to June), in a task pane narrowed to 320 px, German and English:
// the figures of the add-in's computation, the SVG line chart with this year's six months, no horizontal
// scrolling, nothing written, no serious axe finding. Also "Verlaufsblatt anlegen" refusing where the sheet
// exists. Screenshot to test-results/ (docs/img/demo-verlauf.png via npm run docs:screenshots).
import fs from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { RESULTS, setUpDemoBrowser } from "../helpers/demoBrowser";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const demo = setUpDemoBrowser();

const text = async (page: Page, testId: string) => ((await page.getByTestId(testId).first().textContent()) ?? "").replace(/[\u00a0\u202f]/g, " ");

async function seriousAxe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Element, o: object): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    return axe.run(document.querySelector("[data-testid='verlauf-section']")!, { resultTypes: ["violations"] });
  });
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

async function openOverview(lang: "de" | "en"): Promise<Page> {
  const context = await demo.browser.newContext({ viewport: { width: 1000, height: 1400 }, locale: lang === "de" ? "de-DE" : "en-US" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${demo.origin}/?workbook=verlauf&page=overview${lang === "en" ? "&lang=en" : ""}`);
  // The task pane at its narrowest: 320 px.
  await page.getByTestId("pane").evaluate((el) => ((el as HTMLElement).style.width = "320px"));
  await page.getByTestId("verlauf-section").waitFor();
  expect(errors).toEqual([]);
  return page;
}

test.each(["de", "en"] as const)("Verlauf section at 320 px (%s): figures, line chart, no horizontal scrolling, read-only", async (lang) => {
  const page = await openOverview(lang);
  const writes = Number(await page.getByTestId("grid-writes").getAttribute("data-count"));
  if (lang === "de") {
    expect(await text(page, "verlauf-iq")).toContain("Integrationsquote bis Juni: JFW 7,92 % (Vorjahr gleiche Monate 8,13 %)");
    expect(await text(page, "verlauf-iq")).toContain("Hochrechnung zum Jahresende 16,03 % · Ziel 16,0 %");
    expect(await text(page, "verlauf-lzb")).toContain("LZB-Bestand bis Juni: JDW 2.737,3 ggü. Zielpfad 2.737,2");
    expect(await text(page, "verlauf-money")).toContain("Bindungen 2.265.000 €");
  } else {
    expect(await text(page, "verlauf-iq")).toContain("Integration rate up to June: JFW 7.92% (previous year same months 8.13%)");
    expect(await text(page, "verlauf-iq")).toContain("Year-end projection 16.03% · target 16.0%");
  }
  // This year's line has the six reported months; last year's and the target path all twelve.
  const points = async (id: string) => ((await page.getByTestId(`line-${id}`).getAttribute("points")) ?? "").split(" ").length;
  expect(await points("jfw")).toBe(6);
  expect(await points("vj")).toBe(12);
  expect(await points("ziel")).toBe(12);
  expect(await page.getByTestId("verlauf-entry").count()).toBe(10);
  // Nothing wider than the pane: no horizontal scrolling at 320 px.
  const overflow = await page.getByTestId("pane").evaluate((el) => {
    const pane = el.getBoundingClientRect();
    return [...el.querySelectorAll("[data-testid='verlauf-section'] *")].filter((c) => c.getBoundingClientRect().right > pane.right + 0.5).length;
  });
  expect(overflow).toBe(0);
  expect(Number(await page.getByTestId("grid-writes").getAttribute("data-count"))).toBe(writes);
  expect(await seriousAxe(page)).toEqual([]);
  await page.getByTestId("verlauf-section").screenshot({ path: path.join(RESULTS, `demo-verlauf-${lang}.png`) });
  await page.context().close();
});

test("Verlaufsblatt anlegen refuses where the sheet exists", async () => {
  const context = await demo.browser.newContext({ viewport: { width: 1000, height: 1000 }, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto(`${demo.origin}/?workbook=verlauf&page=settings`);
  await page.getByTestId("create-verlauf").click();
  await page.getByTestId("verlauf-status").filter({ hasText: "Kein Verlaufsblatt angelegt" }).waitFor();
  expect(await text(page, "verlauf-status")).toContain("das Blatt „Verlauf“");
  await context.close();
});
