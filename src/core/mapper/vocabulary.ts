// The concept vocabulary: which words (stems, compounds parts, office abbreviations) carry which concept.
// One file for all of them, so a new wording is a new word here, not a new pattern per figure. Stems
// match a word's beginning (inflections "arbeitslos|e|en|er" and compound parts "Ausländer|anteil" are
// found by ./tokens.ts); `words` match a whole token only (short abbreviations such as "IQ", "MA", "w").
// A form may carry several concepts: "VWH" is verwaltung + haushalt, "Langzeitleistungsbezieher" is lzb.
// docs/mapping.md lists this vocabulary (generated, ./labelsDoc.ts).

export interface ConceptDef {
  id: string;
  /** German gloss for the docs. */
  de: string;
  /** Word beginnings (folded: ä → ae, ß → ss), also as parts of compounds. */
  stems?: string[];
  /** Whole tokens only (abbreviations). */
  words?: string[];
  /** Filler and role words never count against a label (Anzahl, gesamt, Vorjahr, in %, davon …). */
  filler?: boolean;
  /** Abbreviations read when cut with a period, or beside a figure's word ("Fr." = Frauen; "Fr" alone may be Freitag). */
  cut?: string[];
  /** A qualifier that takes something out of a figure ("ohne BEZ", "Rest", "Folgejahr"): always against a label. */
  excludes?: boolean;
}

