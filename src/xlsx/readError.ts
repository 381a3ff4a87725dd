// What every reader of .xlsx shares: the error with a German one-line reason for the user, and the
// limits. Kept apart from ./container.ts (JSZip) so the lean reader (./lean/) loads neither JSZip nor ExcelJS.

/** A file that cannot be checked; `message` is a one-line German reason meant for the user. */
export class WorkbookReadError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "WorkbookReadError";
  }
}

export interface ReadLimits {
  /** Largest total uncompressed size of all parts the archive declares, in bytes. */
  maxUncompressedBytes: number;
  /** Largest number of cells one defined name may cover before it is reported as "too-large" unread. */
  maxNameCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  // Real planning workbooks are a few MB. Sheets and shared strings the names use are inflated (chunk by
  // chunk, ./sliceWorkbook.ts), so the limit bounds the reading time; it also keeps zip bombs out.
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxNameCells: 1_000_000,
};
