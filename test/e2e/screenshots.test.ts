// Screenshots: the e2e tests write only to test-results/ (so `npm test` changes no tracked file), and
// scripts/update-screenshots.js copies exactly the images the docs show into docs/img/.
import fs from "fs";
import os from "os";
import path from "path";
import { RESULTS } from "../helpers/demoBrowser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { DOC_SCREENSHOTS, updateScreenshots } = require("../../scripts/update-screenshots.js") as {
  DOC_SCREENSHOTS: Record<string, string>;
  updateScreenshots(root?: string): void;
};

const ROOT = path.resolve(__dirname, "../..");

test("no e2e test writes into docs/ (every screenshot path is under test-results/)", () => {
  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith(".ts"))) {
    if (f === "screenshots.test.ts") continue;
    const code = fs.readFileSync(path.join(__dirname, f), "utf8").replace(/^\s*\/\/.*$/gm, ""); // comments may name docs/img
    expect({ f, docs: /docs[/\\]img|["'/]docs["'/]/.test(code) }).toEqual({ f, docs: false });
    // every screenshot call writes through the test-results/ constant
    for (const call of code.matchAll(/\.screenshot\(\{ path: ([^,}]+)/g)) expect(call[1]).toMatch(/RESULTS|SCREENSHOT/);
    if (/SCREENSHOT =/.test(code)) expect(code).toMatch(/SCREENSHOT = path\.join\(RESULTS, /);
  }
  // …and that constant is test-results/ (the e2e tests share it with their opening, test/helpers/demoBrowser.ts)
  expect(path.relative(ROOT, RESULTS)).toBe("test-results");
});

test("the script copies the images README.md and docs/anleitung.md use, and each exists in docs/img", () => {
  const used = new Set(
    ["README.md", "docs/anleitung.md", "docs/bereitstellung.md"].flatMap((doc) =>
      [...fs.readFileSync(path.join(ROOT, doc), "utf8").matchAll(/\]\((?:docs\/)?img\/([\w.-]+\.png)\)/g)].map((m) => m[1]),
    ),
  );
  expect(new Set(Object.values(DOC_SCREENSHOTS))).toEqual(used);
  for (const img of used) expect(fs.existsSync(path.join(ROOT, "docs/img", img))).toBe(true);
});

test("the script copies from test-results/ and refuses when a screenshot is missing", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "aip-shots-"));
  fs.mkdirSync(path.join(root, "test-results"));
  fs.mkdirSync(path.join(root, "docs/img"), { recursive: true });
  const [first, ...rest] = Object.keys(DOC_SCREENSHOTS);
  fs.writeFileSync(path.join(root, "test-results", first), "png");
  expect(() => updateScreenshots(root)).toThrow(new RegExp(rest.join(".*")));
  expect(fs.readdirSync(path.join(root, "docs/img"))).toEqual([]);
  for (const f of rest) fs.writeFileSync(path.join(root, "test-results", f), f);
  jest.spyOn(console, "log").mockImplementation(() => undefined);
  updateScreenshots(root);
  expect(fs.readFileSync(path.join(root, "docs/img", DOC_SCREENSHOTS[rest[0]]), "utf8")).toBe(rest[0]);
  fs.rmSync(root, { recursive: true });
});
