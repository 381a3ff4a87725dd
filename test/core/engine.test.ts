// Engine tests: the exact findings on the 2024 example, order, determinism, settings, a failing rule,
// robustness against damaged snapshots, and linear cost on a very large Förderung table.
import fc from "fast-check";
import { CONTRACT, contractName } from "../../src/core/contract";
import { check, ENGINE_RULE_ERROR } from "../../src/core/engine";
import { exampleSnapshot } from "../../src/core/example";
import { RULES } from "../../src/core/rules";
import type { Rule } from "../../src/core/rules/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import type { CellValue, NameEntry, WorkbookSnapshot } from "../../src/core/snapshot";
import { changeExample, mapNameEntry } from "../helpers/example";
import { assertWellFormed } from "../helpers/ruleTester";

describe("check on the 2024 example", () => {
  const findings = check(exampleSnapshot());

  it("gives exactly the real findings of the published figures, and no error", () => {
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, names: f.names }))).toEqual([
      { rule: "istplan/grosse-aenderung", severity: "warning", names: ["FOE_Tabelle"] },
      { rule: "quer/eintritte-text-tabelle", severity: "warning", names: ["FOE_Eintritte_Plan", "FOE_Tabelle"] },
      { rule: "ziele/veraenderung-iq", severity: "warning", names: ["ZIE_IQ_Veraenderung", "ZIE_IQ", "ZIE_IQ_VJ"] },
      { rule: "hinweis/instrument-veraltet", severity: "info", names: ["FOE_Tabelle"] },
      { rule: "hinweis/kfa-anteil", severity: "info", names: ["BUD_VH_KFA", "BUD_VH_Gesamt", "BUD_VH_EinglMV", "BUD_VH_Umschichtung"] },
    ]);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("names the figures in German formatting", () => {
    const messages = findings.map((f) => f.message).join("\n");
    expect(messages).toContain("Planeintritte im Text (458) ≠ Summe Plan der Förderübersicht (869)");
    expect(messages).toContain("angegeben −2,5 %, berechnet −2,7 % (Ziel 16,0 % ggü. Vorjahr 16,447 %)");
    expect(messages).toContain("1.606.442 € = 16,1 % des Verwaltungshaushalts (9.994.076 €)");
    expect(messages).toContain("„Förderung von Arbeitsverhältnissen“");
    expect(messages).toContain("„GaBe“ Plan 55 ggü. Ist 16");
  });

  it("locates every finding in existing cells and names contract names", () => {
    for (const f of findings) {
      assertWellFormed(f, exampleSnapshot());
      expect(f.cells.length).toBeGreaterThan(0);
    }
  });

  it("is deterministic and independent of the order of the names", () => {
    const snap = exampleSnapshot();
    const reversed: WorkbookSnapshot = { ...snap, names: [...snap.names].reverse() };
    expect(check(reversed)).toEqual(findings);
    expect(check(exampleSnapshot())).toEqual(findings);
  });

  it("does not change the snapshot", () => {
    const snap = exampleSnapshot();
    const copy = structuredClone(snap);
    check(snap);
    expect(snap).toEqual(copy);
  });
});

describe("order", () => {
  it("sorts by severity, then rule id, then sheet, row and column", () => {
    const snap = changeExample({ BUD_VH_KFA: "1.606.442", PER_Beschaeftigte: -1, AIP_Planjahr: 24, ZIE_LZB_Frauen: 1 });
    const findings = check(snap);
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1];
      const b = findings[i];
      expect(rank[a.severity] <= rank[b.severity]).toBe(true);
      if (a.severity === b.severity) expect(a.rule <= b.rule).toBe(true);
    }
    const errors = findings.filter((f) => f.severity === "error").map((f) => f.rule);
    expect(errors).toEqual(["abstimmung/lzb-geschlechter", "typen/anzahl", "typen/jahr", "typen/zahl"]);
  });

  it("orders cells of one rule by row number, not text (D9 before D10)", () => {
    const snap = mapNameEntry(exampleSnapshot(), "FOE_Tabelle", (e) => ({
      ...e,
      values: e.values!.map((row, r) => (r === 6 || r === 7 ? [row[0], row[1], row[2], null, row[4]] : row)),
    }));
    const cells = check(snap)
      .filter((f) => f.rule === "istplan/plan-fehlt")
      .map((f) => f.cells[0]);
    expect(cells).toEqual(["Förderung!D9", "Förderung!D10"]);
  });
});

describe("settings in check", () => {
  it("turns a rule off and overrides a severity", () => {
    const findings = check(exampleSnapshot(), {
      ...DEFAULT_SETTINGS,
      regeln: { "hinweis/kfa-anteil": { severity: "off" }, "quer/eintritte-text-tabelle": { severity: "error" } },
    });
    expect(findings.map((f) => f.rule)).not.toContain("hinweis/kfa-anteil");
    expect(findings[0]).toMatchObject({ rule: "quer/eintritte-text-tabelle", severity: "error" });
  });

  it("accepts a partial settings object", () => {
    const partial = { regeln: {} } as unknown as typeof DEFAULT_SETTINGS;
    expect(check(exampleSnapshot(), partial)).toEqual(check(exampleSnapshot()));
  });
});

