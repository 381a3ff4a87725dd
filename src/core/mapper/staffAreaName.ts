// A staff area's name: "Markt und Integration", "Markt & Integration" (folded: "markt integration"), "sonstiges
// operatives/administratives Personal" — the contract's areas of PER_VZAE_Bereiche. A reader sees an area there:
// not the integrations counted as a target, not the whole staff, not an instrument of the Förderung table.
import { tokenize } from "./tokens";

const MARKET_AND_INTEGRATION = /(?<!\p{L})markt\s*(?:(?:und|u\.?|&|\+)\s*)?integration(?!\p{L})/giu;

/** The label with "Markt und Integration" read as the staff-area word it is ("operativ", ./vocabulary.ts). */
export function readStaffAreaName(text: string): string {
  return text.replace(MARKET_AND_INTEGRATION, " operativ ");
}

/** Whether a label key names a staff area ("sonst. operatives Personal", "SG Markt u. Integration"). */
export function namesStaffArea(key: string): boolean {
  return tokenize(readStaffAreaName(key)).some((t) => t.concepts.includes("personalbereich"));
}
