// The table in src/excel/office/apiSets.ts must say what Microsoft's reference says (the "[Api set: …]" lines
// of @types/office-js), every member the code uses above the manifest's minimum (ExcelApi 1.7) must be in it
// with a fallback, and no row may name a member the code does not use.
import fs from "fs";
import path from "path";
import ts from "typescript";
import { MANIFEST_MIN, OFFICE_MEMBERS } from "../../src/excel/office/apiSets";
import { usedExcelMembers } from "./officeMembers";

const dts = fs.readFileSync(path.resolve(__dirname, "../../node_modules/@types/office-js/index.d.ts"), "utf8").split("\n");

/** The "[Api set: …]" of Excel.<Class>.<member>: the last one in the doc comment right above its declaration. */
function apiSetOf(member: string): string | undefined {
  const [cls, prop] = member.split(".");
  let inClass = false;
  let lastSet: string | undefined;
  for (const line of dts) {
    const c = /^ {4}(?:export )?(?:class|interface) (\w+)/.exec(line);
    if (c) inClass = c[1] === cls;
    const s = /\[Api set: ([^\]]+)\]/.exec(line);
    if (s) lastSet = s[1];
    const d = /^ {8}(?:readonly )?(\w+)(\(|\??:)/.exec(line);
    if (d) {
      if (inClass && d[1] === prop && lastSet?.startsWith("ExcelApi")) return lastSet;
      lastSet = undefined;
    }
  }
  return undefined;
}

/** "ExcelApi 1.1 for String,…; 1.7 for Array" → "ExcelApi 1.1": the set a member first appears in. */
const firstSet = (set: string) => /^ExcelApi \d+\.\d+/.exec(set)?.[0];
const minor = (set: string) => Number(/ExcelApi 1\.(\d+)/.exec(set)?.[1] ?? NaN);
const aboveMinimum = (set: string) => minor(set) > minor(`ExcelApi ${MANIFEST_MIN}`);

test.each(OFFICE_MEMBERS.map((m) => [m.member, m.set, m.fallback] as const))("%s is %s in Microsoft's reference", (member, set, fallback) => {
  const found = apiSetOf(member);
  expect(found).toBeDefined();
  // Exactly this version: "ExcelApi 1.1" must not accept 1.10–1.19.
  expect(firstSet(found!)).toBe(set);
  if (aboveMinimum(set)) expect(fallback).toBeTruthy();
});

test("the version comparison is exact", () => {
  expect(firstSet("ExcelApi 1.14")).not.toBe("ExcelApi 1.1");
  expect(firstSet("ExcelApi 1.1 for String,Integer; 1.7 for Array")).toBe("ExcelApi 1.1");
});

describe("the members src/excel/office uses (TypeScript checker)", () => {
  const used = usedExcelMembers();
  const table = new Map(OFFICE_MEMBERS.map((m) => [m.member, m]));

  test("every one above the manifest's minimum is in the table, with its set and a fallback", () => {
    const high = [...used].filter(([, set]) => aboveMinimum(firstSet(set)!));
    // the ones this project knows it uses (the list may grow, never lose these)
    expect(high.map(([m]) => m)).toEqual(expect.arrayContaining(["ConditionalFormatCollection.getItemOrNullObject", "RangeAreas.select", "Range.getMergedAreasOrNullObject", "Workbook.readOnly"]));
    for (const [member, set] of high) {
      expect({ member, row: table.get(member) }).toEqual({ member, row: expect.objectContaining({ set: firstSet(set), fallback: expect.any(String) }) });
    }
  });

  test("no row names a member the code does not use (methods by a call, properties also in a load path)", () => {
    const officeDir = path.resolve(__dirname, "../../src/excel/office");
    const loadPaths = fs
      .readdirSync(officeDir)
      .filter((f) => f.endsWith(".ts") && f !== "apiSets.ts")
      .flatMap((f) => {
        const source = ts.createSourceFile(f, fs.readFileSync(path.join(officeDir, f), "utf8"), ts.ScriptTarget.ES2020);
        const strings: string[] = [];
        const visit = (n: ts.Node) => {
          if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) strings.push(n.text);
          ts.forEachChild(n, visit);
        };
        visit(source);
        return strings.flatMap((s) => s.split(/[,/]/).map((p) => p.trim()));
      });
    const unused = OFFICE_MEMBERS.filter((m) => !used.has(m.member) && !loadPaths.includes(m.member.split(".")[1])).map((m) => m.member);
    expect(unused).toEqual([]);
  });
});

test("the manifest asks for the minimum the table assumes", () => {
  const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_MIN}"/>`);
});
