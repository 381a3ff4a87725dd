// istplan/standorte: where the Plan is split by location or team ("Standort Arnstadt", "Team 1" beside
// "Plan gesamt"), the parts of each row add up to the row's Plan total. Every other Plan rule reads the total.
import { FOE_LOCATION_KEYS } from "../../contract";
import { floatSlack } from "../../resolve/budget";
import { rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanStandorte: Rule = {
  meta: {
    id: "istplan/standorte",
    family: "istplan",
    severity: "error",
    title: "Plan nach Standorten ergibt nicht den Plan gesamt",
    titleEn: "Plan by location does not add up to the total plan",
    description:
      "„Basis der Eintrittsplanung sind die Bedarfsschätzungen der Teams an beiden Standorten“ (AIP 2024): eine Förderübersicht kann den Plan in Spalten je Standort oder Team aufteilen („Standort Arnstadt“, „Standort Ilmenau“, „Team 1 … Team n“) neben einer Gesamtspalte („Plan gesamt“, „Summe Plan“). Erkannt werden sie am Kopf: genau eine Plan-Spalte mit „gesamt“/„Summe“/„insgesamt“ und mindestens zwei Spalten mit Standort/Team (höchstens sechs werden gelesen). Je Zeile muss die Summe der Teile den Plan gesamt ergeben (Zeilen ohne Teile zählen nicht); alle anderen Plan-Regeln lesen die Gesamtspalte.",
    names: ["FOE_Tabelle"],
    countsOnlyWith: (view) => !!view.table("FOE_Tabelle")?.hasColumn("standort1"),
    messages: {
      summe: {
        de: "FOE_Tabelle, {row, row, instrument}: Plan nach Standorten {parts} = {sum, count} ≠ Plan gesamt {plan, count}",
        en: "FOE_Tabelle, {row, row, instrument}: plan by location {parts} = {sum, count} ≠ total plan {plan, count}",
      },
    },
  },
  check(ctx) {
    const table = ctx.view.table("FOE_Tabelle");
    if (!table || !table.hasColumn("standort1")) return [];
    const keys = FOE_LOCATION_KEYS.filter((k) => table.hasColumn(k));
    const reports: RuleReport[] = [];
    for (let r = 0; r < table.rows; r++) {
      if (table.isSpacer(r)) continue;
      const plan = table.num(r, "plan");
      const parts = keys.map((k) => table.num(r, k));
      if (plan === undefined || parts.every((p) => p === undefined)) continue;
      const sum = parts.reduce<number>((a, p) => a + (p ?? 0), 0);
      if (Math.abs(sum - plan) <= floatSlack(sum, plan)) continue;
      reports.push({
        messageId: "summe",
        data: { ...rowData(table, r), parts: parts.map((p) => (p === undefined ? "–" : String(p))).join(" + "), sum, plan },
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "plan"), ...keys.map((k) => table.cell(r, k))],
      });
    }
    return reports;
  },
};
