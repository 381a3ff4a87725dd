// A helper sheet ("Hilfstabelle (Lookups, nicht drucken)", "Hilfsblatt", "Lookup") holds keys and values that
// formulas elsewhere look up ("IQ_M | 19,9 %"): the controller's scaffolding. A figure there is no rival to the
// programme's own sheets, and alone it is not sure.
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";
import { isScratchSheet } from "./scratchSheet";

/** Words naming a helper or lookup sheet (folded sheet name). */
const HELPER_SHEET = /(^| )(hilfstab\w*|hilfsblatt|hilfswert\w*|hilfsrechnung\w*|hilfsdaten|hilfsliste|helper|lookups?|nachschlag\w*|sverweis\w*|schluesseltabelle)( |$)/;
/**
 * Words of a title naming lookups (folded). A title "Hilfstabellen Personal / BG" alone is no sign: controllers
 * call their side tables so, and they may hold the figures.
 */
const LOOKUP_TITLE = /(^| )(lookups?|nachschlag\w*|sverweis\w*|xverweis\w*|schluesseltabelle)( |$)/;

/** Whether a sheet is a helper sheet by its name or a title naming lookups (its first row's text). */
export function isHelperSheet(sheet: SheetGrid): boolean {
  if (HELPER_SHEET.test(fold(sheet.name))) return true;
  const title = sheet.headingText(sheet.r0);
  return title !== undefined && LOOKUP_TITLE.test(fold(title));
}

/** A low for a candidate on a helper sheet: read in no figure's context (so no rival to one that is). */
export function helperSheetLow(grids: SheetGrid[], c: Candidate): Low | undefined {
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet) return undefined;
  const scratch = !isHelperSheet(sheet) && isScratchSheet(sheet);
  if (!scratch && !isHelperSheet(sheet)) return undefined;
  const at = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
  if (at.row === sheet.r0) return undefined;
  const what = scratch ? "eine Nebenrechnung" : "eine Hilfstabelle für Formeln";
  return { id: "kontext", text: `Das Blatt „${sheet.name}“ ist ${what}, keine Quelle der Kennzahl.` };
}
