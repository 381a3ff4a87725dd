// Settings: valid overrides merged over defaults, severity "off", and German errors with their path.
import { DEFAULT_SETTINGS, parseSettings, ruleParams, ruleSeverity } from "../../src/core/settings";
import { ruleById } from "../../src/core/rules";

describe("parseSettings", () => {
  it("gives the defaults for an empty object and for undefined", () => {
    expect(parseSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it("merges partial tolerances over the defaults", () => {
    const r = parseSettings({ toleranzen: { betrag: 10 } });
    expect(r).toEqual({ ok: true, settings: { toleranzen: { ...DEFAULT_SETTINGS.toleranzen, betrag: 10 }, regeln: {} } });
  });

  it("accepts severities, 'off', the short form and rule parameters", () => {
    const r = parseSettings({
      $schema: "./aip-settings.schema.json",
      regeln: {
        "hinweis/kfa-anteil": "off",
        "quer/eintritte-text-tabelle": { severity: "error" },
        "istplan/grosse-aenderung": { params: { relativ: 0.5 } },
      },
    });
    if (!r.ok) throw new Error(r.errors.join("; "));
    const grosse = ruleById("istplan/grosse-aenderung")!.meta;
    expect(ruleSeverity(r.settings, ruleById("hinweis/kfa-anteil")!.meta)).toBe("off");
    expect(ruleSeverity(r.settings, ruleById("quer/eintritte-text-tabelle")!.meta)).toBe("error");
    expect(ruleSeverity(r.settings, grosse)).toBe("warning");
    expect(ruleParams(r.settings, grosse)).toEqual({ relativ: 0.5, absolut: 20, anteilGesamt: 0.01 });
  });

  it.each([
    [{ toleranzen: { betrag: -1 } }, "toleranzen.betrag: Zahl ≥ 0 erwartet"],
    [{ toleranzen: { betrag: "1" } }, "toleranzen.betrag: Zahl ≥ 0 erwartet"],
    [{ toleranzen: { cent: 1 } }, "toleranzen.cent: unbekannter Eintrag"],
    [{ toleranz: {} }, "toleranz: unbekannter Eintrag"],
    [{ toleranzen: 5 }, "toleranzen: Objekt erwartet"],
    [[], "Einstellungen: Objekt erwartet"],
    [{ regeln: { "hinweis/kfa-anteil": "aus" } }, "regeln.hinweis/kfa-anteil.severity: erwartet „error“, „warning“, „info“ oder „off“"],
    [{ regeln: { "gibt/es-nicht": "off" } }, "regeln.gibt/es-nicht: unbekannte Regel (siehe docs/rules.md)"],
    [{ regeln: { "istplan/grosse-aenderung": { params: { prozent: 1 } } } }, "regeln.istplan/grosse-aenderung.params.prozent: unbekannter Parameter (erlaubt: relativ, absolut, anteilGesamt)"],
    [{ regeln: { "namen/fehlt": { params: { x: 1 } } } }, "regeln.namen/fehlt.params.x: unbekannter Parameter (die Regel hat keine Parameter)"],
    [{ regeln: { "istplan/grosse-aenderung": { params: { relativ: -0.1 } } } }, "regeln.istplan/grosse-aenderung.params.relativ: Zahl ≥ 0 erwartet"],
    [{ regeln: { "istplan/grosse-aenderung": { schwere: "error" } } }, "regeln.istplan/grosse-aenderung.schwere: unbekannter Eintrag"],
  ])("rejects %j with a German message", (input, message) => {
    const r = parseSettings(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain(message);
  });

  it("lists every problem, not only the first", () => {
    const r = parseSettings({ toleranzen: { betrag: -1, vzae: "x" }, regeln: { "a/b": "off" } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(["toleranzen.betrag: Zahl ≥ 0 erwartet", "toleranzen.vzae: Zahl ≥ 0 erwartet"]);
  });

  it("keeps the defaults frozen", () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.toleranzen)).toBe(true);
  });
});
