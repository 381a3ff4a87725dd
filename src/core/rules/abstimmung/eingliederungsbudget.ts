// abstimmung/eingliederungsbudget: the Eingliederungsbudget equals Vorbindungen + Neubewilligungen.
import { formatEuroDe } from "../../format";
import { figures, floatSlack } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen"] as const;

export const abstimmungEingliederungsbudget: Rule = {
  meta: {
    id: "abstimmung/eingliederungsbudget",
    family: "abstimmung",
    severity: "error",
    title: "Eingliederungsbudget ≠ Vorbindungen + Neubewilligungen",
    description:
      "BUD_EB_Gesamt muss gleich BUD_EB_Vorbindungen + BUD_EB_Neubewilligungen sein (Toleranz `toleranzen.betrag`). Im Beispiel 2024: 1.632.294 + 1.338.063 = 2.970.357 € (die Quelle schreibt „Verbinderungen“; gemeint sind Vorbindungen).",
    names: NAMES,
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const parts = f.BUD_EB_Vorbindungen.value + f.BUD_EB_Neubewilligungen.value;
    const diff = f.BUD_EB_Gesamt.value - parts;
    if (Math.abs(diff) <= ctx.settings.toleranzen.betrag + floatSlack(parts)) return [];
    return [
      {
        message:
          `Eingliederungsbudget (${formatEuroDe(f.BUD_EB_Gesamt.value)}) ≠ Vorbindungen ` +
          `(${formatEuroDe(f.BUD_EB_Vorbindungen.value)}) + Neubewilligungen (${formatEuroDe(f.BUD_EB_Neubewilligungen.value)}) ` +
          `= ${formatEuroDe(parts)}, Differenz ${formatEuroDe(diff)}`,
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