export const CONCEPTS: readonly ConceptDef[] = [
  // Eckdaten
  // "Behörde: | Jobcenter X": the authority filling in the form, as a whole word only (never "Ausländerbehörde").
  { id: "jobcenter", de: "Jobcenter", stems: ["jobcenter", "dienststelle"], words: ["jc", "behoerde"] },
  { id: "gemeinsam", de: "gemeinsame (Einrichtung)", stems: ["gemeinsam", "einrichtung"] },
  { id: "name", de: "Name", stems: ["name", "bezeichnung"] },
  { id: "planjahr", de: "Planjahr", stems: ["planjahr", "planungsjahr", "programmjahr", "haushaltsjahr", "zielvereinbarungsjahr"] },
  { id: "jahr", de: "Jahr", stems: ["jahr", "berichtsjahr"] },
  // The Jobcenter's programme under its older name ("Eingliederungsprogramm für das Jahr") is the programme, not a budget.
  { id: "programm", de: "Programm", stems: ["programm", "integrationsprogramm", "arbeitsmarktprogramm", "eingliederungsprogramm"], words: ["aip"] },
  { id: "stand", de: "Stand/Datum/Fassung", stems: ["stand", "datum", "stichtag", "erstellt", "fassung", "aufgestellt"] },
  // The previous year's figures as the subject of a date or status ("Stand der Ist-Werte", "Status Vorjahreswerte");
  // the "Basiswerte" the targets are computed from are the same figures ("Stand der Basiswerte", "Status Basis").
  { id: "istwerte", de: "Ist-Werte/Vorjahreswerte", stems: ["istwert", "istdaten", "istzahl", "vorjahreswert", "vorjahresdaten", "vorjahreszahl", "ausgangswert", "vjwert", "vjdaten", "vjzahl", "basiswert", "basisdaten", "basiszahl", "prognosewert", "hochrechnungswert"], words: ["basis"] },
  // The BA statistics the Ist figures come from: "Datenstand BA-Statistik" dates them.
  { id: "statistik", de: "Statistik", stems: ["statistik"] },
  { id: "datenstand", de: "Datenstand (Stand der Daten)", stems: ["datenstand"] },
  { id: "status", de: "Status", stems: ["status"] },

  // Haushalt
  { id: "verwaltung", de: "Verwaltung", stems: ["verwaltung", "gesamtverwaltung"], words: ["vw", "verw"] },
  // "Geld für Verwaltung": plain money as a whole word only (never "Einstiegsgeld", "Bürgergeld").
  { id: "haushalt", de: "Haushalt/Budget/Mittel/Kosten/Titel", stems: ["haushalt", "budget", "kosten", "mittel", "etat", "titel"], words: ["geld"] },
  { id: "eingliederung", de: "Eingliederung", stems: ["eingliederung"], words: ["eingl"] },
  { id: "einglmv", de: "Eingliederungsmittel-Verordnung", stems: ["eingliederungsmittelverordnung", "einglmv", "emvo"], words: ["emv", "einglmvo"] },
  { id: "verordnung", de: "Verordnung", stems: ["verordnung"], words: ["vo", "mv"] },
  { id: "bund", de: "Bund", stems: ["bund"] },
  { id: "umschichtung", de: "Umschichtung", stems: ["umschicht", "umschichtung", "umgeschicht"] },
  { id: "kommunal", de: "Kommune/kommunal/Landkreis", stems: ["kommunal", "kommun", "landratsamt", "landkreis", "kreis", "stadt", "staedtisch", "kreiseigen", "stadteigen"], words: ["lra", "komm"] },
  { id: "finanzierung", de: "(Ko-)Finanzierung", stems: ["finanzierung", "kofinanzierung", "finanzierungsanteil"] },
  // The Gesamtbudget (§ 46 Abs. 1 SGB II) is the Eingliederungs- and Verwaltungstitel together: a label naming it
  // names the whole of both titles (or, with a title word, that title's total), never a part of either.
  { id: "gesamtbudget", de: "Gesamtbudget (EGT und VWT zusammen)" },
  { id: "vorbindung", de: "Vorbindung/Bindung/Vorbelastung", stems: ["vorbindung", "verbinderung", "vorbelastung", "bindung", "gebunden", "festlegung"] },
  { id: "neu", de: "neu", stems: ["neu"] },
  { id: "bewilligung", de: "Bewilligung/Zusage", stems: ["bewilligung", "neubewilligung", "bewilligbar", "bewilligen", "zusage", "neuzusage"] },
  { id: "zuteilung", de: "Zuteilung/Zuweisung/Schätz-/Orientierungswert", stems: ["zuteilung", "zuweisung", "mittelzuweisung", "schaetzwert", "orientierungswert", "zugeteilt", "zugewiesen"] },
  { id: "bez", de: "Bundesentlastungszuschuss (BEZ)", stems: ["bundesentlastungszuschuss"], words: ["bez"] },
  // "VB" is the office abbreviation of Vorbindungen in the budget's row group ("dav. VB aus VJ" under the
  // Eingliederungsbudget) and of the Vermittlungsbudget among instruments: read as Vorbindungen only there (./labels.ts).
  { id: "nb", de: "NB: Neubewilligungen (in der Zeilengruppe des Eingliederungsbudgets)", words: ["nb"] },
  { id: "ae", de: "AE: Alleinerziehende (unter den Kundenzahlen)", words: ["ae"] },
  { id: "vb", de: "VB: Vorbindungen (in der Zeilengruppe des Eingliederungsbudgets), sonst Vermittlungsbudget", words: ["vb"] },
  // A spell checker turns the rare "Vorbindungen" into "Verbindungen": only in the Eingliederungsbudget's row group.
  { id: "verbindung", de: "Verbindungen: in der Zeilengruppe des Eingliederungsbudgets die Vorbindungen (Rechtschreibkorrektur)", stems: ["verbindung"] },

  // Personal
  { id: "beschaeftigte", de: "Beschäftigte/Mitarbeitende/Köpfe", stems: ["beschaeftigt", "gesamtbeschaeftigt", "mitarbeit", "koepfe", "kopf", "personalbestand", "bedienstet"], words: ["ma"] },
  { id: "personal", de: "Personal", stems: ["personal"] },
  // "sonstiges operatives Personal", "administratives Personal": a staff area of the VZÄ table, never the whole staff.
  // So is the "Leistungsgewährung" (the benefits' staff area, "Leistung" in the contract's table): no VZÄ total.
  { id: "personalbereich", de: "operatives/administratives (Personal), Leistungsgewährung: ein Bereich des Personals", stems: ["operativ", "administrativ", "leistungsgewaehrung"], words: ["op", "adm"] },
  { id: "vzae", de: "Vollzeitäquivalente (VZÄ)", stems: ["vollzeitaequivalent", "vzae", "vollzeitstelle", "vollzeitkraft", "vollzeitkraefte", "personalkapazitaet", "stelle", "planstelle"], words: ["vza", "vz"] },
  { id: "ba", de: "Bundesagentur für Arbeit (BA)", stems: ["bundesagentur", "agentur"], words: ["ba", "aa"] },
  // "Fr." is Frauen in a row label ("IQ Fr.", "LZB Fr."; without the period only beside a figure's word, ./tokens.ts):
  // "Fr" alone (Freitag in a weekday head) is not read, and a "Fr. Müller" holds no number of a Frauen figure.
  // "weibl"/"männl" cut without their period, as in column names of Excel tables ("Anteil_weibl", "Anteil_maennl").
  { id: "frauen", de: "Frauen/weiblich (auch „Fr.“, „weibl“)", stems: ["frau", "weiblich", "mitarbeiterin"], words: ["w", "weibl"], cut: ["fr"] },
  { id: "maenner", de: "Männer/männlich (auch „männl“)", stems: ["maenn", "mann"], words: ["m", "maennl"] },
  { id: "anteil", de: "Anteil/Quote", stems: ["anteil", "quote", "personalanteil"] },
  { id: "prozent", de: "%/Prozent/v. H. (auch als Zahlenformat; „VH gesamt“, „Summe VH“ ohne Anteilswort: Verwaltungshaushalt)", filler: true, stems: ["prozent"], words: ["%", "vh"] },
  { id: "bereich", de: "Bereich/Sachgebiet/Abteilung", stems: ["bereich", "fachbereich", "organisationseinheit", "sachgebiet", "abteilung"] },

  // Förderung
  { id: "eintritt", de: "Eintritte/Förderungen", stems: ["eintritt", "foerderung", "foerderfall", "foerderfaelle", "zugang", "zugaenge"] },
  { id: "plan", de: "Plan/geplant/Planung", stems: ["plan", "geplant", "planung"] },
  { id: "text", de: "laut Text(teil)", stems: ["text", "textteil"] },
  { id: "aufstellung", de: "Aufstellung", stems: ["aufstellung"] },
  // "AIP-Entwurf vom": the programme's draft, dated as the programme is (never a date word alone).
  { id: "entwurf", de: "Entwurf", stems: ["entwurf"] },

  // Ziele und Kunden
  { id: "integration", de: "Integrationen", stems: ["integration"] },
  // "Integrationsgrad": the Agentur's word for the integration rate (integrations per customer), the IQ in SGB II.
  { id: "iq", de: "Integrationsquote (IQ, K2; Agentur: Integrationsgrad)", stems: ["integrationsquote", "integrationsgrad"], words: ["iq", "k2"] },
  // The non-employable benefit recipients (NEF) are no eLb: "nicht Erwerbsfähige" is read as one word (./populationWords.ts).
  { id: "nef", de: "nicht erwerbsfähige Leistungsberechtigte (NEF), keine eLb", stems: ["nichterwerbsfaehig"], words: ["nef"] },
  { id: "elb", de: "erwerbsfähige Leistungsberechtigte (eLb)", stems: ["erwerbsfaehig", "leistungsberechtigt"], words: ["elb", "elbs"] },
  { id: "lzb", de: "Langzeitleistungsbeziehende (LZB, K3)", stems: ["langzeitleistungsbez", "langzeitbezieh"], words: ["lzb", "lzlb", "k3"] },
  { id: "lza", de: "Langzeitarbeitslose (LZA), kein LZB", stems: ["langzeitarbeitslos"], words: ["lza", "lzalo"] },
  { id: "arbeitslos", de: "Arbeitslose (Alo)", stems: ["arbeitslos", "erwerbslos"], words: ["alo"] },
  { id: "auslaender", de: "Ausländer/ausländisch/nichtdeutsch", stems: ["auslaend", "nichtdeutsch", "nicht deutsch", "migrant"] },
  { id: "jugendliche", de: "Jugendliche/Jüngere/U25", stems: ["jugendlich", "juenger", "jung"], words: ["u25", "u 25"] },
  // Further Personengruppen of the targets ("IQ Ü50", "LZB 50 Jahre und älter", "Integrationen Schwerbehinderte"):
  // another group's figure, never the total's (./labels.ts GROUPS).
  { id: "aeltere", de: "Ältere/Ü50", stems: ["aelter"], words: ["ue50", "ue55", "50plus"] },
  { id: "schwerbehindert", de: "Schwerbehinderte", stems: ["schwerbehindert", "schwerbehinderung"] },
  { id: "mensch", de: "Menschen/Personen", stems: ["mensch"] },
  { id: "alleinerziehend", de: "Alleinerziehende", stems: ["alleinerziehend"] },
  { id: "bg", de: "Bedarfsgemeinschaft", stems: ["bedarfsgemeinschaft"], words: ["bg", "bgs"] },
  { id: "kunde", de: "Kunden", stems: ["kunde", "kundenbestand"] },
  // Names the customer structure as an area ("Strukturdaten", "Struktur SGB II"); no figure's own word.
  { id: "struktur", de: "Struktur(daten)", stems: ["struktur", "strukturdaten"] },
  { id: "buergergeld", de: "Bürgergeld/SGB II/Alg II (Rechtskreis)", stems: ["buergergeld", "leistungsbezug", "bezug", "rechtskreis"], words: ["sgb", "alg", "ii"] },
  // Words of a figure's definition, which long explanatory labels spell out ("Integrationsquote (Summe der
  // Integrationen im Verhältnis zum eLb-Bestand)", "Integrationen in Erwerbstätigkeit, Ausbildung und selbständige
  // Tätigkeit", "ausländischer Staatsangehöriger"): the figures they define list them as optional.
  { id: "verhaeltnis", de: "Verhältnis/bezogen auf (eine Quote)", stems: ["verhaeltnis", "relation", "bezogen"] },
  { id: "integrationsziel", de: "Erwerbstätigkeit/Ausbildung/Selbständigkeit (wohin integriert wird)", stems: ["erwerbstaetig", "ausbildung", "selbstaendig", "selbststaendig", "taetigkeit"] },
  { id: "staatsangehoerig", de: "Staatsangehörige/Staatsangehörigkeit", stems: ["staatsangehoerig", "nationalitaet"] },

  // Qualifiers that take something out of a figure or move it elsewhere: no figure is described with them, yet a
  // label carrying one is never sure ("Eingliederungsbudget ohne BEZ", "Vorbindungen für Folgejahre").
  {
    id: "ausschluss",
    de: "ohne/abzüglich/Rest/Folgejahr (schließt aus)",
    excludes: true,
    stems: ["abzueglich", "exklusive", "folgejahr", "restmittel", "ausgaberest", "verpflichtungsermaechtigung", "nachfolgejahr"],
    words: ["ohne", "abzgl", "exkl", "excl", "kein", "keine", "rest"],
  },
  // A local target or Ergänzungsgröße ("Integrationen absolut (örtliches Ziel)", "lokales Ziel: Integrationen"): a row of
  // ZIE_Weitere, never the contract's own figure of the same words.
  { id: "oertlich", de: "örtlich/lokal (örtliches Ziel, schließt aus)", excludes: true, stems: ["oertlich", "lokal", "ortsziel"] },
  // A project's or a federal/state programme's figure ("Budget Bundesprogramm rehapro", "ESF Plus „Chancen für
  // Alleinerziehende“") is that project's, not the Jobcenter's budget or customer group.
  { id: "projekt", de: "Projekt/Bundes-/Landesprogramm/ESF (ein Projekt, schließt aus)", excludes: true, stems: ["projekt", "bundesprogramm", "landesprogramm", "modellprogramm", "foerderprogramm"], words: ["esf"] },
  // Employment as an outcome ("Abgänge in Beschäftigung", "Beschäftigungsaufnahmen") is no staff figure: a word of its
  // own, so it is not read as "Beschäftigte" one letter away.
  { id: "beschaeftigung", de: "Beschäftigung/Beschäftigungsaufnahme (ein Ergebnis, kein Personal)", stems: ["beschaeftigung", "beschaeftigungsaufnahme", "arbeitsaufnahme"] },
  // Vacancies reported to the employer service ("Stellenzugang", "gemeldete Stellen") are the labour market, not the
  // Jobcenter's own posts: a word of its own, so "Stellenzugang AGS" is not read as staff in VZÄ ("Stelle").
  { id: "stellenmarkt", de: "Stellenzugang/Stellenangebot/Stellenmeldung (Arbeitsmarkt, kein Personal)", stems: ["stellenzugang", "stellenzugaenge", "stellenangebot", "stellenmeldung", "stellenbestand", "arbeitsstelle"] },
  // The housing costs (Kosten der Unterkunft und Heizung) are a municipal benefit, not the KoFi share of the
  // Verwaltungshaushalt: "Kosten der Unterkunft (kommunal)" names no budget figure of the programme.
  {
    id: "unterkunft",
    de: "Kosten der Unterkunft und Heizung (KdU, schließt aus)",
    excludes: true,
    stems: ["unterkunft", "unterkunftskosten"],
    words: ["kdu", "kduh"],
  },
  // A rate of movement (people entering or leaving a group within a period, BA Ergänzungsgröße K3E1 "Zugangsrate
  // in LZB") or a count of leavers ("Abgänge LZB") is neither the group's stock nor its share of the eLb: a label
  // naming one is never sure for either.
  {
    id: "bewegung",
    de: "Zugangs-/Abgangs-/Übergangsrate (Bewegung, kein Bestand oder Anteil)",
    excludes: true,
    // Counts of leavers ("Abgänge LZB", a § 48a Ergänzungsgröße) are movement too, no stock.
    stems: ["zugangsrate", "abgangsrate", "uebergangsrate", "zugangsquote", "abgangsquote", "uebergangsquote", "eintrittsrate", "austrittsrate", "zustromrate", "abgang", "abgaenge"],
  },

  // Filler and role words: never against a label.
  { id: "menge", de: "Anzahl/Summe/gesamt", filler: true, stems: ["anzahl", "summe", "gesamt", "insgesamt", "zahl", "bestand", "gesamtzahl", "total"] },
  { id: "mittelwert", de: "Durchschnitt/Jahreswert", filler: true, stems: ["durchschnitt", "jahresdurchschnitt", "jahreswert", "jahresfortschritt", "jahresdurchschnittswert", "mittelwert"], words: ["jd", "jdw", "jfw", "o", "ø", "avg"] },
  { id: "teil", de: "davon/darunter/dabei", filler: true, stems: ["davon", "darunter", "dabei", "hiervon", "dav", "dar", "inkl", "inklusive", "einschl", "einschliesslich", "incl", "seitens"], words: ["dv"] },
  { id: "wort", de: "Artikel und Präpositionen", filler: true, words: ["der", "die", "das", "des", "den", "dem", "an", "am", "im", "in", "mit", "fuer", "aus", "von", "vom", "zu", "zum", "zur", "und", "lt", "laut", "gem", "gemaess", "nach", "je", "pro", "bei", "auf", "ueber", "unter", "bis", "a", "e", "bzw", "oder", "sowie", "als", "erste", "ersten", "arbeit", "u", "zwar", "anderem", "innen", "bereits", "verfuegbar", "verfuegbare", "verfuegbaren", "verfuegbarer", "frei", "freie", "freien", "alle", "allen", "aller", "es"] },
  // A label written as a sentence for a board paper ("Für 2025 streben wir eine Integrationsquote von … an", "Der
  // Anteil … lag 2024 bei"): its grammar names nothing. Not "nicht" (a negation changes the figure), nor "ist"
  // (the role word Ist), nor verbs that name a figure or a role ("erreicht" is attainment, "geplant" the plan).
  // "Vorlage" is the paper itself ("Stand der Vorlage": the date of the paper put to the board).
  // The letter or notice carrying an allocation ("Zuweisungsschreiben", "Zuteilungsbescheid") names no figure itself
  // (./trailingDateWord.ts); nor does the ministry that sends it ("Zuteilungsschreiben BMAS vom", "Erlass des BMAS").
  // So does the extract a copy was made as ("Stand Auszug", "Stand des Auszugs"): the date of the paper. Not an
  // export ("EXPORT_DATUM" beside "STAND_AIP"): when the data left a database, no Stand of the programme.
  { id: "dokument", de: "Schreiben/Bescheid (auch des BMAS), Auszug", filler: true, stems: ["schreiben", "bescheid"], words: ["bmas", "auszug", "auszugs"] },
  // "kundenAnteilLzb2024": the area an identifier starts with, as a section title would name it (./identifierWords.ts).
  { id: "namensraum", de: "Bereich vor dem Namen eines Bezeichners („kunden…“ in „kundenAnteilLzb“)", filler: true },
  { id: "satz", de: "Satzwörter (Artikel, Pronomen, Hilfsverben, „Vorlage“)", filler: true, words: ["vorlage", "ein", "eine", "einer", "einen", "einem", "eines", "wir", "sich", "damit", "dies", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "lag", "lagen", "liegt", "betrug", "betraegt", "betragen", "streben"] },
  { id: "einheit", de: "Einheiten", filler: true, stems: ["betrag", "summe", "volumen"], words: ["€", "eur", "euro", "personen", "pers", "tsd", "teur", "t€", "mio", "wert", "werte", "betrag", "kennzahl", "kennzahlen", "ziffer"] },
  {
    id: "rolle",
    de: "Jahres- und Rollenwörter (Ist, Plan, Vorjahr, Veränderung …)",
    filler: true,
    stems: ["vorjahr", "veraenderung", "entwicklung", "gegenueber", "abweichung", "differenz", "prognose", "hochrechnung", "erwartung", "vorlaeufig", "voraussichtlich", "aktuell", "zielwert", "planwert", "ergebnis", "soll", "ziel", "ist"],
    // "PJ" abbreviates the Planjahr as "VJ" the Vorjahr ("VJ | PJ | Δ", "Planjahr (PJ)").
    // "rel." / "relativ": the change as a share of last year's ("Veränderung rel.", "iqDeltaRel").
    // "Ver." typed for the change ("Ver. IQ Mä", ../changeAbbreviation.ts).
    words: ["vj", "pj", "ggue", "gg", "ggü", "vgl", "delta", "pkt", "prozentpunkte", "veraend", "ver", "hr", "ist", "iw", "rel", "relativ"],
  },

  // English synonyms of the same concepts (the add-in is bilingual; offices write "PY", "FTE", "thereof"), whole
  // words only, so they never split a German compound. A second entry per concept keeps the German lists as they are.
  { id: "stand", de: "Stand (englisch: as of, date)", words: ["asof", "date"] },
  { id: "jahr", de: "Jahr (englisch)", words: ["year"] },
  { id: "entwurf", de: "Entwurf (englisch)", words: ["draft"] },
  { id: "verwaltung", de: "Verwaltung (englisch)", words: ["admin", "administration"] },
  { id: "bund", de: "Bund (englisch)", words: ["fed", "federal"] },
  { id: "umschichtung", de: "Umschichtung (englisch)", words: ["shift", "transfer", "reallocation"] },
  { id: "kommunal", de: "kommunal (englisch)", words: ["municipal", "municipality"] },
  { id: "vorbindung", de: "Vorbindungen (englisch)", words: ["commitment", "commitments"] },
  { id: "neu", de: "neu (englisch)", words: ["new"] },
  { id: "bewilligung", de: "Bewilligungen (englisch)", words: ["approval", "approvals"] },
  { id: "beschaeftigte", de: "Beschäftigte, Köpfe (englisch: HC = head count)", words: ["hc", "headcount", "employees"] },
  { id: "personal", de: "Personal (englisch)", words: ["staff", "personnel"] },
  { id: "vzae", de: "VZÄ (englisch: FTE)", words: ["fte"] },
  { id: "frauen", de: "Frauen (englisch)", words: ["female", "women"] },
  { id: "maenner", de: "Männer (englisch)", words: ["male", "men"] },
  { id: "anteil", de: "Anteil (englisch)", words: ["share", "rate"] },
  { id: "plan", de: "Planung (englisch)", words: ["planning", "planned"] },
  // "Planned entries as per programme text": the entries into measures (Eintritte) of the Förderung.
  { id: "eintritt", de: "Eintritte (englisch: entries)", words: ["entries", "entry"] },
  { id: "lza", de: "Langzeitarbeitslose (englisch: LTU)", words: ["ltu"] },
  { id: "auslaender", de: "Ausländer (englisch)", words: ["foreign", "foreigners"] },
  { id: "arbeitslos", de: "Arbeitslose (englisch: UE = unemployed)", words: ["ue", "unemployed"] },
  { id: "jugendliche", de: "Jugendliche (englisch)", words: ["youth"] },
  { id: "alleinerziehend", de: "Alleinerziehende (englisch: single parents)", words: ["singleparent", "singleparents"] },
  { id: "kunde", de: "Kunden (englisch)", words: ["customer", "customers"] },
  { id: "menge", de: "Bestand (englisch)", filler: true, words: ["stock"] },
  { id: "teil", de: "davon (englisch)", filler: true, words: ["thereof", "including"] },
  { id: "wort", de: "Präpositionen (englisch)", filler: true, words: ["acc", "according", "from", "of", "the", "and", "vs", "per", "to", "first"] },
  { id: "rolle", de: "Rollenwörter (Abw., englisch: PY = Vorjahr, Target, Actual, Change)", filler: true, words: ["abw", "py", "target", "actual", "change"] },
];

