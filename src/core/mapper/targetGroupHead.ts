// The programme's Personengruppen as heads ("gesamt | Frauen | Männer | U25 | Alleinerziehende | Ü50"), as a merged
// head over role columns, or as a sheet's name ("Frauen", "Alleinerziehende"): what a controller's reader sees as
// the group of every cell below. A column, block or sheet of another group than the figure's own (U25, AE, Ü50,
// Ausländer, SB, LZA …) holds that group's part of the figure, never the whole — so it is no rival of the total's
// column ("In der Zeile stehen 4 Zahlen") and no place of the total at all.
import { genderHead } from "./genderHead";
import { fold } from "./normalize";
import type { ColumnHeader } from "./roles";

/** A Personengruppe other than gender, by the words that name it alone (folded, points gone). */
const GROUPS: Array<[string, RegExp]> = [
  ["jugendliche", /^(u ?25|unter 25( jahren?)?|juengere|jugendliche|junge menschen|unter 25 jaehrige)$/],
  ["ue50", /^(ue ?50|ueber 50( jahre)?|50 jahre und (aelter|mehr)|ab 50( jahre)?|aeltere|50 plus|50\+)$/],
  ["alleinerziehende", /^(alleinerz|alleinerziehende?|ae)$/],
  ["auslaender", /^(auslaender|auslaenderinnen( und auslaender)?|nichtdeutsche?|nicht deutsche|ausl)$/],
  ["schwerbehinderte", /^(schwerbehinderte?( menschen)?|schwerbeh|sbm|schwbg?)$/],
  ["lzb", /^(lzb|langzeitleistungsbeziehende?|langzeitleistungsbezieher(innen)?)$/],
  ["lza", /^(lza|langzeitarbeitslose?)$/],
  ["migration", /^(migr|migrationshintergrund|mit migrationshintergrund|gefluechtete|fluechtlinge)$/],
  ["reha", /^(reha|rehabilitanden)$/],
];

export type TargetGroup = "total" | "frauen" | "maenner" | string;

/** The same heads are asked for by every row under them: the answers are remembered (bounded). */
const asked = new Map<string, TargetGroup | undefined>();

/** The group a head, merged head or sheet name names by itself ("Frauen", "gesamt", "U25", "Alleinerz."); else undefined. */
export function targetGroupHead(text: string | undefined): TargetGroup | undefined {
  if (text === undefined || text.length > 40) return undefined;
  if (asked.has(text)) return asked.get(text);
  if (asked.size > 20_000) asked.clear();
  const group = groupOfText(text);
  asked.set(text, group);
  return group;
}

function groupOfText(text: string): TargetGroup | undefined {
  const gender = genderHead(text);
  if (gender) return gender;
  const f = fold(text).replace(/[.:]/g, " ").replace(/\b(personengruppe|davon|darunter|dar|anzahl|anteil|in %|%)\b/g, " ").replace(/\s+/g, " ").trim();
  if (/^(gesamt|insgesamt|alle|alle elb|elb gesamt|elb insgesamt|gesamt elb|jc gesamt|summe)$/.test(f)) return "total";
  for (const [id, re] of GROUPS) if (re.test(f)) return id;
  return undefined;
}

/** Whether a contract name is (a part of) that group's figure: KUN_Alleinerziehende of "alleinerziehende", ZIE_LZB of "lzb". */
export function nameOfGroup(name: string, group: TargetGroup): boolean {
  const n = fold(name.replace(/_/g, " "));
  if (group === "total") return !/\b(frauen|maenner)\b/.test(n);
  if (group === "ue50" || group === "lza" || group === "migration" || group === "reha") return false;
  return new RegExp(`\\b${group}\\b`).test(n) || (group === "jugendliche" && /\bjugendliche\b/.test(n));
}

/**
 * The columns of a figure without those headed by another Personengruppe than the figure's own ("U25", "AE",
 * "Ü50" beside "gesamt | Frauen | Männer"): that group's part is never the figure. Gender columns are left to
 * ./genderHead.ts; a column of the figure's own group ("LZB" for the LZB stock) stays.
 */
export function withoutOtherGroupColumns<C extends { header: ColumnHeader | undefined }>(names: Array<string | undefined>, columns: C[]): C[] {
  if (columns.length === 0) return columns;
  // Also a head above a blank row: the group head row heads every block below it that fills its columns.
  const groups = columns.map((c) => targetGroupHead(c.header?.text));
  const other = (g: TargetGroup | undefined) => g !== undefined && g !== "total" && g !== "frauen" && g !== "maenner" && !names.some((n) => n !== undefined && nameOfGroup(n, g));
  if (!groups.some(other)) return columns;
  const kept = columns.filter((_, i) => !other(groups[i]));
  return kept;
}

/** "Personengruppe: alle eLb – Planung 2028", "Zielgruppe: Frauen": a title naming the group of what follows,
 *  read as that group's title (./groupSheets.ts); it labels no figure ("alle eLb" is no eLb count). */
export function groupTitleWords(text: string): string | undefined {
  const m = /^\s*(?:personengruppe|zielgruppe|kundengruppe)\s*:\s*([^–—|()]+?)\s*(?:[–—-]\s*(.*))?$/i.exec(text);
  if (!m || targetGroupHead(m[1]) === undefined) return undefined;
  return m[2] === undefined || /^(planung|plan|ziele?|zielplanung|stand|jahr)?\s*((19|20)\d\d)?$/i.test(m[2].trim()) ? m[1] : undefined;
}
