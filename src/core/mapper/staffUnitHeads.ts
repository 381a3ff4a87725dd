// "Bereich | VZÄ Plan 2025 | VZÄ Ist 31.12.2024", "VZÄ 2023 | VZÄ 2024": Ist and Plan heads that both name staff
// in VZÄ or posts head a staff table by area, never the Förderung table (which counts entries and money).
import { COLUMN_WORDS } from "../columnRoles";
import { fold } from "./normalize";

/** Whether both heads of an Ist/Plan pair name staff capacity (VZÄ, Vollzeitäquivalente, Stellen). */
export function staffUnitPair(istHead: string | undefined, planHead: string | undefined): boolean {
  return [istHead, planHead].every((h) => h !== undefined && COLUMN_WORDS.vzae.test(fold(h)));
}
