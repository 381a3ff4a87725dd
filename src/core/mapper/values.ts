// Does a found value have the contract's type? A wrong type makes a proposal "low" (the user should look);
// a share or change typed in percent units (16 for 16 %, −2,5 under "Veränderung … in %") keeps the
// proposal and carries a note, since the check recognises and reports it itself (rule typen/prozent-einheit).
import { contractName, STOCK_NAMES, type CellKind } from "../contract";
import { isDateFormat } from "../excelDate";
import { formatNumberDe } from "../format";
import { isPercentFormat, percentReading } from "../percentUnits";
import { isCellError, type CellValue } from "../snapshot";
import type { ReasonId } from "./types";
import { fold, isYearNumber } from "./normalize";
import { scalesByThousands } from "./scaledFormat";

/** Averages (Bestand, JDW) may be fractional: exactly the contract's names of kind "stock". */
export const FRACTIONAL_COUNTS: ReadonlySet<string> = STOCK_NAMES;

export type Judgement = { ok: true; noteId?: ReasonId; note?: string } | { ok: false; id: ReasonId; text: string };

const NUMBER_AS_TEXT = /^[+\-−]?\s*(\d{1,3}([.\s]\d{3})+|\d+)(,\d+)?\s*(%|€)?$/;
const DATE_AS_TEXT = /^\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})$/;

