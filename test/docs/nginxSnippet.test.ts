// docs/bereitstellung.md §4.4: the nginx rule that sends Access-Control-Allow-Origin for functions*.json must
// match under a path prefix (/aip/functions.json) as well as at the root, and nothing else. The expression is
// read from the document itself, so the test follows the snippet (nginx regex locations are PCRE; this one
// uses nothing JavaScript reads differently).
import fs from "node:fs";
import path from "node:path";

const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "bereitstellung.md"), "utf8");
const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
const metadataRule = [...block.matchAll(/location ~ (\S+) \{/g)].map((m) => m[1]).find((r) => r.includes("functions"));

test("the snippet has a regex location for the functions metadata", () => {
  expect(metadataRule).toBeDefined();
});

test.each([
  ["/functions.json", true],
  ["/functions-de.json", true],
  ["/aip/functions.json", true],
  ["/aip/functions-de.json", true],
  ["/tools/aip/functions-en.json", true],
  ["/functions.js", false],
  ["/taskpane.html", false],
  ["/aip/functions.json.bak", false],
  ["/aip/functions-deutsch.json", false],
  ["/aip/myfunctions.json", false],
])("%s → CORS header %s", (uri, expected) => {
  expect(new RegExp(metadataRule as string).test(uri)).toBe(expected);
});
