// Every Office.js member Einrichten uses, with its requirement set: the table in src/excel/office/apiSets.ts
// must say what Microsoft's reference says (the "[Api set: …]" lines of @types/office-js), and every member
// above the manifest's minimum (ExcelApi 1.7) must have a fallback.
import fs from "fs";
import path from "path";
import { MANIFEST_MIN, SETUP_MEMBERS } from "../../src/excel/office/apiSets";

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

const minor = (set: string) => Number(/ExcelApi 1\.(\d+)/.exec(set)?.[1] ?? NaN);

test.each(SETUP_MEMBERS.map((m) => [m.member, m.set, m.fallback] as const))("%s is %s in Microsoft's reference", (member, set, fallback) => {
  const found = apiSetOf(member);
  expect(found).toBeDefined();
  expect(found!.startsWith(set)).toBe(true);
  if (minor(set) > minor(`ExcelApi ${MANIFEST_MIN}`)) expect(fallback).toBeTruthy();
});

test("the manifest asks for the minimum the table assumes", () => {
  const manifest = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
  expect(manifest).toContain(`<Set Name="ExcelApi" MinVersion="${MANIFEST_MIN}"/>`);
});
