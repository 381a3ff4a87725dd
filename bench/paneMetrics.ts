// Startup figures of the task pane for `npm run bench` (not timed in tests): gzip size of the pane's
// JavaScript and the first render in headless Chromium. Use as a module (measurePane) or run it:
//   npx tsx bench/paneMetrics.ts            (after a production build; prints JSON)
// First render is measured on the demo page (taskpane.html needs Office.js from Microsoft's CDN, which a
// test machine cannot reach); the demo renders the same pane, plus the fake Excel and its grid.
import fs from "fs";
import path from "path";
import zlib from "zlib";
import type { Server } from "http";
import { chromium } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDemoServer } = require("../scripts/demo-server.js") as {
  startDemoServer(o: { port: number; root: string }): Promise<{ server: Server; port: number }>;
};

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface PaneMetrics {
  /** gzip -9 bytes per file the Excel pane can load (its entries and every lazy chunk; not the demo). */
  gzipBytes: Record<string, number>;
  gzipTotal: number;
  /** ms from navigation start to the pane's tab list being visible, one per run. */
  firstRenderMs: number[];
  firstRenderMedianMs: number;
}

/** Every .js of the build except the demo's own entry: what taskpane.html loads at once or lazily. */
export function paneScripts(dist: string): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => f.endsWith(".js") && f !== "demo.js")
    .sort();
}

export async function measurePane(dist = path.resolve(__dirname, "../dist"), runs = 5): Promise<PaneMetrics> {
  if (!fs.existsSync(path.join(dist, "demo.html"))) throw new Error(`${dist}/demo.html fehlt: erst bauen.`);
  const gzipBytes: Record<string, number> = {};
  for (const f of paneScripts(dist)) gzipBytes[f] = zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  const gzipTotal = Object.values(gzipBytes).reduce((a, b) => a + b, 0);

  const { server, port } = await startDemoServer({ port: 0, root: dist });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const firstRenderMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(); // cold cache each run
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: "commit" });
      // A string, not a function: tsx/esbuild would wrap a function with helpers the page does not have.
      const ms = await page.evaluate<number>(`new Promise((resolve) => {
        const done = () => document.querySelector("[role='tablist']") && (resolve(performance.now()), true);
        if (done()) return;
        new MutationObserver((_, obs) => done() && obs.disconnect()).observe(document, { childList: true, subtree: true });
      })`);
      firstRenderMs.push(Math.round(ms));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sorted = [...firstRenderMs].sort((a, b) => a - b);
  return { gzipBytes, gzipTotal, firstRenderMs, firstRenderMedianMs: sorted[Math.floor(sorted.length / 2)] };
}

if (require.main === module) {
  measurePane().then(
    (m) => console.log(JSON.stringify(m, null, 2)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
