// A "Stand:" dates the document or table it stands under. Under the title of a report that is not the programme
// ("Steuerungscockpit 2026", "Monatsbericht Oktober", "Dashboard Controlling") it is the report's data date, and a
// "Stand der Prognose" dates a forecast of the previous year: neither is the programme's date (AIP_Stand).
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Kinds of report whose title makes a Stand below it the report's own date. */
const REPORT = /(cockpit|dashboard|monatsbericht|quartalsbericht|lagebericht|controllingbericht|kennzahlenbericht|statistikbericht|monitoring|berichtsblatt|\bbericht\b|\breport(ing)?\b)/;
/** Words that make a title the programme's (or its planning's) own: a Stand below it dates the programme. */
const PROGRAMME = /(\baip\b|programm|planung|planjahr|\bplan\b|zielvereinbarung|eckdaten|deckblatt)/;
/** A forecast's or projection's date: the previous year's figures, not the programme. */
const FORECAST = /(prognose|hochrechnung|vorlaeufig|schaetzung)/;
const TITLE_ROWS = 3;

const cellOf = (ref: string) => parseCell(splitAddress(ref).range.replace(/\$/g, "").split(":")[0]);

/** The nearest text above the label (up to three rows), in the label's row block: the title the label belongs to. */
function titleAbove(sheet: SheetGrid, row: number): string | undefined {
  for (let r = row - 1; r >= Math.max(sheet.r0, row - TITLE_ROWS); r--) {
    const texts = sheet.filledColumns(r).map((c) => sheet.ownText(r, c)).filter((t): t is string => t !== undefined && t.trim().length > 0);
    if (texts.length > 0) return texts[0];
  }
  return undefined;
}

/** The low for an AIP_Stand candidate that dates a forecast or a report other than the programme. */
export function reportStandLow(grids: readonly SheetGrid[], c: Candidate): Low | undefined {
  if (c.name !== "AIP_Stand") return undefined;
  const label = fold(c.label);
  if (FORECAST.test(label)) return { id: "kontext", text: `„${c.label}“ datiert eine Prognose der Vorjahreswerte, nicht das Programm.` };
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet) return undefined;
  const title = titleAbove(sheet, cellOf(c.labelCell).row);
  if (title === undefined) return undefined;
  const t = fold(title);
  if (!REPORT.test(t) || PROGRAMME.test(t)) return undefined;
  return { id: "kontext", text: `„${c.label}“ steht unter „${title}“ und datiert diesen Bericht, nicht das Programm.` };
}
