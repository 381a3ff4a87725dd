// namen/keine-bereiche: the workbook has no name of the contract at all, so nothing could be checked. One
// error (never a pass), pointing at the mapping.
import { presentAreas } from "../../coverage";
import type { Rule } from "../types";

export const namenKeineBereiche: Rule = {
  meta: {
    id: "namen/keine-bereiche",
    family: "namen",
    severity: "error",
    title: "Kein Bereich des Vertrags in der Mappe",
    titleEn: "No area of the contract in the workbook",
    description:
      "Die Mappe enthält keinen einzigen Namen des Vertrags (oder einen falsch geschriebenen): keine Zahl ist zugeordnet, keine Prüfung kann laufen. Das ist ein Fehler, nie ein Bestehen. Abhilfe: die Zahlen benennen lassen – in Excel auf der Seite „Einrichten“, auf der Kommandozeile mit `aip map DATEI.xlsx --write NEU.xlsx`.",
    messages: {
      keineBereiche: {
        de: "Die Mappe enthält keinen Namen des Vertrags ({count} Pflichtnamen fehlen) – nichts konnte geprüft werden. Zahlen zuordnen: „Einrichten“ in Excel oder aip map auf der Kommandozeile",
        en: "The workbook holds no name of the contract ({count} required names missing) – nothing could be checked. Map the figures: “Einrichten” (Set up) in Excel or aip map on the command line",
      },
    },
  },
  check: (ctx) => {
    if (presentAreas(ctx.view).length) return [];
    const missing = ctx.view.nameIssues.filter((i) => i.code === "fehlt").map((i) => i.name);
    return [{ messageId: "keineBereiche", data: { count: missing.length }, names: missing, cells: [] }];
  },
};
