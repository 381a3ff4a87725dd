// typen/prozent-einheit: a share or change typed in percent units (16 for 16 %, −2,5 for −2,5 %). The view
// reads it as value / 100 for every other rule (src/core/resolve/view.ts); this rule says so once per column
// run: a single cell with its own message, adjacent cells of one column (the printed "Veränderung … in %"
// column) in one finding that lists them.
import { parseCell, splitAddress } from "../../address";
import type { TypeIssue } from "../../resolve/view";
import type { Rule, RuleReport } from "../types";

/** Issues in runs of vertically adjacent cells of one column of one sheet, in the view's order. */
function columnRuns(issues: readonly TypeIssue[]): TypeIssue[][] {
  const runs: TypeIssue[][] = [];
  const where = (i: TypeIssue) => {
    const { sheet, range } = splitAddress(i.cell);
    const ref = parseCell(range.replace(/\$/g, ""));
    return { sheet, row: ref.row, col: ref.col };
  };
  for (const issue of issues) {
    const w = where(issue);
    const run = runs.find((r) => {
      const last = where(r[r.length - 1]);
      return last.sheet === w.sheet && last.col === w.col && last.row + 1 === w.row;
    });
    if (run) run.push(issue);
    else runs.push([issue]);
  }
  return runs;
}

function report(run: TypeIssue[]): RuleReport {
  const names = [...new Set(run.map((i) => i.name))];
  if (run.length === 1) return { messageId: run[0].messageId, data: run[0].data, names, cells: [run[0].cell] };
  const first = run[0].data;
  const byColumn = run.filter((i) => i.messageId === "prozentEinheitSpalte").map((i) => i.cell);
  return {
    messageId: byColumn.length ? "prozentEinheitGruppeSpalte" : "prozentEinheitGruppe",
    data: {
      count: run.length,
      names,
      cells: run.map((i) => i.cell),
      values: run.map((i) => i.data.value as number),
      scaled: run.map((i) => i.data.scaled as number),
      ...(byColumn.length ? { byColumn } : {}),
      firstValue: first.value,
      firstScaled: first.scaled,
      decimals: first.decimals,
      scaledDecimals: first.scaledDecimals,
    },
    names,
    cells: run.map((i) => i.cell),
  };
}

export const typenProzentEinheit: Rule = {
  meta: {
    id: "typen/prozent-einheit",
    family: "typen",
    severity: "warning",
    title: "Anteil oder Veränderung in Prozent eingetragen",
    titleEn: "Share or change typed in percent units",
    description:
      "Anteile und Veränderungen stehen im Vertrag als Bruch (0,16 für 16 %, −0,025 für −2,5 %). Ob ein Wert in Prozent eingetragen ist, entscheiden sein Wert und sein Zahlenformat, nie die Überschrift allein: Im Prozentformat (z. B. 0,0 %) ist der Wert ein Bruch und richtig. Ohne Prozentformat gilt ein Anteil über 1 (bis 100) und eine Veränderung mit Betrag über 1 (bis 1.000) als in Prozent eingetragen. Ein Betrag bis 1 ohne Prozentformat ist mehrdeutig (−0,8 kann −0,8 % oder −80 % sein, 0,5 kann 0,5 % oder 50 % sein) und wird nur dann als Prozent gelesen, wenn er in derselben Spalte direkt an eindeutige Prozentwerte derselben Art und desselben Zahlenformats grenzt (eine gedruckte Spalte „Veränderung … in %“); sonst bleibt er ein Bruch. Die Regel meldet jede solche Zelle einmal, untereinander stehende Zellen einer Spalte (die gedruckte Spalte „Veränderung … in %“) in einer Meldung, die sie aufzählt; alle anderen Prüfungen rechnen mit Wert / 100.",
    messages: {
      prozentEinheitGruppe: {
        de: "{count} Werte einer Spalte sind in Prozent eingetragen ({names}; Zellen {cells}), z. B. {firstValue, number, decimals} für {firstScaled, percent, decimals}; die Prüfung rechnet mit Wert / 100 ({firstScaled, number, scaledDecimals}) – eindeutig wird es als Bruch im Prozentformat (Format 0,0 %)",
        en: "{count} values of one column are typed in percent units ({names}; cells {cells}), e.g. {firstValue, number, decimals} for {firstScaled, percent, decimals}; the check uses value / 100 ({firstScaled, number, scaledDecimals}) – to make it unambiguous, store fractions in a percent format (format 0.0%)",
      },
      prozentEinheitGruppeSpalte: {
        de: "{count} Werte einer Spalte sind in Prozent eingetragen ({names}; Zellen {cells}), z. B. {firstValue, number, decimals} für {firstScaled, percent, decimals}; die Prüfung rechnet mit Wert / 100 ({firstScaled, number, scaledDecimals}), auch in {byColumn}, die für sich nicht eindeutig sind (ohne Prozentformat, Betrag bis 1) und wegen der Spalte so gelesen werden – eindeutig wird es als Bruch im Prozentformat (Format 0,0 %)",
        en: "{count} values of one column are typed in percent units ({names}; cells {cells}), e.g. {firstValue, number, decimals} for {firstScaled, percent, decimals}; the check uses value / 100 ({firstScaled, number, scaledDecimals}), also in {byColumn}, which are ambiguous on their own (no percent format, at most 1) and are read so because of the column – to make it unambiguous, store fractions in a percent format (format 0.0%)",
      },
      prozentEinheit: {
        de: "{name, cell}: {value, number, decimals} ist in Prozent eingetragen (gemeint {scaled, percent, decimals}); die Prüfung rechnet mit {scaled, number, scaledDecimals} – eindeutig wird es als Bruch im Prozentformat (Wert {scaled, number, scaledDecimals}, Format 0,0 %)",
        en: "{name, cell}: {value, number, decimals} is typed in percent units (meaning {scaled, percent, decimals}); the check uses {scaled, number, scaledDecimals} – to make it unambiguous, store the fraction in a percent format (value {scaled, number, scaledDecimals}, format 0.0%)",
      },
      prozentEinheitSpalte: {
        de: "{name, cell}: {value, number, decimals} ist nicht als Prozent formatiert und steht in einer Spalte mit Werten in Prozent; die Prüfung liest {scaled, percent, decimals} (rechnet mit {scaled, number, scaledDecimals}), nicht {value, percent, 0} – eindeutig wird es als Bruch im Prozentformat",
        en: "{name, cell}: {value, number, decimals} has no percent format and sits in a column of values in percent units; the check reads {scaled, percent, decimals} (uses {scaled, number, scaledDecimals}), not {value, percent, 0} – to make it unambiguous, store the fraction in a percent format",
      },
    },
  },
  check: (ctx) => columnRuns(ctx.view.typeIssues.filter((i) => i.code === "prozent-einheit")).map(report),
};
