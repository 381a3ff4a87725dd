// The real `aip` entry (bin/aip.js → build/cli/main.js) as a child process: exit codes reach the shell
// and the JSON is what a script would parse. Builds the CLI first when the build is missing or stale.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
const built = join(root, "build", "cli", "main.js");

function newestSource(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts"))
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

function aip(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, "bin", "aip.js"), ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const sources = Math.max(...["core", "xlsx", "cli"].map((d) => newestSource(join(root, "src", d))));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    execFileSync("npm", ["run", "build:cli"], { cwd: root, stdio: "pipe" });
  }
}, 180_000);

describe("bin/aip.js", () => {
  it("checks the example: exit 0 and German text", () => {
    const { code, stdout, stderr } = aip(["check", "--example"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Planeintritte im Text (458) ≠ Summe Plan der Förderübersicht (869)");
  });

  it("exits 1 with --fail-on warning and prints parseable JSON", () => {
    const { code, stdout } = aip(["check", "--example", "--format", "json", "--fail-on", "warning"]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.summary.files).toBe(1);
    expect(report.summary.warnings).toBeGreaterThan(0);
  });

  it("exits 2 for an unreadable file and for wrong usage, without a stack trace", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "leer.xlsx"), "");
    const bad = aip(["check", join(dir, "leer.xlsx"), "--format", "json"]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).files[0].error).toBe("Die Datei ist leer (0 Bytes).");
    const usage = aip(["check"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("aip check braucht mindestens eine Datei");
    expect(usage.stderr).not.toContain("    at ");
  });
});
