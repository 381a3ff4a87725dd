// Versions of one sheet kept side by side ("Ziele (Stand Mai)" beside "Ziele (Stand Oktober)", "Haushalt
// 20.05." beside "Haushalt 14.10."): sheets whose names differ only by a date or month are versions of one
// sheet, and the latest is the current one. An earlier version is like an archive copy: never a sure place.
import type { Low } from "./candidate";
import type { SheetGrid } from "./grid";
import { draftNumberOf } from "./draftNumber";
import { fold } from "./normalize";

const MONTHS: ReadonlyArray<RegExp> = [
  /^jan(uar)?$/, /^feb(ruar)?$/, /^(maerz|maer|mrz|mar)$/, /^apr(il)?$/, /^mai$/, /^juni?$/,
  /^juli?$/, /^aug(ust)?$/, /^sep(t|tember)?$/, /^okt(ober)?$/, /^nov(ember)?$/, /^dez(ember)?$/,
];
// Words that only announce the date ("Stand Mai", "Fassung vom 14.10.", "Version Oktober").
const DATE_WORDS = /^(stand|fassung|version|vom|v|aktualisiert|update)$/;

/** The name without its date, and the date as a sortable number (year may be absent: 0). */
export function versionOf(name: string): { base: string; when: number } | undefined {
  const numeric = /(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d\d)?/.exec(name) ?? undefined;
  const iso = /\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/.exec(name) ?? undefined;
  let rest = name;
  let when: number | undefined;
  if (iso) {
    when = Number(iso[1]) * 10_000 + Number(iso[2]) * 100 + Number(iso[3]);
    rest = rest.replace(iso[0], " ");
  } else if (numeric) {
    const y = numeric[3] ? (numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3])) : 0;
    when = y * 10_000 + Number(numeric[2]) * 100 + Number(numeric[1]);
    rest = rest.replace(numeric[0], " ");
  }
  const draft = draftNumberOf(fold(rest));
  const words = (draft?.rest ?? fold(rest)).split(" ").filter(Boolean);
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const month = MONTHS.findIndex((m) => m.test(words[i]));
    if (month >= 0 && when === undefined) {
      const next = words[i + 1];
      const y = next && /^(19|20)?\d\d$/.test(next) ? (next.length === 2 ? 2000 + Number(next) : Number(next)) : 0;
      if (y) i++;
      when = y * 10_000 + (month + 1) * 100;
      continue;
    }
    if (!DATE_WORDS.test(words[i])) kept.push(words[i]);
  }
  // "Version 1" beside "Version 2": the version word is all the name there is, and names the sheet.
  if (kept.length === 0 && draft) kept.push(draft.word);
  if ((when === undefined && !draft) || kept.length === 0) return undefined;
  // A draft number ranks below the date: "Entwurf 2 (November)" is later than "Entwurf 1 (September)" either way.
  return { base: kept.join(" "), when: (when ?? 0) * 100 + (draft?.number ?? 0) };
}

/** Sheets that are an earlier version of another sheet, with the low every proposal there gets. */
export function olderVersions(grids: SheetGrid[]): Map<number, Low> {
  const out = new Map<number, Low>();
  const read = grids.map((g) => ({ g, v: versionOf(g.name) })).filter((x): x is { g: SheetGrid; v: { base: string; when: number } } => x.v !== undefined);
  for (const x of read) {
    const siblings = read.filter((y) => y.v.base === x.v.base);
    // Compare on the month and day only where one of them lacks the year.
    const key = (w: number) => (siblings.some((y) => y.v.when < 1_000_000) ? w % 1_000_000 : w);
    const latest = siblings.reduce((a, b) => (key(b.v.when) > key(a.v.when) ? b : a));
    if (key(latest.v.when) > key(x.v.when)) {
      out.set(x.g.index, { id: "kontext", text: `Blatt „${x.g.name}“ ist eine ältere Fassung von „${latest.g.name}“.` });
    }
  }
  return out;
}
