// "BG mit 2 Personen", "BG 3+ Personen", "Bedarfsgemeinschaften mit drei Personen", "Einpersonen-Bedarfsgemeinschaften": a row
// naming the Bedarfsgemeinschaft together with its size is a household-size row, and rows that say so themselves
// name their table as a heading would ("Bedarfsgemeinschaften nach Größe"). A plain "1 Person" does not: without a
// heading it may count anything. Their shares may carry a "%" unit column between label and value: the unit of
// the one kind of number the table holds, no sign of a key-value list of single figures (./unitColumnBetween.ts).
import type { SheetGrid } from "./grid";

const COUNT = "(\\d{1,2}|eine|ein|einer|zwei|drei|vier|fuenf|sechs)";
const MORE = "( ?\\+| und mehr| oder mehr| u m| u mehr| mehr)?";
const BG = "(bg|bgs|bedarfsgemeinschaft\\w*)";
/**
 * A folded row label naming the BG and its size; also as a sentence whose share it restates ("In 59 % der
 * Bedarfsgemeinschaften lebt eine Person.", read without its number: "in der bedarfsgemeinschaften lebt eine person").
 */
export const BG_WITH_SIZE = new RegExp(
  `^in (den |der )?${BG} (lebt|leben|wohnt|wohnen) (nur )?${COUNT}${MORE} (person(en)?|mitglied\\w*)${MORE}$|^${BG} (mit|aus|von) ${COUNT}${MORE} (person(en)?|pers|mitglied\\w*)${MORE}$|^${BG} ${COUNT}${MORE} ?(person(en)?|pers)${MORE}$|^(ein|zwei|drei|vier|fuenf|mehr)personen ?${BG}$|^(single|einzelpersonen?) ?${BG}$`,
);

/** Whether at least two of the rows' label keys name the BG with its size. */
export function rowsNameBgSizes(keys: ReadonlyArray<string | undefined>): boolean {
  return keys.filter((k) => k !== undefined && BG_WITH_SIZE.test(k)).length >= 2;
}

const PERCENT_UNIT = /^(in )?%$/;

/** Whether every column between label and value is a "%" unit column or empty in the rows `first`..`last`. */
export function onlyPercentUnitsBetween(sheet: SheetGrid, first: number, last: number, labelCol: number, valueCol: number): boolean {
  for (let c = labelCol + 1; c < valueCol; c++) {
    for (let r = first; r <= last; r++) {
      if (sheet.value(r, c) === null) continue;
      const t = sheet.ownText(r, c)?.trim();
      if (t === undefined || !PERCENT_UNIT.test(t)) return false;
    }
  }
  return true;
}
