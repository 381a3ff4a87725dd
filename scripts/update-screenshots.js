#!/usr/bin/env node
// Copies the e2e run's screenshots that the docs show from test-results/ into docs/img/. The e2e tests write
// every screenshot to test-results/ only (git-ignored), so `npm test` never changes a tracked file; after a
// change to the pane, run the e2e once (`npm run build && npx jest test/e2e`), then `npm run docs:screenshots`,
// look at the images and commit them.
const fs = require("fs");
const path = require("path");

/** test-results/<file> → docs/img/<file>: the images README.md and docs/anleitung.md use. */
const DOC_SCREENSHOTS = {
  "demo-marks-de.png": "demo-pruefen.png",
  "demo-overview-de.png": "demo-uebersicht.png",
  "demo-einrichten.png": "demo-einrichten.png",
  "demo-verlauf-de.png": "demo-verlauf.png",
};

function updateScreenshots(root = path.resolve(__dirname, "..")) {
  const results = path.join(root, "test-results");
  const missing = Object.keys(DOC_SCREENSHOTS).filter((f) => !fs.existsSync(path.join(results, f)));
  if (missing.length) throw new Error(`Fehlt in test-results/: ${missing.join(", ")} — erst die e2e-Tests laufen lassen (npm run build && npx jest test/e2e).`);
  for (const [from, to] of Object.entries(DOC_SCREENSHOTS)) {
    fs.copyFileSync(path.join(results, from), path.join(root, "docs", "img", to));
    console.log(`test-results/${from} → docs/img/${to}`);
  }
}

module.exports = { DOC_SCREENSHOTS, updateScreenshots };

if (require.main === module) {
  try {
    updateScreenshots();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
