#!/usr/bin/env node
/* Serves a release build (dist/ from `AIP_PROD_URL=https://… npm run build`) over HTTPS with the headers
 * Office needs; docs/bereitstellung.md describes it and gives the same rules for nginx and IIS.
 *
 *   AIP_TLS_CERT=/etc/ssl/aip.pem AIP_TLS_KEY=/etc/ssl/aip.key PORT=443 node scripts/serve-production.js
 *
 * Environment: AIP_TLS_CERT, AIP_TLS_KEY (PEM files, required: Office loads add-ins over HTTPS only),
 * AIP_TLS_CA (optional intermediate chain), PORT (default 443), AIP_DIST_DIR (default dist/),
 * AIP_FRAME_ANCESTORS (replaces the default frame-ancestors list, space-separated).
 *
 * Headers and why:
 * - Access-Control-Allow-Origin: * on functions*.json: Excel on the web fetches the custom-functions
 *   metadata from its own origin. The files hold only function descriptions, no data.
 * - Content types from the extension, and X-Content-Type-Options: nosniff.
 * - No X-Frame-Options and no frame-ancestors 'none' (the demo server's): Excel on the web shows the pane in
 *   an iframe. Instead frame-ancestors names the origins Office on the web has been seen framing add-ins
 *   from; Microsoft documents no list (office-js issue #1005, office-js-docs-pr issue #4911), see
 *   FRAME_ANCESTORS. Excel for Windows and Mac shows the pane in a webview without a parent, unaffected.
 * - Cache-Control: no-cache with an ETag: the file names carry no hash, so every start revalidates and an
 *   update is seen at once.
 * - Strict-Transport-Security. Static files only, GET/HEAD (and OPTIONS for the metadata), nothing outside
 *   the build directory, no directory listing. */
const fs = require("fs");
const http = require("http");
const https = require("https");
const path = require("path");

/** Origins allowed to frame the pages (Content-Security-Policy frame-ancestors). Microsoft documents none
 * (office-js #1005 "Document required CSP values" is open): *.cloud.microsoft covers excel.cloud.microsoft,
 * which Microsoft's docs team suggested (office-js-docs-pr #4911); *.sharepoint.com is what the reporter
 * of that issue needed for Excel on the web with a work account; *.officeapps.live.com (the Office for the
 * web servers) and onedrive.live.com are the list in office-js #3342; *.office.com is the Microsoft 365
 * portal. frame-ancestors checks every ancestor, so each must be listed. Override with AIP_FRAME_ANCESTORS
 * when the browser console of Excel on the web reports "Refused to frame … frame-ancestors" for another. */
const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.sharepoint.com",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://onedrive.live.com",
];

const TYPES = require("./content-types");

/** The custom-functions metadata Excel on the web fetches cross-origin. */
const isMetadata = (pathname) => /^\/functions(-[a-z]{2})?\.json$/.test(pathname);

function headersFor(pathname, frameAncestors) {
  const headers = {
    "Content-Type": TYPES[path.extname(pathname)] || "application/octet-stream",
    "X-Content-Type-Options": "nosniff",
    "Strict-Transport-Security": "max-age=31536000",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
  };
  // The pages carry their own policy in a <meta> tag; frame-ancestors works only as a header.
  if (pathname.endsWith(".html")) headers["Content-Security-Policy"] = `frame-ancestors ${frameAncestors.join(" ")}`;
  if (isMetadata(pathname)) headers["Access-Control-Allow-Origin"] = "*";
  return headers;
}

/** The request handler: static files from `root` with the headers above. */
function productionHandler({ root, frameAncestors = FRAME_ANCESTORS }) {
  const base = path.resolve(root);
  const plain = (res, status, text, extra = {}) => {
    res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", ...extra });
    res.end(text);
  };
  return (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "https://localhost").pathname);
    } catch {
      return plain(res, 400, "Ungültige Adresse.");
    }
    if (req.method === "OPTIONS" && isMetadata(pathname)) {
      res.writeHead(204, { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS", "Access-Control-Max-Age": "86400" });
      return res.end();
    }
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Nur GET und HEAD.", { Allow: "GET, HEAD" });
    const file = path.resolve(base, "." + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return plain(res, 403, "Verboten.");
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return plain(res, 404, "Nicht gefunden.");
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      const headers = { ...headersFor(pathname, frameAncestors), ETag: etag, "Last-Modified": stat.mtime.toUTCString() };
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
      fs.readFile(file, (readErr, body) => {
        if (readErr) return plain(res, 500, "Datei nicht lesbar.");
        res.writeHead(200, { ...headers, "Content-Length": body.length });
        res.end(req.method === "HEAD" ? undefined : body);
      });
    });
  };
}

/** Start serving; `tls` = { cert, key, ca? } (PEM contents). Without tls an http server (tests only). */
function startProductionServer({ root, port = 443, tls, frameAncestors } = {}) {
  const handler = productionHandler({ root, frameAncestors });
  const server = tls ? https.createServer({ ...tls, minVersion: "TLSv1.2" }, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve({ server, port: server.address().port }));
  });
}

module.exports = { startProductionServer, productionHandler, headersFor, FRAME_ANCESTORS, TYPES };

if (require.main === module) {
  const root = path.resolve(process.env.AIP_DIST_DIR || path.join(__dirname, "..", "dist"));
  const fail = (message) => {
    console.error(message);
    process.exit(2);
  };
  if (!fs.existsSync(path.join(root, "manifest.xml"))) fail(`${root}/manifest.xml fehlt: zuerst mit AIP_PROD_URL=https://… npm run build bauen.`);
  if (/https:\/\/localhost:3000\//.test(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"))) {
    fail("dist/manifest.xml zeigt auf localhost: das ist kein Release-Build (AIP_PROD_URL=https://… npm run build).");
  }
  const { AIP_TLS_CERT, AIP_TLS_KEY, AIP_TLS_CA } = process.env;
  if (!AIP_TLS_CERT || !AIP_TLS_KEY) fail("AIP_TLS_CERT und AIP_TLS_KEY fehlen: Office lädt Add-ins nur über HTTPS.");
  let tls;
  try {
    tls = { cert: fs.readFileSync(AIP_TLS_CERT), key: fs.readFileSync(AIP_TLS_KEY), ...(AIP_TLS_CA ? { ca: fs.readFileSync(AIP_TLS_CA) } : {}) };
  } catch (e) {
    fail(`Zertifikat nicht lesbar: ${e.message}`);
  }
  const frameAncestors = process.env.AIP_FRAME_ANCESTORS ? process.env.AIP_FRAME_ANCESTORS.split(/\s+/).filter(Boolean) : FRAME_ANCESTORS;
  startProductionServer({ root, port: Number(process.env.PORT) || 443, tls, frameAncestors }).then(
    ({ port }) => console.log(`AIP für Excel: https://…:${port}/ liefert ${root} aus (Strg+C beendet)`),
    (err) => fail(`Server startet nicht: ${err.message}`),
  );
}
