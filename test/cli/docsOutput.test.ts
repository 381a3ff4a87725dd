// The README and docs/cli.md show the real output of the main command; this keeps them true.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./helpers";

function shownOutput(file: string): string {
  const text = readFileSync(join(__dirname, "../..", file), "utf8");
  const start = text.indexOf("```text\n", text.indexOf("aip check --example"));
  expect(start).toBeGreaterThan(-1);
  const body = text.slice(start + "```text\n".length);
  return body.slice(0, body.indexOf("```"));
}

test.each(["README.md", "docs/cli.md"])("%s shows what `aip check --example` really prints", async (file) => {
  const { code, stdout } = await run(["check", "--example"]);
  expect(code).toBe(0);
  expect(shownOutput(file)).toBe(stdout);
});
