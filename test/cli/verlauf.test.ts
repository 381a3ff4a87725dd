// The monthly tracking sheet on the command line: `aip example OUT.xlsx --verlauf` writes it (invented
// figures up to June, on the targets' path: no verlauf finding), `aip check` covers it, and `--month M`
// checks as of month M, ignoring this year's later months.
import { RULES } from "../../src/core/rules";
import { ISSUE_15_RULES } from "../helpers/issue15";
import { join } from "node:path";
import { addVerlauf2024, buildExample2024 } from "../../src/core/example";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";
import { run, tempDir } from "./helpers";

interface JsonOut {
  files: { findings: { rule: string; data: Record<string, unknown>; cells: string[] }[]; coverage: { rulesRun: number; rulesTotal: number } }[];
}

describe("aip example --verlauf and aip check --month", () => {
  const dir = tempDir();

  it("writes the example with the Verlauf sheet, marked as invented test figures, and checks it without a verlauf finding", async () => {
    const { code, stdout } = await run(["example", "verlauf.xlsx", "--verlauf"], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe("Beispielmappe geschrieben: verlauf.xlsx (6 Blätter, 57 Namen)\n");
    const snapshot = await readWorkbookFile(join(dir, "verlauf.xlsx"));
    expect(snapshot.names.filter((n) => n.name.startsWith("MON_")).map((n) => n.name).sort()).toEqual(
      ["MON_ELB", "MON_ELB_VJ", "MON_Eintritte", "MON_Eintritte_VJ", "MON_Integrationen", "MON_Integrationen_VJ", "MON_LZB", "MON_LZB_VJ", "MON_Mittel"],
    );
    const checked = await run(["check", "verlauf.xlsx", "--format", "json"], { cwd: dir });
    const out = JSON.parse(checked.stdout) as JsonOut;
    expect(out.files[0].findings.filter((f) => f.rule.startsWith("verlauf/"))).toEqual([]);
    // All five verlauf rules ran: every rule counts, and only the example's usual skips are missing
    // (ziele/veraenderung-lzb); the issue-15 rules over optional inputs it lacks do not count.
    expect(out.files[0].coverage).toMatchObject({ rulesRun: RULES.length - ISSUE_15_RULES.length - 1, rulesTotal: RULES.length - ISSUE_15_RULES.length });
  });

  it("the plain example does not get the sheet", async () => {
    await run(["example", "plain.xlsx"], { cwd: dir });
    const snapshot = await readWorkbookFile(join(dir, "plain.xlsx"));
    expect(snapshot.sheets.map((s) => s.name)).not.toContain("Verlauf");
  });

  it("--month 5 ignores a June that misses the target; without it the finding is there", async () => {
    const model = addVerlauf2024(buildExample2024());
    model.sheets.find((s) => s.name === "Verlauf")!.cells.C11 = { value: 30 };
    await writeWorkbookFile(model, join(dir, "juni.xlsx"));
    const all = JSON.parse((await run(["check", "juni.xlsx", "--format", "json"], { cwd: dir })).stdout) as JsonOut;
    expect(all.files[0].findings.filter((f) => f.rule === "verlauf/iq-ziel").map((f) => [f.data.month, f.cells[0]])).toEqual([[6, "Verlauf!C11"]]);
    const may = JSON.parse((await run(["check", "juni.xlsx", "--format", "json", "--month", "5"], { cwd: dir })).stdout) as JsonOut;
    expect(may.files[0].findings.filter((f) => f.rule.startsWith("verlauf/"))).toEqual([]);
  });

  it("--month outside 1–12 is wrong usage", async () => {
    const { code, stderr } = await run(["check", "juni.xlsx", "--month", "0"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain("--month braucht einen Monat von 1 bis 12, nicht „0“.");
  });
});
