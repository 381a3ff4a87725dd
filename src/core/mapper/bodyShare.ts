// The municipal staff share named by the body itself: "BA | 72 %" beside "Wissenschaftsstadt Darmstadt | 28 %",
// "Anteil BA-Personal | 69 %" over "Anteil Personal Regionalverband | 31 %". Staff come from the BA and the
// municipal body: the row right beside the BA's share, labelled by no figure, whose share completes the BA's to
// 100 %, is the body's share (PER_Anteil_Kommune). Other rows ("sonstige Träger", "Frauen") are not.
import { parseCell, splitAddress } from "../address";
import { orderOf, type Candidate } from "./candidate";
import { genderHead } from "./genderHead";
import { matchLabel } from "./matchLabel";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

/** Rows of other staff than the municipal body's, or no body at all: a part ("dav. Teilzeitquote"), a rate, a total. */
const NOT_A_BODY = /\b(sonstig\w*|andere\w*|uebrig\w*|dritt\w*|extern\w*|leih\w*|summe|gesamt|insgesamt|total|frauen|maenner)\b|^(dav|davon|dar|darunter|inkl|nachr)\b|quote\b|rate\b/;

const cellOf = (ref: string) => parseCell(splitAddress(ref).range.replace(/\$/g, "").split(":")[0]);

export function bodyShares(grids: SheetGrid[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const ba of candidates) {
    if (ba.name !== "PER_Anteil_BA" || typeof ba.value !== "number" || splitAddress(ba.ref).range.includes(":")) continue;
    const g = grids.find((x) => x.index === ba.sheet);
    if (!g) continue;
    const at = cellOf(ba.ref);
    const label = cellOf(ba.labelCell);
    if (label.row !== at.row) continue;
    const found: Candidate[] = [];
    for (const r of [at.row - 1, at.row + 1]) {
      const text = g.ownText(r, label.col);
      const share = g.number(r, at.col);
      if (text === undefined || share === undefined || share <= 0 || share >= 1 || Math.abs(ba.value + share - 1) > 0.005) continue;
      if (NOT_A_BODY.test(fold(text)) || genderHead(text) !== undefined) continue;
      const m = matchLabel(text);
      if (m.standalone.length > 0 || m.member.length > 0) continue;
      found.push({ name: "PER_Anteil_Kommune", sheet: g.index, ref: g.ref({ row: r, col: at.col }), label: text, labelCell: g.ref({ row: r, col: label.col }), value: share, lows: [], order: orderOf(g.index, r, label.col) });
    }
    // Rows above and below both completing the BA's share: which one is the body's is not clear.
    if (found.length === 1) out.push(found[0]);
  }
  return out;
}
