// The rule count the README and the user guide state is the registry's, so it cannot drift when rules are added.
import fs from "node:fs";
import path from "node:path";
import { RULES } from "../../src/core/rules";

const read = (file: string) => fs.readFileSync(path.join(__dirname, "../..", file), "utf8");

test.each([
  ["README.md", /\((\d+) rules in seven\s+families/],
  ["docs/anleitung.md", /alle (\d+) Regeln/],
  ["docs/rules.md", /^(\d+) Regeln in sieben Familien/m],
])("%s states the number of rules in the registry", (file, pattern) => {
  const m = pattern.exec(read(file));
  expect(m).not.toBeNull();
  expect(Number(m![1])).toBe(RULES.length);
});
