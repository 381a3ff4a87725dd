// A number format that scales the value it shows: a comma right after the last digit placeholder ("#,##0,"
// shows thousands, "0.0,," millions, "#,##0.0, \"T€\"" thousands with a unit). The cell still holds the full
// amount in euros; only the display is in thousands. A value typed in thousands under a "T€" label or with a
// plain text unit ("#,##0 \"T€\"") has no such comma: that value is in thousands.

/** The sections of a number format (positive;negative;zero;text) without quoted text and escapes. */
function sections(format: string): string[] {
  return format
    .replace(/"[^"]*"/g, " ")
    .replace(/\\./g, " ")
    .replace(/\[[^\]]*\]/g, "")
    .split(";");
}

/** Whether the format's first section divides the shown value by 1.000 (or 1.000.000) through a scaling comma. */
export function scalesByThousands(format: string): boolean {
  const first = sections(format)[0] ?? "";
  return /[0#?](\.[0#?]*)?,+(?![0#?])/.test(first);
}
