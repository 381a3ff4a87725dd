// verlauf/meldestand: the monthly sheet must be filled in order — integrations need the ELB stock they are set
// against (month m−1), no month may be left blank before a reported one, and a stock does not fall to 0.
import { MONTHLY_NAMES } from "../../contract";
import { monthOfIndex, type MonthCells } from "../../verlauf/read";
import type { Rule, RuleReport } from "../types";
import { monthDe, monthEn } from "./months";

/** Integration series and the ELB series they are set against. */
const PAIRS: ReadonlyArray<[string, string]> = ["", "_Frauen", "_Maenner"].flatMap((g) =>
  ["", "_VJ"].map((vj): [string, string] => [`MON_Integrationen${g}${vj}`, `MON_ELB${g}${vj}`]),
);

const SERIES = MONTHLY_NAMES.filter((c) => c.shape !== "table");

export const verlaufMeldestand: Rule = {
  meta: {
    id: "verlauf/meldestand",
    family: "verlauf",
    severity: "error",
    title: "Verlaufsblatt unvollständig oder widersprüchlich gemeldet",
    titleEn: "Monthly sheet reported incompletely or inconsistently",
    description:
      "Im Verlaufsblatt ist eine leere Zelle „noch nicht gemeldet“, eine 0 eine gemeldete 0. Fehler sind: Integrationen für Monat m, während der ELB-Bestand, gegen den sie stehen (Monat m−1, der Versatz der BA), leer ist; eine Lücke (ein leerer Monat vor einem gemeldeten, auch in den Zeilen von `MON_Eintritte` und `MON_Mittel`); ein ELB- oder LZB-Bestand von 0 (ein Jobcenter ohne Leistungsberechtigte gibt es nicht – meist ist eine Formel oder ein Export leer gelaufen).",
    names: ["MON_Integrationen", "MON_ELB", "MON_LZB", "MON_Eintritte", "MON_Mittel"],
    eachNameAlone: true,
    messages: {
      elbFehlt: {
        de: `{name}: Integrationen für ${monthDe("month")} gemeldet, aber der ELB-Bestand, gegen den sie stehen ({elbName}, ${monthDe("elbMonth")}), ist leer`,
        en: `{name}: integrations reported for ${monthEn("month")}, but the ELB stock they are set against ({elbName}, ${monthEn("elbMonth")}) is blank`,
      },
      luecke: {
        de: `{name}{row}: ${monthDe("month")} ist leer, ${monthDe("later")} ist aber gemeldet (Lücke)`,
        en: `{name}{row}: ${monthEn("month")} is blank, but ${monthEn("later")} is reported (gap)`,
      },
      bestandNull: {
        de: `{name}: Bestand ${monthDe("month")} ist 0`,
        en: `{name}: stock of ${monthEn("month")} is 0`,
      },
    },
  },
  check(ctx) {
    const m = ctx.view.monthly;
    const reports: RuleReport[] = [];
    const flawed = new Set(m.issues.flatMap((i) => i.cells)); // verlauf/typen reports these cells
    const gaps = (name: string, values: readonly (number | null)[], cells: readonly string[], firstMonth: number, row = "") => {
      const last = values.reduce<number>((l, v, i) => (v !== null ? i : l), -1);
      for (let i = 0; i < last; i++) {
        if (values[i] !== null || flawed.has(cells[i])) continue;
        const later = values.findIndex((v, k) => k > i && v !== null);
        reports.push({ messageId: "luecke", data: { name, row, month: i + firstMonth, later: later + firstMonth }, names: [name], cells: [cells[i]] });
      }
    };
    for (const c of SERIES) {
      const s = m.series.get(c.name);
      if (!s) continue;
      gaps(c.name, s.values, s.cells, monthOfIndex(s.values.length, 0));
      if (c.kind === "stock")
        s.values.forEach((v, i) => {
          if (v === 0) reports.push({ messageId: "bestandNull", data: { name: c.name, month: monthOfIndex(s.values.length, i) }, names: [c.name], cells: [s.cells[i]] });
        });
    }
    for (const [integName, elbName] of PAIRS) {
      const integ = m.series.get(integName);
      const elb: MonthCells | undefined = m.series.get(elbName);
      if (!integ || !elb) continue;
      integ.values.forEach((v, i) => {
        // Integrations of month i+1 stand against the stock at index i of the 13 cells (month i).
        if (v === null || elb.values[i] !== null || flawed.has(elb.cells[i])) return;
        reports.push({ messageId: "elbFehlt", data: { name: integName, month: i + 1, elbName, elbMonth: i }, names: [integName, elbName], cells: [integ.cells[i], elb.cells[i]] });
      });
    }
    for (const name of ["MON_Eintritte", "MON_Eintritte_VJ", "MON_Mittel"]) {
      for (const r of m.tables.get(name) ?? []) gaps(name, r.values, r.cells, 1, ` „${r.label}“`);
    }
    return reports;
  },
};
