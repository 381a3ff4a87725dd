// ziele/iq-zwischen: the total IQ target lies between the men's and the women's target.
import { figures, floatSlack } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_IQ", "ZIE_IQ_Maenner", "ZIE_IQ_Frauen"] as const;

export const zieleIqZwischen: Rule = {
  meta: {
    id: "ziele/iq-zwischen",
    family: "ziele",
    severity: "warning",
    title: "IQ gesamt nicht zwischen Männern und Frauen",
    titleEn: "Total integration rate not between men and women",
    description:
      "Die IQ gesamt ist ein gewichtetes Mittel der IQ von Männern und Frauen und muss daher zwischen beiden liegen (Grenzen eingeschlossen). Die Ziele sind gesetzte Werte und gelten als genau. Im Beispiel 2024: 16,0 % liegt zwischen 12,7 % (Frauen) und 19,5 % (Männer).",
    names: NAMES,
    needsAllNames: true,
    messages: {
      nichtZwischen: {
        de: "IQ-Ziel gesamt ({total, percent}) liegt nicht zwischen den Zielen für Männer ({maenner, percent}) und Frauen ({frauen, percent})",
        en: "Total integration rate target ({total, percent}) does not lie between the targets for men ({maenner, percent}) and women ({frauen, percent})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const total = f.ZIE_IQ.value;
    const lo = Math.min(f.ZIE_IQ_Maenner.value, f.ZIE_IQ_Frauen.value);
    const hi = Math.max(f.ZIE_IQ_Maenner.value, f.ZIE_IQ_Frauen.value);
    const slack = floatSlack(total, hi);
    if (total >= lo - slack && total <= hi + slack) return [];
    return [
      {
        messageId: "nichtZwischen",
        data: { total, maenner: f.ZIE_IQ_Maenner.value, frauen: f.ZIE_IQ_Frauen.value },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
