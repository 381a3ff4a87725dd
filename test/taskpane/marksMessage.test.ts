// "Markierungen entfernen" in the pane: success only when every mark went; otherwise a warning naming each
// sheet, its ranges and Excel's reason — the result comes from the adapter (test/excel/officeCalls.test.ts).
import { messagesFor } from "../../src/taskpane/i18n";
import { unmarkStatus } from "../../src/taskpane/marksMessage";

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