describe("a rule that throws", () => {
  const broken: Rule = {
    meta: { id: "test/kaputt", family: "quer", severity: "warning", title: "kaputt", titleEn: "broken", description: "wirft", names: ["KUN_ELB"], messages: {} },
    check() {
      throw new Error("Absicht");
    },
  };

  it("becomes an engine/regelfehler finding, and the other rules still run", () => {
    const findings = check(exampleSnapshot(), undefined, [broken, ...RULES]);
    const failure = findings.filter((f) => f.rule === ENGINE_RULE_ERROR);
    expect(failure).toHaveLength(1);
    expect(failure[0]).toMatchObject({ severity: "error", names: ["KUN_ELB"], cells: [] });
    expect(failure[0].message).toContain("test/kaputt");
    expect(failure[0].message).toContain("Absicht");
    expect(failure[0]).toMatchObject({ messageId: "regelAbgebrochen", data: { rule: "test/kaputt", detail: "Absicht" } });
    expect(findings.map((f) => f.rule)).toContain("quer/eintritte-text-tabelle");
  });

  it("a report whose message cannot be rendered (unknown id, missing data) fails its rule visibly", () => {
    const base = { family: "quer" as const, severity: "warning" as const, title: "t", titleEn: "t", description: "d", names: ["KUN_ELB"] };
    const unknownId: Rule = {
      meta: { ...base, id: "test/unbekannt", messages: { a: { de: "A {x}", en: "A {x}" } } },
      check: () => [{ messageId: "b", data: { x: 1 }, names: ["KUN_ELB"], cells: [] }],
    };
    const missingData: Rule = {
      meta: { ...base, id: "test/ohnedaten", messages: { a: { de: "A {x, count}", en: "A {x, count}" } } },
      check: () => [{ messageId: "a", data: {}, names: ["KUN_ELB"], cells: [] }],
    };
    for (const lang of ["de", "en"] as const) {
      const failures = check(exampleSnapshot(), undefined, { rules: [unknownId, missingData], lang }).filter((f) => f.rule === ENGINE_RULE_ERROR);
      expect(failures.map((f) => f.data.rule)).toEqual(["test/ohnedaten", "test/unbekannt"]);
    }
  });
});

describe("damaged snapshots never crash the engine", () => {
  it("an empty workbook gets one error that nothing could be checked, never a pass", () => {
    const findings = check({ source: "leer", sheets: [], names: [] });
    expect(findings.map((f) => [f.rule, f.severity, f.messageId])).toEqual([["namen/keine-bereiche", "error", "keineBereiche"]]);
    expect(findings[0].names.length).toBe(CONTRACT.filter((c) => c.required).length);
  });

  it("ragged and empty value arrays are a shape problem", () => {
    const snap = mapNameEntry(mapNameEntry(exampleSnapshot(), "PER_VZAE_Bereiche", (e) => ({ ...e, values: [[1], [1, 2]] })), "KUN_ELB", (e) => ({
      ...e,
      values: [],
    }));
    const rules = check(snap).filter((f) => f.severity === "error");
    expect(rules.map((f) => [f.rule, f.names[0]])).toEqual([
      ["namen/form", "KUN_ELB"], // sheet Kunden sorts before Personal
      ["namen/form", "PER_VZAE_Bereiche"],
    ]);
  });

  const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.double(),
    fc.integer({ min: -10, max: 10_000_000 }),
    fc.string({ maxLength: 12 }),
    fc.boolean(),
    fc.constantFrom({ error: "#DIV/0!" }, { error: "#N/A" }),
  );

  it("random values in any names give well-formed findings, never an exception", () => {
    const base = exampleSnapshot();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.names.length - 1), fc.nat(), fc.nat(), cellValue), { maxLength: 8 }), (edits) => {
        const names: NameEntry[] = base.names.map((e) => ({ ...e, values: e.values?.map((r) => [...r]) }));
        for (const [i, row, col, v] of edits) {
          const values = names[i].values!;
          const r = row % values.length;
          values[r][col % values[r].length] = v;
        }
        const snap = { ...base, names };
        const findings = check(snap);
        for (const f of findings) {
          expect(f.rule).not.toBe(ENGINE_RULE_ERROR);
          for (const n of f.names) expect(contractName(n)).toBeDefined();
          expect(f.names.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("speed", () => {
  // Its time is measured in the bench (bench/RESULTS.md, "Engine allein"), not asserted here: a timed test fails on a busy machine.
  it("checks a Förderung table of 100 000 rows and finds its one real mismatch", () => {
    const rows = 100_000;
    const values: CellValue[][] = [["Gesamt", 0, 0, 0, null]];
    for (let r = 1; r < rows; r++) {
      const ebene = r % 3 === 0 ? 2 : 1;
      values.push([`Instrument ${r}`, ebene, 2, ebene === 2 ? 1 : 2, null]);
    }
    values[0][2] = values.filter((v) => v[1] === 1).reduce((s, v) => s + (v[2] as number), 0);
    values[0][3] = values.filter((v) => v[1] === 1).reduce((s, v) => s + (v[3] as number), 0) - 1; // one real mismatch: Gesamt below the sum
    const snap = mapNameEntry(changeExample({ FOE_Eintritte_Plan: values[0][3] as number }), "FOE_Tabelle", (e) => ({
      ...e,
      address: `'Förderung'!A3:E${rows + 2}`,
      values,
      formulas: values.map((v) => v.map(() => null)),
      numberFormats: values.map((v) => v.map(() => "General")),
    }));
    const findings = check(snap);
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cells[0]}`)).toEqual(["istplan/gesamt Förderung!D3"]);
  });
});
