// Generates docs/rules.md from the rules' meta data and the default settings, so the catalogue can never
// drift from the code (a test compares the committed file with this output).
import { AREAS, namesOfArea, requiredNamesOfArea } from "./areas";
import type { Family } from "./contract";
import { check } from "./engine";
import { exampleSnapshot } from "./example";
import { SEVERITY_LABEL_DE } from "./finding";
import { formatNumberDe } from "./format";
import { ENGINE_MESSAGES, ENGINE_RULE_ERROR } from "./messages/catalogue";
import type { MessageCatalogue } from "./messages/render";
import { RULES } from "./rules";
import { RULE_SOURCES } from "./rules/sources";
import type { Rule } from "./rules/types";
import { DEFAULT_SETTINGS, TOLERANCE_DESCRIPTIONS, type Tolerances } from "./ruleSettings";

export const FAMILY_TITLE_DE: Record<Family, string> = {
  namen: "Namen",
  typen: "Typen",
  abstimmung: "Abstimmung",
  istplan: "Ist und Plan (Förderübersicht)",
  ziele: "Ziele",
  quer: "Querbezüge",
  verlauf: "Verlauf (Monatsverfolgung)",
};

const FAMILIES: Family[] = ["namen", "typen", "abstimmung", "istplan", "ziele", "quer", "verlauf"];

const num = (x: number) => formatNumberDe(x, Number.isInteger(x) ? 0 : String(x).split(".")[1]?.length ?? 0);

function ruleSection(rule: Rule): string {
  const m = rule.meta;
  const lines = [
    `### \`${m.id}\` — ${m.title}`,
    "",
    `Standard-Schwere: **${SEVERITY_LABEL_DE[m.severity]}** (\`${m.severity}\`) · englisch: „${m.titleEn}“`,
    "",
  ];
  if (m.splitFrom) lines.push(`Abgespalten von \`${m.splitFrom}\`: \`"off"\` für \`${m.splitFrom}\` schaltet auch diese Regel ab, solange die Einstellungen sie nicht selbst nennen.`, "");
  if (m.names?.length) lines.push(`Namen: ${m.names.map((n) => `\`${n}\``).join(", ")}`, "");
  lines.push(m.description, "");
  const params = Object.entries(m.params ?? {});
  if (params.length) {
    lines.push("| Parameter | Standard | Bedeutung |", "|---|---|---|");
    for (const [key, p] of params) lines.push(`| \`${key}\` | ${num(p.default)} | ${p.description} |`);
    lines.push("");
  }
  lines.push(...messagesTable(m.messages));
  return lines.join("\n");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The messages of a rule: id, German and English template with their placeholders. */
function messagesTable(messages: MessageCatalogue): string[] {
  const rows = Object.entries(messages).map(([id, t]) => `| \`${id}\` | ${cell(t.de)} | ${cell(t.en)} |`);
  return ["| Meldung (`messageId`) | Deutsch | Englisch |", "|---|---|---|", ...rows, ""];
}

/** Settings written before a rule was split off an older id (meta.splitFrom): what they still mean. */
function splitSection(): string[] {
  const split = RULES.filter((r) => r.meta.splitFrom);
  return [
    "**Abgespaltene Regeln.** Einige Prüfungen gehörten früher zu einer anderen Regel-ID und haben heute eine eigene (Tabelle unten). " +
      "Damit ältere Einstellungen ihre Wirkung behalten, gilt: Schalten die Einstellungen die alte ID ab (`off`) und nennen die neue ID gar nicht, ist auch die neue Regel abgeschaltet. " +
      "Eine andere Schwere der alten ID (z. B. `error`) wird nicht übertragen, sie gilt nur noch für die Prüfung, die unter der alten ID geblieben ist: " +
      "die meisten Prüfungen wurden gerade abgespalten, weil sie mit der Schwere der alten Regel falsche Fehler meldeten " +
      "(überlappende darunter-Zeilen, nicht aufgeführte Instrumente, Personal divers, ein geschätzter Vorjahresbestand, eine Tabelle ohne Gesamtzeile); " +
      "ein übertragenes `error` brächte diese Fehler zurück. Die abgespaltene Regel behält ihre eigene voreingestellte Schwere. " +
      "Wer die neue Regel anders will, nennt ihre ID.",
    "",
    "| Regel | Titel | Standard-Schwere | abgespalten von |",
    "|---|---|---|---|",
    ...split.map((r) => `| \`${r.meta.id}\` | ${r.meta.title} | ${SEVERITY_LABEL_DE[r.meta.severity]} | \`${r.meta.splitFrom}\` |`),
    "",
  ];
}

