// Every German string of the task pane and the demo (the default language). English is in en.ts, which
// must provide every key of this file: the type `Messages` is derived from here.
import type { Severity } from "../../core/finding";
import type { Tolerances } from "../../core/settings";

const de = {
  appTitle: "AIP für Excel",
  tabsLabel: "Seiten des Add-ins",
  tabCheck: "Prüfen",
  tabOverview: "Übersicht",
  tabSettings: "Einstellungen",
  loading: "Wird geladen …",

  severity: { error: "Fehler", warning: "Warnung", info: "Hinweis" } as Record<Severity, string>,
  severityPlural: { error: "Fehler", warning: "Warnungen", info: "Hinweise" } as Record<Severity, string>,

  // Prüfen
  checkButton: "Mappe prüfen",
  checking: "Mappe wird geprüft …",
  checkIntro: "Prüft alle benannten Bereiche der Planungsmappe. Die Prüfung ändert keine Zahl in der Mappe.",
  summaryHeading: "Ergebnis",
  noErrors: "Keine Fehler",
  noFindings: "Keine Fehler, Warnungen oder Hinweise.",
  errorsFound: (n: number) => (n === 1 ? "1 Fehler gefunden" : `${n} Fehler gefunden`),
  filterLabel: "Nach Schweregrad filtern",
  findingsHeading: "Befunde",
  findingsHidden: "Alle Befunde sind ausgefiltert.",
  ruleLabel: "Regel",
  cellsLabel: "Zellen",
  noCells: "keine Zelle",
  goToCells: (cells: string) => `In der Mappe auswählen: ${cells}`,
  markButton: "In der Mappe markieren",
  unmarkButton: "Markierungen entfernen",
  protocolButton: "Prüfprotokoll schreiben",
  actionsLabel: "Aktionen in der Mappe",
  marked: (marks: number) => (marks === 1 ? "1 Bereich in der Mappe markiert." : `${marks} Bereiche in der Mappe markiert.`),
  unmarked: (n: number) => (n === 1 ? "1 Markierung entfernt." : `${n} Markierungen entfernt.`),
  protocolWritten: "Prüfprotokoll geschrieben (Blatt „Prüfprotokoll“).",
  tablesButton: "Tabellen für das AIP",
  tablesWritten: (sheet: string, replaced: boolean, userSheetKept?: string) =>
    `Die vier Tabellen des AIP stehen auf dem Blatt „${sheet}“${replaced ? " (neu geschrieben)" : ""}, zum Kopieren nach Word.` +
    (userSheetKept ? ` Das Blatt „${userSheetKept}“ gehört nicht dem Add-in und bleibt unverändert.` : ""),
  tablesMissing: (names: string) => `Ohne Wert, weil der Name fehlt oder ungültig ist: ${names}.`,
  hostNotes: "Hinweise beim Lesen der Mappe",
  settingsInvalidUsingDefaults: "Die gespeicherten Einstellungen sind ungültig; es wurden die Standardeinstellungen verwendet:",

  // Letzte Prüfung
  lastCheckHeading: "Letzte Prüfung",
  lastCheckNone: "In dieser Mappe ist noch keine Prüfung gespeichert.",
  lastCheckAt: (when: string, version: string) => `am ${when} (Version ${version})`,
  lastCheckPassed: "bestanden",
  lastCheckFailed: "nicht bestanden",

  // Übersicht
  overviewHeading: (jobcenter: string, year: string) => `Kennzahlen ${jobcenter} ${year}`.trim(),
  overviewReadOnly: "Nur lesen: diese Seite ändert nichts an der Mappe.",
  refresh: "Aktualisieren",
  iqTarget: "Ziel Integrationsquote",
  iqPrevious: "Vorjahr",
  iqChange: "Veränderung ggü. Vorjahr (berechnet)",
  statedChange: "in der Mappe angegeben",
  lzbTarget: "Ziel Bestand Langzeitleistungsbeziehende (JDW)",
  verwaltungshaushalt: "Verwaltungshaushalt",
  eingliederungsbudget: "Eingliederungsbudget",
  sumOfParts: "Summe der Teile",
  mittelHeading: "Mittel und was die Ziele bedeuten",
  vorbindungsquote: "Vorbindungsquote (Vorbindungen / Eingliederungsbudget)",
  umschichtungsquote: "Umschichtungsquote (Umschichtung / Zuteilung EGT)",
  impliedIntegrations: "Integrationen laut Ziel-IQ × geplantem ELB-Bestand",
  impliedLzbShare: "LZB-Anteil laut LZB-Ziel / geplantem ELB-Bestand",
  neubewilligungenJeEintritt: "Neubewilligungen je Planeintritt",
  reconciled: "abgestimmt",
  notReconciled: (difference: string) => `nicht abgestimmt (Differenz ${difference})`,
  unknownReconciliation: "nicht prüfbar",
  foerderungHeading: "Förderung: Ist Vorjahr und Plan",
  ist: "Ist",
  plan: "Plan",
  instrument: "Instrument",
  total: "Gesamt",
  chartLoading: "Diagramm wird geladen …",
  chartLabel: "Balkendiagramm: Förderungen Ist und Plan je Instrument",
  noValue: "–",
  unreadableFigures: (names: string) => `Nicht lesbar: ${names}`,

  // Einstellungen
  settingsHeading: "Prüfeinstellungen",
  settingsIntro: "Toleranzen und Schweregrade der Regeln. Sie werden in der Mappe gespeichert.",
  tolerancesHeading: "Toleranzen",
  toleranceLabels: {
    betrag: "Geldbeträge (Euro)",
    vzae: "Vollzeitäquivalente",
    anteil: "Anteile (als Bruch)",
    veraenderung: "Veränderungsraten (als Bruch)",
  } as Record<keyof Tolerances, string>,
  parameter: "Parameter",
  severityOf: (rule: string) => `Schweregrad: ${rule}`,
  severitiesHeading: "Schweregrad je Regel",
  severityOff: "aus",
  saveSettings: "Einstellungen speichern",
  resetSettings: "Standard wiederherstellen",
  settingsSaved: "Einstellungen in der Mappe gespeichert.",
  settingsInvalid: "Die Einstellungen wurden nicht gespeichert:",
  notANumber: (field: string) => `${field}: keine Zahl`,
  showOverviewOnOpen: "Übersicht beim Öffnen zeigen",
  showOverviewOnOpenHint: "Öffnet den Aufgabenbereich mit der Übersicht, wenn jemand diese Mappe öffnet.",
  showOverviewOnOpenSaved: (on: boolean): string =>
    on ? "Die Übersicht öffnet sich künftig mit dieser Mappe." : "Die Übersicht öffnet sich nicht mehr mit dieser Mappe.",
  templateHeading: "Vorlage",
  templateIntro: "Legt in einer leeren Mappe die Blätter und Namen der Planungsmappe an (ohne Werte).",
  templateButton: "Vorlage anlegen",
  templateCreated: (n: number) => `Vorlage angelegt: ${n} Namen.`,
  templateRefused: (names: string) => `Keine Vorlage angelegt: die Mappe hat schon Namen der Planungsmappe (${names}).`,
  verlaufHeading: "Verlaufsblatt",
  verlaufOverviewHeading: "Verlauf (Monatsverfolgung)",
  verlaufNothingYet: "Im Verlaufsblatt ist noch kein Monat vollständig gemeldet.",
  monthName: (m: number) => ["Dezember (Vorjahr)", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][m] ?? String(m),
  verlaufIq: (month: string, jfw: string, jfwVj: string) => `Integrationsquote bis ${month}: JFW ${jfw} (Vorjahr gleiche Monate ${jfwVj})`,
  verlaufProjection: (projection: string, target: string) => `Hochrechnung zum Jahresende ${projection} · Ziel ${target}`,
  verlaufLegendThisYear: "JFW dieses Jahr",
  verlaufLegendPrevious: "Vorjahr",
  verlaufLegendTarget: "Zielpfad",
  verlaufChartLabel: "Liniendiagramm: Jahresfortschrittswert je Monat, Vorjahr und Zielpfad",
  verlaufLzb: (month: string, jdw: string, path: string, gap: string) => `LZB-Bestand bis ${month}: JDW ${jdw} ggü. Zielpfad ${path} (${gap})`,
  verlaufEntriesCaption: (month: string) => `Eintritte bis ${month} ggü. anteiligem Plan, größte Abweichung zuerst`,
  verlaufCumulative: "Ist kum.",
  verlaufExpected: "Plan ant.",
  verlaufMoney: (month: string, bindungen: string, ausgaben: string, budget: string, proRata: string) =>
    `Mittel bis ${month}: Bindungen ${bindungen}, Ausgaben ${ausgaben} von ${budget} (anteilig ${proRata})`,
  verlaufIntro:
    "Legt das Blatt „Verlauf“ für die Monatsverfolgung an: Integrationen, ELB- und LZB-Bestand je Monat (auch Vorjahr), Eintritte je Instrument und Mittel, mit Formeln für JFW, JDW und anteiligen Plan, die auch ohne Add-in rechnen.",
  verlaufButton: "Verlaufsblatt anlegen",
  verlaufCreated: (n: number) => `Verlaufsblatt angelegt: Blatt „Verlauf“ mit ${n} Namen (MON_…). Leere Zelle = noch nicht gemeldet.`,
  verlaufProtected:
    "Die Arbeitsmappenstruktur ist geschützt; es wurde kein Verlaufsblatt angelegt (Schutz unter Überprüfen → Arbeitsmappe schützen aufheben).",
  verlaufRefused: (what: string) => `Kein Verlaufsblatt angelegt: ${what} gibt es schon.`,
  verlaufNoContract: "Kein Verlaufsblatt angelegt: die Mappe hat noch keine Namen der Planungsmappe – zuerst Einrichten oder Vorlage anlegen.",
  verlaufSheetExists: "das Blatt „Verlauf“",

  // Fehler
  failed: (what: string, reason: string) => `${what} fehlgeschlagen: ${reason}`,
  unknownError: "unbekannter Fehler",

  // Demo
  demoBanner: "Demo ohne Excel: der Aufgabenbereich arbeitet auf einer nachgebildeten Mappe (Beispiel AIP 2024).",
  demoGridLabel: "Ansicht der Beispielmappe",
  demoSheetsLabel: "Blätter",
  demoSelection: (address: string) => `Auswahl: ${address}`,
  demoNoSelection: "Keine Auswahl",
  demoWrites: (n: number) => `Schreibvorgänge in der Mappe: ${n}`,
  demoMarks: (n: number) => (n === 1 ? "1 markierter Bereich" : `${n} markierte Bereiche`),

  // Issue 9 (Office calls, team leads): new keys only.
  unmarkedPartly: (n: number) =>
    `${n === 1 ? "1 Markierung" : `${n} Markierungen`} entfernt; einige Markierungen konnten nicht entfernt werden und sind noch in der Mappe:`,
  notRemovedOn: (sheet: string, ranges: string, reason: string) => `Blatt „${sheet}“, ${ranges}: ${reason}`,
  markedPartly: (n: number) =>
    `${n === 1 ? "1 Bereich" : `${n} Bereiche`} markiert; Excel hat nicht alles zugelassen (z. B. ein geschütztes Blatt):`,
  notMarkedOn: (sheet: string, ranges: string, reason: string) => `Nicht markiert – Blatt „${sheet}“, ${ranges}: ${reason}`,
  oldMarkKeptOn: (sheet: string, ranges: string, reason: string) => `Frühere Markierung nicht entfernt – Blatt „${sheet}“, ${ranges}: ${reason}`,
  showOverviewOnOpenTakesEffect:
    "Das gilt ab dem nächsten Öffnen dieser Mappe, sobald sie gespeichert ist, für alle, denen das Add-in bereitgestellt ist. Wer das Add-in nicht hat, sieht womöglich „Add-in konnte nicht geladen werden“.",
  changeHeading: "Veränderung Ist → Plan",
  changeAbsolute: "Verän\u00adderung", // soft hyphen: the narrow pane may break the column head
  changePercent: "in %",
  overviewChangeCaption: "Förderungen Ist und Plan je Instrument, mit der Veränderung vom Ist zum Plan",

  // Issue 10 (coverage of a check): new keys only.
  coverageChecked: (run: number, total: number) => `geprüft: ${run} von ${total} Regeln`,
  coverageSkipped: (list: string) => `nicht prüfbar: ${list} (fehlende Namen)`,

  // Issue 10 §3 (Einrichten): new keys only.
  tabSetup: "Einrichten",
  setupIntro:
    "Bindet eine bestehende Planungsmappe an: schlägt für jeden Namen der Planungsmappe die Zelle vor, in der die Zahl steht. Namen werden erst angelegt, wenn Sie es auswählen; keine Zelle wird verändert.",
  setupRead: "Mappe lesen",
  setupReading: "Mappe wird gelesen …",
  setupApplyAll: (n: number) => `Vorschläge übernehmen (${n})`,
  setupApplied: (n: number) => (n === 1 ? "1 Name angelegt." : `${n} Namen angelegt.`),
  setupReplaced: (name: string, was: string) => `${name} ersetzt (bisher ${was}).`,
  setupCheckNow: "Mappe prüfen",
  setupNotEditable: { readOnly: "Die Mappe ist schreibgeschützt geöffnet: Einrichten legt keine Namen an.", structureProtected: "Die Arbeitsmappenstruktur ist geschützt: Einrichten legt keine Namen an (Schutz unter Überprüfen → Arbeitsmappe schützen aufheben)." },
  setupWithoutMerged: "Diese Excel-Version kann verbundene Zellen nicht melden (ExcelApi 1.13 fehlt); Werte in verbundenen Zellen werden nur links oben gefunden.",
  setupStateSound: "definiert",
  setupStateProposed: "Vorschlag",
  setupStateMissing: "fehlt",
  setupStateBroken: "defekt",
  setupHigh: "sicher",
  setupLow: "unsicher",
  setupBroken: { ref: "verweist auf #REF!", sheetScoped: "blattbezogen doppelt", shape: "falsche Form", notRange: "kein Zellbereich" } as Record<string, string>,
  setupProposalLine: (label: string, cell: string, value: string) => `„${label}“ (${cell}) → ${value}`,
  setupRows: (n: number) => (n === 1 ? "1 Zeile" : `${n} Zeilen`),
  setupAccept: "Übernehmen",
  setupReject: "Ablehnen",
  setupRejected: "abgelehnt",
  setupUndoReject: "Doch anbieten",
  setupAssignSelection: "Auswahl zuweisen",
  setupRepairSelection: "Mit Auswahl ersetzen",
  setupRepairProposal: "Mit Vorschlag ersetzen",
  setupAssigned: (name: string, ref: string) => `${name} → ${ref}`,
  setupNoneLeft: "Alle Namen der Planungsmappe sind definiert.",
  setupNextYear: "Die Mappe sieht nach dem nächsten Jahr aus",
  setupYearMismatch: (cell: number, headers: number) => `Die Überschriften nennen das Planjahr ${headers}, die Zelle AIP_Planjahr enthält ${cell}.`,
  setupGrown: (names: string) => `Direkt unter ${names} wurden Zeilen ergänzt.`,
  setupOldColumns: (names: string) => `Diese Namen zeigen auf Spalten eines anderen Jahres; ihre Beschriftung steht in der Spalte des Planjahres: ${names}.`,
  setupUpdate: (n: number) => `Zuordnung aktualisieren (${n})`,
  setupRemoveHeading: "Zuordnung entfernen",
  setupRemoveIntro: (n: number) => `Löscht genau die ${n} Namen, die AIP für Excel angelegt hat; andere Namen und alle Zellen bleiben.`,
  setupRemoveAsk: "Zuordnung entfernen …",
  setupRemoveUses: (names: number, formulas: number) =>
    `${names} Namen; ${formulas === 1 ? "1 Formel verwendet" : `${formulas} Formeln verwenden`} sie und ${formulas === 1 ? "zeigt" : "zeigen"} danach #NAME?.`,
  setupRemoveLimits: "Nicht durchsucht: bedingte Formate, Datenüberprüfung, Diagramme und andere Mappen.",
  setupRemoveConfirm: "Namen jetzt löschen",
  setupRemoved: (n: number) => (n === 1 ? "1 Name gelöscht." : `${n} Namen gelöscht.`),
  setupLearnedHeading: "Gemerkte Beschriftungen",
  setupLearnedIntro:
    "Wenn Sie einen Namen von Hand zuweisen oder einen unsicheren Vorschlag übernehmen, merkt sich die Mappe die Beschriftung der Zelle und schlägt den Namen beim nächsten Mal (auch in der Kopie fürs nächste Jahr) sicher vor. Allgemeine Beschriftungen wie „Summe“ oder eine Jahreszahl werden nicht gemerkt.",
  setupLearnedNone: "Noch keine Beschriftung gemerkt.",
  setupLearnedContext: (sheet: string) => `gemerkt auf dem Blatt „${sheet}“`,
  setupLearned: (label: string, name: string) => `Beschriftung „${label}“ für ${name} gemerkt.`,
  setupNotLearned: (why: string) => `Keine Beschriftung gemerkt: ${why}`,
  setupForget: "vergessen",
  setupForgotten: (label: string, name: string) => `Beschriftung „${label}“ für ${name} vergessen.`,
  setupExportLabels: "Beschriftungen exportieren",
  setupImportLabels: "Beschriftungen importieren",
  setupImported: (n: number, file: string) => (n === 1 ? `1 Beschriftung aus ${file} übernommen.` : `${n} Beschriftungen aus ${file} übernommen.`),
  setupImportFailed: (file: string) => `${file} wurde nicht übernommen; die gemerkten Beschriftungen sind unverändert:`,
  setupNotesHeading: "Nicht durchsuchte Blätter",
  checkNoNamesLink: "Dieser Mappe fehlen Namen der Planungsmappe. Einrichten schlägt sie vor.",
  checkOpenSetup: "Einrichten öffnen",
  demoBannerExisting: "Demo ohne Excel: eine bestehende Planungsmappe ohne Namen (die Tabellen des AIP 2024, wie gedruckt) in einer nachgebildeten Mappe. Ein Klick auf eine Zelle wählt sie aus.",
  demoWorkbookLabel: "Beispielmappe",

  // Issue 14 (shared workbook in real Excel): new keys only.
  checkNotStored: "Das Ergebnis wurde angezeigt, konnte aber nicht in der Mappe gespeichert werden (der Stand der letzten Prüfung ist eine Dokumenteinstellung, keine Zelle):",
  marksRecordNotSaved: (reason: string) =>
    `Die Liste der Markierungen konnte nicht in der Mappe gespeichert werden (${reason}). In dieser Sitzung entfernt „Markierungen entfernen“ sie trotzdem; gespeichert wird die Liste mit der nächsten Änderung.`,
  onlyFirstAreaSelected: (areas: number) => `Excel hat nur den ersten von ${areas} Bereichen ausgewählt; die übrigen stehen beim Befund.`,
  demoWorkbooks: {
    example: "AIP 2024 (mit Namen)",
    verlauf: "AIP 2024 mit Verlaufsblatt (Testzahlen)",
    existing: "Bestehende Mappe ohne Namen",
    own: "Eigene Beschriftungen (Musterstadt 2024)",
    "own-next": "Eigene Beschriftungen (Musterstadt 2025, Kopie)",
    "own-other": "Eigene Beschriftungen (Nachbarkreis 2024)",
  } as Record<string, string>,
  demoBannerOwn:
    "Demo ohne Excel: eine Mappe in eigenen Worten ohne Namen. Zelle anklicken, dann „Auswahl zuweisen“: die Mappe merkt sich die Beschriftung. „Als Kopie fürs nächste Jahr öffnen“ öffnet die Mappe des Folgejahres mit den gespeicherten Einstellungen, wie „Speichern unter“ in Excel.",
  demoNextYearCopy: "Als Kopie fürs nächste Jahr öffnen",
};

export default de;

/** The shape every language must have. */
export type Messages = typeof de;
