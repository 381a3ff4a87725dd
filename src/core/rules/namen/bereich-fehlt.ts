// namen/bereich-fehlt: a whole area of the contract (Kunden, Ziele, …) has no name in the workbook. One
// finding per area, saying which checks that takes away, instead of a namen/fehlt per name.
import { AREAS, namesOfArea } from "../../areas";
import { areaIsPresent, countedRules, presentAreas, skipReason } from "../../coverage";
import { contractName } from "../../contract";
import type { Rule } from "../types";

const AREA_DE = AREAS.map((a) => `${a.id}=${a.titleDe}`).join("|");
const AREA_EN = AREAS.map((a) => `${a.id}=${a.titleEn}`).join("|");

export const namenBereichFehlt: Rule = {
  meta: {
    id: "namen/bereich-fehlt",
    family: "namen",
    severity: "warning",
    title: "Bereich fehlt",
    titleEn: "Area missing",
    description:
      "Die Namen des Vertrags gehören zu Bereichen (Eckdaten, Haushalt, Personal, Förderung, Ziele, Kunden; Abschnitt „Bereiche“). Hat die Mappe keinen einzigen Namen eines Bereichs, meldet diese Regel das einmal und nennt die Prüfungen, die dadurch entfallen; `namen/fehlt` meldet dann die einzelnen Namen nicht. Eine Mappe, die nur Haushalt und Förderung führt, bekommt so je fehlendem Bereich eine Warnung statt Dutzender Fehler. Hat die Mappe gar keinen Bereich, meldet das `namen/keine-bereiche` als Fehler.",
    messages: {
      bereichFehlt: {
        de: `Bereich {area, select, ${AREA_DE}} fehlt (kein Name {prefix}… definiert) – diese Prüfungen entfallen: {rules}`,
        en: `Area {area, select, ${AREA_EN}} is missing (no name {prefix}… defined) – these checks do not run: {rules}`,
      },
      bereichFehltOhneRegeln: {
        de: `Bereich {area, select, ${AREA_DE}} fehlt (kein Name {prefix}… definiert); seine Zahlen werden nicht geprüft`,
        en: `Area {area, select, ${AREA_EN}} is missing (no name {prefix}… defined); its figures are not checked`,
      },
    },
  },
  check: (ctx) => {
    const present = presentAreas(ctx.view);
    if (!present.length) return []; // namen/keine-bereiche
    return AREAS.filter((a) => !present.includes(a)).map((area) => {
      const names = namesOfArea(area.id).map((c) => c.name);
      // The checks this area takes away: skipped, and skipped because of a name of this area.
      // Not those skipped anyway for want of an optional name of a present area that the workbook does not define (ZIE_ELB).
      const rules = countedRules(ctx.activeRules ?? [], ctx.view)
        .filter((meta) => {
          const missing = skipReason(meta, ctx.view) ?? [];
          const elsewhereAbsent = missing.some((n) => !names.includes(n) && !contractName(n)?.required && !ctx.view.has(n) && areaIsPresent(ctx.view, n));
          return missing.some((n) => names.includes(n)) && !elsewhereAbsent;
        })
        .map((meta) => meta.id);
      const data = { area: area.id, prefix: area.prefix };
      return rules.length
        ? { messageId: "bereichFehlt", data: { ...data, rules }, names, cells: [] }
        : { messageId: "bereichFehltOhneRegeln", data, names, cells: [] };
    });
  },
};
