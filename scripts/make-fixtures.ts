// Writes the hardening corpus (test/fixtures/corpus.ts) into a folder, with the large cases, and a
// manifest.json saying what `aip check` must give for each file — to try the files by hand:
//   npx tsx scripts/make-fixtures.ts OUTDIR && npx aip check OUTDIR
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { writeCorpus } from "../test/fixtures/corpus";

async function run(out: string | undefined): Promise<number> {
  if (!out) {
    process.stderr.write("Aufruf: npx tsx scripts/make-fixtures.ts AUSGABEORDNER\n");
    return 2;
  }
  const dir = resolve(out);
  const cases = await writeCorpus(dir, { large: !process.argv.includes("--ohne-grosse") });
  const manifest = cases.map((c) => ({
    file: c.file,
    what: c.what,
    ...(c.expect.outcome === "unreadable"
      ? { exit: 2, reason: c.expect.reason.source }
      : { rules: c.expect.rules, fakeExcel: c.expect.fake === "same" ? "same findings" : c.expect.fake.xlsxOnly }),
  }));
  await writeFile(join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`${cases.length} Dateien und manifest.json geschrieben nach ${dir}\n`);
  return 0;
}

run(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Fehler: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
