// Issue 8 §1 cases 3 and 8 and issue 10 §2 on copies of the 2024 example: the Förderung table as
// Jobcenters write it gives no error, and each finding that is right has the severity the issue names.
// Every case lists the exact istplan/* findings (rule, severity, message id, data) and asserts that the
// whole check gives no error at all (unless the case is an error by the issue).
import { check } from "../../src/core/engine";
import { FOE_ROWS_2024 } from "../../src/core/example/example2024";
import { computeOverview } from "../../src/core/overview";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { example } from "../helpers/example";
import { withFoe } from "../helpers/tables";

const BEFORE = new Set(check(example().snapshot()).map((f) => `${f.rule} ${f.message}`));
/** istplan/* findings and errors the example does not have already. */
const fresh = (s: WorkbookSnapshot) =>
  check(s)
    .filter((f) => !BEFORE.has(`${f.rule} ${f.message}`) && (f.rule.startsWith("istplan/") || f.severity === "error"))
    .map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId, data: f.data }));
const errors = (s: WorkbookSnapshot) => check(s).filter((f) => f.severity === "error");

/** The example's table in its 5-column layout (Gesamt first), with rows inserted after a given label. */
function exampleRows(insert: Record<string, CellValue[][]> = {}): CellValue[][] {
  const ebene1 = FOE_ROWS_2024.filter(([, e]) => e === 1);
  const rows: CellValue[][] = [["Gesamt", 0, ebene1.reduce((s, r) => s + r[2], 0), ebene1.reduce((s, r) => s + r[3], 0), null]];
  rows.push(...(insert.Gesamt ?? []));
  for (const [instrument, ebene, ist, plan] of FOE_ROWS_2024) {
    rows.push([instrument, ebene, ist, plan, null]);
    rows.push(...(insert[instrument] ?? []));
  }
  return rows;
}
/** The same table as a controller keeps it: Instrument | Ist 2023 | Plan 2024, header row, Gesamt last. */
function mapperRows(extra: CellValue[][] = [], gesamtFirst = false): CellValue[][] {
  const body = exampleRows().slice(1).map(([i, , ist, plan]) => [i, ist, plan]);
  const gesamt = [["Gesamt", 875, 869]];
  return [["Instrument", "Ist 2023", "Plan 2024"], ...(gesamtFirst ? gesamt : []), ...body, ...extra, ...(gesamtFirst ? [] : gesamt)];
}
const GABE = { rule: "istplan/grosse-aenderung", severity: "warning", messageId: "ohneBegruendung" };

