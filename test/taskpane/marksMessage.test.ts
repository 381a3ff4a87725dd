// "In der Mappe markieren" and "Markierungen entfernen" in the pane: success only when everything was done; otherwise a warning naming each
// sheet, its ranges and Excel's reason — the result comes from the adapter (test/excel/officeCalls.test.ts).
import { messagesFor } from "../../src/taskpane/i18n";
import { buildExample2024 } from "../../src/core/example";
import { hostOverFake } from "../../src/excel/demoHost";
import { fakeExcel } from "../../src/excel/fake";
import { markStatus, unmarkStatus } from "../../src/taskpane/marksMessage";

test("all removed: success with the count", () => {
  expect(unmarkStatus({ marked: 0, removed: 3, notRemoved: [], notMarked: [] }, messagesFor("de"))).toEqual({ intent: "success", text: "3 Markierungen entfernt." });
});

test("some left: a warning that names the sheet, the ranges and why, in German and English", () => {
  const result = { marked: 0, removed: 2, notRemoved: [{ sheet: "Ziele", ranges: ["B8", "C9"], reason: "There was an internal error" }], notMarked: [] };
  const de = unmarkStatus(result, messagesFor("de"));
  expect(de.intent).toBe("warning");
  expect(de.text).toMatch(/^2 Markierungen entfernt; einige Markierungen konnten nicht entfernt werden/);
  expect(de.details).toEqual(["Blatt „Ziele“, B8, C9: There was an internal error"]);
  const en = unmarkStatus(result, messagesFor("en"));
  expect(en.text).toMatch(/^2 marks removed; some marks could not be removed/);
  expect(en.details).toEqual(["Sheet “Ziele”, B8, C9: There was an internal error"]);
});

describe("In der Mappe markieren", () => {
  test("all set: success with the number of marks the adapter set (not the number of findings)", () => {
    expect(markStatus({ marked: 4, removed: 2, notRemoved: [], notMarked: [] }, messagesFor("de"))).toEqual({ intent: "success", text: "4 Bereiche in der Mappe markiert." });
    expect(markStatus({ marked: 1, removed: 0, notRemoved: [], notMarked: [] }, messagesFor("en"))).toEqual({ intent: "success", text: "1 range marked in the workbook." });
  });

  test("old marks that could not be removed: a warning, not a success", () => {
    const result = { marked: 3, removed: 1, notRemoved: [{ sheet: "Ziele", ranges: ["B8"], reason: "There was an internal error" }], notMarked: [] };
    const de = markStatus(result, messagesFor("de"));
    expect(de.intent).toBe("warning");
    expect(de.text).toMatch(/^3 Bereiche markiert; Excel hat nicht alles zugelassen/);
    expect(de.details).toEqual(["Frühere Markierung nicht entfernt – Blatt „Ziele“, B8: There was an internal error"]);
  });

  test("a sheet that refused the marks: named with its ranges and Excel's reason, in German and English", () => {
    const result = {
      marked: 2,
      removed: 0,
      notRemoved: [{ sheet: "Förderung", ranges: ["B17"], reason: "protected sheet" }],
      notMarked: [{ sheet: "Förderung", ranges: ["B18", "B19"], reason: "protected sheet" }],
    };
    const de = markStatus(result, messagesFor("de"));
    expect(de).toEqual({
      intent: "warning",
      text: "2 Bereiche markiert; Excel hat nicht alles zugelassen (z. B. ein geschütztes Blatt):",
      details: ["Nicht markiert – Blatt „Förderung“, B18, B19: protected sheet", "Frühere Markierung nicht entfernt – Blatt „Förderung“, B17: protected sheet"],
    });
    const en = markStatus(result, messagesFor("en"));
    expect(en.text).toMatch(/^2 ranges marked; Excel did not allow everything/);
    expect(en.details).toEqual(["Not marked – sheet “Förderung”, B18, B19: protected sheet", "Earlier mark not removed – sheet “Förderung”, B17: protected sheet"]);
  });

  test("the result of the real adapter on a protected sheet gives that warning", async () => {
    const fake = fakeExcel(buildExample2024(), {}, { protectedSheets: ["Förderung"] });
    const finding = { rule: "t", severity: "error" as const, messageId: "m", data: {}, message: "m", names: [], cells: ["Ziele!B8", "Förderung!B18"] };
    const status = markStatus(await hostOverFake(fake, "0").applyMarks([finding]), messagesFor("de"));
    expect(status.intent).toBe("warning");
    expect(status.text).toMatch(/^1 Bereich markiert/);
    expect(status.details).toEqual([expect.stringMatching(/^Nicht markiert – Blatt „Förderung“, B18: .*protected sheet/)]);
  });
});
