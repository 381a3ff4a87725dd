// Excel's 1900 date system: serial 1 = 1900-01-01, with Excel's fictitious 1900-02-29 (so serials count
// from 1899-12-30 for every date after February 1900).
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH) / DAY;
}

export function serialToDate(serial: number): Date {
  return new Date(EPOCH + Math.round(serial * DAY));
}

/** A number format that displays a date (d, m, y tokens outside quotes and brackets, not only a time). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) || /(^|[^h:])m{1,5}([^s:]|$)/i.test(bare) && /[dy]/i.test(bare);
}
