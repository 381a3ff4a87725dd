// The opening every end-to-end test of the built demo shares: the demo server over dist/ on a free port and
// Debian's Chromium (browser downloads are impossible here), started once per test file and closed after it.
// Needs a build first (npm test builds).
import fs from "fs";
import path from "path";
import type { Server } from "http";
import { chromium, type Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDemoServer } = require("../../scripts/demo-server.js") as {
  startDemoServer(o: { port: number; root: string }): Promise<{ server: Server; port: number }>;
};

export const DIST = path.resolve(__dirname, "../../dist");
/** Screenshots of every e2e test go here (`npm run docs:screenshots` copies the documented ones to docs/img/). */
export const RESULTS = path.resolve(__dirname, "../../test-results");

/** No update, sync or other traffic of the browser's own: the demo tests assert that nothing leaves the origin. */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface DemoBrowser {
  /** http://127.0.0.1:<port> of the demo server. */
  readonly origin: string;
  readonly browser: Browser;
}

/** Registers beforeAll/afterAll; the returned object is filled once beforeAll has run. */
export function setUpDemoBrowser(): DemoBrowser {
  const demo = {} as { origin: string; browser: Browser };
  let server: Server | undefined;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, "demo.html"))) throw new Error("dist/demo.html fehlt: erst bauen (npx webpack --mode production).");
    fs.mkdirSync(RESULTS, { recursive: true });
    const started = await startDemoServer({ port: 0, root: DIST });
    server = started.server;
    demo.origin = `http://127.0.0.1:${started.port}`;
    demo.browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await demo.browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  return demo;
}
