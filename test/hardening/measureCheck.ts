// Child-process helper for ./largeFiles.test.ts: runs `aip check FILE --format json` in-process and prints
// one JSON line with the exit code, the file's result, the time and the peak resident memory (from the
// kernel's count, so it includes what the parser allocates outside the JavaScript heap).
// Run as: node --max-old-space-size=N --require tsx/cjs test/hardening/measureCheck.ts FILE
import { getHeapStatistics } from "node:v8";
import { main } from "../../src/cli/main";
import { peakRssMB } from "../helpers/peakRss";

async function measure(file: string): Promise<void> {
  let stdout = "";
  let stderr = "";
  const start = performance.now();
  const code = await main(["check", file, "--format", "json"], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
    cwd: process.cwd(),
  });
  const ms = Math.round(performance.now() - start);
  const report = JSON.parse(stdout) as { files: Array<{ error?: string; findings: Array<{ rule: string }> }> };
  const f = report.files[0];
  process.stdout.write(
    `${JSON.stringify({
      code,
      stderr,
      ms,
      maxRssMB: peakRssMB(),
      heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024),
      error: f.error,
      rules: [...new Set(f.findings.map((x) => x.rule))].sort(),
    })}\n`,
  );
}

void measure(process.argv[2]);
