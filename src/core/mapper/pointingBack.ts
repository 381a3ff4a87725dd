// "Der Anteil der Langzeitleistungsbeziehenden lag 2024 bei 63,1 %. | 63,1 %" over "2023 lag dieser Anteil noch
// bei 65,4 %. | 65,4 %", "Für 2025 streben wir eine Integrationsquote von 20,0 % an." over "Das ist eine Veränderung
// zum Vorjahr von 1,7 %.": a sentence that names no figure itself but points back ("dieser Anteil", "das ist",
// "waren es") speaks of the figure the sentence right above names. It is read with that sentence's words —
// without its years and numbers, so its own year and role words decide ("2023", "Veränderung"). Only when the
// sentence above names exactly one figure by itself (a sentence pointing back further stays unread) and both are
// sentences with their value right of them.
import type { SheetGrid } from "./grid";
import { matchLabel } from "./matchLabel";
import { withoutRestatedValue } from "./restatedValue";

/** Words pointing back to the sentence before: "dieser Anteil", "das ist", "das entspricht", "waren es", "dies". */
const BACK = /(?<!\p{L})(?:(?:dieser|diese|dieses|diesen)\s+(?:anteil|wert|quote|zahl|bestand|betrag)|(?:das|dies|es)\s+(?:ist|sind|war|waren|entspricht|bedeutet)|(?:war|waren|ist|sind)\s+es|dies)(?!\p{L})/iu;

/** The sentence read with the words of the sentence above it, when it points back (see the file comment). */
export function withAntecedent(sheet: SheetGrid, row: number, col: number, own: string): string | undefined {
  if (!BACK.test(own) || row - 1 < sheet.r0) return undefined;
  const above = withoutRestatedValue(sheet, row - 1, col);
  if (above === undefined || BACK.test(above)) return undefined;
  if (matchLabel(above).standalone.length !== 1) return undefined;
  // Its years are its own; its other numbers stay its words ("unter 25 Jahren").
  const words = above.replace(/(?<![\p{L}\d])(?:19|20)\d\d(?![\d])/gu, " ").replace(/\s{2,}/g, " ").trim();
  return `${words} ${own}`;
}
