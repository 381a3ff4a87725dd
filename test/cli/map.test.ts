// `aip map` on workbooks without names: text and JSON output, --write with its refusals, --mapping,
// and `aip check --map`; then map → write → check on the seed layout.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { MAPPER_MARKER, planNames, replacedDefinitions } from "../../src/core/mapper";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { budgetAndFoerderungLayout, layoutXlsx, otherJobcenterLayout, seedLayout } from "../fixtures/layouts";
import { run, tempDir } from "./helpers";

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = tempDir("aip-map-");
  writeFileSync(file("seed.xlsx"), await layoutXlsx(seedLayout()));
  writeFileSync(file("Planung 2024.xlsx"), await layoutXlsx(otherJobcenterLayout()));
  writeFileSync(file("budget.xlsx"), await layoutXlsx(budgetAndFoerderungLayout()));
});

describe("aip map FILE", () => {
  it("prints German text grouped by area, high and low marked", async () => {
    const r = await run(["map", "seed.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Haushalt$/m);
    expect(r.stdout).toMatch(/^Kunden$/m);
    expect(r.stdout).toMatch(/sicher {2}BUD_VH_Gesamt +Budget!\$B\$3 = 9\.994\.076 {2}← „Verwaltungshaushalt“ \(Budget!\$A\$3\)/);
    expect(r.stdout).toMatch(/prüfen {2}AIP_Jobcenter +Förderung!\$A\$2/);
    expect(r.stdout).toMatch(/fehlt {3}AIP_Planjahr +Das Planjahr 2024 steht in keiner Zelle/);
    expect(r.stdout).toContain("32 sichere Vorschläge, 1 zu prüfen, 22 ohne Vorschlag, 0 schon definiert.");
    expect(r.stdout).toContain("Hinweis: Der Wert −2,5 ist in Prozent eingetragen");
  });

  it("prints JSON exactly in the shape of the issue, reasons only on low proposals", async () => {
    const r = await run(["map", "Planung 2024.xlsx", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { file: string; proposals: Array<Record<string, unknown>>; existing: string[]; missing: string[] };
    expect(Object.keys(json)).toEqual(["file", "proposals", "existing", "missing"]);
    expect(json.file).toBe("Planung 2024.xlsx");
    for (const p of json.proposals) {
      const keys = ["name", "ref", "confidence", "label", "labelCell", "value", ...(p.confidence === "low" ? ["reasonId", "reason"] : [])];
      expect(Object.keys(p)).toEqual(keys);
    }
    expect(json.proposals.find((p) => p.name === "BUD_VH_Gesamt")).toEqual({
      name: "BUD_VH_Gesamt",
      ref: "'Haushalt 2024'!$D$5",
      confidence: "high",
      label: "Gesamtverwaltungskosten (VWH)",
      labelCell: "'Haushalt 2024'!$B$5",
      value: 12_000_000,
    });
    // the total row under the VZÄ areas, whose rows add up to it, is the total (issue 13 §2)
    expect(json.proposals.find((p) => p.name === "PER_VZAE_Gesamt")).toMatchObject({ confidence: "high", label: "Summe" });
    // the optional previous-year figures by gender (issue 8) are not in this workbook
    // nor the optional names of issue 15 (allocations, further targets, planned ELB, previous-year status)
    expect(json.missing).toEqual([
      "BUD_EGT_Zuteilung", "BUD_VWT_Zuteilung", "BUD_Zuteilung_Stand",
      "ZIE_IQ_Maenner_VJ", "ZIE_IQ_Frauen_VJ", "ZIE_LZB_VJ", "ZIE_LZB_Maenner_VJ", "ZIE_LZB_Frauen_VJ",
      "ZIE_Weitere", "ZIE_ELB", "ZIE_VJ_Stand", "ZIE_VJ_Status",
    ]);
  });

  it("exits 2 with a German reason when the file cannot be read, or on wrong usage", async () => {
    const missing = await run(["map", "fehlt.xlsx"], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("fehlt.xlsx: Die Datei wurde nicht gefunden.\n");
    expect((await run(["map"], { cwd: dir })).code).toBe(2);
    expect((await run(["map", "seed.xlsx", "--force"], { cwd: dir })).stderr).toContain("--mapping und --force gehören zu --write");
    expect((await run(["map", "seed.xlsx", "--write", "x.txt"], { cwd: dir })).code).toBe(2);
  });
});

describe("aip map FILE --write OUT", () => {
  it("writes the high proposals with the marker comment and changes nothing else", async () => {
    const r = await run(["map", "seed.xlsx", "--write", "seed-namen.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Geschrieben: seed-namen.xlsx mit 32 Namen aus sicheren Vorschlägen; sonst unverändert.");
    const xml = await (await JSZip.loadAsync(readFileSync(file("seed-namen.xlsx")))).file("xl/workbook.xml")!.async("string");
    expect(xml.match(new RegExp(`comment="${MAPPER_MARKER}"`, "g"))).toHaveLength(32);
    expect(xml).not.toContain('name="AIP_Jobcenter"');
    const snapshot = await readWorkbookFile(file("seed-namen.xlsx"));
    expect(snapshot.names.find((n) => n.name === "ZIE_IQ")!.values).toEqual([[0.16]]);
  });

  it("refuses to overwrite OUT without --force, and OUT = FILE always", async () => {
    writeFileSync(file("da.xlsx"), "x");
    const r = await run(["map", "seed.xlsx", "--write", "da.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("gibt es schon");
    expect(readFileSync(file("da.xlsx"), "utf8")).toBe("x");
    expect((await run(["map", "seed.xlsx", "--write", "da.xlsx", "--force"], { cwd: dir })).code).toBe(0);
    const same = await run(["map", "seed.xlsx", "--write", "./seed.xlsx", "--force"], { cwd: dir });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("ist die Eingabedatei");
  });

  it("refuses before reading or printing anything: no proposal list in front of the error (also via ../ and a symlink)", async () => {
    writeFileSync(file("da.xlsx"), "x");
    mkdirSync(file("sub"), { recursive: true });
    symlinkSync(file("seed.xlsx"), file("seed-link.xlsx"));
    const before = readFileSync(file("seed.xlsx"));
    for (const args of [
      ["map", "seed.xlsx", "--write", "da.xlsx"],
      ["map", "seed.xlsx", "--write", "seed.xlsx", "--force"],
      ["map", "sub/../seed.xlsx", "--write", "seed.xlsx", "--force"],
      ["map", "seed.xlsx", "--write", "seed-link.xlsx", "--force"],
      ["map", "seed.xlsx", "--write", "neu.xlsx", "--mapping", "fehlt.json"],
    ]) {
      const r = await run(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(/sicher {2}|BUD_VH_Gesamt/);
    }
    expect(readFileSync(file("seed.xlsx")).equals(before)).toBe(true);
    expect(existsSync(file("neu.xlsx"))).toBe(false);
  });

  it("adds, drops and replaces names from --mapping and says so", async () => {
    writeFileSync(file("map.json"), JSON.stringify({ AIP_Jobcenter: "Förderung!A2", ZIE_IQ: null }));
    const r = await run(["map", "seed.xlsx", "--write", "seed-map.xlsx", "--mapping", "map.json", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stderr).toContain("mit 32 Namen (31 aus sicheren Vorschlägen, 1 aus map.json)");
    const names = (await readWorkbookFile(file("seed-map.xlsx"))).names;
    expect(names.find((n) => n.name === "AIP_Jobcenter")!.refersTo).toBe("=Förderung!$A$2");
    expect(names.find((n) => n.name === "ZIE_IQ")).toBeUndefined();

    writeFileSync(file("replace.json"), JSON.stringify({ AIP_Jobcenter: "Budget!$A$1" }));
    const again = await run(["map", "seed-map.xlsx", "--write", "seed-map2.xlsx", "--mapping", "replace.json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("ersetzt: AIP_Jobcenter (bisher =Förderung!$A$2, jetzt =Budget!$A$1)");
    const replaced = (await readWorkbookFile(file("seed-map2.xlsx"))).names.filter((n) => n.name === "AIP_Jobcenter");
    expect(replaced.map((n) => n.refersTo)).toEqual(["=Budget!$A$1"]);
  });

  it("keeps a replaced user definition in the new name's comment, so removing the mapping restores it", () => {
    const result = { proposals: [], existing: [], missing: [], missingReasons: [], notes: [] } as unknown as Parameters<typeof planNames>[0];
    const { assignments, errors } = planNames(result, { AIP_Jobcenter: "Budget!$A$1" }, ["Budget"], [{ name: "AIP_Jobcenter", refersTo: "=Alt!$A$1", comment: "meins" }]);
    expect(errors).toEqual([]);
    expect(assignments[0].comment).toBe(`${MAPPER_MARKER} | ersetzt: [{"f":"=Alt!$A$1","c":"meins"}]`);
    expect(replacedDefinitions(assignments[0].comment)).toEqual([{ formula: "=Alt!$A$1", comment: "meins" }]);
  });

  it("rejects a mapping with unknown names or sheets and writes nothing", async () => {
    writeFileSync(file("bad.json"), JSON.stringify({ NICHT_DA: "Budget!A1", BUD_VH_Gesamt: "Fehlt!B3" }));
    const r = await run(["map", "seed.xlsx", "--write", "bad.xlsx", "--mapping", "bad.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("„NICHT_DA“ ist kein Name des Vertrags");
    expect(r.stderr).toContain("Das Blatt „Fehlt“");
    expect(existsSync(file("bad.xlsx"))).toBe(false);
  });
});

describe("aip check --map and map → write → check", () => {
  const namenErrors = (stdout: string) =>
    (JSON.parse(stdout) as { files: Array<{ findings: Array<{ rule: string; names: string[] }> }> }).files[0].findings.filter((f) =>
      f.rule === "namen/fehlt",
    );

  it("checks with the high proposals in memory, the file untouched", async () => {
    const before = readFileSync(file("seed.xlsx"));
    const plain = await run(["check", "seed.xlsx", "--format", "json"], { cwd: dir });
    const mapped = await run(["check", "seed.xlsx", "--map", "--format", "json"], { cwd: dir });
    // Without names: one error that nothing could be checked, not 34 namen/fehlt (issue 10 §2).
    const plainFindings = (JSON.parse(plain.stdout) as { files: Array<{ findings: Array<{ rule: string; severity: string }> }> }).files[0].findings;
    expect(plainFindings.map((f) => [f.rule, f.severity])).toEqual([["namen/keine-bereiche", "error"]]);
    // …and the coverage agrees: no rule ran (review of issue 10: not "geprüft: 22 von 47 Regeln"), in JSON and text.
    const plainCoverage = (JSON.parse(plain.stdout) as { files: Array<{ coverage: { rulesRun: number; rulesTotal: number } }> }).files[0].coverage;
    expect(plainCoverage.rulesRun).toBe(0);
    const plainText = await run(["check", "seed.xlsx"], { cwd: dir });
    expect(plainText.stdout).toMatch(new RegExp(`^ {2}geprüft: 0 von ${plainCoverage.rulesTotal} Regeln`, "m"));
    const missing = namenErrors(mapped.stdout).flatMap((f) => f.names);
    // The seed's printed tables have no Kunden sheet: one namen/bereich-fehlt for the area, no namen/fehlt per name.
    expect(missing.sort()).toEqual(["AIP_Jobcenter", "AIP_Planjahr"]);
    expect(readFileSync(file("seed.xlsx")).equals(before)).toBe(true);
    const text = await run(["check", "seed.xlsx", "--map"], { cwd: dir });
    expect(text.stdout).toContain("Zuordnung nur im Speicher (--map): 32 sichere Vorschläge angewandt, 1 zu prüfende nicht");
  });

  it("gives no namen/fehlt for a mapped figure after map → write → check", async () => {
    await run(["map", "budget.xlsx", "--write", "budget-namen.xlsx"], { cwd: dir });
    const r = await run(["check", "budget-namen.xlsx", "--format", "json"], { cwd: dir });
    const missing = namenErrors(r.stdout).flatMap((f) => f.names);
    expect(missing.filter((n) => n.startsWith("BUD_") || n === "FOE_Tabelle")).toEqual([]);
    const findings = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ rule: string }> }> }).files[0].findings.map((f) => f.rule);
    expect(findings).toContain("hinweis/kfa-anteil");
  });
});
