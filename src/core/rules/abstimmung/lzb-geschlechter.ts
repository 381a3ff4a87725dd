// abstimmung/lzb-geschlechter: LZB target men + women = LZB target total.
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
      "Die LZB-Ziele sind Bestände: ZIE_LZB_Maenner + ZIE_LZB_Frauen muss ZIE_LZB ergeben. Die Ziele sind gesetzte ganze Zahlen, daher ist die Toleranz standardmäßig 0 (Parameter `toleranz`, z. B. 1, wenn die Ziele aus gerundeten Durchschnitten stammen). Im Beispiel 2024: 1.301 + 1.420 = 2.721.",
    names: NAMES,
    params: { toleranz: { default: 0, description: "erlaubte Abweichung in Personen" } },
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
