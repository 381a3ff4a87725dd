#!/usr/bin/env node
// Renders the add-in's icon (assets/icon.svg) to the PNG sizes the manifest and the ribbon use
// (16, 32, 64, 80, 128 px) with headless Chromium, so the PNGs in assets/ always come from the SVG.
// Run: node scripts/make-icons.js   (needs /usr/bin/chromium or CHROMIUM_PATH)
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const SIZES = [16, 32, 64, 80, 128];
const assets = path.resolve(__dirname, "..", "assets");

async function main() {
  const svg = fs.readFileSync(path.join(assets, "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace(
        "<svg ",
        `<svg width="${size}" height="${size}" `,
      )}</body></html>`;
      await page.setContent(html);
      const file = path.join(assets, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
