// verlauf/lzb-ziel: the LZB stock's JDW so far against the path of the target (last year's same months × (1 + change)).
import { lzbProgress } from "../../verlauf/compute";
import type { Rule } from "../types";
import { monthDe, monthEn } from "./months";

export const verlaufLzbZiel: Rule = {
  meta: {
    id: "verlauf/lzb-ziel",
    family: "verlauf",
    severity: "warning",
    title: "LZB-Bestand über dem Zielpfad",
    titleEn: "Long-term recipients above the target path",
    description:
      "Aus dem Verlaufsblatt: der Jahresdurchschnittswert (JDW) des LZB-Bestands der Monate 1..m (m = letzter lückenlos gemeldeter Monat) gegen den Pfad JDW_VJ(1..m) × (1 + `ZIE_LZB_Veraenderung`) aus denselben Monaten des Vorjahres. Liegt er um mehr als `toleranz` (Standard 1 %) darüber, gibt es eine Warnung.",
    names: ["MON_LZB", "MON_LZB_VJ", "ZIE_LZB_Veraenderung"],
    needsAllNames: true,
    params: {
      toleranz: { default: 0.01, description: "So weit darf der JDW über dem Pfad liegen, relativ (0,01 = 1 %)" },
    },
    messages: {
      ueberPfad: {
        de: `LZB-Bestand Januar bis ${monthDe("month")}: JDW {jdw, number, 0} liegt {gap, change} über dem Zielpfad {path, number, 0} (Vorjahr dieselben Monate {jdwVj, number, 0} × (1 {veraenderung, change}); Toleranz {toleranz, percent, 1})`,
        en: `Long-term recipients January to ${monthEn("month")}: JDW {jdw, number, 0} is {gap, change} above the target path {path, number, 0} (previous year same months {jdwVj, number, 0} × (1 {veraenderung, change}); tolerance {toleranz, percent, 1})`,
      },
    },
  },
  check(ctx) {
    const p = lzbProgress(ctx.view.monthly, ctx.view.figure("ZIE_LZB_Veraenderung")?.value);
    if (!p || p.gap <= ctx.params.toleranz + 1e-12) return [];
    const lzb = ctx.view.monthly.series.get("MON_LZB")!;
    return [
      {
        messageId: "ueberPfad",
        data: { month: p.month, jdw: p.jdw, jdwVj: p.jdwVj, veraenderung: p.veraenderung, path: p.path, gap: p.gap, toleranz: ctx.params.toleranz },
        names: ["MON_LZB", "MON_LZB_VJ", "ZIE_LZB_Veraenderung"],
        cells: [lzb.cells[p.month - 1], ctx.view.figure("ZIE_LZB_Veraenderung")!.cell],
      },
    ];
  },
};
