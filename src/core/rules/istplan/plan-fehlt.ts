// istplan/plan-fehlt: a Plan value is missing where the row has an Ist value.
import { foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

export const istplanPlanFehlt: Rule = {
  meta: {
    id: "istplan/plan-fehlt",
    family: "istplan",
    severity: "warning",
    title: "Planwert fehlt",
    titleEn: "Plan value missing",
    description:
      "Hat eine Zeile der Förderübersicht einen Ist-Wert des Vorjahres, erwartet der Plan eine Aussage für das Planjahr – auch 0, wenn das Instrument ausläuft. Eine leere Planzelle ist meist vergessen.",
    names: ["FOE_Tabelle"],
    messages: {
      planFehlt: {
        de: "FOE_Tabelle: {row, row, instrument} hat Ist {ist, count}, aber keinen Planwert",
        en: "FOE_Tabelle: {row, row, instrument} has an actual value of {ist, count} but no plan value",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (let r = 0; r < table.rows; r++) {
      const ist = table.num(r, "ist");
      if (ist === undefined || !table.isBlank(r, "plan")) continue;
      reports.push({
        messageId: "planFehlt",
        data: { ...rowData(table, r), ist },
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "plan")],
      });
    }
    return reports;
  },
};