/** A number format showing euros ("#,##0 €", "[$€-407]", "EUR"). */
const CURRENCY_FORMAT = /€|\[\$eur|"eur"|\beur\b/i;

/** A label or format saying the amount is in thousands or millions ("in T€", "Tsd. EUR", `#,##0,` ). */
const THOUSANDS = /\b(t ?€|teur|tsd|tausend|mio|millionen)\b|t€|,"?\s*"?$|0,(?=[^0#]|$)/i;

const show = (v: number) => formatNumberDe(v, Number.isInteger(v) ? 0 : Math.min(4, String(v).split(".")[1]?.length ?? 0));

/** Whether a text cell looks like a figure (a candidate value, of the wrong type). */
export function looksNumeric(text: string): boolean {
  const t = text.trim();
  return NUMBER_AS_TEXT.test(t) || DATE_AS_TEXT.test(t);
}

function percentUnits(v: number): Judgement {
  const pct = formatNumberDe(v, Math.min(2, String(Math.abs(v)).split(".")[1]?.length ?? 0));
  return {
    ok: true,
    noteId: "prozent-einheit",
    note: `Der Wert ${show(v)} ist in Prozent eingetragen (gemeint ${pct} %, als Anteil ${formatNumberDe(v / 100, 4)}); die Prüfung meldet das und rechnet mit ${formatNumberDe(v / 100, 4)}.`,
  };
}

/** A small value under a "%" header without a percent format: the header alone does not decide (issue 10 §2). */
function ambiguousPercent(v: number): Judgement {
  return {
    ok: true,
    noteId: "prozent-einheit",
    note: `Der Wert ${show(v)} steht unter „%“, ist aber nicht als Prozent formatiert: gemeint ${show(v)} % oder ${show(v * 100)} %? Die Prüfung rechnet mit ${show(v)} % nur, wenn die Nachbarzellen derselben Spalte eindeutig in Prozent stehen, sonst mit ${show(v * 100)} %; eindeutig wird es im Prozentformat.`,
  };
}

/** Words of a head count: "Köpfe", "Anzahl", "Kopfzahl", "Personen", "Beschäftigte", "Mitarbeitende". */
const COUNTS_HEADS = /\b(koepfe|kopfzahl|anzahl|personen|beschaeftigte\w*|mitarbeitende\w*|mitarbeiter\w*|headcount)\b/;

/** Judge value `v` (number format `format`) for contract name `name`; `percentHint`: the label or header says "%". */
export function judgeValue(name: string, v: CellValue, format: string, percentHint: boolean, labelText = ""): Judgement {
  const kind = (contractName(name)?.kind ?? "text") as CellKind | "table";
  if (isCellError(v)) return { ok: false, id: "typ", text: `Die Zelle zeigt den Fehler ${v.error}.` };
  if (kind === "text") {
    return typeof v === "string" && v.trim() !== "" ? { ok: true } : { ok: false, id: "typ", text: "Der Wert ist kein Text." };
  }
  if (typeof v === "string") {
    if (kind === "date" && DATE_AS_TEXT.test(v.trim())) {
      return { ok: false, id: "typ", text: `Das Datum „${v.trim()}“ ist Text, kein Excel-Datum.` };
    }
    return { ok: false, id: "typ", text: `Der Wert „${v.trim()}“ ist Text, keine Zahl.` };
  }
  if (typeof v !== "number" || !Number.isFinite(v)) return { ok: false, id: "typ", text: "Der Wert ist keine Zahl." };
  const pctFormat = isPercentFormat(format);
  switch (kind) {
    case "year":
      return isYearNumber(v) && !isDateFormat(format)
        ? { ok: true }
        : { ok: false, id: "typ", text: `${show(v)} ist keine Jahreszahl.` };
    case "date":
      return isDateFormat(format) && v >= 32_874 && v <= 73_051
        ? { ok: true }
        : { ok: false, id: "typ", text: "Die Zelle enthält kein Datum (kein Datumsformat)." };
    case "money":
    case "moneySigned": {
      if (pctFormat) return { ok: false, id: "typ", text: "Ein Eurobetrag ist als Prozent formatiert." };
      // A scaling comma in the format shows euros in thousands: the value itself is in euros (./scaledFormat.ts).
      if (!scalesByThousands(format) && (THOUSANDS.test(labelText) || THOUSANDS.test(format))) {
        return { ok: false, id: "typ", text: "Der Betrag steht in Tausend (oder Millionen) Euro; der Vertrag erwartet Euro." };
      }
      // A money amount below one euro (but not 0) is no budget figure; moneySigned may be negative (Umschichtung).
      const size = kind === "moneySigned" ? Math.abs(v) : v;
      return size >= 1 || v === 0 ? { ok: true } : { ok: false, id: "typ", text: `${show(v)} ist kein Eurobetrag.` };
    }
    case "count":
    case "stock":
      if (pctFormat) return { ok: false, id: "typ", text: "Eine Anzahl ist als Prozent formatiert." };
      // "Personalkosten 2025 (€)" beside the head counts: a euro amount counts no people.
      if (CURRENCY_FORMAT.test(format)) return { ok: false, id: "typ", text: "Eine Anzahl ist als Eurobetrag formatiert." };
      if (v < 0) return { ok: false, id: "typ", text: `Die Anzahl ${show(v)} ist negativ.` };
      if (!Number.isInteger(v) && kind !== "stock") return { ok: false, id: "typ", text: `Die Anzahl ${show(v)} ist keine ganze Zahl.` };
      return { ok: true };
    case "vzae":
      if (pctFormat) return { ok: false, id: "typ", text: "VZÄ sind als Prozent formatiert." };
      return v >= 0 ? { ok: true } : { ok: false, id: "typ", text: `${show(v)} VZÄ sind negativ.` };
    case "share": {
      // "BA-Beschäftigte (Köpfe) | 72": a label counting people names a head count, not a share (unless in %).
      if (!pctFormat && !percentHint && COUNTS_HEADS.test(fold(labelText)) && !/\b(anteil\w*|quote)\b|%/.test(fold(labelText))) {
        return { ok: false, id: "typ", text: `${show(v)} ist eine Kopfzahl, kein Anteil.` };
      }
      // The criterion is the check's (src/core/percentUnits.ts), so proposal note and finding agree.
      const reading = percentReading("share", v, format);
      if (reading === "percent") return percentUnits(v);
      if (reading !== "invalid") return { ok: true };
      return { ok: false, id: "typ", text: pctFormat ? `${show(v * 100)} % ist kein Anteil zwischen 0 und 100 %.` : `${show(v)} ist kein Anteil.` };
    }
    case "change": {
      if (pctFormat) return Math.abs(v) <= 10 ? { ok: true } : { ok: false, id: "typ", text: `${show(v * 100)} % ist keine plausible Veränderung.` };
      const reading = percentReading("change", v, format);
      if (reading === "percent") return percentUnits(v);
      if (reading === "ambiguous" && percentHint) return ambiguousPercent(v);
      if (reading !== "invalid") return { ok: true };
      return { ok: false, id: "typ", text: `${show(v)} ist keine plausible Veränderung.` };
    }
    default:
      return { ok: true };
  }
}
