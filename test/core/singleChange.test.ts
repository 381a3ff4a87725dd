// Issue §5: for every rule, changing one figure of the 2024 example in a way the rule covers produces a
// new finding of that rule, naming that figure, with the rule's default severity. The table must cover
// every rule of the registry, so a new rule cannot be added without its case.
import { CONTRACT, contractName } from "../../src/core/contract";
import { check } from "../../src/core/engine";
import { exampleSnapshot } from "../../src/core/example";
import { RULES } from "../../src/core/rules";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { changeExample, example, foeRow, mapNameEntry } from "../helpers/example";
import { FITTING_MONEY, foeWithLocations, foeWithMoney, foeWithMoneyColumns } from "../helpers/issue15";

const foe = (instrument: string, key: string, value: number | string | null) =>
  example().setTableCell("FOE_Tabelle", instrument === "Gesamt" ? 0 : foeRow(instrument), key, value).snapshot();

/** rule id → the changed figure's name and the changed copy. */
const without = (prefixes: string[]) => {
  const e = example();
  for (const c of CONTRACT) if (prefixes.some((p) => c.name.startsWith(p))) if (e.has(c.name)) e.removeName(c.name);
  return e.snapshot();
};

const CASES: Record<string, { name: string; snapshot: () => WorkbookSnapshot }> = {
  "namen/keine-bereiche": { name: "BUD_VH_Gesamt", snapshot: () => without(["AIP_", "BUD_", "PER_", "FOE_", "ZIE_", "KUN_"]) },
  "namen/bereich-fehlt": { name: "KUN_ELB", snapshot: () => without(["KUN_"]) },
  "namen/fehlt": { name: "BUD_VH_KFA", snapshot: () => example().removeName("BUD_VH_KFA").snapshot() },
  "namen/blattbezogen": { name: "BUD_VH_KFA", snapshot: () => example().makeSheetScoped("BUD_VH_KFA", "Haushalt").snapshot() },
  "namen/bezug-fehler": { name: "ZIE_IQ", snapshot: () => example().breakName("ZIE_IQ", "#REF!").snapshot() },
  "namen/extern": { name: "KUN_ELB", snapshot: () => example().breakName("KUN_ELB", "extern").snapshot() },
  "namen/kein-bereich": { name: "BUD_VH_KFA", snapshot: () => example().breakName("BUD_VH_KFA", "konstante").snapshot() },
  "namen/nicht-lesbar": {
    name: "FOE_Tabelle",
    snapshot: () => mapNameEntry(exampleSnapshot(), "FOE_Tabelle", (e) => ({ name: e.name, scope: e.scope, refersTo: e.refersTo, problem: "unreadable" })),
  },
  "namen/form": { name: "BUD_VH_KFA", snapshot: () => example().setRefersTo("BUD_VH_KFA", "=Haushalt!$B$10:$B$11").snapshot() },
  "namen/tabelle-fortgesetzt": {
    name: "FOE_Tabelle",
    snapshot: () => mapNameEntry(exampleSnapshot(), "FOE_Tabelle", (e) => ({ ...e, belowValues: [["Neues Instrument", 1, 5, 7, null], [null, null, null, null, null]] })),
  },
  "namen/jahr-kopf": {
    name: "FOE_Tabelle",
    snapshot: () =>
      mapNameEntry(changeExample({ AIP_Planjahr: 2025 }), "FOE_Tabelle", (e) => ({
        ...e,
        values: [["Instrument", "Ebene", "Ist 2023", "Plan 2024", "Begründung"], ...e.values!],
        formulas: [[null, null, null, null, null], ...e.formulas!],
        numberFormats: [["General", "General", "General", "General", "General"], ...e.numberFormats!],
      })),
  },
  "namen/doppelt": { name: "BUD_VH_KFA", snapshot: () => example().addSheetScopedDuplicate("BUD_VH_KFA", "Personal").snapshot() },
  "typen/zahl": { name: "BUD_VH_KFA", snapshot: () => changeExample({ BUD_VH_KFA: "1.606.442" }) },
  "typen/fehlerwert": { name: "ZIE_IQ_VJ", snapshot: () => changeExample({ ZIE_IQ_VJ: { error: "#DIV/0!" } }) },
  "typen/leer": { name: "AIP_Jobcenter", snapshot: () => changeExample({ AIP_Jobcenter: null }) },
  "typen/anzahl": { name: "PER_Beschaeftigte", snapshot: () => changeExample({ PER_Beschaeftigte: 122.5 }) },
  "typen/betrag": { name: "BUD_VH_KFA", snapshot: () => changeExample({ BUD_VH_KFA: -1606442 }) },
  "typen/anteil": { name: "PER_Anteil_BA", snapshot: () => changeExample({ PER_Anteil_BA: 78 }) },
  "typen/datum": { name: "AIP_Stand", snapshot: () => changeExample({ AIP_Stand: 21 }) },
  "typen/jahr": { name: "AIP_Planjahr", snapshot: () => changeExample({ AIP_Planjahr: 24 }) },
  "typen/prozent-einheit": { name: "ZIE_IQ_Veraenderung", snapshot: () => example().set("ZIE_IQ_Veraenderung", -2.5).setFormat("ZIE_IQ_Veraenderung", "0.0").snapshot() },
  "typen/ebene": { name: "FOE_Tabelle", snapshot: () => foe("GaBe", "ebene", 3) },
  "abstimmung/verwaltungshaushalt": { name: "BUD_VH_KFA", snapshot: () => changeExample({ BUD_VH_KFA: 1606443 }) },
  "abstimmung/eingliederungsbudget": { name: "BUD_EB_Vorbindungen", snapshot: () => changeExample({ BUD_EB_Vorbindungen: 1632295 }) },
  "abstimmung/vzae-summe": { name: "PER_VZAE_Gesamt", snapshot: () => changeExample({ PER_VZAE_Gesamt: 116 }) },
  "abstimmung/vzae-koepfe": { name: "PER_Beschaeftigte", snapshot: () => changeExample({ PER_Beschaeftigte: 110 }) },
  "abstimmung/anteile-summe": { name: "PER_Anteil_Kommune", snapshot: () => changeExample({ PER_Anteil_Kommune: 0.23 }) },
  "abstimmung/anteile-divers": { name: "PER_Anteil_Frauen", snapshot: () => changeExample({ PER_Anteil_Frauen: 0.84 }) },
  "abstimmung/lzb-geschlechter": { name: "ZIE_LZB_Frauen", snapshot: () => changeExample({ ZIE_LZB_Frauen: 1423 }) },
  "hinweis/kfa-anteil": { name: "BUD_VH_KFA", snapshot: () => changeExample({ BUD_VH_KFA: 2000000 }) },
  "istplan/struktur": { name: "FOE_Tabelle", snapshot: () => foe("GaBe", "ebene", 0) },
  "istplan/ohne-gesamt": { name: "FOE_Tabelle", snapshot: () => foe("Gesamt", "ebene", 1) },
  "istplan/gesamt": { name: "FOE_Tabelle", snapshot: () => foe("Förderung berufliche Weiterbildung", "plan", 38) },
  "istplan/gesamt-ueber-summe": { name: "FOE_Tabelle", snapshot: () => foe("Förderung berufliche Weiterbildung", "plan", 36) },
  "istplan/darunter": { name: "FOE_Tabelle", snapshot: () => foe("darunter Aktivierungs- und Vermittlungsgutschein", "plan", 500) },
  "istplan/darunter-summe": { name: "FOE_Tabelle", snapshot: () => foe("darunter Maßnahmen bei einem Träger", "ist", 7) },
  "istplan/davon": { name: "FOE_Tabelle", snapshot: () => foe("darunter Maßnahmen bei einem Träger", "instrument", "davon Maßnahmen bei einem Träger") },
  "istplan/plan-fehlt": { name: "FOE_Tabelle", snapshot: () => foe("Eingliederungszuschuss", "plan", null) },
  "istplan/grosse-aenderung": { name: "FOE_Tabelle", snapshot: () => foe("Arbeitsgelegenheiten", "plan", 200) },
  "hinweis/instrument-veraltet": { name: "FOE_Tabelle", snapshot: () => foe("Freie Förderung", "instrument", "Förderung von Arbeitsverhältnissen (alt)") },
  "ziele/iq-vorjahr": { name: "ZIE_Integrationen_VJ", snapshot: () => changeExample({ ZIE_Integrationen_VJ: 760 }) },
  "ziele/veraenderung-iq": { name: "ZIE_IQ_Veraenderung", snapshot: () => changeExample({ ZIE_IQ_Veraenderung: -0.035 }) },
  "ziele/veraenderung-lzb": { name: "ZIE_LZB_Veraenderung", snapshot: () => example().withPreviousYear().set("ZIE_LZB_Veraenderung", 0.08).snapshot() },
  "hinweis/veraenderung-lzb-anteil": { name: "ZIE_LZB_Veraenderung", snapshot: () => changeExample({ ZIE_LZB_Veraenderung: 0.08 }) },
  "ziele/lzb-vorjahr-summe": { name: "ZIE_LZB_Frauen_Veraenderung", snapshot: () => changeExample({ ZIE_LZB_Frauen_Veraenderung: 0.095 }) },
  "ziele/iq-zwischen": { name: "ZIE_IQ_Frauen", snapshot: () => changeExample({ ZIE_IQ_Frauen: 0.17 }) },
  "quer/elb-vorjahr": { name: "KUN_ELB", snapshot: () => changeExample({ KUN_ELB: 4700 }) },
  "quer/eintritte-text-tabelle": { name: "FOE_Eintritte_Plan", snapshot: () => changeExample({ FOE_Eintritte_Plan: 500 }) },
  // The monthly sheet (example with Verlauf up to June): March's integrations are C8, June's C11, LZB June D11, GaBe June G26.
  "verlauf/typen": { name: "MON_Integrationen", snapshot: () => example().withVerlauf().setCell("Verlauf", "C8", "67 Int.").snapshot() },
  "verlauf/meldestand": { name: "MON_Integrationen", snapshot: () => example().withVerlauf().setCell("Verlauf", "C8", null).snapshot() },
  "verlauf/iq-ziel": { name: "MON_Integrationen", snapshot: () => example().withVerlauf().setCell("Verlauf", "C11", 30).snapshot() },
  "verlauf/lzb-ziel": { name: "MON_LZB", snapshot: () => example().withVerlauf().setCell("Verlauf", "D11", 3400).snapshot() },
  "verlauf/eintritte": { name: "MON_Eintritte", snapshot: () => example().withVerlauf().setCell("Verlauf", "G26", 30).snapshot() },
  // issue 15: the example has no allocation; withAllocation() adds one that fits it
  "abstimmung/egt": { name: "BUD_EGT_Zuteilung", snapshot: () => example().withAllocation(4_800_000).snapshot() },
  "abstimmung/vwt": { name: "BUD_VWT_Zuteilung", snapshot: () => example().withAllocation(4764002, 6_600_000).snapshot() },
  "hinweis/umschichtung": { name: "BUD_EGT_Zuteilung", snapshot: () => example().withAllocation().snapshot() },
  "hinweis/ziel-implikation": { name: "ZIE_ELB", snapshot: () => example().withPlannedElb(4000).snapshot() },
  "abstimmung/foe-mittel": { name: "FOE_Tabelle", snapshot: () => foeWithMoney("Mittel in €", 3_000_000, [3_000_000]) },
  "hinweis/kosten-je-eintritt": {
    name: "FOE_Tabelle",
    // FbW: Ist 56 entries for 112.000 € (2.000 €), Plan 37 for 148.000 € (4.000 €, +100 %)
    snapshot: () => foeWithMoneyColumns([{ heading: "Neubewilligungen Ist 2023", total: null, perInstrument: [112_000] }, { heading: "Neubewilligungen Plan 2024", total: null, perInstrument: [148_000] }]),
  },
  "istplan/standorte": { name: "FOE_Tabelle", snapshot: () => foeWithLocations({ 1: [20, 20] }) },
  "ziele/weitere-veraenderung": { name: "ZIE_Weitere", snapshot: () => example().withFurtherTargets([["IQ LZB (K3E1)", 0.1, 0.11, 0.05]]).snapshot() },
};

