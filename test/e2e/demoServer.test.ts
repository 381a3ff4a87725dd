// The demo server: demo.html at "/", the CSP header on every answer, nothing outside its folder.
import fs from "fs";
import os from "os";
import path from "path";
import http, { type Server } from "http";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startDemoServer, CSP } = require("../../scripts/demo-server.js") as {
  startDemoServer(o: { port: number; root: string }): Promise<{ server: Server; port: number }>;
  CSP: string;
};

let root: string;
let server: Server;
let port: number;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aip-demo-"));
  root = path.join(dir, "dist");
  fs.mkdirSync(path.join(root, "assets"), { recursive: true });
  fs.writeFileSync(path.join(root, "demo.html"), "<!doctype html><title>demo</title>");
  fs.writeFileSync(path.join(root, "demo.js"), "console.log(1)");
  fs.writeFileSync(path.join(dir, "secret.txt"), "nicht ausliefern");
  ({ server, port } = await startDemoServer({ port: 0, root }));
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

function get(pathname: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    // A raw request path, so "../" reaches the server as typed (URL parsing would resolve it away).
    const req = http.request({ host: "127.0.0.1", port, path: pathname, method }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("/ serves demo.html with the CSP: own origin only, no eval, no inline script", async () => {
  const r = await get("/");
  expect(r.status).toBe(200);
  expect(r.body).toContain("<title>demo</title>");
  expect(r.headers["content-type"]).toMatch(/text\/html/);
  expect(r.headers["content-security-policy"]).toBe(CSP);
  expect(CSP).toMatch(/script-src 'self'(;|$)/);
  expect(CSP).not.toMatch(/unsafe-eval/);
  expect(CSP.split(";").find((d) => d.trim().startsWith("script-src"))).not.toMatch(/unsafe-inline/);
  expect(r.headers["x-content-type-options"]).toBe("nosniff");
});

test("scripts are served with a JavaScript type", async () => {
  const r = await get("/demo.js");
  expect(r.status).toBe(200);
  expect(r.headers["content-type"]).toMatch(/text\/javascript/);
});

test.each(["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/%2e%2e%2fsecret.txt"])(
  "nothing outside dist/: %s",
  async (p) => {
    const r = await get(p);
    expect([403, 404]).toContain(r.status);
    expect(r.body).not.toContain("nicht ausliefern");
  },
);

test("missing files, folders and other methods are refused with a German line and the CSP", async () => {
  const missing = await get("/fehlt.js");
  expect(missing.status).toBe(404);
  expect(missing.body).toBe("Nicht gefunden.");
  expect(missing.headers["content-security-policy"]).toBe(CSP);
  expect((await get("/assets")).status).toBe(404);
  expect((await get("/", "POST")).status).toBe(405);
});
