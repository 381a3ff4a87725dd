import { describeHeldOutSet } from "../helpers/heldOut";
import { HELD_OUT_48 } from "../fixtures/heldOut48";

// Measured once (npx tsx with measure() from scripts/mapping-share.ts), see the fixture's header.
const FLOORS: Record<string, [number, number]> = {
  "ho48-oberhavel-fassungen": [8, 37],
  "ho48-wesermarsch-altneu": [14, 32],
  "ho48-hagenow-zweijahre": [10, 37],
  "ho48-ostallgaeu-zielvereinbarung": [35, 44],
  "ho48-soest-versionen": [12, 27],
  "ho48-wittenberge-nachsteuerung": [29, 38],
};

const KNOWN_WRONG: Record<string, string[]> = {
  // "Erstentwurf vom" (B5) taken for the Stand; the valid date is "Fassung nach Zielvereinbarung, Stand" (B6).
  "ho48-oberhavel-fassungen": ["AIP_Stand Deckblatt!$B$5"],
};

describeHeldOutSet(HELD_OUT_48, FLOORS, KNOWN_WRONG);
