// Issue 14 §3 and §2 (selection): a check is never lost because its status could not be stored, and the pane
// is told what Excel did not do. On the fake Excel through the real adapter: option `settingsSaveFails`
// (saveAsync reports 5001, office-js #761), `readOnly` (a read-only document), `listSeparatorSemicolon`
// (German desktop Excel's getRanges, office-js #1167, #1985).
import { buildExample2024 } from "../../src/core/example";
import { check } from "../../src/core/engine";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import { LAST_CHECK_KEY } from "../../src/excel/officeHost";
import { runCheck } from "../../src/taskpane/checkRun";
import de from "../../src/taskpane/i18n/de";
import { markStatus } from "../../src/taskpane/marksMessage";

const NOW = () => new Date("2026-12-06T20:00:00.000Z");

test("a failed saveAsync: the findings are shown anyway and the run says why the status was not stored", async () => {
  const fake = fakeExcel(buildExample2024(), { settingsSaveFails: true });
  const host = hostOverFake(fake, "0.0.0");
  const run = await runCheck(host, "0.0.0", NOW);
  expect(run.findings).toEqual(check(await host.readSnapshot()));
  expect(run.findings.length).toBeGreaterThan(0);
  expect(run.notStored).toMatch(/nicht in der Mappe gespeichert.*internal error/);
  expect(LAST_CHECK_KEY in fake.document.settings).toBe(false);
  expect(fake.documentSettings.saveCalls).toBe(1);
});

test("a read-only document: the check runs, nothing is tried to store, the run says so", async () => {
  const fake = fakeExcel(buildExample2024(), { readOnly: true });
  const run = await runCheck(hostOverFake(fake, "0.0.0"), "0.0.0", NOW);
  expect(run.findings.length).toBeGreaterThan(0);
  expect(run.notStored).toMatch(/schreibgeschützt/);
  expect(fake.documentSettings.saveCalls).toBe(0);
  expect(fake.writeLog).toEqual([]);
});

test("a stored check says nothing extra", async () => {
  const fake = fakeExcel(buildExample2024());
  const run = await runCheck(hostOverFake(fake, "0.0.0"), "0.0.0", NOW);
  expect(run.notStored).toBeUndefined();
  expect(fake.document.settings[LAST_CHECK_KEY]).toEqual(run.status);
});

test("marks whose record could not be saved: the pane's message says so", async () => {
  const fake = fakeExcel(buildExample2024(), { settingsSaveFails: true });
  const result = await hostOverFake(fake, "0.0.0").applyMarks([
    { rule: "x/y", severity: "error", messageId: "m", data: {}, message: "m", names: [], cells: ["Ziele!B8"] },
  ]);
  const status = markStatus(result, de);
  expect(status.intent).toBe("warning");
  expect(status.details?.join(" ")).toMatch(/Liste der Markierungen konnte nicht in der Mappe gespeichert werden/);
});

describe("several areas on German desktop Excel (getRanges wants ';', office-js #1167, #1985)", () => {
  test("the fake refuses ',' with the option and ';' without it", async () => {
    for (const [options, address] of [
      [{ listSeparatorSemicolon: true }, "B8,C8"],
      [{}, "B8;C8"],
    ] as const) {
      const fake = fakeExcel(buildExample2024(), options);
      await expect(
        fake.run(async (context) => {
          context.workbook.worksheets.getItem("Ziele").getRanges(address).select();
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("',' is tried, then ';': every area is selected in both Excels", async () => {
    for (const listSeparatorSemicolon of [false, true]) {
      const fake = fakeExcel(buildExample2024(), { listSeparatorSemicolon });
      const result = await hostOverFake(fake, "0").selectCells(["Ziele!B8", "Ziele!C8", "Ziele!D9"]);
      expect(result).toBeUndefined();
      expect(fake.view.selection).toEqual({ sheet: "Ziele", address: "B8,C8,D9" });
      expect(fake.syncCount).toBe(listSeparatorSemicolon ? 2 : 1);
    }
  });

  test("when only the first area can be selected (below ExcelApi 1.18) the pane is told", async () => {
    const fake = fakeExcel(buildExample2024(), { excelApi: "1.17" });
    const result = await hostOverFake(fake, "0").selectCells(["Ziele!B8", "Ziele!C8"]);
    expect(result).toEqual({ onlyFirstArea: 2 });
    expect(fake.view.selection).toEqual({ sheet: "Ziele", address: "B8" });
    expect(de.onlyFirstAreaSelected(2)).toMatch(/nur den ersten von 2 Bereichen/);
  });
});
