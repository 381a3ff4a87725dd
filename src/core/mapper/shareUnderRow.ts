// "davon Langzeitleistungsbezieher | 2.210" over "in % der eLb | 52,2 %": a row whose label names only a share's
// base ("in % der eLb", "Anteil an eLb", "% aller eLb") states the share of the row above it, as "Anteil
// Langzeitleistungsbezieher an eLb" would. Read together with the label above; taken only when that names one share.
import { contractName } from "../contract";
import type { SheetGrid } from "./grid";
import { matchLabel, type LabelMatch } from "./matchLabel";
import { fold } from "./normalize";

const BASE_ONLY = /^(in )?(%|prozent|anteil|quote) (an|am|der|des|von|v|aller|allen|den|vom|bezogen auf) /;

const isShare = (m: LabelMatch) =>
  m.standalone.length === 1 && Object.values(m.standalone[0].names).every((n) => n !== undefined && contractName(n)?.kind === "share");

/** The label read with the row above when it names only a share's base; undefined otherwise. */
export function shareUnderRowMatch(sheet: SheetGrid, row: number, col: number): LabelMatch | undefined {
  const own = sheet.ownText(row, col);
  if (own === undefined || !BASE_ONLY.test(`${fold(own)} `) || row - 1 < sheet.r0) return undefined;
  const above = sheet.ownText(row - 1, col);
  if (above === undefined || matchLabel(above).standalone.length === 0) return undefined;
  const m = matchLabel(`${above} ${own}`);
  return isShare(m) ? m : undefined;
}
