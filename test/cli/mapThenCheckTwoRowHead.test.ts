// The Förderung table under a two-row head on the command line: the kind over the year ("Ist | Plan" over
// "2023 | 2024") or the year over the kind ("2023 | 2024" over "Ist | Plan"), merged or not. `aip map --write`
// then `aip check` gives the same Förderung findings as the seed's one-row head ("Ist 2023 | Plan 2024"):
// no "Text statt Zahl" for the head's years, and the mapper proposes the table "sicher".
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cellA1, parseCell } from "../../src/core/address";
import { layoutXlsx, num, seedFoerderungSheet, seedLayout, type Layout, type LayoutCell } from "../fixtures/layouts";
import { run, tempDir } from "./helpers";

interface JsonFinding {
  rule: string;
  messageId: string;
  data: Record<string, unknown>;
  names: string[];
}
interface Result {
  findings: JsonFinding[];
  foe?: { ref: string; confidence: string };
}

/** The seed's head row (row 3, "| Ist 2023 | Plan 2024"). */
const HEAD_ROW = 3;

/** The seed's Förderung sheet with rows `head` in place of its one head row; the rows below move down. */
function twoRowHead(id: string, head: [LayoutCell[], LayoutCell[]], merged: string[] = []): Layout {
  const seed = seedFoerderungSheet();
  const cells: Record<string, LayoutCell> = {};
  const moved = (row: number) => (row >= HEAD_ROW ? row + 1 : row);
  for (const [a1, cell] of Object.entries(seed.cells)) {
    const at = parseCell(a1);
    if (at.row + 1 === HEAD_ROW) continue;
    const spec = cell !== null && typeof cell === "object" && "v" in cell ? cell : undefined;
    // The Gesamt row's SUM follows its rows down.
    const formula = spec?.formula?.replace(/([A-Z])(\d+)/g, (_m, col: string, row: string) => `${col}${moved(Number(row))}`);
    cells[cellA1({ row: moved(at.row + 1) - 1, col: at.col })] = spec && formula ? { ...spec, formula } : cell;
  }
  head.forEach((row, i) =>
    row.forEach((v, col) => {
      if (v !== null) cells[cellA1({ row: HEAD_ROW - 1 + i, col })] = v;
    }),
  );
  const layout = seedLayout();
  layout.id = id;
  layout.sheets = layout.sheets.map((s) => (s.name === seed.name ? { ...seed, cells, merged } : s));
  return layout;
}

const year = (y: number) => num(y, "0");

const LAYOUTS: Array<[string, Layout]> = [
  ["kind over year, years as numbers, Instrument merged over both rows", twoRowHead("art-jahr-verbunden", [["Instrument", "Ist", "Plan"], [null, year(2023), year(2024)]], ["A3:A4"])],
  ["kind over year, years as text, Instrument in the year row", twoRowHead("art-jahr-text", [[null, "Ist", "Plan"], ["Instrument", "2023", "2024"]])],
  ["year over kind, years as numbers", twoRowHead("jahr-art", [[null, year(2023), year(2024)], ["Instrument", "Ist", "Plan"]])],
  ["year over kind, Instrument repeated in both rows", twoRowHead("jahr-art-wiederholt", [["Instrument", "2023", "2024"], ["Instrument", "Ist", "Plan"]])],
];

let dir: string;
const results = new Map<string, Result>();

async function mapWriteCheck(layout: Layout): Promise<Result> {
  const id = layout.id;
  writeFileSync(join(dir, `${id}.xlsx`), await layoutXlsx(layout));
  const proposals = await run(["map", `${id}.xlsx`, "--format", "json"], { cwd: dir });
  expect(proposals.code).toBe(0);
  const foe = (JSON.parse(proposals.stdout) as { proposals: Array<{ name: string; ref: string; confidence: string }> }).proposals.find((p) => p.name === "FOE_Tabelle");
  expect((await run(["map", `${id}.xlsx`, "--write", `${id}-namen.xlsx`], { cwd: dir })).code).toBe(0);
  const checked = await run(["check", `${id}-namen.xlsx`, "--format", "json"], { cwd: dir });
  expect(checked.code).not.toBe(2);
  return { findings: (JSON.parse(checked.stdout) as { files: Array<{ findings: JsonFinding[] }> }).files[0].findings, foe };
}

/** The Förderung findings, without cell addresses (the data rows sit one row lower under a two-row head). */
const foeFindings = (r: Result) =>
  r.findings
    .filter((f) => f.names.includes("FOE_Tabelle"))
    .map((f) => ({ rule: f.rule, messageId: f.messageId, data: f.data }))
    .sort((a, b) => `${a.rule} ${JSON.stringify(a.data)}`.localeCompare(`${b.rule} ${JSON.stringify(b.data)}`));

beforeAll(async () => {
  dir = tempDir("aip-map-head2-");
  results.set("seed", await mapWriteCheck(seedLayout()));
  for (const [, layout] of LAYOUTS) results.set(layout.id, await mapWriteCheck(layout));
}, 120_000);

it("the seed's one-row head gives the Förderung findings compared against", () => {
  const rules = foeFindings(results.get("seed")!).map((f) => f.rule);
  expect(rules).toEqual(expect.arrayContaining(["istplan/grosse-aenderung", "quer/eintritte-text-tabelle"]));
});

describe.each(LAYOUTS.map(([title, layout]) => [title, layout.id]))("%s", (_title, id) => {
  it("is proposed sicher, from one of its head rows to the last instrument", () => {
    expect(results.get(id)!.foe).toMatchObject({ ref: expect.stringMatching(/^Förderung!\$A\$[34]:\$C\$18$/), confidence: "high" });
  });

  it("gives no Text-statt-Zahl or form problem for the head", () => {
    const head = results.get(id)!.findings.filter((f) => f.names.includes("FOE_Tabelle") && (f.rule.startsWith("typen/") || f.rule.startsWith("namen/")));
    expect(head).toEqual([]);
  });

  it("gives the Förderung findings of the one-row head", () => {
    expect(foeFindings(results.get(id)!)).toEqual(foeFindings(results.get("seed")!));
  });
});
