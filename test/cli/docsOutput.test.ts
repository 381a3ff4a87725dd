// The README and docs/cli.md show the real output of the main command; this keeps them true.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./helpers";

function shownOutput(file: string, command = "aip check --example"): string {
  const text = readFileSync(join(__dirname, "../..", file), "utf8");
  const start = text.indexOf("```text\n", text.indexOf(command));
  expect(start).toBeGreaterThan(-1);
  const body = text.slice(start + "```text\n".length);
  return body.slice(0, body.indexOf("```"));
}

test.each(["README.md", "docs/cli.md"])("%s shows what `aip check --example` really prints", async (file) => {
  const { code, stdout } = await run(["check", "--example"]);
  expect(code).toBe(0);
  expect(shownOutput(file)).toBe(stdout);
});

test("docs/cli.md shows what `aip check --example --lang en` really prints", async () => {
  const { code, stdout } = await run(["check", "--example", "--lang", "en"]);
  expect(code).toBe(0);
  expect(shownOutput("docs/cli.md", "Ausgabe von `npx aip check --example --lang en`")).toBe(stdout);
});
