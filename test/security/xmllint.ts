// Strict XML checks through libxml2's xmllint (Debian libxml2-utils; scripts/system-deps.sh installs it):
// well-formedness as XML 1.0 requires it (e.g. no "--" inside a comment, which lenient JavaScript parsers
// accept and Office rejects), and validity against Microsoft's manifest schemas vendored in
// test/fixtures/office-schemas (see its README for their source and the local fixes).
import { spawnSync } from "node:child_process";
import path from "node:path";

export const SCHEMA = path.resolve(__dirname, "../fixtures/office-schemas/OfficeAppManifestV1_1.xsd");

function xmllint(args: string[], xml: string): { ok: boolean; messages: string[] } {
  const run = spawnSync("xmllint", [...args, "-"], { input: xml, encoding: "utf8" });
  if (run.error) {
    throw new Error(`xmllint is missing (${run.error.message}): install libxml2-utils, e.g. with \`bash scripts/system-deps.sh\`.`);
  }
  const messages = run.stderr
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && line !== "- validates" && line !== "- fails to validate");
  return { ok: run.status === 0, messages };
}

/** libxml2's complaints about the document as XML 1.0 (empty when it is well-formed). */
export function wellFormednessErrors(xml: string): string[] {
  const result = xmllint(["--noout", "--nonet"], xml);
  return result.ok ? [] : result.messages.length > 0 ? result.messages : ["not well-formed"];
}

/** libxml2's complaints about the manifest against Microsoft's schemas (empty when it is valid). */
export function schemaErrors(xml: string): string[] {
  const result = xmllint(["--noout", "--nonet", "--schema", SCHEMA], xml);
  return result.ok ? [] : result.messages.length > 0 ? result.messages : ["does not validate"];
}