/** The content of docs/rules.md. */
/** Areas, their required names, and what "nicht prüfbar" means (issue 10 §2): from src/core/areas.ts and coverage.ts. */
function areasSection(): string[] {
  return [
    "## Bereiche",
    "",
    "Die Namen des Vertrags gehören nach ihrer Vorsilbe zu Bereichen. Ein Bereich ist in der Mappe vorhanden, wenn mindestens einer seiner Namen definiert ist " +
      "(in beliebigem Gültigkeitsbereich, auch defekt oder falsch geschrieben). Fehlt ein ganzer Bereich, meldet `namen/bereich-fehlt` das einmal; " +
      "in einem vorhandenen Bereich meldet `namen/fehlt` jeden fehlenden Pflichtnamen. Hat die Mappe keinen Bereich, meldet `namen/keine-bereiche` einen Fehler.",
    "",
    "| Bereich | Vorsilbe | Pflichtnamen (wenn der Bereich vorhanden ist) | optional |",
    "|---|---|---|---|",
    ...AREAS.map((a) => {
      const names = namesOfArea(a.id);
      const list = (xs: typeof names) => (xs.length ? xs.map((c) => `\`${c.name}\``).join(", ") : "–");
      return `| ${a.titleDe} | \`${a.prefix}\` | ${list(requiredNamesOfArea(a.id))} | ${list(names.filter((c) => !c.required))} |`;
    }),
    "",
    "**Abdeckung.** Jede Prüfung sagt, was sie abgedeckt hat: „geprüft: N von M Regeln; nicht prüfbar: … (fehlende Namen)“ (JSON: `coverage`, siehe docs/cli.md). " +
      "M zählt die nicht abgeschalteten Regeln. Nicht prüfbar ist eine Regel, wenn einer der Namen, die sie liest (unten je Regel unter „Namen“) und die der Vertrag verlangt, " +
      "fehlt oder nicht nutzbar ist (defekt, falsche Form, Zelle mit Typfehler): ohne diese Zahl prüft sie nichts. Eine Regel, die nur optionale Namen liest, ist nicht prüfbar, wenn keiner nutzbar ist; " +
      "fehlen nur einige optionale Namen, gilt sie als gelaufen. Die Regeln `namen/*` und `typen/*` prüfen die Namen selbst und laufen immer. " +
      `Nicht prüfbar, ohne fehlende Namen, ist auch eine Regel, die in dieser Mappe nichts zu vergleichen hat: ${RULES.filter((r) => r.meta.applies).map((r) => `\`${r.meta.id}\``).join(" und ")}, wenn FOE_Tabelle nicht genau eine Gesamtzeile hat (den Grund meldet \`istplan/ohne-gesamt\` bzw. \`istplan/struktur\`). Regeln über Eingaben, die eine Mappe nicht haben muss, zählen nur, wo sie sie hat – sonst laufen sie nicht und zählen weder als geprüft noch als nicht prüfbar: die Familie \`verlauf\` ohne Verlaufsblatt (\`MON_\`-Namen) und ${RULES.filter((r) => r.meta.countsOnlyWith).map((r) => `\`${r.meta.id}\``).join(", ")} ohne ihre Zuteilung, ZIE_ELB, ZIE_Weitere oder Geld- bzw. Standortspalten der Förderübersicht.`,
    "",
  ];
}

export function rulesMarkdown(): string {
  const out: string[] = [
    "# Prüfregeln der AIP-Planungsmappe",
    "",
    "<!-- Erzeugt aus den Regelmodulen (src/core/rules) mit `npm run docs:rules`; nicht von Hand ändern. -->",
    "",
    `${RULES.length} Regeln in sieben Familien. Jede Meldung nennt die Regel-ID, die Schwere (Fehler, Warnung, Hinweis), die betroffenen Namen und Zellen. ` +
      "Eine Zahl, die schon an Namen oder Typ scheitert, wird dort einmal gemeldet; die übrigen Regeln übergehen sie still. " +
      "Bricht eine Regel mit einem Programmfehler ab, meldet die Prüfung das als Fehler der Regel `engine/regelfehler`.",
    "",
    "## Einstellungen",
    "",
    "Einstellungen sind JSON (Kommandozeile: `--settings DATEI`). Alles ist optional; Fehlendes gilt wie voreingestellt.",
    "",
    "```json",
    JSON.stringify(
      {
        toleranzen: DEFAULT_SETTINGS.toleranzen,
        regeln: {
          "istplan/grosse-aenderung": { params: { relativ: 0.5, absolut: 30 } },
          "hinweis/kfa-anteil": "off",
          "quer/eintritte-text-tabelle": { severity: "error" },
        },
      },
      null,
      2,
    ),
    "```",
    "",
    "Unter `regeln` steht je Regel-ID eine Schwere (`error`, `warning`, `info`) oder `off` (abgeschaltet), als Kurzform direkt oder als `severity`, und unter `params` die Parameter der Regel.",
    "",
    ...splitSection(),
    "**Meldungen als Daten.** Jede Meldung hat eine `messageId` aus den Meldungen ihrer Regel (unten je Regel) und Daten (`data`) mit den rohen Werten ihrer Platzhalter; " +
      "der Text (`message`) wird daraus in der Sprache des Lesers erzeugt, mit deren Zahlenformat (deutsch 1.606.442 €, 16,1 %; englisch €1,606,442, 16.1%). " +
      "Ein Platzhalter ist `{schlüssel}` oder `{schlüssel, typ}` bzw. `{schlüssel, typ, argument}`, z. B. `{sum, euro}` oder `{stated, change, decimals}` (Typen: src/core/messages/render.ts).",
    "",
    "| Toleranz | Standard | Bedeutung |",
    "|---|---|---|",
    ...(Object.keys(TOLERANCE_DESCRIPTIONS) as (keyof Tolerances)[]).map(
      (k) => `| \`toleranzen.${k}\` | ${num(DEFAULT_SETTINGS.toleranzen[k])} | ${TOLERANCE_DESCRIPTIONS[k]} |`,
    ),
    "",
    "**Rundung.** Eine Zahl, die als Formel berechnet ist, gilt als genau. Eine eingetippte Zahl steht für jeden Wert, der gleich gedruckt würde: " +
      "sie darf um eine halbe letzte Stelle ihres Zahlenformats abweichen (0,0 % → 0,05 %-Punkte, #.##0 → 0,5). Gesetzte Ziele gelten als genau. " +
      "Eine Regel meldet nur, wenn keine Kombination der so gerundeten Eingaben zur Angabe passt.",
    "",
    "## Übersicht",
    "",
    "| Regel | Familie | Schwere | Titel |",
    "|---|---|---|---|",
    ...FAMILIES.flatMap((fam) =>
      RULES.filter((r) => r.meta.family === fam).map(
        (r) => `| \`${r.meta.id}\` | ${FAMILY_TITLE_DE[fam]} | ${SEVERITY_LABEL_DE[r.meta.severity]} | ${r.meta.title} |`,
      ),
    ),
    "",
  ];
  out.push(...areasSection());
  out.push(
    "## Befunde im Beispiel 2024",
    "",
    "Die Prüfung der eingebauten Beispielmappe (`aip check --example`) mit den Standardeinstellungen ergibt genau diese Befunde der veröffentlichten Zahlen, keinen Fehler:",
    "",
    "| Schwere | Regel | Meldung | Zellen |",
    "|---|---|---|---|",
    ...check(exampleSnapshot()).map(
      (f) => `| ${SEVERITY_LABEL_DE[f.severity]} | \`${f.rule}\` | ${f.message.replace(/\|/g, "\\|")} | ${f.cells.join(", ")} |`,
    ),
    "",
    "Die angegebenen Veränderungen der IQ und des LZB-Bestands für Männer und Frauen prüfen `ziele/veraenderung-iq` und " +
      "`ziele/veraenderung-lzb`, wenn die optionalen Vorjahreswerte (`ZIE_IQ_Maenner_VJ`, `ZIE_IQ_Frauen_VJ`, `ZIE_LZB_VJ`, " +
      "`ZIE_LZB_Maenner_VJ`, `ZIE_LZB_Frauen_VJ`) in der Mappe stehen; die Quelle nennt keine, im Beispiel bleiben ihre Zellen leer. " +
      "Ob die aus den LZB-Veränderungen folgenden Vorjahresbestände zusammenpassen, prüft `ziele/lzb-vorjahr-summe` auch ohne sie.",
    "",
  );
  out.push(
    "## Quellen der Prüfungen",
    "",
    "Worauf jede fachliche Regel beruht (die Familien Namen und Typen prüfen die Form der Mappe, nicht das Fachliche):",
    "",
    "| Regel | Quelle |",
    "|---|---|",
    ...RULES.filter((r) => RULE_SOURCES[r.meta.id]).map((r) => `| \`${r.meta.id}\` | ${cell(RULE_SOURCES[r.meta.id])} |`),
    "",
  );
  for (const fam of FAMILIES) {
    out.push(`## ${FAMILY_TITLE_DE[fam]}`, "");
    for (const rule of RULES.filter((r) => r.meta.family === fam)) out.push(ruleSection(rule));
  }
  out.push(
    "## Programmfehler",
    "",
    `### \`${ENGINE_RULE_ERROR}\` — Regel abgebrochen oder Mappe nicht auswertbar`,
    "",
    "Standard-Schwere: **Fehler** (`error`), nicht abschaltbar.",
    "",
    ...messagesTable(ENGINE_MESSAGES),
  );
  return out.join("\n").replace(/\n+$/, "\n");
}