describe("issue 8 §1 case 3: the Förderung table as Jobcenters write it", () => {
  it("the example's table moved unchanged gives the example's findings", () => {
    const s = withFoe(exampleRows());
    expect(fresh(s)).toEqual([]);
    expect(check(s).map((f) => `${f.severity} ${f.rule} ${f.message}`)).toEqual(check(example().snapshot()).map((f) => `${f.severity} ${f.rule} ${f.message}`));
  });

  it("„darunter Frauen“ right under Gesamt is checked against Gesamt: within it no finding", () => {
    const s = withFoe(exampleRows({ Gesamt: [["darunter Frauen", 2, 400, 390, null]] }));
    expect(fresh(s)).toEqual([]);
  });

  it("„darunter Frauen“ above Gesamt is an error", () => {
    expect(fresh(withFoe(exampleRows({ Gesamt: [["darunter Frauen", 2, 876, 860, null]] })))).toEqual([
      { rule: "istplan/darunter", severity: "error", messageId: "zeileGesamt", data: { row: 2, instrument: "darunter Frauen", parentRow: 1, parentInstrument: "Gesamt", column: "ist", part: 876, whole: 875 } },
    ]);
  });

  it("overlapping darunter rows whose sum is above their instrument are a warning, no error", () => {
    const s = withFoe(exampleRows({ Eingliederungszuschuss: [["darunter Frauen", 2, 30, 35, null], ["darunter U25", 2, 31, 30, null]] }));
    expect(errors(s)).toEqual([]);
    expect(fresh(s)).toEqual([
      { rule: "istplan/darunter-summe", severity: "warning", messageId: "summe", data: { parentRow: 3, parentInstrument: "Eingliederungszuschuss", column: "ist", sum: 61, whole: 59 } },
      { rule: "istplan/darunter-summe", severity: "warning", messageId: "summe", data: { parentRow: 3, parentInstrument: "Eingliederungszuschuss", column: "plan", sum: 65, whole: 64 } },
    ]);
  });

  it("one darunter row above its instrument stays an error", () => {
    expect(fresh(withFoe(exampleRows({ Eingliederungszuschuss: [["darunter Frauen", 2, 60, 55, null]] })))).toEqual([
      { rule: "istplan/darunter", severity: "error", messageId: "zeile", data: { row: 4, instrument: "darunter Frauen", parentRow: 3, parentInstrument: "Eingliederungszuschuss", column: "ist", part: 60, whole: 59 } },
    ]);
  });

  it("davon rows that add up to their instrument give nothing; otherwise an error", () => {
    const davon = (frauen: number) => withFoe(exampleRows({ Eingliederungszuschuss: [["davon Frauen", 2, 30, frauen, null], ["davon Männer", 2, 29, 30, null]] }));
    expect(fresh(davon(34))).toEqual([]);
    expect(fresh(davon(33))).toEqual([
      { rule: "istplan/davon", severity: "error", messageId: "summe", data: { parentRow: 3, parentInstrument: "Eingliederungszuschuss", column: "plan", parts: [33, 30], sum: 63, whole: 64, difference: -1 } },
    ]);
  });

  it("Gesamt above the listed instruments is a warning, below them an error", () => {
    const rows = (plan: number) => {
      const r = exampleRows();
      r[0][3] = plan;
      return withFoe(r);
    };
    expect(errors(rows(900))).toEqual([]);
    expect(fresh(rows(900))).toEqual([{ rule: "istplan/gesamt-ueber-summe", severity: "warning", messageId: "hoeher", data: { column: "plan", total: 900, sum: 869, difference: 31 } }]);
    expect(fresh(rows(860))).toEqual([{ rule: "istplan/gesamt", severity: "error", messageId: "summe", data: { column: "plan", total: 860, sum: 869, difference: -9 } }]);
  });
});

describe("part rows by other words (no Ebene column): hiervon = davon; dabei, u. a., unter anderem = darunter", () => {
  const table = (...parts: CellValue[][]) => withFoe([["Instrument", "Ist 2023", "Plan 2024"], ["Gesamt", 100, 110], ["FbW", 50, 60], ...parts, ["EGZ", 50, 50]]);

  it("„hiervon Frauen“ is no instrument: no istplan/gesamt error; hiervon rows that add up give nothing", () => {
    expect(fresh(table(["hiervon Frauen", 20, 25], ["hiervon Männer", 30, 35]))).toEqual([]);
    expect(fresh(table(["Hiervon: Frauen", 50, 60]))).toEqual([]);
  });

  it("hiervon rows are a complete breakdown like davon: one that does not add up is an istplan/davon error", () => {
    expect(fresh(table(["hiervon Frauen", 20, 24]))).toEqual([
      { rule: "istplan/davon", severity: "error", messageId: "einzeln", data: { parentRow: 2, parentInstrument: "FbW", row: 3, instrument: "hiervon Frauen", column: "ist", sum: 20, whole: 50, difference: -30 } },
      { rule: "istplan/davon", severity: "error", messageId: "einzeln", data: { parentRow: 2, parentInstrument: "FbW", row: 3, instrument: "hiervon Frauen", column: "plan", sum: 24, whole: 60, difference: -36 } },
    ]);
  });

  it("„dabei“, „u. a.“ and „unter anderem“ rows are darunter parts: they may overlap (a warning), one above its instrument is an error", () => {
    const s = table(["dabei Frauen", 30, 40], ["u. a. U25", 30, 30], ["unter anderem Langzeitarbeitslose", 10, 10]);
    expect(errors(s)).toEqual([]);
    expect(fresh(s)).toEqual([
      { rule: "istplan/darunter-summe", severity: "warning", messageId: "summe", data: { parentRow: 2, parentInstrument: "FbW", column: "ist", sum: 70, whole: 50 } },
      { rule: "istplan/darunter-summe", severity: "warning", messageId: "summe", data: { parentRow: 2, parentInstrument: "FbW", column: "plan", sum: 80, whole: 60 } },
    ]);
    expect(fresh(table(["U.a. Frauen", 51, 40]))).toEqual([
      { rule: "istplan/darunter", severity: "error", messageId: "zeile", data: { row: 3, instrument: "U.a. Frauen", parentRow: 2, parentInstrument: "FbW", column: "ist", part: 51, whole: 50 } },
    ]);
  });
});

