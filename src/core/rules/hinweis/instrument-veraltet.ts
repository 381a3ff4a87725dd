// hinweis/instrument-veraltet: a text cell of the named ranges uses an outdated legal name (FAV, Arbeitslosengeld
// II, Eingliederungsvereinbarung …). The terms are data (src/core/outdatedTerms.ts); the id is kept from when
// the rule knew only FAV, so settings that set it keep their meaning.
import { CONTRACT } from "../../contract";
import type { MessageData } from "../../messages/render";
import { findOutdatedTerms, OUTDATED_TERMS, type OutdatedTermHit } from "../../outdatedTerms";
import type { Rule, RuleReport } from "../types";

/** Contract names with text cells: single text cells and tables with a text column. */
const TEXT_NAMES = CONTRACT.filter((c) => c.kind === "text" || (c.kind === "table" && c.columns?.some((col) => col.kind === "text"))).map((c) => c.name);

const MONTHS_DE = "1=Januar|2=Februar|3=März|4=April|5=Mai|6=Juni|7=Juli|8=August|9=September|10=Oktober|11=November|12=Dezember";
const MONTHS_EN = "1=January|2=February|3=March|4=April|5=May|6=June|7=July|8=August|9=September|10=October|11=November|12=December";
const SINCE_DE = `seit dem {sinceDay}. {sinceMonth, select, ${MONTHS_DE}} {sinceYear}`;
const SINCE_EN = `since {sinceDay} {sinceMonth, select, ${MONTHS_EN}} {sinceYear}`;

const termList = OUTDATED_TERMS.map((t) => {
  const [y, m, d] = t.since.split("-").map(Number);
  const old = t.kind === "colloquial" ? `umgangssprachlich für ${t.formerly}` : t.kind === "replaced" ? "ersetzt, nicht umbenannt" : "alter Name";
  const added = t.added ? `; neu kam ${t.added} hinzu` : "";
  return `„${t.old}“ (${old}) → „${t.current}“ (${t.basis}, seit ${d}.${m}.${y}, ${t.act}${added})`;
});

function hitData(hit: OutdatedTermHit): MessageData {
  const [year, month, day] = hit.term.since.split("-").map(Number);
  return {
    found: hit.found,
    current: hit.term.current,
    basis: hit.term.basis,
    sinceDay: day,
    sinceMonth: month,
    sinceYear: year,
    ...(hit.term.formerly ? { formerly: hit.term.formerly } : {}),
    ...(hit.term.added ? { added: hit.term.added } : {}),
  };
}

export const hinweisInstrumentVeraltet: Rule = {
  meta: {
    id: "hinweis/instrument-veraltet",
    family: "quer",
    severity: "info",
    title: "Veraltete Bezeichnung",
    titleEn: "Outdated name",
    description: `Jede Textzelle der benannten Bereiche (${TEXT_NAMES.join(", ")}) wird auf veraltete gesetzliche Bezeichnungen durchsucht; die Liste steht als Daten in src/core/outdatedTerms.ts: ${termList.join("; ")}. „Hartz IV“ war nie ein gesetzlicher Name; die Meldung nennt es umgangssprachlich. Die „Förderung von Arbeitsverhältnissen“ wurde nicht umbenannt: das Teilhabechancengesetz hat § 16e SGB II zum 1.1.2019 als „Eingliederung von Langzeitarbeitslosen“ mit neuen Fördervoraussetzungen neu gefasst und § 16i (Teilhabe am Arbeitsmarkt) eingeführt. Ein Hinweis, die Bezeichnung zu aktualisieren, kein Fehler. Die veröffentlichte Tabelle 2024 führt noch die Zeile „Förderung von Arbeitsverhältnissen“ (Ist 0, Plan 0).`,
    names: TEXT_NAMES,
    eachNameAlone: true,
    messages: {
      umbenannt: {
        de: `{name, cell}: {found, quote} heißt ${SINCE_DE} {current, quote} ({basis})`,
        en: `{name, cell}: {found, quote} has been called {current, quote} ({basis}) ${SINCE_EN}`,
      },
      ersetzt: {
        de: `{name, cell}: {found, quote} gibt es ${SINCE_DE} nicht mehr: {basis} wurde als {current, quote} neu gefasst, mit anderen Fördervoraussetzungen, und {added} kam hinzu – keine bloße Umbenennung`,
        en: `{name, cell}: {found, quote} no longer exists ${SINCE_EN}: {basis} was re-enacted as {current, quote} with new eligibility, and {added} was added – not a mere renaming`,
      },
      umgangssprachlich: {
        de: `{name, cell}: {found, quote} ist kein gesetzlicher Name, sondern umgangssprachlich für {formerly, quote}; die Leistung heißt ${SINCE_DE} {current, quote} ({basis})`,
        en: `{name, cell}: {found, quote} is not a legal name but a colloquial word for {formerly, quote}; the benefit has been called {current, quote} ({basis}) ${SINCE_EN}`,
      },
    },
  },
  check(ctx) {
    const reports: RuleReport[] = [];
    const report = (name: string, where: Record<string, string | number>, text: string, cell: string) => {
      for (const hit of findOutdatedTerms(text)) {
        reports.push({
          messageId: { colloquial: "umgangssprachlich", replaced: "ersetzt", renamed: "umbenannt" }[hit.term.kind],
          data: { name, ...where, ...hitData(hit) },
          names: [name],
          cells: [cell],
        });
      }
    };
    for (const c of CONTRACT) {
      if (c.kind === "text") {
        const t = ctx.view.text(c.name);
        if (t) report(c.name, {}, t.value, t.cell);
        continue;
      }
      const table = c.kind === "table" ? ctx.view.table(c.name) : undefined;
      if (!table) continue;
      const textColumns = table.columns.filter((col) => col.kind === "text");
      for (let r = 0; r < table.rows; r++) {
        for (const col of textColumns) {
          const v = table.value(r, col.key);
          if (typeof v !== "string" || !v.trim()) continue;
          const first = table.value(r, table.columns[0].key);
          const label = col.key !== table.columns[0].key && typeof first === "string" ? first.trim() : "";
          report(c.name, { row: r + 1, column: col.key, label }, v, table.cell(r, col.key));
        }
      }
    }
    return reports;
  },
};
