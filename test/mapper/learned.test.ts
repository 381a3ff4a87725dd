// The workbook's own words (issue 13 §3): the aip.labels format (zod, German errors, nothing changed on a
// bad input), the rule that generic labels are never remembered, add/forget/merge, the label read for a
// hand-assigned cell, and the mapper using remembered labels (next year's copy, another workbook).
import {
  addLearned,
  forgetLearned,
  genericReason,
  learnFromAssignment,
  learnFromProposal,
  learnedFile,
  mergeLearned,
  proposeMapping,
  type LearnedLabel,
} from "../../src/core/mapper";
import { MAX_LEARNED_LABELS } from "../../src/core/mapper/learned";
import { learnedFromSetting, parseLearnedLabels, parseLearnedLabelsJson } from "../../src/core/mapper/learnedFormat";
import { ownWordsLayout, usedCells, pct, num, rows } from "../fixtures/layouts";

const IQ: LearnedLabel = { name: "ZIE_IQ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" };
const IQ_VJ: LearnedLabel = { name: "ZIE_IQ_VJ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" };
const LZB: LearnedLabel = { name: "ZIE_LZB", label: "Steuerungsgröße 3", context: "Steuerung 2024" };

describe("aip.labels format", () => {
  test("a valid file round-trips through learnedFile and parse", () => {
    const file = learnedFile([IQ, LZB]);
    expect(file).toEqual({ format: "aip.labels", version: 1, labels: [IQ, LZB] });
    const back = parseLearnedLabelsJson(JSON.stringify(file));
    expect(back).toEqual({ ok: true, labels: [IQ, LZB], skipped: [] });
  });

  test.each<[string, unknown, string]>([
    ["not JSON", "{labels:", "kein gültiges JSON"],
    ["an array", [], "erwartet wird ein Objekt"],
    ["wrong format", { format: "x", version: 1, labels: [] }, "format: format muss „aip.labels“ sein"],
    ["newer version", { format: "aip.labels", version: 2, labels: [] }, "version: version 1 wird unterstützt"],
    ["unknown name", { format: "aip.labels", version: 1, labels: [{ name: "ZIE_Foo", label: "x y" }] }, "labels.0.name: „ZIE_Foo“ ist kein Name des Vertrags"],
    ["empty label", { format: "aip.labels", version: 1, labels: [{ name: "ZIE_IQ", label: "  " }] }, "labels.0.label: label ist leer"],
    ["unknown key", { format: "aip.labels", version: 1, labels: [{ name: "ZIE_IQ", label: "Quote S2", ref: "A1" }] }, "labels.0.ref: unbekannter Eintrag"],
    ["label not text", { format: "aip.labels", version: 1, labels: [{ name: "ZIE_IQ", label: 5 }] }, "labels.0.label: label muss ein Text sein"],
  ])("%s gives a German error and no labels", (_what, input, message) => {
    const r = typeof input === "string" ? parseLearnedLabelsJson(input) : parseLearnedLabels(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join("\n")).toContain(message);
  });

  test("too many labels are refused", () => {
    const labels = Array.from({ length: MAX_LEARNED_LABELS + 1 }, (_, i) => ({ name: "ZIE_IQ", label: `Quote ${i} x` }));
    const r = parseLearnedLabels({ format: "aip.labels", version: 1, labels });
    expect(r.ok).toBe(false);
  });

  test("generic labels in a file are left out and named; case of the name is normalised", () => {
    const r = parseLearnedLabels({ format: "aip.labels", version: 1, labels: [{ name: "zie_iq", label: "Summe" }, { name: "ZIE_LZB", label: "Steuerungsgröße 3" }] });
    expect(r).toEqual({ ok: true, labels: [{ name: "ZIE_LZB", label: "Steuerungsgröße 3" }], skipped: ["„Summe“ (ZIE_IQ): zu allgemein (Summe, Gesamt, Ist, Plan, eine Einheit …)"] });
  });

  test("a broken stored setting is not used and says why", () => {
    expect(learnedFromSetting(null)).toEqual({ labels: [] });
    const broken = learnedFromSetting({ format: "aip.labels", version: 1, labels: "x" });
    expect(broken.labels).toEqual([]);
    expect(broken.problem).toContain("aip.labels");
  });
});

describe("generic labels are never remembered", () => {
  test.each(["2024", "Summe", "Gesamt", "Insgesamt", "Summe 2024", "123", "1.234,5", "", "  ", "Plan 2024", "Ist", "VJ", "in €", "%", "Gesamt¹", "davon Frauen"])("„%s“", (label) => {
    expect(genericReason(label)).toBeDefined();
    expect(addLearned([], { name: "ZIE_IQ", label })).toEqual([]);
  });
  test.each(["Steuerungsgröße 3", "Quote S2 (Zielvereinbarung)", "Integrationen", "K2", "VZÄ gesamt", "Integrationen1"])("„%s“ is specific enough", (label) => {
    expect(genericReason(label)).toBeUndefined();
  });
});