const key = (f: { rule: string; message: string }) => `${f.rule}\u0000${f.message}`;
const before = new Set(check(exampleSnapshot()).map(key));

describe("a single changed figure gives a new finding of each rule (issue §5)", () => {
  it("covers every rule of the registry", () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (id, rule) => {
    const c = CASES[id];
    const fresh = check(c.snapshot()).filter((f) => f.rule === id && !before.has(key(f)));
    expect(fresh.length).toBeGreaterThan(0);
    for (const f of fresh) {
      expect(f.severity).toBe(rule.meta.severity);
      expect(f.names).toContain(c.name);
    }
  });
});

describe("every single-cell figure a rule reads changes that rule's verdict", () => {
  // For each rule and each single-cell figure it reads, scale the figure by 0.7, 1.1 and 1.3 (whole counts
  // rounded), in the example and in the example with the optional previous-year names filled (the
  // example leaves them empty): at least one change must give a new finding of that rule naming the figure.
  // A date (a Stand) is named in messages, not checked, so it is left out.
  const pairs = RULES.flatMap((r) =>
    (r.meta.names ?? []).filter((n) => contractName(n) && !["table", "text", "date"].includes(contractName(n)!.kind)).map((n) => [r.meta.id, n] as const),
  );
  type Editor = { set(name: string, v: CellValue): { snapshot(): WorkbookSnapshot }; snapshot(): WorkbookSnapshot };
  // The example with money columns in FOE_Tabelle (issue 15), edited like the others through its budget cells.
  const withMoney = (): Editor => ({
    set: (name, v) => ({ snapshot: () => foeWithMoneyColumns(FITTING_MONEY, example().set(name, v).snapshot()) }),
    snapshot: () => foeWithMoneyColumns(FITTING_MONEY),
  });
  // The Verlauf rules read contract figures too: with the monthly sheet, and with its previous year incomplete
  // (December blank), so that ZIE_IQ_VJ stands in for the previous year's IQ.
  const editors: (() => Editor)[] = [
    () => example(),
    () => example().withPreviousYear(),
    () => example().withVerlauf(),
    () => example().withVerlauf().setCell("Verlauf", "F17", null),
    () => example().withAllocation(),
    () => example().withPlannedElb(4560),
    withMoney,
  ];
  const bases = editors.map((editor) => {
    const snapshot = editor().snapshot();
    return { snapshot, editor, before: new Set(check(snapshot).map(key)) };
  });

  it.each(pairs)("%s / %s", (id, name) => {
    const kind = contractName(name)!.kind;
    const hits = bases.flatMap((b) => {
      const value = b.snapshot.names.find((e) => e.name === name)?.values?.[0][0];
      if (typeof value !== "number") return [];
      const scaled = [0.7, 1.1, 1.3].map((k) => (kind === "count" ? Math.round(value * k) : value * k));
      return scaled.flatMap((v) =>
        check(b.editor().set(name, v).snapshot()).filter((f) => f.rule === id && f.names.includes(name) && !b.before.has(key(f))),
      );
    });
    expect(hits.length).toBeGreaterThan(0);
    // the rule's severity, or one step milder for its milder case (RuleReport.milder: foe-mittel below the budget)
    const severity = RULES.find((r) => r.meta.id === id)!.meta.severity;
    const milder = { error: "warning", warning: "info", info: "info" }[severity];
    for (const f of hits) expect([severity, ...(f.messageId === "unter" ? [milder] : [])]).toContain(f.severity);
  });

  it.each(CONTRACT.filter((c) => c.kind !== "table" && c.kind !== "text" && example().has(c.name)).map((c) => c.name))("%s as text is a types error", (name) => {
    const findings = check(changeExample({ [name]: "12,5 %" })).filter((f) => f.names.includes(name));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["typen/zahl", "error"]]);
  });
});
