#!/usr/bin/env node
/* Serves the built add-in (dist/) for the browser demo: http://localhost:3001/ (or $PORT) shows demo.html,
 * the task pane running against the fake Excel with the 2024 example. Static files only, no directory
 * listing, nothing outside dist/, and the same Content-Security-Policy as the page's meta tag. The e2e
 * tests start it on a free port through startDemoServer(). */
const http = require("http");
const fs = require("fs");
const path = require("path");

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Fluent UI (Griffel) inserts its CSS at run time
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES = require("./content-types");

function send(res, status, body, type = "text/plain; charset=utf-8") {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  });
  res.end(body);
}

/** Start serving `root`; resolves with the server and the port it listens on (port 0 = any free port). */
function startDemoServer({ port = 3001, root = path.resolve(__dirname, "..", "dist") } = {}) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "Nur GET und HEAD.");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    } catch {
      return send(res, 400, "Ungültige Adresse.");
    }
    if (pathname === "/") pathname = "/demo.html";
    const file = path.resolve(base, "." + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) return send(res, 403, "Verboten.");
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) return send(res, 404, "Nicht gefunden.");
      fs.readFile(file, (readErr, body) => {
        if (readErr) return send(res, 500, "Datei nicht lesbar.");
        send(res, 200, req.method === "HEAD" ? undefined : body, TYPES[path.extname(file)] || "application/octet-stream");
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve({ server, port: server.address().port }));
  });
}

module.exports = { startDemoServer, CSP };

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "dist");
  if (!fs.existsSync(path.join(root, "demo.html"))) {
    console.error("dist/demo.html fehlt: zuerst bauen (npm run demo baut und startet).");
    process.exit(2);
  }
  startDemoServer({ port: Number(process.env.PORT) || 3001, root }).then(
    ({ port }) => console.log(`AIP-Demo: http://localhost:${port}/  (Strg+C beendet)`),
    (err) => {
      console.error(`Demo-Server startet nicht: ${err.message}`);
      process.exit(2);
    },
  );
}
