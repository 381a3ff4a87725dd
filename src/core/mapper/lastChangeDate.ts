// "letzte Änderung", "zuletzt geändert": the date a file was last changed. On the programme's own sheet (its name or
// title names the programme: "AIP", "Arbeitsmarkt- und Integrationsprogramm") that dates the programme's latest
// version, so it reads as the Stand (./matchLabel.ts). In a file holding more than the programme (a
// "Steuerungsmappe" with statistics) it dates the file: not sure. Beside a Stand of its own ("Stand der Fassung")
// it is no rival: the version's date is the programme's.
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const LAST_CHANGE = /^(letzte|zuletzt)\s+(aenderung|geaendert|aktualisierung|aktualisiert|ueberarbeitung|ueberarbeitet)(\s+(am|vom))?$/;
const PROGRAMME = /\b(aip|arbeitsmarkt\w* (und|u) integrationsprogramm\w*|arbeitsmarktprogramm\w*|integrationsprogramm\w*|eingliederungsprogramm\w*)\b/;
/** Rows at a sheet's top that may hold its title. */
const TITLE_ROWS = 3;

const clean = (label: string) => fold(label).replace(/[.:]/g, " ").replace(/\s+/g, " ").trim();

/** Whether a label names a file's last change ("letzte Änderung", "zuletzt geändert am"). */
export const namesLastChange = (label: string): boolean => LAST_CHANGE.test(clean(label));

/** "Stand" for a last-change label, to be read as the date word; else undefined. */
export const lastChangeAsStand = (folded: string): string | undefined => (LAST_CHANGE.test(folded) ? "Stand" : undefined);

function namesProgramme(sheet: SheetGrid): boolean {
  if (PROGRAMME.test(fold(sheet.name))) return true;
  for (let r = sheet.r0; r < sheet.r0 + TITLE_ROWS; r++) {
    if (sheet.filledColumns(r).some((c) => PROGRAMME.test(fold(sheet.ownText(r, c) ?? "")))) return true;
  }
  return false;
}

/** The low of an AIP_Stand labelled as a last change on a sheet that does not name the programme. */
export function lastChangeLow(grids: readonly SheetGrid[], c: Candidate): Low | undefined {
  if (c.name !== "AIP_Stand" || !namesLastChange(c.label)) return undefined;
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet || namesProgramme(sheet)) return undefined;
  return { id: "kontext", text: `„${c.label}“ datiert die letzte Änderung der Datei; ob das der Stand des Programms ist, bitte prüfen.` };
}

/** A last-change date is no rival to another Stand candidate. */
export function withoutLastChange(name: string, pool: Candidate[]): Candidate[] {
  if (name !== "AIP_Stand") return pool;
  const kept = pool.filter((c) => !namesLastChange(c.label));
  return kept.length > 0 && kept.length < pool.length ? kept : pool;
}
