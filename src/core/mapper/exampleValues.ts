// "Ausfüllhinweise" with "Beispiel Integrationsquote | 24,5 %", "Bsp. LZB-Bestand | 4.000", "z. B. Veränderung":
// a form's fill-in hints show example values of the figures asked for, no figure of the Jobcenter. A label opening
// with the example word, or any label on a sheet named for fill-in hints or instructions, is no source: no rival to
// the programme's own cells, and alone never sure. "Beispielhafte Maßnahmen" or "Modellprojekt" are no example word.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const EXAMPLE_LABEL = /^(beispiel|beispielwert|beispielzahl|bsp|z b|zb|musterwert|mustereintrag|beispieleintrag)( |$)/;
const HINT_SHEET = /^(ausfuellhinweise?|ausfuellanleitung|ausfuellhilfe|hinweise( zum ausfuellen)?|anleitung|erlaeuterungen|lies mich|readme|hilfe|beispiele?|beispielblatt|muster)( \w+)?$/;

/** Whether a label names an example value ("Beispiel Integrationsquote", "z. B. LZB-Bestand"). */
export function isExampleLabel(text: string): boolean {
  return EXAMPLE_LABEL.test(fold(text));
}

/** Whether a sheet is a form's fill-in hints or instructions by its name ("Ausfüllhinweise", "Anleitung"). */
export function isHintSheet(name: string): boolean {
  return HINT_SHEET.test(fold(name));
}

/** A low for a candidate whose label is an example, or that stands on a hints sheet. */
export function exampleLow(grids: SheetGrid[], c: Candidate): Low | undefined {
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet) return undefined;
  const hints = isHintSheet(sheet.name);
  const at = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
  const label = sheet.text(at.row, at.col);
  if (!hints && (label === undefined || !isExampleLabel(label))) return undefined;
  const where = hints ? `Das Blatt „${sheet.name}“ gibt Hinweise zum Ausfüllen` : `„${label}“ ist ein Beispielwert`;
  return { id: "kontext", text: `${where}, keine Quelle der Kennzahl.` };
}
