// A wide export for a BI tool: one head row of field names ("VH_Gesamt_EUR | IQ_Maenner | … | SGB2_Quote"),
// value rows whose first cell names role and year ("Plan 2025", "Ist 2024"). Such an export carries many fields
// the contract does not know (Bedarfsgemeinschaften, SGB-II-Quote, Stellenzugang), so the transposed reader's rule
// "every head names a figure" cannot hold there; a head row naming many figures, most of its heads, still is one.
const WIDE_FIGURES = 8;

/** Whether a head row with `figures` of its `heads` naming one figure each is a head row of figures. */
export function isFigureHeadRow(figures: number, heads: number): boolean {
  if (figures >= 2 && figures >= heads - 1) return true;
  return figures >= WIDE_FIGURES && figures * 3 >= heads * 2;
}
