// The rule registry: a plain list of rule modules, in the order of the brief's families. The engine
// runs them, the settings schema knows their ids and parameters, and docs/rules.md is generated from it.
import { abstimmungAnteileDivers } from "./abstimmung/anteile-divers";
import { abstimmungAnteileSumme } from "./abstimmung/anteile-summe";
import { abstimmungEgt } from "./abstimmung/egt";
import { abstimmungEingliederungsbudget } from "./abstimmung/eingliederungsbudget";
import { abstimmungFoeMittel } from "./abstimmung/foe-mittel";
import { abstimmungLzbGeschlechter } from "./abstimmung/lzb-geschlechter";
import { abstimmungVerwaltungshaushalt } from "./abstimmung/verwaltungshaushalt";
import { abstimmungVwt } from "./abstimmung/vwt";
import { abstimmungVzaeKoepfe } from "./abstimmung/vzae-koepfe";
import { abstimmungVzaeSumme } from "./abstimmung/vzae-summe";
import { hinweisInstrumentVeraltet } from "./hinweis/instrument-veraltet";
import { hinweisKfaAnteil } from "./hinweis/kfa-anteil";
import { hinweisKostenJeEintritt } from "./hinweis/kosten-je-eintritt";
import { hinweisUmschichtung } from "./hinweis/umschichtung";
import { hinweisZielImplikation } from "./hinweis/ziel-implikation";
import { hinweisVeraenderungLzbAnteil } from "./hinweis/veraenderung-lzb-anteil";
import { istplanDarunter } from "./istplan/darunter";
import { istplanDarunterSumme } from "./istplan/darunter-summe";
import { istplanDavon } from "./istplan/davon";
import { istplanGesamt } from "./istplan/gesamt";
import { istplanGesamtUeberSumme } from "./istplan/gesamt-ueber-summe";
import { istplanGrosseAenderung } from "./istplan/grosse-aenderung";
import { istplanOhneGesamt } from "./istplan/ohne-gesamt";
import { istplanPlanFehlt } from "./istplan/plan-fehlt";
import { istplanStandorte } from "./istplan/standorte";
import { istplanStruktur } from "./istplan/struktur";
import { namenBereichFehlt } from "./namen/bereich-fehlt";
import { namenBezugFehler } from "./namen/bezug-fehler";
import { namenBlattbezogen } from "./namen/blattbezogen";
import { namenDoppelt } from "./namen/doppelt";
import { namenExtern } from "./namen/extern";
import { namenFehlt } from "./namen/fehlt";
import { namenForm } from "./namen/form";
import { namenJahrKopf } from "./namen/jahr-kopf";
import { namenKeinBereich } from "./namen/kein-bereich";
import { namenKeineBereiche } from "./namen/keine-bereiche";
import { namenNichtLesbar } from "./namen/nicht-lesbar";
import { namenTabelleFortgesetzt } from "./namen/tabelle-fortgesetzt";
import { querEintritteTextTabelle } from "./quer/eintritte-text-tabelle";
import { querElbVorjahr } from "./quer/elb-vorjahr";
import { typenAnteil } from "./typen/anteil";
import { typenAnzahl } from "./typen/anzahl";
import { typenBetrag } from "./typen/betrag";
import { typenDatum } from "./typen/datum";
import { typenEbene } from "./typen/ebene";
import { typenFehlerwert } from "./typen/fehlerwert";
import { typenJahr } from "./typen/jahr";
import { typenProzentEinheit } from "./typen/prozent-einheit";
import { typenLeer } from "./typen/leer";
import { typenZahl } from "./typen/zahl";
import type { Rule } from "./types";
import { verlaufEintritte } from "./verlauf/eintritte";
import { verlaufIqZiel } from "./verlauf/iq-ziel";
import { verlaufLzbZiel } from "./verlauf/lzb-ziel";
import { verlaufMeldestand } from "./verlauf/meldestand";
import { verlaufTypen } from "./verlauf/typen";
import { zieleIqVorjahr } from "./ziele/iq-vorjahr";
import { zieleIqZwischen } from "./ziele/iq-zwischen";
import { zieleLzbVorjahrSumme } from "./ziele/lzb-vorjahr-summe";
import { zieleVeraenderungIq } from "./ziele/veraenderung-iq";
import { zieleVeraenderungLzb } from "./ziele/veraenderung-lzb";
import { zieleWeitereVeraenderung } from "./ziele/weitere-veraenderung";

export type { Rule, RuleContext, RuleMeta, RuleParam, RuleReport } from "./types";

export const RULES: readonly Rule[] = Object.freeze([
  namenKeineBereiche,
  namenBereichFehlt,
  namenFehlt,
  namenBlattbezogen,
  namenBezugFehler,
  namenExtern,
  namenKeinBereich,
  namenNichtLesbar,
  namenForm,
  namenDoppelt,
  namenTabelleFortgesetzt,
  namenJahrKopf,

  typenZahl,
  typenFehlerwert,
  typenLeer,
  typenAnzahl,
  typenBetrag,
  typenAnteil,
  typenDatum,
  typenJahr,
  typenEbene,
  typenProzentEinheit,

  abstimmungVerwaltungshaushalt,
  abstimmungEingliederungsbudget,
  abstimmungVzaeSumme,
  abstimmungVzaeKoepfe,
  abstimmungAnteileSumme,
  abstimmungAnteileDivers,
  abstimmungLzbGeschlechter,
  hinweisKfaAnteil,
  // issue 15: the Gesamtbudget
  abstimmungEgt,
  abstimmungVwt,
  hinweisUmschichtung,
  abstimmungFoeMittel,

  istplanStruktur,
  istplanOhneGesamt,
  istplanGesamt,
  istplanGesamtUeberSumme,
  istplanDarunter,
  istplanDarunterSumme,
  istplanDavon,
  istplanPlanFehlt,
  istplanGrosseAenderung,
  istplanStandorte,
  hinweisInstrumentVeraltet,
  hinweisKostenJeEintritt,

  zieleIqVorjahr,
  zieleVeraenderungIq,
  zieleVeraenderungLzb,
  hinweisVeraenderungLzbAnteil,
  zieleLzbVorjahrSumme,
  zieleIqZwischen,
  hinweisZielImplikation,
  zieleWeitereVeraenderung,

  querElbVorjahr,
  querEintritteTextTabelle,

  // Area Verlauf (monthly tracking sheet, optional): counted in coverage only where MON_ names exist.
  verlaufTypen,
  verlaufMeldestand,
  verlaufIqZiel,
  verlaufLzbZiel,
  verlaufEintritte,
]);

/**
 * The rules a check counts on a workbook without the optional area Verlauf (no MON_ name): the family
 * verlauf is then neither run nor skipped (src/core/coverage.ts).
 */
export const BASE_RULES: readonly Rule[] = RULES.filter((r) => r.meta.family !== "verlauf");

/** A rule by its id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
