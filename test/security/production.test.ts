// Issue 9 §3: a release build. Runs `webpack --mode production` with AIP_PROD_URL=https://aip.example.org/
// into a temporary directory of its own (never a leftover dist/), then checks:
// - its manifest: well-formed, valid against Microsoft's schemas, every URL on that origin, <Version> from
//   package.json;
// - its pages: every URL they load is relative (that origin) or Office.js's CDN, and their CSP lets a
//   connection (fetch, XHR, WebSocket, beacon) go only to that origin or the CDN, forms nowhere, so no
//   workbook data can leave; no file in the build still names the dev server;
// - scripts/serve-production.js serving that build over HTTPS: content types, Access-Control-Allow-Origin
//   on the metadata, framing allowed for Office on the web and not forbidden (no X-Frame-Options, no
//   frame-ancestors 'none' as the demo server sends), caching, and nothing outside the build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseDocument } from "htmlparser2";
import type { Element, Node } from "domhandler";
import { XMLParser } from "fast-xml-parser";
import { schemaErrors, wellFormednessErrors } from "./xmllint";

const ROOT = path.resolve(__dirname, "../..");
const ORIGIN = "https://aip.example.org";
const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const server = require("../../scripts/serve-production") as {
  startProductionServer: (o: { root: string; port: number; tls?: { cert: Buffer; key: Buffer } }) => Promise<{ server: import("node:http").Server; port: number }>;
  FRAME_ANCESTORS: string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const demo = require("../../scripts/demo-server") as { CSP: string };

let work: string;
let dist: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "aip-release-"));
  dist = path.join(work, "dist");
  const env: NodeJS.ProcessEnv = { ...process.env, AIP_PROD_URL: `${ORIGIN}/` };
  delete env.AIP_NO_SHORT_IQ;
  const run = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`release build failed:\n${run.stdout}\n${run.stderr}`);
}, 300_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const read = (file: string) => fs.readFileSync(path.join(dist, file), "utf8");

