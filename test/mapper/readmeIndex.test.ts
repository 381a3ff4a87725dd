// src/core/mapper/README.md is the folder's index: every module listed exactly once, in a table row
// "| `name.ts` | what it decides |", and no row naming a file that is gone.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const folder = join(__dirname, "../../src/core/mapper");

/** The module names of the README's table rows, in order (duplicates kept). */
function indexedModules(readme: string): string[] {
  return [...readme.matchAll(/^\|\s*`([^`]+\.ts)`\s*\|/gm)].map((m) => m[1]);
}

it("reads only table rows that start with a backticked module name", () => {
  const text = [
    "Prose naming `index.ts` is no entry.",
    "| module | what it decides |",
    "|---|---|",
    "| `roles.ts` | which year |",
    "| `values.ts` | the type, see `scaledFormat.ts` |",
    "| roles.ts | not backticked |",
    "| `notes.md` | not a module |",
  ].join("\n");
  expect(indexedModules(text)).toEqual(["roles.ts", "values.ts"]);
});

describe("src/core/mapper/README.md", () => {
  const listed = indexedModules(readFileSync(join(folder, "README.md"), "utf8"));
  const modules = readdirSync(folder).filter((f) => f.endsWith(".ts"));

  it("lists every module of the folder", () => {
    expect(modules.filter((m) => !listed.includes(m))).toEqual([]);
  });

  it("names no file that does not exist", () => {
    expect(listed.filter((m) => !modules.includes(m))).toEqual([]);
  });

  it("lists each module once", () => {
    expect(listed.filter((m, i) => listed.indexOf(m) !== i)).toEqual([]);
  });
});
