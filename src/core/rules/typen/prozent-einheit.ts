// typen/prozent-einheit: a share or change typed in percent units (16 for 16 %, −2,5 for −2,5 %). The view
// reads it as value / 100 for every other rule (src/core/resolve/view.ts); this rule says so, once per cell.
import { reportTypeIssues } from "../helpers";
import type { Rule } from "../types";

export const typenProzentEinheit: Rule = {
  meta: {
    id: "typen/prozent-einheit",
    family: "typen",
    severity: "warning",
    title: "Anteil oder Veränderung in Prozent eingetragen",
    titleEn: "Share or change typed in percent units",
    description:
      "Anteile und Veränderungen stehen im Vertrag als Bruch (0,16 für 16 %, −0,025 für −2,5 %). Ob ein Wert in Prozent eingetragen ist, entscheiden sein Wert und sein Zahlenformat, nie die Überschrift allein: Im Prozentformat (z. B. 0,0 %) ist der Wert ein Bruch und richtig. Ohne Prozentformat gilt ein Anteil über 1 (bis 100) und eine Veränderung mit Betrag über 1 (bis 1.000) als in Prozent eingetragen. Ein Betrag bis 1 ohne Prozentformat ist mehrdeutig (−0,8 kann −0,8 % oder −80 % sein, 0,5 kann 0,5 % oder 50 % sein) und wird nur dann als Prozent gelesen, wenn er in derselben Spalte direkt an eindeutige Prozentwerte derselben Art und desselben Zahlenformats grenzt (eine gedruckte Spalte „Veränderung … in %“); sonst bleibt er ein Bruch. Die Regel meldet jede solche Zelle einmal; alle anderen Prüfungen rechnen mit Wert / 100.",
    messages: {
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
  check: (ctx) => reportTypeIssues(ctx, "prozent-einheit"),
};
