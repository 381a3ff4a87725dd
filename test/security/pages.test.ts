// Issue 5 §3, the built pages (dist/taskpane.html, dist/demo.html as `npm test` builds them): each
// carries one Content-Security-Policy without 'unsafe-eval' or inline scripts; scripts only from the
// add-in's own origin ('self') and, for the task pane, Office.js's CDN; no other origin anywhere in the
// policy; no inline <script>, no inline event handler, no javascript: URL in the markup.
import { parseDocument } from "htmlparser2";
import type { Element, Node } from "domhandler";
import { readDistFile } from "../support/dist";

const OFFICE_CDN = "https://appsforoffice.microsoft.com";
const OFFICE_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;

interface Page {
  file: string;
  /** Origins besides 'self' a directive may name. */
  allowedOrigins: string[];
  /** Script URLs from another origin the page may load. */
  externalScripts: string[];
}

const PAGES: Page[] = [
  { file: "taskpane.html", allowedOrigins: [OFFICE_CDN], externalScripts: [OFFICE_JS] },
  { file: "demo.html", allowedOrigins: [], externalScripts: [] },
];

function elements(node: Node, out: Element[] = []): Element[] {
  if ("attribs" in node) out.push(node as Element);
  if ("children" in node) for (const child of (node as Element).children) elements(child, out);
  return out;
}

const textOf = (el: Element) =>
  el.children.map((c) => ("data" in c ? String((c as { data: string }).data) : "")).join("");

/** "default-src 'self'; script-src 'self' https://x" → Map { "default-src" → ["'self'"], … }. */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    if (directives.has(name.toLowerCase())) throw new Error(`directive ${name} twice (the second would be ignored)`);
    directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/**
 * What is wrong with a policy for a page that may load from 'self' and `allowedOrigins` only: one line per
 * problem, none for a good policy.
 */
export function cspProblems(policy: string, allowedOrigins: string[]): string[] {
  const problems: string[] = [];
  let csp: Map<string, string[]>;
  try {
    csp = parseCsp(policy);
  } catch (e) {
    return [(e as Error).message];
  }
  const scriptSrc = csp.get("script-src") ?? csp.get("default-src");
  const expectedScripts = ["'self'", ...allowedOrigins].sort();
  if (JSON.stringify([...(scriptSrc ?? [])].sort()) !== JSON.stringify(expectedScripts)) {
    problems.push(`script-src is ${scriptSrc?.join(" ") ?? "missing"}, expected ${expectedScripts.join(" ")}`);
  }
  if (csp.get("default-src")?.join(" ") !== "'self'") problems.push("default-src is not 'self'");
  if (csp.get("object-src")?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  if (csp.get("base-uri")?.join(" ") !== "'self'") problems.push("base-uri is not 'self'");
  for (const [name, values] of csp) {
    for (const v of values) {
      if (/^'(unsafe-eval|wasm-unsafe-eval|strict-dynamic|unsafe-hashes)'$/i.test(v)) problems.push(`${name} allows ${v}`);
      // 'unsafe-inline' only for styles: Fluent UI (Griffel) inserts its CSS rules at run time.
      else if (v === "'unsafe-inline'" && name !== "style-src") problems.push(`${name} allows 'unsafe-inline'`);
      else if (v === "data:" && !["img-src", "font-src"].includes(name)) problems.push(`${name} allows data:`);
      else if (/^'[a-z-]+'$/.test(v) || v === "data:") continue;
      else if (!allowedOrigins.includes(v)) problems.push(`${name} allows ${v}`);
    }
  }
  return problems;
}

test("the policy check finds what it is meant to find", () => {
  const good = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'";
  expect(cspProblems(good, [])).toEqual([]);
  expect(cspProblems(good.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"), [])).toContain("script-src allows 'unsafe-eval'");
  expect(cspProblems(good.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"), [])).toContain("script-src allows 'unsafe-inline'");
  expect(cspProblems(good.replace("script-src 'self'", "script-src 'self' https://cdn.example.com"), [])[0]).toMatch(/^script-src is/);
  expect(cspProblems(`${good}; connect-src 'self' https://telemetry.example.com`, [])).toEqual(["connect-src allows https://telemetry.example.com"]);
  expect(cspProblems(`${good}; connect-src *`, [])).toEqual(["connect-src allows *"]);
  expect(cspProblems(`${good}; script-src data:`, [])).toContain("directive script-src twice (the second would be ignored)");
  expect(cspProblems(good.replace("object-src 'none'; ", ""), [])).toEqual(["object-src is not 'none'"]);
});

describe.each(PAGES.map((p) => [p.file, p] as const))("%s", (file, page) => {
  let all: Element[];
  let policy: string;

  beforeAll(() => {
    all = elements(parseDocument(readDistFile(file)));
    const metas = all.filter((e) => e.name === "meta" && e.attribs["http-equiv"]?.toLowerCase() === "content-security-policy");
    expect(metas).toHaveLength(1);
    policy = metas[0].attribs.content ?? "";
  });

  test(`the Content-Security-Policy forbids eval and inline scripts; scripts and everything else only from 'self'${page.allowedOrigins.length ? " and Office.js's CDN" : ""}`, () => {
    expect(cspProblems(policy, page.allowedOrigins)).toEqual([]);
  });

  test("every <script> has a src (no inline script), from this origin or the allowed CDN", () => {
    const scripts = all.filter((e) => e.name === "script");
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      const src = s.attribs.src;
      expect(src).toBeTruthy();
      expect(textOf(s).trim()).toBe("");
      const external = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src);
      if (external) expect(page.externalScripts).toContain(src);
      else expect(src).toMatch(/^[\w./-]+\.js$/);
    }
    expect(scripts.filter((s) => !/^[a-z]+:/i.test(s.attribs.src)).length).toBeGreaterThan(0);
  });

  test("no inline event handlers and no javascript: URLs in the markup", () => {
    for (const e of all) {
      for (const [attr, value] of Object.entries(e.attribs)) {
        expect(attr).not.toMatch(/^on/i);
        expect(value).not.toMatch(/^\s*javascript:/i);
      }
    }
  });
});
