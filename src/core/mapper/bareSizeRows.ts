// "Personen je BG | Anteil" over "1 | 2 | 3 | 4 und mehr": under a heading that names household sizes by persons,
// a bare count is a size row, its unit said by the heading. Without such a heading a bare number labels nothing.

/** A bare household size (folded label): "1", "2", "5+", "4 und mehr", "6 u. m.". */
export const BARE_SIZE = /^\d{1,2}( ?\+| und mehr| oder mehr| u m| mehr)?$/;
