// In-year monitoring keeps one sheet per month ("Jan", "Februar 2025", "03/2025") beside the programme. A month
// sheet reports that month's actuals and the same month a year before: never the plan nor the previous year's
// figures, even where its heads read "Ist 2025" or "Vorjahresmonat 2024". So a month sheet is no rival to the
// programme's own sheets, and a figure found only there is not sure.
import type { Candidate } from "./candidate";
import type { SheetGrid } from "./grid";
import { fold } from "./normalize";

const MONTH = "(jan(uar)?|feb(ruar)?|maer(z)?|mrz|apr(il)?|mai|jun(i)?|jul(i)?|aug(ust)?|sep(t(ember)?)?|okt(ober)?|nov(ember)?|dez(ember)?)";
const MONTH_SHEET = new RegExp(`^(${MONTH}\\.?( ?'?((19|20)?\\d\\d))?|(0?[1-9]|1[0-2]) ?[ /.-] ?((19|20)?\\d\\d)|(19|20)\\d\\d ?[ /.-] ?(0?[1-9]|1[0-2]))$`);

/** Whether a sheet's name is a month ("Jan", "März 2025", "Mrz.", "01/2025", "2025-01"). */
export function isMonthSheetName(name: string): boolean {
  return MONTH_SHEET.test(fold(name).trim());
}

/** Of one figure's candidates, those on month sheets yield to any elsewhere; alone, they are only low. */
export function withoutMonthSheets(pool: Candidate[], grids: SheetGrid[]): Candidate[] {
  const monthly = (c: Candidate) => isMonthSheetName(grids.find((g) => g.index === c.sheet)?.name ?? "");
  const elsewhere = pool.filter((c) => !monthly(c));
  if (elsewhere.length > 0) return elsewhere;
  return pool.map((c) => ({
    ...c,
    lows: [...c.lows, { id: "kontext", text: `Das Blatt „${grids.find((g) => g.index === c.sheet)?.name}“ ist ein Monatsblatt: es zeigt die Werte eines Monats, nicht die des Plan- oder Vorjahres.` }],
  }));
}
