// abstimmung/lzb-geschlechter: LZB target men + women = LZB target total, within the rounding of three
// separately averaged stocks (default 1 person).
import { figures, floatSlack } from "../helpers";
import type { Rule } from "../types";

const NAMES = ["ZIE_LZB", "ZIE_LZB_Maenner", "ZIE_LZB_Frauen"] as const;

export const abstimmungLzbGeschlechter: Rule = {
  meta: {
    id: "abstimmung/lzb-geschlechter",
    family: "abstimmung",
    severity: "error",
    title: "LZB Männer + Frauen ≠ LZB gesamt",
    titleEn: "Long-term recipients men + women ≠ total",
    description:
      "Die LZB-Ziele sind Bestände (Jahresdurchschnitte, Nachkommastellen erlaubt): ZIE_LZB_Maenner + ZIE_LZB_Frauen muss ZIE_LZB ergeben. Jeder der drei Bestände wird für sich aus Monatswerten gemittelt und gerundet, daher darf die Summe um bis zu `toleranz` Personen (Standard 1) vom Gesamtziel abweichen; darüber ist es ein Fehler. Wer die Ziele so setzt, dass sie genau aufgehen, stellt `toleranz` auf 0. Im Beispiel 2024: 1.301 + 1.420 = 2.721.",
    names: NAMES,
    needsAllNames: true,
    params: { toleranz: { default: 1, description: "erlaubte Abweichung in Personen (getrennt gerundete Bestände)" } },
    messages: {
      summe: {
        de: "LZB-Ziel Männer ({maenner, count}) + Frauen ({frauen, count}) = {sum, count} ≠ LZB-Ziel gesamt ({total, count})",
        en: "Long-term recipients target men ({maenner, count}) + women ({frauen, count}) = {sum, count} ≠ target total ({total, count})",
      },
    },
  },
  check(ctx) {
    const f = figures(ctx.view, ...NAMES);
    if (!f) return [];
    const sum = f.ZIE_LZB_Maenner.value + f.ZIE_LZB_Frauen.value;
    if (Math.abs(sum - f.ZIE_LZB.value) <= ctx.params.toleranz + floatSlack(sum)) return [];
    return [
      {
        messageId: "summe",
        data: { maenner: f.ZIE_LZB_Maenner.value, frauen: f.ZIE_LZB_Frauen.value, sum, total: f.ZIE_LZB.value },
        names: [...NAMES],
        cells: NAMES.map((n) => f[n].cell),
      },
    ];
  },
};
