// hinweis/instrument-veraltet: FOE_Tabelle still uses the pre-2019 name of § 16e SGB II.
import { foeStructure, rowData } from "../../resolve/foe";
import type { Rule, RuleReport } from "../types";

const OUTDATED = /f(?:ö|oe)rderung\s+von\s+arbeitsverh(?:ä|ae)ltnissen/i;

export const hinweisInstrumentVeraltet: Rule = {
  meta: {
    id: "hinweis/instrument-veraltet",
    family: "istplan",
    severity: "info",
    title: "Veralteter Instrumentenname",
    titleEn: "Outdated instrument name",
    description:
      "Seit 2019 heißt § 16e SGB II „Eingliederung von Langzeitarbeitslosen“ (EvL); „Förderung von Arbeitsverhältnissen“ (FAV) ist der alte Name. Die veröffentlichte Tabelle 2024 führt noch die Zeile FAV (Ist 0, Plan 0): ein Hinweis, die Bezeichnung zu aktualisieren.",
    names: ["FOE_Tabelle"],
    messages: {
      fav: {
        de: "FOE_Tabelle: {row, row, instrument} (§ 16e SGB II) heißt seit 2019 „Eingliederung von Langzeitarbeitslosen“ (EvL)",
        en: "FOE_Tabelle: {row, row, instrument} (§ 16e SGB II) has been called “Eingliederung von Langzeitarbeitslosen” (EvL, integration of the long-term unemployed) since 2019",
      },
    },
  },
  check(ctx) {
    const s = foeStructure(ctx.view);
    if (!s) return [];
    const { table } = s;
    const reports: RuleReport[] = [];
    for (let r = 0; r < table.rows; r++) {
      const text = table.text(r, "instrument");
      if (!OUTDATED.test(text)) continue;
      reports.push({
        messageId: "fav",
        data: rowData(table, r),
        names: ["FOE_Tabelle"],
        cells: [table.cell(r, "instrument")],
      });
    }
    return reports;
  },
};
