// abstimmung/eingliederungsbudget: the Eingliederungsbudget equals Vorbindungen + Neubewilligungen.
import { reconcile } from "../../resolve/budget";
import { figures } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["BUD_EB_Gesamt", "BUD_EB_Vorbindungen", "BUD_EB_Neubewilligungen"] as const;

export const abstimmungEingliederungsbudget: Rule = {
  meta: {
    id: "abstimmung/eingliederungsbudget",
    family: "abstimmung",
    severity: "error",
    title: "Eingliederungsbudget ≠ Vorbindungen + Neubewilligungen",
    titleEn: "Integration budget ≠ prior commitments + new approvals",
    description:
      "BUD_EB_Gesamt muss gleich BUD_EB_Vorbindungen + BUD_EB_Neubewilligungen sein (Toleranz `toleranzen.betrag`). Im Beispiel 2024: 1.632.294 + 1.338.063 = 2.970.357 € (die Quelle schreibt „Verbinderungen“; gemeint sind Vorbindungen).",
    names: NAMES,
    needsAllNames: true,
    messages: {
      summe: {
        de: "Eingliederungsbudget ({total, euro}) ≠ Vorbindungen ({vorbindungen, euro}) + Neubewilligungen ({neubewilligungen, euro}) = {parts, euro}, Differenz {difference, euro}",
        en: "Integration budget ({total, euro}) ≠ prior commitments ({vorbindungen, euro}) + new approvals ({neubewilligungen, euro}) = {parts, euro}, difference {difference, euro}",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const r = reconcile(f.BUD_EB_Gesamt.value, [f.BUD_EB_Vorbindungen.value, f.BUD_EB_Neubewilligungen.value], ctx.settings.toleranzen.betrag);
    if (r.reconciles) return [];
    const { sumOfParts: parts, difference: diff } = r;
    return [
      {
        messageId: "summe",
        data: {
          total: f.BUD_EB_Gesamt.value,
          vorbindungen: f.BUD_EB_Vorbindungen.value,
          neubewilligungen: f.BUD_EB_Neubewilligungen.value,
          parts,
          difference: diff,
        },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
