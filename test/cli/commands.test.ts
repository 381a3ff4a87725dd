// The other commands in-process: example, rules, help, version, and wrong usage (exit 2, German).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleSnapshot } from "../../src/core/example";
import { rulesMarkdown, RULES } from "../../src/core";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { run, tempDir } from "./helpers";

describe("aip example", () => {
  it("writes the example workbook that reads back as the example snapshot", async () => {
    const dir = tempDir();
    const { code, stdout } = await run(["example", "beispiel.xlsx"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Beispielmappe geschrieben: beispiel\.xlsx \(5 Blätter, \d+ Namen\)\n$/);
    const read = await readWorkbookFile(join(dir, "beispiel.xlsx"));
    // Both read the rows below table names (belowValues, test/xlsx/belowValues.test.ts), so they agree entirely.
    expect(read.names).toEqual(exampleSnapshot().names);
  });

  it("does not overwrite an existing file unless --force", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "meine.xlsx"), "meine Arbeit");
    const refused = await run(["example", "meine.xlsx"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Die Datei meine.xlsx gibt es schon");
    expect(readFileSync(join(dir, "meine.xlsx"), "utf8")).toBe("meine Arbeit");
    expect((await run(["example", "meine.xlsx", "--force"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "meine.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("says when the file cannot be written", async () => {
    const { code, stderr } = await run(["example", "/gibt/es/nicht/beispiel.xlsx"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Die Datei \/gibt\/es\/nicht\/beispiel\.xlsx konnte nicht geschrieben werden: /);
  });
});

describe("aip rules", () => {
  it("lists every rule by family as text", async () => {
    const { code, stdout } = await run(["rules"]);
    expect(code).toBe(0);
    for (const { meta } of RULES) expect(stdout).toContain(meta.id);
    expect(stdout).toContain(`${RULES.length} Regeln.`);
  });

  it("prints the Markdown catalogue", async () => {
    const { code, stdout } = await run(["rules", "--format", "markdown"]);
    expect(code).toBe(0);
    expect(stdout).toBe(rulesMarkdown());
  });
});

describe("help, version and wrong usage", () => {
  it("prints German help and the package version", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("aip check DATEI|ORDNER...");
    expect((await run([])).stdout).toBe(help.stdout);
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it.each([
    [["prüfe"], "Unbekannter Befehl „prüfe“"],
    [["check"], "aip check braucht mindestens eine Datei oder einen Ordner (oder --example)."],
    [["check", "--example", "--format", "xml"], "Ungültiger Wert für --format: „xml“ (erlaubt: text, json)."],
    [["check", "--example", "--fail-on", "fatal"], "Ungültiger Wert für --fail-on: „fatal“"],
    [["check", "--example", "--farbe"], "Aufruf nicht verstanden:"],
    [["example"], "aip example braucht genau einen Dateinamen"],
    [["example", "beispiel.xls"], "Der Dateiname muss auf .xlsx (Beispielmappe) oder .docx (Beispieldokument) enden"],
    [["docx", "check", "a.docx"], "aip docx check braucht ein Dokument und eine Mappe"],
    [["docx", "tables", "a.xlsx", "b.pdf"], "Die Ausgabedatei muss auf .docx enden: b.pdf"],
    [["docx", "merge"], "aip docx kennt check, tables und fill (nicht „merge“)."],
    [["rules", "--format", "html"], "Ungültiger Wert für --format: „html“ (erlaubt: text, markdown)."],
  ])("%j → exit 2 with a German message", async (argv, expected) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain(expected);
    expect(stderr).toContain("aip --help zeigt die Hilfe.");
  });
});
