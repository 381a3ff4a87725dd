// Child-process helper for test/hardening/largeFiles.test.ts: reads FILE with the project's reader alone
// (no engine) and prints one JSON line with the time, the peak resident memory (the kernel's count, so it
// includes what ExcelJS and JSZip allocate outside the JavaScript heap) and, per defined name, what was
// read: problem, address, size and the first and last row of values.
// Run as: node --max-old-space-size=N --require tsx/cjs test/xlsx/measureRead.ts FILE
import { getHeapStatistics } from "node:v8";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { peakRssMB } from "../helpers/peakRss";

async function measure(file: string): Promise<void> {
  const start = performance.now();
  const snapshot = await readWorkbookFile(file);
  const ms = Math.round(performance.now() - start);
  const names = snapshot.names.map((n) => ({
    name: n.name,
    problem: n.problem,
    address: n.address,
    rows: n.values?.length,
    cols: n.values?.[0]?.length,
    first: n.values?.[0],
    last: n.values?.[n.values.length - 1],
  }));
  process.stdout.write(
    `${JSON.stringify({
      ms,
      maxRssMB: peakRssMB(),
      heapLimitMB: Math.round(getHeapStatistics().heap_size_limit / 1024 / 1024),
      names,
    })}\n`,
  );
}

void measure(process.argv[2]);