/** Office abbreviations and forms that stand for several concepts at once. */
export const COMPOSITES: ReadonlyArray<{ form: string; concepts: string[]; whole?: boolean }> = [
  { form: "vwh", concepts: ["verwaltung", "haushalt"], whole: true },
  { form: "vwb", concepts: ["verwaltung", "haushalt"], whole: true },
  // Verwaltungskostentitel, as the allocation letters and RD templates abbreviate it.
  { form: "vkt", concepts: ["verwaltung", "haushalt"], whole: true },
  { form: "vwt", concepts: ["verwaltung", "haushalt"], whole: true },
  { form: "egt", concepts: ["eingliederung", "haushalt"], whole: true },
  { form: "eb", concepts: ["eingliederung", "haushalt"], whole: true },
  { form: "egb", concepts: ["eingliederung", "haushalt"], whole: true },
  { form: "egm", concepts: ["eingliederung", "haushalt"], whole: true },
  // "EinglB (inkl. BEZ)": the Eingliederungsbudget cut as "Eingl." + "B(udget)", as "EinglMV" cuts the Verordnung.
  { form: "einglb", concepts: ["eingliederung", "haushalt"], whole: true },
  { form: "eingliederungsmittel", concepts: ["eingliederung", "haushalt"] },
  // "Verwaltungsaufwand gesamt", "Verwaltungsausgaben": what the administration costs is its budget; "Aufwand" alone is none.
  { form: "verwaltungsaufwand", concepts: ["verwaltung", "haushalt"] },
  { form: "verwaltungsausgaben", concepts: ["verwaltung", "haushalt"] },
  // "Budget Eingliederungsleistungen": the benefits the Eingliederungsbudget pays; alone no budget word.
  { form: "eingliederungsleistung", concepts: ["eingliederung"] },
  { form: "kfa", concepts: ["kommunal", "finanzierung"], whole: true },
  { form: "kofi", concepts: ["kommunal", "finanzierung"], whole: true },
  { form: "bundesmittel", concepts: ["bund", "haushalt"] },
  { form: "gesamtbudget", concepts: ["gesamtbudget", "haushalt"] },
  { form: "gesamtetat", concepts: ["gesamtbudget", "haushalt"] },
  { form: "gesamtmittel", concepts: ["gesamtbudget", "haushalt"] },
  { form: "gesamthaushalt", concepts: ["gesamtbudget", "haushalt"] },
  { form: "gesamtzuteilung", concepts: ["gesamtbudget", "zuteilung"] },
  { form: "bundesanteil", concepts: ["bund", "anteil"] },
  // A Jobcenter's federal staff are the BA's (the Bundesagentur is the federal side of the joint body).
  { form: "bundesbeschaeftigt", concepts: ["ba", "beschaeftigte"] },
  { form: "bundesbedienstet", concepts: ["ba", "beschaeftigte"] },
  { form: "bundespersonal", concepts: ["ba", "personal"] },
  { form: "eingliederungsmittelverordnung", concepts: ["einglmv"] },
  { form: "langzeitleistungsbezieh", concepts: ["lzb"] },
  { form: "langzeitleistungsbeziehend", concepts: ["lzb"] },
  // The -berechtigte wording of the same people (long-term benefit recipients are entitled to benefits, not all eLb).
  { form: "langzeitleistungsberechtigt", concepts: ["lzb"] },
  { form: "frauenquote", concepts: ["frauen", "anteil"] },
  { form: "eintrittsplanung", concepts: ["eintritt", "plan"] },
  { form: "planeintritt", concepts: ["eintritt", "plan"] },
  // "Eintritte lt. Erstplanung", "Erstaufstellung": the first plan (erste Planung, erste Aufstellung) in one word.
  { form: "erstplanung", concepts: ["plan"] },
  { form: "erstaufstellung", concepts: ["aufstellung"] },
  { form: "mitarbeiterinnen", concepts: ["frauen"] },
  // The date of a forecast or projection ("Prognosestand", "Hochrechnungsstand") dates the previous year's
  // figures (forecast because the year is not closed yet), never the programme: read as "Stand der Ist-Werte"; so do
  // the forecast's values ("Prognosewerte 2024 Stand", "Stand der Hochrechnungswerte"), stems of the Ist-Werte.
  { form: "prognosestand", concepts: ["stand", "istwerte"] },
  { form: "hochrechnungsstand", concepts: ["stand", "istwerte"] },
];

/** Inflection endings a stem may carry at the end of a word (German nouns and adjectives). */
export const ENDINGS: readonly string[] = ["", "e", "en", "er", "es", "em", "n", "r", "s", "ern", "nen", "innen", "in", "ende", "enden", "ender", "endes", "te", "ten", "ter", "t", "ung", "ungen", "lich", "liche", "lichen", "licher", "isch", "ische", "ischen", "ischer", "igkeit", "innen", "x"];

/** Linking elements between compound parts ("Eingliederung-s-titel", "Frau-en-anteil"). */
export const LINKS: readonly string[] = ["", "s", "es", "n", "en", "e", "er", "ns"];