describe("issue 10 §2: FOE_Tabelle as the mapper proposes it (Instrument | Ist 2023 | Plan 2024 with the header row)", () => {
  it.each([
    ["Gesamt last", false],
    ["Gesamt first", true],
  ])("%s: no error, the example's GaBe warning, the same Übersicht", (_name, gesamtFirst) => {
    const s = withFoe(mapperRows([], gesamtFirst));
    expect(errors(s)).toEqual([]);
    const row = gesamtFirst ? 8 : 7;
    expect(check(s).filter((f) => f.rule.startsWith("istplan/")).map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId, data: f.data }))).toEqual([
      { ...GABE, data: { row, instrument: "GaBe", plan: 55, ist: 16, delta: 39, change: 2.4375, relativ: 0.25, absolut: 20 } },
    ]);
    const overview = computeOverview(s);
    const original = computeOverview(example().snapshot());
    expect(overview.foerderung).toEqual(original.foerderung);
    expect(overview.foerderung.gesamt).toEqual({ ist: 875, plan: 869 });
    expect(overview.unreadable).toEqual(original.unreadable);
  });

  it("with darunter rows under Gesamt and an inner subtotal that counts in no sum", () => {
    const rows = mapperRows();
    rows.splice(4, 0, ["Zwischensumme FbW und EGZ", 115, 101]);
    rows.splice(rows.length - 1, 0, ["Gesamt", 875, 869]);
    rows.pop();
    rows.push(["darunter Frauen", 420, 400], ["darunter U25", 480, 460]);
    const s = withFoe(rows);
    expect(errors(s)).toEqual([]);
    expect(fresh(s)).toEqual([
      { rule: "istplan/darunter-summe", severity: "warning", messageId: "summe", data: { parentRow: 15, parentInstrument: "Gesamt", column: "ist", sum: 900, whole: 875 } },
    ]);
  });
});

describe("blank spacer rows in FOE_Tabelle", () => {
  it("a blank row before Gesamt is neither checked nor counted, and Gesamt stays the last row", () => {
    const rows = mapperRows();
    rows.splice(rows.length - 1, 0, [null, null, null]);
    rows[rows.length - 1] = ["Summe Förderungen", 875, 869];
    const s = withFoe(rows);
    expect(errors(s)).toEqual([]);
    expect(fresh(s)).toEqual([]);
  });

  it("a row with figures but no instrument is still a blank required cell (typen/leer)", () => {
    const rows = mapperRows();
    rows.splice(2, 0, [null, 5, 5]);
    const s = withFoe(rows);
    expect(errors(s).map((f) => [f.rule, f.messageId, f.cells])).toEqual([
      ["istplan/gesamt", "summe", ["'Förderung 2024'!C17"]],
      ["istplan/gesamt", "summe", ["'Förderung 2024'!D17"]],
      ["typen/leer", "leer", ["'Förderung 2024'!B4"]],
    ]);
  });
});

describe("issue 8 §1 case 8: the Ist → Plan threshold scales with the table", () => {
  it("the example's GaBe (16 → 55) still warns with the threshold 20", () => {
    expect(check(example().snapshot()).filter((f) => f.rule === "istplan/grosse-aenderung").map((f) => f.message)).toEqual([
      "FOE_Tabelle: „GaBe“ Plan 55 ggü. Ist 16 (+39, +243,8 %) ohne Begründung (Schwellen: 25 % und 20 Förderungen)",
    ]);
  });

  it("a Jobcenter with 20.000 Förderungen gets no warning for +20 or +150, but for +250 (threshold 200)", () => {
    const rows = (delta: number) =>
      withFoe([
        ["Instrument", "Ist 2023", "Plan 2024"],
        ["Gesamt", 20000, 20000 + delta],
        ["FbW", 400, 400 + delta],
        ["AGH", 19600, 19600],
      ]);
    expect(fresh(rows(20))).toEqual([]);
    expect(fresh(rows(150))).toEqual([]);
    expect(fresh(rows(250))).toEqual([
      {
        rule: "istplan/grosse-aenderung",
        severity: "warning",
        messageId: "ohneBegruendungSkaliert",
        data: { row: 2, instrument: "FbW", plan: 650, ist: 400, delta: 250, change: 0.625, relativ: 0.25, absolut: 203, anteilGesamt: 0.01, basis: 20250 },
      },
    ]);
  });
});
