// A title naming only the unit of the rows below ("Mittel in Euro", "Beträge in Tsd. €", "Finanzen (EUR)"): it says
// how the next rows are counted, not that a new table starts, so the header over the table above still heads them
// (./groupTitle.ts), as a group title right under the header would. A title with other words ("Weitere Merkmale")
// or a year/role of its own is no such title.
import { fold } from "./normalize";

const MONEY_UNIT = /(^| )(in )?(tsd |tausend |mio |mill )?(euro|eur|€)$/;
// The words a unit title may carry besides its unit: money in general, never a figure or an area of its own.
const MONEY_WORDS = /^(mittel|betraege|betrag|finanzen|finanzmittel|geldmittel|haushaltsmittel|angaben|werte|alle betraege|alle angaben|alle werte|)$/;

export function isMoneyUnitTitle(text: string): boolean {
  const f = fold(text).replace(/[()[\].:]/g, " ").replace(/\s+/g, " ").trim();
  const m = MONEY_UNIT.exec(f);
  if (!m) return false;
  return MONEY_WORDS.test(f.slice(0, m.index).trim());
}
