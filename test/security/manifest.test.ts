// Issue 5 §3: the manifest opens no more than the add-in needs. AppDomains (origins the add-in window
// may navigate to) lists nothing beyond the add-in's own origin — Office.js from its CDN is a script
// load, which needs no AppDomain — and every URL the manifest names (pages, scripts, metadata, icons)
// is https on that one origin. Checked for the source manifest and the built one in dist/.
import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { readDistFile } from "../support/dist";

type XmlValue = string | number | boolean | XmlObject | XmlValue[];
interface XmlObject {
  [key: string]: XmlValue;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, parseAttributeValue: false, parseTagValue: false });

/** Every (path, value) pair of the parsed XML, attributes included. */
function* walk(node: XmlValue, at: string): Generator<[string, string]> {
  if (Array.isArray(node)) for (const item of node) yield* walk(item, at);
  else if (node !== null && typeof node === "object") for (const [k, v] of Object.entries(node)) yield* walk(v, `${at}/${k}`);
  else yield [at, String(node)];
}

export function manifestProblems(xml: string): string[] {
  const doc = parser.parse(xml) as XmlObject;
  const pairs = [...walk(doc, "")];
  const source = pairs.find(([p]) => p.endsWith("/DefaultSettings/SourceLocation/@DefaultValue"))?.[1];
  if (!source) return ["no SourceLocation"];
  const origin = new URL(source).origin;
  const problems: string[] = [];
  if (!source.startsWith("https://")) problems.push(`SourceLocation is not https: ${source}`);
  for (const [p, v] of pairs) {
    if (/\/AppDomains\/AppDomain$/.test(p)) {
      if (new URL(v).origin !== origin) problems.push(`AppDomain ${v} besides the add-in's origin ${origin}`);
    } else if (/^https?:\/\//i.test(v) && !p.includes("@xmlns") && new URL(v).origin !== origin) {
      problems.push(`${p} points to ${v}, outside ${origin}`);
    }
  }
  const permissions = pairs.find(([p]) => p === "/OfficeApp/Permissions")?.[1];
  // Marks and the Prüfprotokoll write to the workbook, which needs ReadWriteDocument; nothing needs more.
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions ${permissions}`);
  return problems;
}

const SOURCE = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

test("the check catches an extra AppDomain and a URL on another origin", () => {
  const withDomain = SOURCE.replace("</DefaultSettings>", "</DefaultSettings><AppDomains><AppDomain>https://login.example.com</AppDomain></AppDomains>");
  expect(manifestProblems(withDomain)).toEqual(["AppDomain https://login.example.com besides the add-in's origin https://localhost:3000"]);
  const foreignIcon = SOURCE.replace('IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"', 'IconUrl DefaultValue="https://cdn.example.com/icon.png"');
  expect(manifestProblems(foreignIcon)).toEqual(["/OfficeApp/IconUrl/@DefaultValue points to https://cdn.example.com/icon.png, outside https://localhost:3000"]);
});

test("manifest.xml: no AppDomain beyond the add-in's origin, every URL https on that origin", () => {
  expect(manifestProblems(SOURCE)).toEqual([]);
  expect(SOURCE).not.toMatch(/<AppDomain>/);
});

test("dist/manifest.xml (as built): the same", () => {
  expect(manifestProblems(readDistFile("manifest.xml"))).toEqual([]);
});
