// The Kennzahlen of the § 48a SGB II comparisons carry codes: K1, K2 (Integrationsquote), K3 (LZB), and their
// Ergänzungsgrößen K2E1 … K3E4 (the integrations and eLb the IQ is made of, the IQ of single parents, the entry
// rate into LZB, …). A row coded as an Ergänzungsgröße, in a code column left of its label or in the label itself,
// may be an operand (Integrationen, eLb: the contract's previous-year figures) but never the Kennzahl itself, the
// IQ or the LZB stock, however its words read: such an IQ or LZB candidate is no rival to the main figure's row
// and on its own only "zu prüfen".
import { parseCell, splitAddress } from "../address";
import type { Candidate, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** The contract's Kennzahlen themselves (IQ, LZB, with their parts, previous years and changes). */
const KENNZAHL = /^ZIE_(IQ|LZB)(_|$)/;
const SUPPLEMENT_CODE = /(^|[^a-z0-9])(k\s?\d\s?e\s?\d{1,2})([^a-z0-9]|$)/;

/** The Ergänzungsgröße code ("K3E1") of a text, folded; undefined when it carries none. */
export function supplementCode(text: string | undefined): string | undefined {
  const m = text === undefined ? null : SUPPLEMENT_CODE.exec(fold(text));
  return m ? m[2].replace(/\s/g, "").toUpperCase() : undefined;
}

/** The low for a candidate whose label row is coded as an Ergänzungsgröße; undefined otherwise. */
export function supplementLow(grids: readonly SheetGrid[], c: Candidate): Low | undefined {
  if (!KENNZAHL.test(c.name)) return undefined;
  const sheet = grids.find((g) => g.index === c.sheet);
  if (!sheet) return undefined;
  const at = parseCell(splitAddress(c.labelCell).range.replace(/\$/g, "").split(":")[0]);
  const code = supplementCode(c.label) ?? sheet.filledColumns(at.row).filter((col) => col < at.col).map((col) => supplementCode(sheet.ownText(at.row, col))).find((x) => x !== undefined);
  return code ? { id: "kontext", text: `Die Zeile trägt den Code „${code}“, eine Ergänzungsgröße nach § 48a SGB II, nicht die Kennzahl selbst.` } : undefined;
}
