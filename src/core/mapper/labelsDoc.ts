// The label table of docs/mapping.md, generated from the label data (./labels.ts) so the docs name
// exactly the labels the mapper knows; test/mapper/docs.test.ts keeps the file current.
import { AREAS, areaOf } from "../areas";
import { LABELS } from "./labels";
import type { FigureDescription } from "./match";
import { COMPOSITES, CONCEPTS } from "./vocabulary";

const ROLE_TITLE = { current: "Planjahr", previous: "Vorjahr", change: "Veränderung" } as const;

export const LABELS_DOC_START = "<!-- Beschriftungen: erzeugt aus src/core/mapper/labels.ts -->";
export const LABELS_DOC_END = "<!-- Ende der Beschriftungen -->";

const describe = (d: FigureDescription) =>
  [
    d.all.map((g) => (g.length === 1 ? g[0] : `(${g.join(" oder ")})`)).join(" + "),
    d.optional?.length ? `auch: ${d.optional.join(", ")}` : "",
    d.none?.length ? `nie mit: ${d.none.join(", ")}` : "",
    d.strict ? "keine weiteren Wörter" : "",
  ]
    .filter(Boolean)
    .join("; ");

export function labelsMarkdown(): string {
  const lines = [LABELS_DOC_START, "", "| Bereich | Namen (Spalte) | Begriffe | Beschriftungen, z. B. | nur im Zusammenhang |", "|---|---|---|---|---|"];
  for (const spec of LABELS) {
    const first = Object.values(spec.names)[0]!;
    const area = areaOf(first)!;
    const entries = Object.entries(spec.names) as Array<[keyof typeof ROLE_TITLE, string]>;
    const names =
      entries.length === 1 ? `\`${entries[0][1]}\`` : entries.map(([role, name]) => `\`${name}\` (${ROLE_TITLE[role]})`).join(", ");
    const under = spec.under?.map((id) => LABELS.find((l) => l.id === id)!.examples[0]) ?? [];
    const examples = [
      ...spec.examples.map((e) => `„${e}“`),
      ...(spec.memberExamples?.length ? [`unter „${under.join("“/„")}“: ${spec.memberExamples.map((e) => `„${e}“`).join(", ")}`] : []),
    ].join(", ");
    const context = spec.context ? `Blatt/Abschnitt ${AREAS.find((a) => a.id === spec.context)!.titleDe}` : "";
    lines.push(`| ${area.titleDe} | ${names} | ${describe(spec.describe)} | ${examples.replace(/\|/g, "\\|")} | ${context} |`);
  }
  lines.push("", "Die Begriffe und ihre Wörter (Wortanfänge, auch in Zusammensetzungen; „ganz“: nur als ganzes Wort):", "");
  lines.push("| Begriff | Bedeutung | Wortanfänge | ganz |", "|---|---|---|---|");
  const seen = new Set<string>();
  for (const c of CONCEPTS) {
    // Composite forms once per concept, on its first entry (a second entry holds its English words).
    const composites = seen.has(c.id) ? [] : COMPOSITES.filter((x) => x.concepts.includes(c.id));
    seen.add(c.id);
    const stems = [...(c.stems ?? []), ...composites.filter((x) => !x.whole).map((x) => x.form)];
    const words = [...(c.words ?? []), ...(c.cut ?? []).map((w) => `${w}.`), ...composites.filter((x) => x.whole).map((x) => x.form)];
    lines.push(`| ${c.id}${c.filler ? " (Füllwort)" : ""} | ${c.de} | ${stems.join(", ")} | ${words.join(", ")} |`);
  }
  lines.push("", LABELS_DOC_END);
  return `${lines.join("\n")}\n`;
}
