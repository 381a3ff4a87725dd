// "abzüglich Umschichtung in den Verwaltungshaushalt | 900.000" under the Eingliederungstitel: the deduction word
// is the block's arithmetic (allocation − move = budget), as "+" or "=" are (./addendSign.ts); the row names the
// move itself. Read without it, the label is the Umschichtung's, not one taking something out ("abzgl. BEZ").
// Only before the move's own word: "abzüglich Ausgabereste", "Eingliederungstitel abzgl. Umschichtung" keep it.
const DEDUCTED_MOVE = /^\s*(?:abzgl\.?|abzügl\.?|abzüglich|abzueglich|\.\/\.|minus)\s+(?=(?:(?:der|die|den)\s+)?(?:umschicht|umgeschicht))/iu;

/** The label without a leading deduction word before the reallocation it deducts. */
export function withoutDeductedMoveSign(text: string): string {
  return text.replace(DEDUCTED_MOVE, "");
}
