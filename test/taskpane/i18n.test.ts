// Both languages have every string, and the language follows Office's display language.
import de from "../../src/taskpane/i18n/de";
import en from "../../src/taskpane/i18n/en";
import { messagesFor, pickLanguage } from "../../src/taskpane/i18n";

function keys(o: object, prefix = ""): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`],
  );
}

test("English has every key of German, with the same kind of value, and nothing else", () => {
  expect(keys(en).sort()).toEqual(keys(de).sort());
});

// Words that are the same in both languages.
const SAME_IN_BOTH = new Set(["noValue", "parameter", "plan", "instrument"]);

test("no string is empty and English is actually translated", () => {
  for (const [k, v] of Object.entries(en)) {
    if (typeof v !== "string") continue;
    expect(v.length).toBeGreaterThan(0);
    if (!SAME_IN_BOTH.has(k)) expect(`${k}:${v}`).not.toBe(`${k}:${(de as Record<string, unknown>)[k]}`);
  }
});

test.each([
  ["de-DE", "de"],
  ["de-AT", "de"],
  ["en-US", "en"],
  ["en-GB", "en"],
  ["EN-us", "en"],
  ["fr-FR", "de"],
  [undefined, "de"],
  ["", "de"],
])("display language %p → %p", (display, lang) => {
  expect(pickLanguage(display)).toBe(lang);
});

test("message functions format counts in each language", () => {
  expect(messagesFor("de").unmarked(1)).toBe("1 Markierung entfernt.");
  expect(messagesFor("de").unmarked(3)).toBe("3 Markierungen entfernt.");
  expect(messagesFor("en").unmarked(3)).toBe("3 marks removed.");
});
