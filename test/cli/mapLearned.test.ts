// `aip map` with the workbook's own words (issue 13 §3): aip.labels read from the file's web-extension
// part (as Office saves document settings), --labels LABELS.json (the pane's export), and
// --from LAST.xlsx for next year's copy (stayed / moved / not found).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { learnedFile, type LearnedLabel } from "../../src/core/mapper";
import { ADDIN_ID, readLearnedLabels } from "../../src/xlsx/webExtensionSettings";
import { addDefinedNames } from "../../src/xlsx/writeNames";
import { layoutXlsx, ownWordsLayout } from "../fixtures/layouts";
import { withWebExtensionSettings } from "../fixtures/webExtension";
import { run, tempDir } from "./helpers";

const LABELS: LearnedLabel[] = [
  { name: "ZIE_IQ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" },
  { name: "ZIE_IQ_VJ", label: "Quote S2 (Zielvereinbarung)", context: "Steuerung 2024" },
  { name: "ZIE_LZB", label: "Steuerungsgröße 3", context: "Steuerung 2024" },
];

let dir: string;
const file = (name: string) => join(dir, name);
type Json = { proposals: Array<{ name: string; ref: string; confidence: string }>; from?: Record<string, Array<Record<string, string>>> };
const high = (json: Json) => Object.fromEntries(json.proposals.filter((p) => p.confidence === "high").map((p) => [p.name, p.ref]));

beforeAll(async () => {
  dir = tempDir("aip-map-labels-");
  const plain = await layoutXlsx(ownWordsLayout(2024));
  writeFileSync(file("eigen.xlsx"), plain);
  // Another add-in's part with a key of the same name comes first: ours is told apart by its reference id.
  writeFileSync(
    file("eigen-gemerkt.xlsx"),
    await withWebExtensionSettings(plain, { [`aip.labels`]: learnedFile(LABELS), "Office.AutoShowTaskpaneWithDocument": true }, ADDIN_ID, [
      { referenceId: "wa104099999", settings: { "aip.labels": { format: "aip.labels", version: 1, labels: [{ name: "ZIE_LZB", label: "Quote S2 (Zielvereinbarung)" }] } } },
    ]),
  );
  writeFileSync(file("nachbar.xlsx"), await layoutXlsx(ownWordsLayout(2024, "b")));
  writeFileSync(file("beschriftungen.json"), JSON.stringify(learnedFile(LABELS), null, 2));
  writeFileSync(file("kaputt.json"), JSON.stringify({ format: "aip.labels", version: 1, labels: [{ name: "ZIE_Foo", label: "x" }] }));
  // Last year's file with its names, this year's copy without.
  const names = [
    { name: "AIP_Planjahr", text: "'Steuerung 2024'!$B$3", comment: "AIP" },
    { name: "ZIE_IQ", text: "'Steuerung 2024'!$C$6", comment: "AIP" },
    { name: "ZIE_IQ_VJ", text: "'Steuerung 2024'!$B$6", comment: "AIP" },
    { name: "ZIE_LZB", text: "'Steuerung 2024'!$C$7", comment: "AIP" },
    { name: "ZIE_LZB_VJ", text: "'Steuerung 2024'!$B$7", comment: "AIP" },
    { name: "ZIE_ELB_VJ", text: "'Steuerung 2024'!$A$1", comment: "AIP" }, // points at the title: no label, not found
  ];
  writeFileSync(file("vorjahr.xlsx"), await addDefinedNames(plain, names));
  writeFileSync(file("neu.xlsx"), await layoutXlsx(ownWordsLayout(2025)));
});

test("the add-in's id in the reader is the manifest's", () => {
  const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
  expect(manifest).toContain(`<Id>${ADDIN_ID}</Id>`);
});

test("aip.labels in the file's web-extension part is read (this add-in's part, JSON-encoded value)", async () => {
  const zip = await JSZip.loadAsync(readFileSync(file("eigen-gemerkt.xlsx")));
  expect(await readLearnedLabels(zip)).toEqual({ labels: LABELS });
  expect(await readLearnedLabels(await JSZip.loadAsync(readFileSync(file("eigen.xlsx"))))).toEqual({ labels: [] });
});

