// ziele/weitere-veraenderung: in ZIE_Weitere (local targets, Ergänzungsgrößen of § 48b Abs. 3 SGB II) each
// row's stated change against the previous year is checked like the IQ change: relative (Ziel / Vorjahr − 1),
// or in percentage points (Ziel − Vorjahr) when the row's Einheit or the column's header says "%-Pkt.".
import { halfUnitOf } from "../../format";
import { floatSlack } from "../../resolve/budget";
import type { TableView } from "../../resolve/view";
import type { Rule, RuleReport } from "../types";
import { mentions } from "../../coverage";

const NAME = "ZIE_Weitere";
const POINTS = /pkt|punkt/i;

/** Half a unit of the last printed digit of a typed figure; exact for formula results and unrounded formats. */
function halfUnit(table: TableView, row: number, key: string): number {
  return table.isFormula(row, key) ? 0 : (halfUnitOf(table.format(row, key)) ?? 0);
}

/** Decimals that show a figure as typed: none for whole numbers, else four (rates 0,1640). */
const decimalsOf = (...xs: number[]) => (xs.every((x) => Number.isInteger(x)) ? 0 : 4);

export const zieleWeitereVeraenderung: Rule = {
  meta: {
    id: "ziele/weitere-veraenderung",
    family: "ziele",
    severity: "warning",
    title: "Weitere Ziele: angegebene Veränderung passt nicht",
    titleEn: "Further targets: stated change does not fit",
    description:
      "Die optionale Tabelle ZIE_Weitere (Kennzahl | Vorjahr | Ziel | Veränderung ggü. VJ | Einheit, mit oder ohne Kopfzeile) nimmt örtliche Ziele und die Ergänzungsgrößen auf, die ein Jobcenter plant (z. B. IQ der Alleinerziehenden K2E4, IQ der LZB K3E1, soziale Teilhabe; § 48b Abs. 3 SGB II nennt sie für die Zielvereinbarungen der gE). Je Zeile wird die angegebene Veränderung geprüft wie die der IQ: relativ Ziel / Vorjahr − 1, in Prozentpunkten Ziel − Vorjahr, wenn die Einheit der Zeile oder der Kopf der Spalte „%-Pkt.“ (Prozentpunkte) sagt. Rundung: ein eingetippter Wert steht für alles, was gleich aussieht (eine halbe letzte Stelle seines Zahlenformats), Formelergebnisse gelten als genau; gemeldet wird nur, was mit keiner Rundung aufgeht, mit dem Vorjahreswert, zu dem die Angabe passte. Die Quelle 2024 druckt keine weiteren Ziele.",
    names: [NAME],
    countsOnlyWith: mentions("ZIE_Weitere"),
    messages: {
      relativ: {
        de: "{name, cell}: angegeben {stated, change}, berechnet {computed, change} (Ziel {target, number, decimals} ggü. Vorjahr {previous, number, decimals}); {stated, change} passt zu einem Vorjahreswert von {fitLo, number, decimals} bis {fitHi, number, decimals}",
        en: "{name, cell}: stated {stated, change}, computed {computed, change} (target {target, number, decimals} vs previous year {previous, number, decimals}); {stated, change} fits a previous-year value from {fitLo, number, decimals} to {fitHi, number, decimals}",
      },
      prozentpunkte: {
        de: "{name, cell}: angegeben {stated, points}, berechnet {computed, points} (Ziel {target, number, decimals} ggü. Vorjahr {previous, number, decimals})",
        en: "{name, cell}: stated {stated, points}, computed {computed, points} (target {target, number, decimals} vs previous year {previous, number, decimals})",
      },
    },
  },
  check(ctx) {
    const table = ctx.view.table(NAME);
    if (!table || !table.hasColumn("veraenderung")) return [];
    const headerPoints = POINTS.test(table.headerText("veraenderung"));
    const reports: RuleReport[] = [];
    for (let r = 0; r < table.rows; r++) {
      const previous = table.num(r, "vorjahr");
      const target = table.num(r, "ziel");
      const stated = table.num(r, "veraenderung");
      if (previous === undefined || target === undefined || stated === undefined) continue;
      const [hP, hT, hS] = [halfUnit(table, r, "vorjahr"), halfUnit(table, r, "ziel"), halfUnit(table, r, "veraenderung")];
      const points = headerPoints || POINTS.test(table.text(r, "einheit"));
      let lo: number;
      let hi: number;
      if (points) {
        [lo, hi] = [target - hT - (previous + hP), target + hT - (previous - hP)];
      } else {
        if (previous - hP <= 0) continue; // a previous year of 0 has no relative change
        [lo, hi] = [(target - hT) / (previous + hP) - 1, (target + hT) / (previous - hP) - 1];
      }
      const slack = floatSlack(lo, hi, stated);
      if (stated + hS >= lo - slack && stated - hS <= hi + slack) continue;
      const label = table.text(r, "kennzahl");
      const where = { name: NAME, row: r + 1, column: "veraenderung", label };
      const decimals = decimalsOf(previous, target);
      const cells = [table.cell(r, "vorjahr"), table.cell(r, "ziel"), table.cell(r, "veraenderung")];
      if (points) {
        reports.push({ messageId: "prozentpunkte", data: { ...where, stated, computed: target - previous, target, previous, decimals }, names: [NAME], cells });
      } else if (1 + stated - hS > 0) {
        const fitLo = target / (1 + stated + hS);
        const fitHi = target / (1 + stated - hS);
        reports.push({
          messageId: "relativ",
          data: { ...where, stated, computed: target / previous - 1, target, previous, fitLo, fitHi, decimals: Math.max(decimals, fitLo < 10 ? 4 : 0) },
          names: [NAME],
          cells,
        });
      }
    }
    return reports;
  },
};
