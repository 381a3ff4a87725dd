// A sheet that is someone else's figures, kept beside the programme for reference: an excerpt of a BA report
// ("Auszug aus dem Controllingbericht", "Steckbrief … Berichtsmonat September 2024") or a comparison of several
// Jobcenters ("JC Greiz | JC Saalfeld-Rudolstadt" as column heads). Its values are a report month's or other
// Jobcenters', never the programme's: no rival to the programme's own cells, and alone never sure.
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { withoutPerMonth } from "./trackingTitle";

/** Title rows read: the sheet's first filled rows, where a copy says what it is. */
const TITLE_ROWS = 3;
const COPY_WORDS = /\b(auszug\w*|controllingbericht\w*|kennzahlenbericht\w*|berichtsauszug\w*)\b/;
/**
 * "Stellenplan Jobcenter (Auszug)", "Auszug aus dem Haushaltsplan": an excerpt of the Jobcenter's own planning
 * document (posts, budget) holds its own figures; only an excerpt of someone's report is a copy.
 */
// So is an excerpt of the programme itself ("AIP 2028 – Auszug für die Bereichsleitung", "Auszug aus dem
// Arbeitsmarkt- und Integrationsprogramm"): the Jobcenter's own figures handed to one reader.
const OWN_DOCUMENT =
  /\b(stellenpl(a|ae)n\w*|stellenuebersicht\w*|haushaltsplan\w*|haushaltsentwurf\w*|teilhaushalt\w*|wirtschaftsplan\w*|aip|amp|\w*integrationsprogramm\w*|arbeitsmarktprogramm\w*|eingliederungsprogramm\w*)\b/;
const REPORT_WORDS = /\b(\w*bericht\w*|\w*statistik\w*)\b/;
const isCopyTitle = (t: string) => COPY_WORDS.test(t) && (!OWN_DOCUMENT.test(t) || REPORT_WORDS.test(t));
const MONTH = /\b(jan\w*|feb\w*|maerz|mrz|apr\w*|mai|jun\w*|jul\w*|aug\w*|sep\w*|okt\w*|nov\w*|dez\w*|(0?[1-9]|1[0-2]) ?[/.-] ?(19|20)\d\d)\b/;
/** "Berichtsmonat September 2024" in one title cell: the report of a month, not a label waiting for its value. */
const REPORT_MONTH = /\bberichtsmonat\w*\b/;
// "Jobcenter Name", "JC_Name", "JC Bezeichnung" label the name field beside one Jobcenter's name: no second Jobcenter.
const JOBCENTER = /^(jobcenter|jc)\s+(?!(name|bezeichnung|bez|kennung|id|nr|nummer)\b)\S/;
const TOTAL = /\b(gesamt|insgesamt|summe|zusammen)\b/;

function titleTexts(g: SheetGrid): string[] {
  const out: string[] = [fold(g.name)];
  let rows = 0;
  for (let r = g.r0; r <= g.lastRow && rows < TITLE_ROWS; r++) {
    const cols = g.filledColumns(r);
    if (cols.length === 0) continue;
    rows++;
    for (const c of cols) {
      const t = g.ownText(r, c);
      if (t) out.push(fold(t));
    }
  }
  return out;
}

/** Whether a row heads columns with two or more Jobcenters' names (a comparison of Jobcenters). */
function comparesJobcenters(g: SheetGrid): boolean {
  for (let r = g.r0; r <= g.lastRow; r++) {
    let names = 0;
    let total = false;
    for (const c of g.filledColumns(r)) {
      const t = g.ownText(r, c);
      if (!t) continue;
      // "JC Nord | JC Süd | gesamt", "JC gesamt 2024": one Jobcenter's branches or years beside its total, no comparison.
      if (TOTAL.test(fold(t))) total = true;
      else if (JOBCENTER.test(fold(t).trim()) && !/\d/.test(t)) names++;
    }
    if (names >= 2 && !total) return true;
  }
  return false;
}

/** Why a sheet is a report copy or a comparison of Jobcenters, or undefined when it is the workbook's own. */
export function foreignSheetReason(g: SheetGrid): string | undefined {
  // "je Berichtsmonat" names monthly columns, no report month (./trackingTitle.ts).
  const titles = titleTexts(g).map(withoutPerMonth);
  if (titles.some((t) => isCopyTitle(t) || (REPORT_MONTH.test(t) && MONTH.test(t.replace(REPORT_MONTH, ""))))) {
    return `Das Blatt „${g.name}“ ist ein Auszug aus einem Bericht eines Berichtsmonats: seine Werte sind nicht die des Programms.`;
  }
  if (comparesJobcenters(g)) return `Das Blatt „${g.name}“ vergleicht mehrere Jobcenter: seine Werte sind nicht die eigenen Zahlen des Programms.`;
  return undefined;
}

/** Per sheet index, the low for candidates on a foreign sheet (computed once per workbook). */
export function foreignSheetLows(grids: SheetGrid[]): Map<number, Low> {
  const out = new Map<number, Low>();
  for (const g of grids) {
    const why = foreignSheetReason(g);
    if (why) out.set(g.index, { id: "kontext", text: why });
  }
  return out;
}

/** Candidates not on a foreign sheet (for the Jobcenter's name: a comparison's heads are other Jobcenters). */
export function onOwnSheets(candidates: Candidate[], foreign: Map<number, Low>): Candidate[] {
  return candidates.filter((c) => !foreign.has(c.sheet));
}
