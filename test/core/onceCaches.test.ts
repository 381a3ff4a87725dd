// Work the engine does once per process or per view instead of per call (issue 18: batches over many
// workbooks). A cached answer must be the answer a fresh computation gives: the same on every call,
// unchanged by what a caller does with it, and errors still thrown every time.
import { cellInRange, columnIndex, quoteSheet } from "../../src/core/address";
import { namesOfArea } from "../../src/core/areas";
import { CONTRACT, contractName, monthlyName, upperCaseName } from "../../src/core/contract";
import { mentionedNames } from "../../src/core/coverage";
import { buildExample2024 } from "../../src/core/example";
import { printedPrecision } from "../../src/core/format";
import { renderTemplate } from "../../src/core/messages/render";
import { RULES_BY_ID, ruleParams, DEFAULT_SETTINGS } from "../../src/core/ruleSettings";
import { findOutdatedTerms } from "../../src/core/outdatedTerms";
import { buildView } from "../../src/core/resolve/view";
import { snapshotFromModel } from "../../src/core/workbookModel";

describe("answers worked out once", () => {
  it("printedPrecision gives a fresh object each time, so a caller's change does not reach the next caller", () => {
    const first = printedPrecision("0.0%")!;
    first.decimals = 7;
    first.percent = false;
    expect(printedPrecision("0.0%")).toEqual({ decimals: 1, percent: true });
    expect(printedPrecision("General")).toBeUndefined();
    expect(printedPrecision("General")).toBeUndefined();
  });

  it("cellInRange and quoteSheet give the same on every call and still refuse a range that is no address", () => {
    expect(cellInRange("'Meine Tabelle'!B3:D9", 2, 1)).toBe("'Meine Tabelle'!C5");
    expect(cellInRange("'Meine Tabelle'!B3:D9", 0, 0)).toBe("'Meine Tabelle'!B3");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("A1")).toBe("'A1'");
    for (let i = 0; i < 2; i++) expect(() => cellInRange("Haushalt!Summe", 0, 0)).toThrow("Keine Zelladresse");
  });

  it("renderTemplate renders each call's own data and throws for a bad placeholder every time", () => {
    const template = "{sum, euro} in {month, select, 1=Januar|2=Februar}";
    expect(renderTemplate(template, { sum: 5, month: 1 }, "de")).toBe("5 € in Januar");
    expect(renderTemplate(template, { sum: 1234.5, month: 2 }, "de")).toBe("1.234,50 € in Februar");
    for (let i = 0; i < 2; i++) expect(() => renderTemplate("{x, unbekannt}", { x: 1 }, "de")).toThrow("unbekannter Typ");
    expect(() => renderTemplate(template, { sum: 5, month: 3 }, "de")).toThrow("keine Auswahl");
  });

  it("findOutdatedTerms finds a term again in the next text (no search state carried over)", () => {
    const text = "Maßnahme nach FAV und ALG II";
    const again = [findOutdatedTerms(text), findOutdatedTerms(text), findOutdatedTerms(`x ${text}`)];
    expect(again.map((hits) => hits.map((h) => h.term.id))).toEqual([["fav", "alg2"], ["fav", "alg2"], ["fav", "alg2"]]);
  });

  it("namesOfArea gives the contract's names of each area, in contract order, on every call", () => {
    const foe = CONTRACT.filter((c) => c.name.startsWith("FOE_"));
    expect(namesOfArea("foerderung")).toEqual(foe);
    expect(namesOfArea("foerderung")).toEqual(foe);
  });

  it("a view's mentioned names and tables are its own: another snapshot's view gives its own answer", () => {
    const full = buildView(snapshotFromModel(buildExample2024(), "beispiel.xlsx"));
    const model = buildExample2024();
    model.names = model.names.filter((n) => !n.name.startsWith("FOE_"));
    const withoutFoe = buildView(snapshotFromModel(model, "ohne-foe.xlsx"));
    expect(mentionedNames(full).has("FOE_Tabelle")).toBe(true);
    expect(mentionedNames(withoutFoe).has("FOE_Tabelle")).toBe(false);
    expect(mentionedNames(full).has("FOE_Tabelle")).toBe(true);
    expect(full.table("FOE_Tabelle")).toBe(full.table("FOE_Tabelle"));
    expect(withoutFoe.table("FOE_Tabelle")).toBeUndefined();
    expect(full.hasFigure("BUD_VH_Gesamt")).toBe(full.figure("BUD_VH_Gesamt") !== undefined);
    expect(full.hasFigure("FOE_Tabelle")).toBe(false);
  });
  it("names are found in any case, with the contract's spelling made once and other spellings upper-cased as before", () => {
    const foe = CONTRACT.find((c) => c.name === "FOE_Tabelle");
    for (const spelling of ["FOE_Tabelle", "FOE_TABELLE", "foe_tabelle", "Foe_Tabelle"]) expect(contractName(spelling)).toBe(foe);
    for (const nearMiss of ["FOE_Tabelle ", "FOE_Tabelle2", "FOE-Tabelle", "FOE_Tabele"]) expect(contractName(nearMiss)).toBeUndefined();
    expect(monthlyName("mon_mittel")?.name).toBe("MON_Mittel");
    expect(monthlyName("MON_Mittel")).toBe(monthlyName("MON_MITTEL"));
    expect(monthlyName("FOE_Tabelle")).toBeUndefined();
    expect([upperCaseName("PER_Anteil_Maenner"), upperCaseName("Straße"), upperCaseName("per_beschäftigte")]).toEqual(["PER_ANTEIL_MAENNER", "STRASSE", "PER_BESCHÄFTIGTE"]);
  });

  it("columnIndex reads column letters in either case, one code point per letter", () => {
    expect(["A", "z", "AA", "ab", "XFD", "xfd"].map(columnIndex)).toEqual([0, 25, 26, 27, 16383, 16383]);
    // A character outside the BMP counts once (by its first code unit), as the earlier for-of loop read it.
    expect(columnIndex("\u{1F600}")).toBe(0xd83d - 64 - 1);
    expect(columnIndex("A\u{1F600}")).toBe(26 + (0xd83d - 64) - 1);
  });

  it("ruleParams gives each caller its own object: defaults, overridden by the settings", () => {
    const meta = RULES_BY_ID.get("istplan/grosse-aenderung")!;
    const first = ruleParams(DEFAULT_SETTINGS, meta);
    const defaults = { ...first };
    first.relativ = 99;
    expect(ruleParams(DEFAULT_SETTINGS, meta)).toEqual(defaults);
    const settings = { ...DEFAULT_SETTINGS, regeln: { "istplan/grosse-aenderung": { params: { relativ: 0.5 } } } };
    expect(ruleParams(settings, meta)).toEqual({ ...defaults, relativ: 0.5 });
    const without = RULES_BY_ID.get("istplan/plan-fehlt")!;
    expect(ruleParams(DEFAULT_SETTINGS, without)).toEqual({});
    expect(ruleParams(DEFAULT_SETTINGS, without)).not.toBe(ruleParams(DEFAULT_SETTINGS, without));
  });
});
