// Runs LibreOffice headless to convert (and so open, compute and save) an .xlsx file: the independent
// spreadsheet that proves the example computes, and the yardstick for the bench. Each profile directory
// is used by one conversion at a time (LibreOffice locks it); a fresh one avoids clashes with others.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";

export function sofficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

// OOXMLRecalcMode 0 = always recalculate on load. LibreOffice's default keeps the cached results of a
// file that says it was written by Excel, which would prove nothing about its own computation.
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export interface ConvertOptions {
  /** Profile directory (created if missing); reuse it for warm starts, never concurrently. */
  profileDir: string;
  /** Make LibreOffice recompute every formula on load instead of trusting cached results. */
  recalculate?: boolean;
  timeoutMs?: number;
}

/** Arguments of `soffice` converting `files` to xlsx into `outDir` with the given profile. */
export function sofficeConvertArgs(files: string[], outDir: string, profileDir: string): string[] {
  return [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, ...files];
}

/** Convert `file` to xlsx into `outDir`; resolves with the path of the converted file. */
export function convertWithLibreOffice(file: string, outDir: string, options: ConvertOptions): Promise<string> {
  mkdirSync(join(options.profileDir, "user"), { recursive: true });
  if (options.recalculate) writeFileSync(join(options.profileDir, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  mkdirSync(outDir, { recursive: true });
  const args = sofficeConvertArgs([file], outDir, options.profileDir);
  return new Promise((resolve, reject) => {
    execFile("soffice", args, { timeout: options.timeoutMs ?? 120_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`LibreOffice-Konvertierung fehlgeschlagen: ${error.message} ${stderr}`));
      else resolve(join(outDir, basename(file)));
    });
  });
}
