// Doubts a single figure's label raises by itself ("lows", ./candidate.ts): an ambiguous label outside its area,
// words of other figures, a subtotal or a value given for information. Split from ./findCells.ts; ./cellCandidates.ts
// adds them to each candidate of the label.
import { AREAS } from "../areas";
import type { Claims, Low } from "./candidate";
import type { SheetGrid } from "./grid";
import type { LabelSpec } from "./labels";
import { SURE_SCORE, type Score } from "./match";
import { fold } from "./normalize";
import { blockHeadArea } from "./blockHeadArea";
import { cornerLeftArea } from "./cornerLeftArea";
import { labelNamesArea } from "./labelArea";
import { BLOCK_OVER_SHEET_ROWS, blockArea } from "./blockArea";
import { matchAt } from "./labelCells";
import { identifierNamespace } from "./identifierWords";
import { keyDescription } from "./keyDescription";

/** The label or, in a settings list, the key's description ("anteilBa | … | Personal BA") names the area (./keyDescription.ts). */
function namesArea(area: NonNullable<LabelSpec["context"]>, label: string, sheet: SheetGrid, row: number, col: number): boolean {
  if (labelNamesArea(area, label)) return true;
  const d = keyDescription(sheet, row, col);
  return d !== undefined && labelNamesArea(area, d);
}

/** A label that names a figure only within an area (a context twin), standing outside that area: only "low". */
export function lowFor(spec: LabelSpec, sheet: SheetGrid, row: number, col: number, claims: Claims, label: string): Low[] {
  if (!spec.context) return [];
  // "kundenElbJdw2024": the identifier's namespace names the area as a section title would (./identifierWords.ts).
  if (identifierNamespace(label) === spec.context) return [];
  const area = sheet.areaAt(row, col) ?? blockArea(sheet, row, col, claims, (r) => matchAt(sheet, r, col).standalone);
  // No area around it: a label naming its population ("… am Personal") says the area itself (./labelArea.ts).
  if (area === spec.context || (area === undefined && namesArea(spec.context, label, sheet, row, col)) || blockHeadArea(sheet, row, col, true) === spec.context || cornerLeftArea(sheet, row, col) === spec.context) return [];
  // Label and block agree against the sheet's area ("Anteil Personal BA" in a staff block of a sheet "HH-Plan").
  if (labelNamesArea(spec.context, label) && blockArea(sheet, row, col, claims, (r) => matchAt(sheet, r, col).standalone, BLOCK_OVER_SHEET_ROWS) === spec.context) return [];
  const title = area ? AREAS.find((a) => a.id === area)?.titleDe ?? area : undefined;
  const where = title ? `steht im Bereich „${title}“` : "steht auf einem Blatt ohne erkennbaren Bereich";
  return [{ id: "kontext", text: `Die Beschriftung ist allein nicht eindeutig und ${where} (Blatt „${sheet.name}“).`, weakLabel: true, ...(area ? { area } : {}) }];
}

/** A label that matches with words of other figures or several unknown words is only "low". */
export function wordingLows(score: Score | undefined): Low[] {
  if (!score || (score.score >= SURE_SCORE && score.foreign.length === 0)) return [];
  const words = [...score.foreign, ...score.unknown].map((w) => `„${w}“`).join(", ");
  return [{ id: "beschriftung", text: `Die Beschriftung enthält Wörter, die nicht zu dieser Kennzahl gehören (${words}).` }];
}

/**
 * A subtotal ("Zwischensumme Bundesmittel") or a figure given for information ("nachrichtlich: Gesamtbudget")
 * is weaker evidence than a plain label: a rival of the same figure with its own label wins, and alone it is low.
 */
const ASIDE = /^(zwischensumme|zwischenergebnis|teilsumme|nachrichtlich|nachr|informativ|zur information|nur zur information|nachrichtl)\b/;
export function asideLows(label: string): Low[] {
  return ASIDE.test(fold(label)) ? [{ id: "kontext", text: "Die Beschriftung nennt eine Zwischensumme oder einen nachrichtlichen Wert, nicht die Kennzahl selbst." }] : [];
}
