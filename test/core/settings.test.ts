// Settings: valid overrides merged over defaults, severity "off", and German errors with their path.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_SETTINGS, parseSettings, ruleParams, ruleSeverity } from "../../src/core/settings";
import { check } from "../../src/core/engine";
import { RULES, ruleById } from "../../src/core/rules";
import { withFoe } from "../helpers/tables";

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

describe("rules split off an older id (meta.splitFrom)", () => {
  const settingsOf = (regeln: Record<string, unknown>) => {
    const r = parseSettings({ regeln });
    if (!r.ok) throw new Error(r.errors.join("; "));
    return r.settings;
  };
  const severity = (regeln: Record<string, unknown>, id: string) => ruleSeverity(settingsOf(regeln), ruleById(id)!.meta);

  it("declares the splits of issue 8, each pointing at an existing rule, with no cycle", () => {
    const splits = Object.fromEntries(RULES.filter((r) => r.meta.splitFrom).map((r) => [r.meta.id, r.meta.splitFrom]));
    expect(splits).toEqual({
      "abstimmung/anteile-divers": "abstimmung/anteile-summe",
      "istplan/ohne-gesamt": "istplan/struktur",
      "istplan/gesamt-ueber-summe": "istplan/gesamt",
      "istplan/darunter-summe": "istplan/darunter",
      "istplan/davon": "istplan/darunter",
      "hinweis/veraenderung-lzb-anteil": "ziele/veraenderung-lzb",
    });
    for (const rule of RULES) {
      const seen = new Set<string>();
      for (let id: string | undefined = rule.meta.id; id; id = ruleById(id)?.meta.splitFrom) {
        expect(ruleById(id)).toBeDefined();
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
  });

  it.each([
    ["istplan/darunter", ["istplan/darunter-summe", "istplan/davon"]],
    ["istplan/gesamt", ["istplan/gesamt-ueber-summe"]],
    ["istplan/struktur", ["istplan/ohne-gesamt"]],
    ["abstimmung/anteile-summe", ["abstimmung/anteile-divers"]],
    ["ziele/veraenderung-lzb", ["hinweis/veraenderung-lzb-anteil"]],
  ])("'off' for %s turns off %j when the settings do not name them", (old, parts) => {
    for (const id of parts) {
      expect(severity({ [old]: "off" }, id)).toBe("off");
      expect(severity({ [old]: { severity: "off" } }, id)).toBe("off");
    }
  });

  it("carries over only 'off': another severity of the older id leaves the split rule at its default", () => {
    expect(severity({ "istplan/darunter": "warning" }, "istplan/davon")).toBe("error");
    expect(severity({ "istplan/darunter": "info" }, "istplan/darunter-summe")).toBe("warning");
    expect(severity({ "ziele/veraenderung-lzb": "error" }, "hinweis/veraenderung-lzb-anteil")).toBe("info");
    expect(severity({ "istplan/darunter": { params: {} } }, "istplan/davon")).toBe("error");
  });

  it("the split rule's own entry wins over the older id's 'off', even one with parameters only", () => {
    expect(severity({ "istplan/darunter": "off", "istplan/davon": "warning" }, "istplan/davon")).toBe("warning");
    expect(severity({ "istplan/darunter": "off", "istplan/davon": "warning" }, "istplan/darunter-summe")).toBe("off");
    expect(severity({ "istplan/darunter": "off", "istplan/davon": { params: {} } }, "istplan/davon")).toBe("error");
    // The older rule itself stays off.
    expect(severity({ "istplan/darunter": "off", "istplan/davon": "warning" }, "istplan/darunter")).toBe("off");
  });

  it("the engine runs no rule an old 'off' covers", () => {
    const snapshot = withFoe([
      ["Instrument", "Ist 2023", "Plan 2024"],
      ["Gesamt", 130, 140],
      ["FbW", 50, 60],
      ["davon Frauen", 20, 20],
      ["darunter U25", 40, 40],
      ["darunter Frauen", 40, 40],
      ["EGZ", 50, 50],
    ]);
    const rulesOf = (regeln: Record<string, unknown>) => [...new Set(check(snapshot, settingsOf(regeln)).map((f) => f.rule))].filter((r) => r.startsWith("istplan/")).sort();
    expect(rulesOf({})).toEqual(["istplan/darunter-summe", "istplan/davon", "istplan/gesamt-ueber-summe"]);
    expect(rulesOf({ "istplan/darunter": "off", "istplan/gesamt": "off" })).toEqual([]);
    expect(rulesOf({ "istplan/darunter": "off", "istplan/davon": "error" })).toEqual(["istplan/davon", "istplan/gesamt-ueber-summe"]);
  });
});

describe("settings of earlier versions (issue 15)", () => {
  const file = JSON.parse(readFileSync(join(__dirname, "../fixtures/settings-2024.json"), "utf8")) as unknown;
  const load = (input: unknown) => {
    const parsed = parseSettings(input);
    if (!parsed.ok) throw new Error(parsed.errors.join("; "));
    return parsed.settings;
  };

  test("the 2024 settings file still loads; the new rules run with their defaults", () => {
    const settings = load(file);
    for (const id of ["abstimmung/egt", "abstimmung/vwt", "hinweis/umschichtung", "abstimmung/foe-mittel", "hinweis/kosten-je-eintritt", "hinweis/ziel-implikation", "ziele/weitere-veraenderung"]) {
      const rule = ruleById(id)!;
      expect(ruleSeverity(settings, rule.meta)).toBe(rule.meta.severity);
      expect(ruleParams(settings, rule.meta)).toEqual(Object.fromEntries(Object.entries(rule.meta.params ?? {}).map(([k, p]) => [k, p.default])));
    }
    // abstimmung/vzae-koepfe is a warning now; a file that says nothing about it gets the new default
    expect(ruleSeverity(settings, ruleById("abstimmung/vzae-koepfe")!.meta)).toBe("warning");
  });

  test("a file that set abstimmung/vzae-koepfe to error keeps it an error", () => {
    expect(ruleSeverity(load({ regeln: { "abstimmung/vzae-koepfe": "error" } }), ruleById("abstimmung/vzae-koepfe")!.meta)).toBe("error");
  });
});
