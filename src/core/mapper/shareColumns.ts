// A table of counts with a share column beside ("Bereich | VZÄ | Anteil", the share of each area in the total): the
// share column shows how the same numbers divide, it is no second column of values. Of the number columns, the
// ones headed by a share word or shown in percent are set aside.
import { COLUMN_WORDS } from "../columnRoles";
import { fold } from "./normalize";

/** The number columns left when the share columns are set aside. */
export function withoutShareColumns(cols: readonly number[], headOf: (col: number) => string | undefined, inPercent: (col: number) => boolean): number[] {
  return cols.filter((c) => {
    const head = headOf(c);
    return !(head !== undefined && COLUMN_WORDS.share.test(fold(head))) && !inPercent(c);
  });
}