describe("the release manifest", () => {
  test("is well-formed XML 1.0 and valid against Microsoft's schemas", () => {
    expect(wellFormednessErrors(read("manifest.xml"))).toEqual([]);
    expect(schemaErrors(read("manifest.xml"))).toEqual([]);
  });

  test("names only URLs on AIP_PROD_URL's origin, each a file of the build", () => {
    const xml = read("manifest.xml");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => new URL(u).origin !== ORIGIN)).toEqual([]);
    expect(urls.filter((u) => !fs.existsSync(path.join(dist, new URL(u).pathname)))).toEqual([]);
    // Besides those, only XML namespace names (identifiers, never fetched).
    const others = [...xml.matchAll(/https?:\/\/[^"\s<>]+/g)].map((m) => m[0]).filter((u) => !u.startsWith(`${ORIGIN}/`));
    expect([...new Set(others.map((u) => new URL(u).host))].sort()).toEqual(["schemas.microsoft.com", "www.w3.org"]);
  });

  test("<Version> is package.json's version with .0 appended", () => {
    const doc = new XMLParser().parse(read("manifest.xml")) as { OfficeApp: { Version: string } };
    expect(String(doc.OfficeApp.Version)).toBe(`${VERSION}.0`);
    expect(String(doc.OfficeApp.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

function elements(node: Node, out: Element[] = []): Element[] {
  if ("attribs" in node) out.push(node as Element);
  if ("children" in node) for (const c of (node as Element).children) elements(c, out);
  return out;
}

function csp(html: string): Map<string, string[]> {
  const meta = elements(parseDocument(html)).filter((e) => e.name === "meta" && e.attribs["http-equiv"]?.toLowerCase() === "content-security-policy");
  expect(meta).toHaveLength(1);
  return new Map(
    (meta[0].attribs.content ?? "")
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
}

describe.each([["taskpane.html"], ["demo.html"]])("the release page %s", (page) => {
  test("loads nothing but files of the build and Office.js from Microsoft's CDN", () => {
    const refs = elements(parseDocument(read(page)))
      .flatMap((e) => [e.attribs.src, e.attribs.href])
      .filter((v): v is string => typeof v === "string");
    expect(refs.length).toBeGreaterThan(0);
    const absolute = refs.filter((r) => /^[a-z]+:|^\/\//i.test(r));
    expect(absolute.filter((r) => !r.startsWith(`${OFFICE_CDN}/`) && !r.startsWith(`${ORIGIN}/`))).toEqual([]);
    for (const r of refs.filter((r) => !absolute.includes(r))) expect(fs.existsSync(path.join(dist, r.split(/[?#]/)[0]))).toBe(true);
  });

  test("its CSP lets connections go only to its own origin or the Office CDN, and forms nowhere", () => {
    const policy = csp(read(page));
    const connect = policy.get("connect-src") ?? policy.get("default-src") ?? [];
    expect(connect.length).toBeGreaterThan(0);
    expect(connect.filter((v) => v !== "'self'" && v !== OFFICE_CDN)).toEqual([]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      expect([name, values.filter((v) => v === "*" || v === "https:" || v === "http:" || v.includes("*"))]).toEqual([name, []]);
    }
  });
});

test("no file of the release build still points to the dev server", () => {
  const text = fs.readdirSync(dist).filter((f) => /\.(html|js|json|xml)$/.test(f));
  expect(text.filter((f) => read(f).includes("localhost:3000"))).toEqual([]);
});

describe("scripts/serve-production.js serving the release build over HTTPS", () => {
  let port: number;
  let stop: () => Promise<void>;
  let cert: Buffer;

  beforeAll(async () => {
    const key = path.join(work, "key.pem");
    const certFile = path.join(work, "cert.pem");
    const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certFile, "-days", "1", "-subj", "/CN=localhost"], {
      encoding: "utf8",
    });
    if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
    cert = fs.readFileSync(certFile);
    const started = await server.startProductionServer({ root: dist, port: 0, tls: { cert, key: fs.readFileSync(key) } });
    port = (started.server.address() as AddressInfo).port;
    stop = () => new Promise((resolve) => started.server.close(() => resolve()));
  });

  afterAll(async () => stop?.());

  function get(pathname: string, options: { method?: string; headers?: Record<string, string> } = {}) {
    return new Promise<{ status: number; headers: import("node:http").IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = https.request({ host: "localhost", port, path: pathname, method: options.method ?? "GET", headers: options.headers, ca: cert }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  test.each([
    ["/manifest.xml", "application/xml; charset=utf-8"],
    ["/taskpane.html", "text/html; charset=utf-8"],
    ["/functions.js", "text/javascript; charset=utf-8"],
    ["/functions.json", "application/json; charset=utf-8"],
    ["/functions-de.json", "application/json; charset=utf-8"],
    ["/assets/icon-32.png", "image/png"],
  ])("%s: 200 with Content-Type %s, nosniff, HSTS, revalidated on every load", async (file, type) => {
    const res = await get(file);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe(type);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
    expect(res.headers["cache-control"]).toBe("no-cache");
    expect(Number(res.headers["content-length"])).toBe(fs.statSync(path.join(dist, file)).size);
  });

  test("the metadata files may be fetched from Excel on the web's origin (CORS), the other files not", async () => {
    for (const file of ["/functions.json", "/functions-de.json"]) {
      expect((await get(file)).headers["access-control-allow-origin"]).toBe("*");
      const preflight = await get(file, { method: "OPTIONS", headers: { Origin: "https://excel.officeapps.live.com", "Access-Control-Request-Method": "GET" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    }
    expect((await get("/taskpane.html")).headers["access-control-allow-origin"]).toBeUndefined();
    expect((await get("/manifest.xml")).headers["access-control-allow-origin"]).toBeUndefined();
  });

  test("the pages may be framed by Office on the web: no X-Frame-Options, frame-ancestors with Office's origins, never 'none'", async () => {
    expect(demo.CSP).toContain("frame-ancestors 'none'"); // what must not be copied into production
    for (const page of ["/taskpane.html", "/demo.html"]) {
      const res = await get(page);
      expect(res.headers["x-frame-options"]).toBeUndefined();
      const policy = String(res.headers["content-security-policy"]);
      const ancestors = /frame-ancestors ([^;]+)/.exec(policy)?.[1].split(/\s+/) ?? [];
      expect(ancestors).not.toContain("'none'");
      expect(ancestors).toEqual(server.FRAME_ANCESTORS);
      expect(ancestors).toEqual(expect.arrayContaining(["https://*.officeapps.live.com", "https://*.sharepoint.com", "https://*.cloud.microsoft"]));
    }
  });

  test("an unchanged file answers 304 to its ETag", async () => {
    const first = await get("/functions.json");
    const again = await get("/functions.json", { headers: { "If-None-Match": String(first.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
  });

  test("nothing outside the build, no listing, no writes", async () => {
    expect((await get("/../package.json")).status).toBe(404); // the URL parser removes "..": dist has no package.json
    expect((await get("/..%2fpackage.json")).status).toBe(403); // an encoded "/" survives it and is refused
    expect((await get("/..%2f..%2fpackage.json")).body).not.toContain('"version"');
    expect((await get("/")).status).toBe(404);
    expect((await get("/assets/")).status).toBe(404);
    expect((await get("/gibtsnicht.html")).status).toBe(404);
    expect((await get("/manifest.xml", { method: "PUT" })).status).toBe(405);
  });
});
