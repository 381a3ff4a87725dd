// End-to-end Einrichten in the built browser demo (dist/) in Debian's Chromium: the demo workbook
// "bestehende Mappe ohne Namen" (the seed's tables as printed) → Einrichten → Vorschläge übernehmen → Mappe
// prüfen. The check runs on the new names: findings appear, none says a mapped name is missing. The
// screenshot goes to test-results/ like every e2e screenshot; `npm run docs:screenshots` copies it to
// docs/img/demo-einrichten.png (README, docs/anleitung.md).
import path from "path";
import { RESULTS, setUpDemoBrowser } from "../helpers/demoBrowser";

const SCREENSHOT = path.join(RESULTS, "demo-einrichten.png");
const demo = setUpDemoBrowser();

test("bestehende Mappe ohne Namen: Einrichten → Vorschläge übernehmen → Mappe prüfen gives findings and no namen/fehlt for mapped names", async () => {
  const context = await demo.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "de-DE" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // Chosen through the demo's workbook picker, as a user would; without contract names the pane moves to
  // Einrichten by itself (App's one-sync probe, as in Excel).
  await page.goto(`${demo.origin}/`);
  await page.getByTestId("demo-workbook").selectOption("existing");
  await page.getByTestId("setup-page").waitFor();
  expect(await page.getByTestId("tab-setup").getAttribute("aria-selected")).toBe("true");
  const apply = page.getByTestId("apply-proposals");
  await page.waitForFunction(() => !document.querySelector('[data-testid="apply-proposals"]')?.hasAttribute("disabled"));
  const proposed = await page.locator('[data-testid="setup-name"][data-state="proposed"]').evaluateAll((els) =>
    els.filter((e) => e.querySelector('[data-testid="confidence"]')?.textContent?.includes("sicher") && !e.textContent?.includes("unsicher")).map((e) => e.getAttribute("data-name")!),
  );
  expect(proposed.length).toBeGreaterThan(20);
  // Fluent animates the button from disabled to enabled: wait for its brand colour before the screenshot.
  await page.waitForFunction(() => {
    const b = document.querySelector('[data-testid="apply-proposals"]');
    return !!b && getComputedStyle(b).backgroundColor === "rgb(15, 108, 189)";
  });
  await page.screenshot({ path: SCREENSHOT, fullPage: false });

  await apply.click();
  await page.getByTestId("setup-check").waitFor();
  const sound = await page.locator('[data-testid="setup-name"][data-state="sound"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-name")!));
  expect(sound.sort()).toEqual([...proposed].sort());

  // "Auswahl zuweisen": select the Jobcenter's name in the grid (as in Excel), then assign it to AIP_Jobcenter.
  await page.getByTestId("sheet-Förderung").click();
  await page.locator('td[data-cell="A2"]').click();
  await page.getByTestId("grid-selection").filter({ hasText: "Förderung!A2" }).waitFor();
  await page.locator('[data-testid="setup-name"][data-name="AIP_Jobcenter"] [data-testid="assign-selection"]').click();
  await page.locator('[data-testid="setup-name"][data-name="AIP_Jobcenter"][data-state="sound"]').waitFor();
  expect(await page.getByTestId("setup-status").textContent()).toContain("AIP_Jobcenter → Förderung!$A$2");

  await page.getByTestId("setup-check").click();
  await page.getByTestId("findings").waitFor();
  const findings = await page.getByTestId("finding").evaluateAll((els) => els.map((e) => ({ rule: e.getAttribute("data-rule"), text: e.textContent ?? "" })));
  expect(findings.length).toBeGreaterThan(0);
  expect(findings.some((f) => f.rule === "ziele/veraenderung-iq")).toBe(true);
  expect(findings.some((f) => f.rule === "quer/eintritte-text-tabelle" && f.text.includes("458") && f.text.includes("869"))).toBe(true);
  const missingMapped = findings.filter((f) => f.rule === "namen/fehlt" && [...sound, "AIP_Jobcenter"].some((n) => f.text.includes(`Name ${n} `)));
  expect(missingMapped).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
}, 60_000);
