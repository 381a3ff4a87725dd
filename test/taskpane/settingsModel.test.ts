// The Einstellungen form: defaults in, only differences stored, validated by the engine's parseSettings.
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { RULES } from "../../src/core/rules";
import {
  formFromSettings,
  parseFormNumber,
  resolveStoredSettings,
  settingsFromForm,
} from "../../src/taskpane/settingsModel";

const metas = RULES.map((r) => r.meta);
const withParams = metas.find((m) => Object.keys(m.params ?? {}).length > 0)!;

test("the default form stores nothing", () => {
  const r = settingsFromForm(formFromSettings(DEFAULT_SETTINGS, metas), metas);
  expect(r).toEqual({ ok: true, stored: {}, settings: DEFAULT_SETTINGS });
});

test("every rule of the registry is in the form, with its default severity", () => {
  const form = formFromSettings(DEFAULT_SETTINGS, metas);
  expect(Object.keys(form.regeln)).toEqual(metas.map((m) => m.id));
  for (const m of metas) expect(form.regeln[m.id].severity).toBe(m.severity);
});

test("changed tolerance, severity and parameter are stored, with a German decimal comma", () => {
  const form = formFromSettings(DEFAULT_SETTINGS, metas);
  form.toleranzen.betrag = "1,5";
  const rule = metas[0];
  form.regeln[rule.id].severity = "off";
  const [param] = Object.keys(withParams.params!);
  form.regeln[withParams.id].params[param] = String(withParams.params![param].default + 1);
  const r = settingsFromForm(form, metas);
  if (!r.ok) throw new Error(r.errors.join("; "));
  expect(r.stored).toEqual({
    toleranzen: { betrag: 1.5 },
    regeln: {
      ...(rule.id === withParams.id
        ? { [rule.id]: { severity: "off", params: { [param]: withParams.params![param].default + 1 } } }
        : {
            [rule.id]: { severity: "off" },
            [withParams.id]: { params: { [param]: withParams.params![param].default + 1 } },
          }),
    },
  });
  // Round trip: what is stored comes back into the same form.
  expect(formFromSettings(resolveStoredSettings(r.stored).settings, metas)).toEqual({
    ...form,
    toleranzen: { ...form.toleranzen, betrag: "1.5" },
  });
});

test("text that is not a number and a negative tolerance are refused with the field's path", () => {
  const form = formFromSettings(DEFAULT_SETTINGS, metas);
  form.toleranzen.vzae = "zwei";
  const r = settingsFromForm(form, metas);
  expect(r).toEqual({ ok: false, errors: [expect.stringContaining("toleranzen.vzae")] });

  const negative = formFromSettings(DEFAULT_SETTINGS, metas);
  negative.toleranzen.betrag = "-1";
  const n = settingsFromForm(negative, metas);
  expect(n.ok).toBe(false);
  if (!n.ok) expect(n.errors.join(" ")).toMatch(/toleranzen\.betrag/);
});

test.each([
  ["0,5", 0.5],
  ["0.5", 0.5],
  [" 12 ", 12],
  ["1e-3", 0.001],
  [",5", 0.5],
  ["", undefined],
  ["1.606.442", undefined],
  ["abc", undefined],
  ["Infinity", undefined],
])("parseFormNumber(%p) = %p", (text, n) => {
  expect(parseFormNumber(text)).toBe(n);
});

test("stored settings: none → defaults; invalid → defaults with reasons", () => {
  expect(resolveStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  expect(resolveStoredSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  const bad = resolveStoredSettings({ regeln: { "gibt/es-nicht": "off" } });
  expect(bad.settings).toBe(DEFAULT_SETTINGS);
  expect(bad.problems.join(" ")).toMatch(/gibt\/es-nicht/);
});

describe("rules split off an older one (meta.splitFrom)", () => {
  const split = metas.find((m) => m.id === "istplan/darunter-summe")!;
  const older = "istplan/darunter";

  test("the form shows the severity the check uses: off when the older rule is off", () => {
    expect(split.splitFrom).toBe(older);
    const settings = { ...DEFAULT_SETTINGS, regeln: { [older]: { severity: "off" as const } } };
    const form = formFromSettings(settings, metas);
    expect(form.regeln[older].severity).toBe("off");
    expect(form.regeln[split.id].severity).toBe("off");
  });

  test("turning the split-off rule back on in the form is stored, so it does not inherit off again", () => {
    const settings = { ...DEFAULT_SETTINGS, regeln: { [older]: { severity: "off" as const } } };
    const form = formFromSettings(settings, metas);
    form.regeln[split.id].severity = split.severity;
    const r = settingsFromForm(form, metas);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // istplan/davon, also split off istplan/darunter, stays off as the form showed it (now stored explicitly).
    expect(r.stored).toEqual({ regeln: { [older]: { severity: "off" }, [split.id]: { severity: split.severity }, "istplan/davon": { severity: "off" } } });
  });

  test("saved unchanged, every rule split off the older one stays off (then stored explicitly)", () => {
    const settings = { ...DEFAULT_SETTINGS, regeln: { [older]: { severity: "off" as const } } };
    const r = settingsFromForm(formFromSettings(settings, metas), metas);
    const splits = metas.filter((m) => m.splitFrom === older).map((m) => m.id);
    expect(splits.length).toBeGreaterThan(1);
    expect(r.ok && r.stored).toEqual({ regeln: { [older]: { severity: "off" }, ...Object.fromEntries(splits.map((id) => [id, { severity: "off" }])) } });
  });
});
