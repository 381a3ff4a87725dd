// The German month names as labels and cells write them before folding ("Okt.", "März", "Maerz"): one alternation
// for the readers of dates in a label or cell (decreeDate.ts, planningDate.ts, typedNumbers.ts). Use with the "i"
// flag; what follows the name ("Oktober", "Okt.") is each reader's own.
export const MONTH_NAME = String.raw`(?:jan|feb|m(?:ä|ae)r|apr|mai|jun|jul|aug|sep|okt|nov|dez)`;
