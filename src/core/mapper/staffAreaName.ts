// A staff area's name: "Markt und Integration", "Markt & Integration" (folded: "markt integration"), "M&I",
// "sonstiges operatives/administratives Personal" ("sonst. op. Personal") — the contract's areas of
// PER_VZAE_Bereiche. A reader sees an area there: not the integrations counted as a target, not the whole staff,
// not an instrument of the Förderung table.
import { tokenize } from "./tokens";

const MARKET_AND_INTEGRATION = /(?<!\p{L})markt\s*(?:(?:und|u\.?|&|\+)\s*)?integration(?!\p{L})/giu;
// Its office short forms "M&I", "M+I", "MuI", "M u. I" (folded: "m i"): no "m" for Männer there.
const M_AND_I = /(?<!\p{L})m\s*(?:&|\+|u\.?|und)?\s*i(?!\p{L})/giu;

/** The label with "Markt und Integration" read as the staff-area word it is ("operativ", ./vocabulary.ts). */
export function readStaffAreaName(text: string): string {
  return text.replace(MARKET_AND_INTEGRATION, " operativ ").replace(M_AND_I, " operativ ");
}

/** Whether a label key names a staff area ("sonst. operatives Personal", "SG Markt u. Integration"). */
export function namesStaffArea(key: string): boolean {
  return tokenize(readStaffAreaName(key)).some((t) => t.concepts.includes("personalbereich"));
}
