// The message catalogues: German and English have the same ids and the same placeholders per id, every
// template parses, English is English (not a copy of the German), every contract name and table column has
// an English text, and rendering follows each language's number formatting without falling back.
import { CONTRACT } from "../../src/core/contract";
import { check } from "../../src/core/engine";
import { exampleSnapshot } from "../../src/core/example";
import { catalogue, renderFinding, renderFindings } from "../../src/core/messages/catalogue";
import { CONTRACT_EN } from "../../src/core/messages/contractEn";
import { MessageError, placeholders, renderMessage, renderTemplate } from "../../src/core/messages/render";
import { RULES } from "../../src/core/rules";

/** A placeholder as compared across languages: a select's texts are language, the rest is structure. */
const shape = (template: string) =>
  placeholders(template)
    .map((p) => `${p.key}:${p.type}${p.arg !== undefined && p.type !== "select" ? `:${p.arg}` : ""}`)
    .sort();

describe("catalogues", () => {
  const de = catalogue("de");
  const en = catalogue("en");

  it("cover every rule and engine/regelfehler with the same ids in both languages", () => {
    expect(Object.keys(de).sort()).toEqual([...RULES.map((r) => r.meta.id), "engine/regelfehler"].sort());
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const id of Object.keys(de)) expect(Object.keys(en[id]).sort()).toEqual(Object.keys(de[id]).sort());
    for (const r of RULES) expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
  });

  it("have the same placeholders per id, and every template parses", () => {
    for (const id of Object.keys(de)) {
      for (const m of Object.keys(de[id])) {
        expect({ id, m, en: shape(en[id][m]) }).toEqual({ id, m, en: shape(de[id][m]) });
      }
    }
  });

  it("English is not German: no text is the same in both, and no German-only words or number formats", () => {
    for (const id of Object.keys(de)) {
      for (const m of Object.keys(de[id])) {
        const text = en[id][m];
        expect({ id, m, text, same: text === de[id][m] }).toMatchObject({ same: false });
        expect({ id, m, text }).not.toMatchObject({ text: expect.stringMatching(/„| und | ist | der | die | das |ggü\.| %(?!-)|erwartet/) });
      }
    }
  });

  it("have a message id that reads as an identifier", () => {
    for (const id of Object.keys(de)) for (const m of Object.keys(de[id])) expect(m).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it("has an English meaning for every contract name and a title for every column", () => {
    expect(Object.keys(CONTRACT_EN).sort()).toEqual(CONTRACT.map((c) => c.name).sort());
    for (const c of CONTRACT) {
      expect(CONTRACT_EN[c.name].meaning).not.toBe(c.meaning);
      expect(Object.keys(CONTRACT_EN[c.name].columns ?? {}).sort()).toEqual((c.columns ?? []).map((col) => col.key).sort());
    }
  });
});

describe("rendering", () => {
  it("formats numbers as the language does", () => {
    const t = "{a, euro} {b, percent} {c, count} {d, change, 2} {e, vzae} {f, number, 1} {g, signed} {h, points}";
    const data = { a: 1606442, b: 0.161, c: 4559.58, d: -0.025, e: 115, f: 2558.16, g: 39, h: 0.0022 };
    expect(renderTemplate(t, data, "de")).toBe("1.606.442 € 16,1 % 4.559,58 −2,50 % 115,0 VZÄ 2.558,2 +39 0,22 %-Pkt.");
    expect(renderTemplate(t, data, "en")).toBe("€1,606,442 16.1% 4,559.58 −2.50% 115.0 FTE 2,558.2 +39 0.22 pp");
    expect(renderTemplate("{x, euro}", { x: -5 }, "en")).toBe("−€5");
  });

  it("renders names, quotes, rows, cells, scopes, selects and lists in the language", () => {
    expect(renderTemplate("{n, meaning}", { n: "ZIE_IQ" }, "de")).toBe("Ziel Integrationsquote gesamt");
    expect(renderTemplate("{n, meaning}", { n: "ZIE_IQ" }, "en")).toBe("target integration rate, total");
    expect(renderTemplate("{t, quote}", { t: "GaBe" }, "en")).toBe("“GaBe”");
    expect(renderTemplate("{r, row, i}", { r: 3, i: "" }, "de")).toBe("Zeile 3");
    expect(renderTemplate("{r, row, i}", { r: 3, i: "" }, "en")).toBe("row 3");
    expect(renderTemplate("{r, row, i}", { r: 3, i: "GaBe" }, "de")).toBe("„GaBe“");
    const cell = { name: "FOE_Tabelle", row: 8, column: "plan", label: "GaBe" };
    expect(renderTemplate("{name, cell}", cell, "de")).toBe("FOE_Tabelle, Zeile 8 („GaBe“), Spalte „Plan (Planjahr)“");
    expect(renderTemplate("{name, cell}", cell, "en")).toBe("FOE_Tabelle, row 8 (“GaBe”), column “Plan (planning year)”");
    expect(renderTemplate("{s, scope}", { s: ["", "Haushalt"] }, "de")).toBe("für die Mappe, für Blatt „Haushalt“");
    expect(renderTemplate("{c, select, ist=Ist|plan=Plan}", { c: "plan" }, "de")).toBe("Plan");
    expect(renderTemplate("{v, boolean}", { v: false }, "en")).toBe("FALSE");
    expect(renderTemplate("{p, percent}", { p: [0.6, 0.2, 0.25] }, "de")).toBe("60,0 % + 20,0 % + 25,0 %");
  });

  it("throws instead of falling back: unknown id, missing text, missing data, unknown type, unknown name", () => {
    const cat = { a: { de: "A {x, count}", en: "" } };
    expect(() => renderMessage(cat, "b", { x: 1 }, "de")).toThrow(MessageError);
    expect(() => renderMessage(cat, "a", { x: 1 }, "en")).toThrow(/keinen Text für en/);
    expect(() => renderMessage(cat, "a", {}, "de")).toThrow(/ohne Wert/);
    expect(() => renderTemplate("{x, kurs}", { x: 1 }, "de")).toThrow(/unbekannter Typ/);
    expect(() => renderTemplate("{x, meaning}", { x: "GIBT_ES_NICHT" }, "en")).toThrow(/kein Vertragsname/);
    expect(() => renderTemplate("{x, count}", { x: "viel" }, "de")).toThrow(/keine Zahl/);
  });

  it("every finding of the example is its catalogue's rendering, in both languages", () => {
    const de = check(exampleSnapshot());
    const en = check(exampleSnapshot(), undefined, { lang: "en" });
    expect(en.map((f) => ({ ...f, message: "" }))).toEqual(de.map((f) => ({ ...f, message: "" })));
    for (const f of de) expect(f.message).toBe(renderFinding(f, "de"));
    for (const f of en) expect(f.message).toBe(renderFinding(f, "en"));
    expect(renderFindings(de, "en")).toEqual(en);
    expect(en.find((f) => f.rule === "hinweis/kfa-anteil")?.message).toContain("€1,606,442 = 16.1%");
    expect(de.find((f) => f.rule === "hinweis/kfa-anteil")?.message).toContain("1.606.442 € = 16,1 %");
  });
});
