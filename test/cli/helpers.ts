// Runs `main` in-process with captured output, and writes workbook files for the CLI tests.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { buildExample2024 } from "../../src/core/example";
import type { WorkbookModel } from "../../src/core/workbookModel";
import { writeWorkbookFile } from "../../src/xlsx/writeWorkbook";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.stderrTTY ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

export function tempDir(prefix = "aip-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Write the example, optionally changed, to `path` (folders are created). */
export async function writeExample(path: string, change?: (model: WorkbookModel) => void): Promise<string> {
  const model = buildExample2024();
  change?.(model);
  mkdirSync(dirname(path), { recursive: true });
  await writeWorkbookFile(model, path);
  return path;
}

/** The example with a Verwaltungshaushalt that no longer equals the sum of its parts. */
export const brokenTotal = (model: WorkbookModel) => {
  model.sheets[0].cells.B7 = { ...model.sheets[0].cells.B7, value: 9_990_000 };
};