describe("add, forget, merge", () => {
  test("the same name, label and context is one entry, the newest last; a label may serve two names", () => {
    let labels = addLearned([], IQ);
    labels = addLearned(labels, LZB);
    labels = addLearned(labels, { ...IQ, label: "Quote S2 (Zielvereinbarung) 2025¹" }); // same label, other year and footnote
    expect(labels.map((l) => l.name)).toEqual(["ZIE_LZB", "ZIE_IQ"]);
    labels = addLearned(labels, IQ_VJ);
    expect(labels).toHaveLength(3);
    expect(forgetLearned(labels, IQ)).toEqual([LZB, IQ_VJ]);
  });

  test("the newer name for the same label, sheet and role replaces the older one", () => {
    const wrong = { name: "ZIE_ELB_VJ", label: "Steuerungsgröße 3", context: "Steuerung 2024" };
    const right = { name: "ZIE_LZB_VJ", label: "Steuerungsgröße 3", context: "Steuerung 2024" };
    expect(addLearned(addLearned([LZB], wrong), right)).toEqual([LZB, right]);
    // On another sheet the same words may mean something else: both stay.
    expect(addLearned([{ ...wrong, context: "Kunden" }], right)).toEqual([{ ...wrong, context: "Kunden" }, right]);
  });

  test("merge keeps the stored labels and adds the imported ones", () => {
    const other = { name: "ZIE_LZB", label: "Steuerungsgröße 3", context: "Ziele" };
    expect(mergeLearned([IQ, LZB], [other, IQ])).toEqual([LZB, other, IQ]);
  });

  test("the list stays small: the oldest goes beyond the limit", () => {
    let labels: LearnedLabel[] = [];
    for (let i = 0; i < MAX_LEARNED_LABELS + 5; i++) labels = addLearned(labels, { name: "ZIE_IQ", label: `Quote Nr ${i}` });
    expect(labels).toHaveLength(MAX_LEARNED_LABELS);
    expect(labels[0].label).toBe("Quote Nr 5");
  });
});

describe("the label of a hand-assigned cell", () => {
  const used = usedCells(ownWordsLayout(2024));
  test("the text left of the value, with its sheet as context", () => {
    expect(learnFromAssignment(used, "ZIE_IQ", "'Steuerung 2024'!$C$6")).toEqual({ learned: { name: "ZIE_IQ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" } });
    expect(learnFromAssignment(used, "zie_iq_vj", "'Steuerung 2024'!B6")).toEqual({ learned: { name: "ZIE_IQ_VJ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" } });
  });
  test("a generic label, no label, a table: nothing remembered, with the reason", () => {
    const u = usedCells({ id: "t", title: "t", sheets: [{ name: "S", cells: { ...rows("A1", [["Summe", num(5)], [null, num(7)]]), ...rows("D1", [["IQ gesamt"], [pct(0.2)]]) } }] });
    expect(learnFromAssignment(u, "ZIE_LZB", "S!$B$1")).toEqual({ skipped: "Die Beschriftung „Summe“ wird nicht gemerkt: zu allgemein (Summe, Gesamt, Ist, Plan, eine Einheit …)." });
    expect(learnFromAssignment(u, "ZIE_LZB", "S!$B$2")).toEqual({ skipped: "Neben der Zelle steht keine Beschriftung." });
    expect(learnFromAssignment(u, "FOE_Tabelle", "S!$A$1:$B$2")).toHaveProperty("skipped");
    // A transposed table: the label heads the column.
    expect(learnFromAssignment(u, "ZIE_IQ", "S!$D$2")).toEqual({ learned: { name: "ZIE_IQ", label: "IQ gesamt", context: "S" } });
    expect(learnFromAssignment(u, "ZIE_IQ", "S!$A$1")).toEqual({ skipped: "Neben der Zelle steht keine Beschriftung." });
  });
});

