// "HR" and "Hr." that do not abbreviate Hochrechnung: "HR_Personal", "HR-Abteilung" (human resources, beside a
// staff word) and "Hr. Demmler" (Herr, before a name). Read as a forecast they would put a staff sheet or a
// note's section outside the programme's years (./columnRoles.ts reads "HR 2024" as Hochrechnung 2024).

const STAFF_HR = /\bHR(?=[\s_\-/]*(personal|stellen|mitarbeit|abteilung|team|bereich|service|verwaltung))/gi;
const MISTER = /\bHr\.\s*(?=[A-ZÄÖÜ][a-zäöüß])/g;

/** The text with such "HR"/"Hr." taken out (a mister's title becomes "Herr"). */
export function withoutNonForecastHr(raw: string): string {
  if (!/hr/i.test(raw)) return raw;
  return raw.replace(MISTER, "Herr ").replace(STAFF_HR, " ");
}