test("aip map uses the labels remembered in the file, so it agrees with the pane", async () => {
  const without = JSON.parse((await run(["map", "eigen.xlsx", "--format", "json"], { cwd: dir })).stdout) as Json;
  expect(high(without).ZIE_IQ).toBeUndefined();
  const r = await run(["map", "eigen-gemerkt.xlsx", "--format", "json"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(high(JSON.parse(r.stdout) as Json)).toMatchObject({ ZIE_IQ: "'Steuerung 2024'!$C$6", ZIE_IQ_VJ: "'Steuerung 2024'!$B$6", ZIE_LZB: "'Steuerung 2024'!$C$7" });
  const text = await run(["map", "eigen-gemerkt.xlsx"], { cwd: dir });
  expect(text.stdout).toContain("Hinweis: 3 in der Mappe gemerkte Beschriftungen (aip.labels) verwendet.");
});

test("--labels: another Jobcenter's workbook in the same words maps high; a bad file changes nothing", async () => {
  const r = await run(["map", "nachbar.xlsx", "--labels", "beschriftungen.json", "--format", "json"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(high(JSON.parse(r.stdout) as Json)).toMatchObject({ ZIE_IQ: "Ziele!$C$10", ZIE_IQ_VJ: "Ziele!$D$10", ZIE_LZB: "Ziele!$C$8" });

  const bad = await run(["map", "nachbar.xlsx", "--labels", "kaputt.json"], { cwd: dir });
  expect(bad.code).toBe(2);
  expect(bad.stdout).toBe("");
  expect(bad.stderr).toBe("Die Beschriftungsdatei kaputt.json ist ungültig; nichts zugeordnet:\n  labels.0.name: „ZIE_Foo“ ist kein Name des Vertrags\n");
  const missing = await run(["map", "nachbar.xlsx", "--labels", "fehlt.json"], { cwd: dir });
  expect(missing.stderr).toBe("Die Beschriftungsdatei fehlt.json ist nicht lesbar (nicht gefunden).\n");
});

test("--from LAST: each name at the cell with the same label and role; moved, stayed, not found", async () => {
  const r = await run(["map", "neu.xlsx", "--from", "vorjahr.xlsx", "--format", "json"], { cwd: dir });
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as Json;
  expect(high(json)).toMatchObject({ ZIE_IQ: "'Steuerung 2025'!$C$7", ZIE_IQ_VJ: "'Steuerung 2025'!$B$7", ZIE_LZB: "'Steuerung 2025'!$C$8", ZIE_LZB_VJ: "'Steuerung 2025'!$B$8" });
  expect(json.from).toEqual({
    file: "vorjahr.xlsx",
    stayed: [{ name: "AIP_Planjahr", ref: "'Steuerung 2025'!$B$3", confidence: "high" }],
    moved: [
      { name: "ZIE_IQ_VJ", from: "'Steuerung 2024'!$B$6", to: "'Steuerung 2025'!$B$7", confidence: "high" },
      { name: "ZIE_IQ", from: "'Steuerung 2024'!$C$6", to: "'Steuerung 2025'!$C$7", confidence: "high" },
      { name: "ZIE_LZB", from: "'Steuerung 2024'!$C$7", to: "'Steuerung 2025'!$C$8", confidence: "high" },
      { name: "ZIE_LZB_VJ", from: "'Steuerung 2024'!$B$7", to: "'Steuerung 2025'!$B$8", confidence: "high" },
    ],
    notFound: [{ name: "ZIE_ELB_VJ", from: "'Steuerung 2024'!$A$1", reason: "Neben der Zelle steht keine Beschriftung." }],
  });
  const text = await run(["map", "neu.xlsx", "--from", "vorjahr.xlsx"], { cwd: dir });
  expect(text.stdout).toContain("Vergleich mit vorjahr.xlsx: 1 geblieben, 4 verschoben, 1 nicht gefunden.");
  expect(text.stdout).toContain("  verschoben  ZIE_IQ: 'Steuerung 2024'!$C$6 → 'Steuerung 2025'!$C$7 (sicher)");

  const noNames = await run(["map", "neu.xlsx", "--from", "eigen.xlsx"], { cwd: dir });
  expect(noNames.code).toBe(2);
  expect(noNames.stderr).toContain("--from braucht die Mappe des Vorjahres mit ihren Namen");
});