describe("the mapper with remembered labels", () => {
  const learned = [IQ, IQ_VJ, LZB, { name: "ZIE_LZB_VJ", label: "Steuerungsgröße 3", context: "Steuerung 2024" }];
  const high = (r: ReturnType<typeof proposeMapping>) => Object.fromEntries(r.proposals.filter((p) => p.confidence === "high").map((p) => [p.name, p.ref]));

  test("without them the own words are not found; with them they map high, by the column headers", () => {
    const used = usedCells(ownWordsLayout(2024));
    const before = high(proposeMapping(used, []));
    for (const n of ["ZIE_IQ", "ZIE_IQ_VJ", "ZIE_LZB", "ZIE_LZB_VJ"]) expect(before[n]).toBeUndefined();
    const after = high(proposeMapping(used, [], { learnedLabels: learned }));
    expect(after).toMatchObject({ ZIE_IQ: "'Steuerung 2024'!$C$6", ZIE_IQ_VJ: "'Steuerung 2024'!$B$6", ZIE_LZB: "'Steuerung 2024'!$C$7", ZIE_LZB_VJ: "'Steuerung 2024'!$B$7" });
  });

  test("next year's copy: row moved, years moved on, still high at the new cells", () => {
    const after = high(proposeMapping(usedCells(ownWordsLayout(2025)), [], { learnedLabels: learned }));
    expect(after).toMatchObject({ ZIE_IQ: "'Steuerung 2025'!$C$7", ZIE_IQ_VJ: "'Steuerung 2025'!$B$7", ZIE_LZB: "'Steuerung 2025'!$C$8", ZIE_LZB_VJ: "'Steuerung 2025'!$B$8", AIP_Planjahr: "'Steuerung 2025'!$B$3" });
  });

  test("another workbook in the same words (Plan before Ist, other places) maps high", () => {
    const after = high(proposeMapping(usedCells(ownWordsLayout(2024, "b")), [], { learnedLabels: learned }));
    expect(after).toMatchObject({ ZIE_IQ: "Ziele!$C$10", ZIE_IQ_VJ: "Ziele!$D$10", ZIE_LZB: "Ziele!$C$8", ZIE_LZB_VJ: "Ziele!$D$8" });
  });

  test("two numbers and no header telling which: low, never high", () => {
    const u = usedCells({ id: "t", title: "t", sheets: [{ name: "S", cells: rows("A1", [["Steuerungsgröße 3", num(5), num(7)]]) }] });
    const p = proposeMapping(u, [], { learnedLabels: [LZB] }).proposals.find((x) => x.name === "ZIE_LZB");
    expect(p).toMatchObject({ confidence: "low", reasonId: "spalte" });
  });

  test("customer structure: the latest year is current, the year before _VJ (both column orders)", () => {
    const kun = [{ name: "KUN_Alleinerziehende", label: "AE-Quote intern" }, { name: "KUN_Alleinerziehende_VJ", label: "AE-Quote intern" }];
    for (const [h1, h2, cur, vj] of [["2023", "2022", "B", "C"], ["2022", "2023", "C", "B"]]) {
      const u = usedCells({ id: "t", title: "t", sheets: [{ name: "Kunden", cells: rows("A1", [["Planjahr", 2024], [], ["Merkmal", h1, h2], ["AE-Quote intern", num(1500), num(1400)]]) }] });
      expect(high(proposeMapping(u, [], { learnedLabels: kun }))).toMatchObject({ KUN_Alleinerziehende: `Kunden!$${cur}$4`, KUN_Alleinerziehende_VJ: `Kunden!$${vj}$4` });
    }
  });

  test("last year's columns kept beside this year's: the role's year decides", () => {
    const u = usedCells({ id: "t", title: "t", sheets: [{ name: "S", cells: rows("A1", [["Planjahr", 2025], [], ["Kennzahl", "Ist 2023", "Plan 2024", "Ist 2024", "Plan 2025"], ["Steuerungsgröße 3", num(1), num(2), num(3), num(4)]]) }] });
    const labels = [LZB, { name: "ZIE_LZB_VJ", label: "Steuerungsgröße 3" }];
    expect(high(proposeMapping(u, [], { learnedLabels: labels }))).toMatchObject({ ZIE_LZB: "S!$E$4", ZIE_LZB_VJ: "S!$D$4" });
  });

  test("hidden sheets are not read for remembered labels", () => {
    const used = usedCells(ownWordsLayout(2024));
    used.sheets[0] = { ...used.sheets[0], visibility: "hidden" };
    expect(proposeMapping(used, [], { learnedLabels: learned }).proposals.filter((p) => p.name.startsWith("ZIE_"))).toEqual([]);
  });

  test("a remembered label wins over the label data for its name", () => {
    const u = usedCells({ id: "t", title: "t", sheets: [{ name: "Ziele", cells: rows("A1", [["Planjahr", 2024], [], ["Bestand LZB", num(100)], ["Steuerungsgröße 3", num(2000)]]) }] });
    expect(high(proposeMapping(u, [])).ZIE_LZB).toBe("Ziele!$B$3");
    expect(high(proposeMapping(u, [], { learnedLabels: [LZB] })).ZIE_LZB).toBe("Ziele!$B$4");
  });
});

describe("accepting a 'zu prüfen' proposal", () => {
  test("remembers the proposal's label with its sheet; not for tables, bare values or generic labels", () => {
    const p = { name: "ZIE_LZB", ref: "'Ziele 2024'!$C$7", label: "Steuerungsgröße 3", labelCell: "'Ziele 2024'!$A$7" };
    expect(learnFromProposal(p)).toEqual({ learned: { name: "ZIE_LZB", label: "Steuerungsgröße 3", context: "Ziele 2024" } });
    expect(learnFromProposal({ ...p, name: "FOE_Tabelle", label: "Kennzahl | Ist 2023 | Plan 2024" })).toEqual({ skipped: "Tabellen werden an ihrem Aufbau erkannt, nicht an einer Beschriftung." });
    expect(learnFromProposal({ ...p, labelCell: p.ref })).toEqual({ skipped: "Neben der Zelle steht keine Beschriftung." });
    expect(learnFromProposal({ ...p, label: "Gesamt" })).toHaveProperty("skipped");
  });
});
