// "in % EGT", "% vom EGT", "in % des Budgets", "% am Gesamt", "in % v. VWH": a head opening with a percent sign
// followed by the base it is a share of heads a share column, as "Anteil am Budget" does. Beside an amount
// column ("Plan 2025 € | in % EGT") it is no second amount, so the amount column stays the only one.

/** A folded head: "%" (or "in %") first, then the base's words. "+/- %" and "% Veränderung" are changes (read earlier). */
const SHARE_OF_BASE = /^(in )?% (vom |von |v |des |der |am |an |zum |zur )?[a-z]/;

/** Whether a folded column head names a share of a base by a leading percent sign. */
export function isShareOfBaseHead(folded: string): boolean {
  return SHARE_OF_BASE.test(folded);
}
