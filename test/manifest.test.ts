// Checks manifest.xml (the online validator of office-addin-manifest is not reachable here): well-formed
// XML 1.0 and valid against Microsoft's schemas (libxml2, test/security/xmllint.ts), the source and the
// built dist/manifest.xml; every resid resolves to a resource of the right kind, every URL points to a file
// the build emits; languages (English default, a German override for every German area), requirement sets,
// shared runtime, namespace AIP, and the two ribbon buttons with their actions. The production build's
// manifest is checked in test/security/production.test.ts.
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";
import { DIST_DIR, readDistFile } from "./support/dist";
import { schemaErrors, wellFormednessErrors } from "./security/xmllint";

const ROOT = path.resolve(__dirname, "..");
const BASE_URL = "https://localhost:3000/";
/** German areas Office may report; each gets its own Override (see the manifest's header comment). */
const GERMAN_LOCALES = ["de-DE", "de-AT", "de-CH", "de-LU", "de-LI"];
const SOURCE_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version;

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNodes(items: Ordered[]): XmlNode[] {
  const nodes: XmlNode[] = [];
  for (const item of items) {
    const name = Object.keys(item).find((key) => key !== ":@");
    if (!name || name === "#text" || name.startsWith("?")) continue;
    const children = item[name] as Ordered[];
    const text = children
      .filter((c) => "#text" in c)
      .map((c) => String(c["#text"]))
      .join("");
    nodes.push({ name, attrs: item[":@"] ?? {}, children: toNodes(children), text });
  }
  return nodes;
}

function parse(xml: string): XmlNode {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", commentPropName: "#comment" });
  const roots = toNodes(parser.parse(xml) as Ordered[]).filter((n) => n.name !== "#comment");
  expect(roots.map((n) => n.name)).toEqual(["OfficeApp"]);
  return roots[0];
}

function* walk(node: XmlNode, ancestors: XmlNode[] = []): Generator<[XmlNode, XmlNode[]]> {
  yield [node, ancestors];
  for (const child of node.children) yield* walk(child, [...ancestors, node]);
}

const all = (root: XmlNode, name: string) => [...walk(root)].filter(([n]) => n.name === name).map(([n]) => n);
const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const one = (root: XmlNode, name: string) => {
  const found = all(root, name);
  expect(found.map((n) => n.name)).toEqual([name]);
  return found[0];
};

/** The files webpack emits into dist/, read from webpack.config.js itself (entries, pages, metadata, copies). */
async function webpackOutputs(): Promise<Set<string>> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require(path.join(ROOT, "webpack.config.js")) as (env: object, options: object) => Promise<Record<string, unknown>>;
  const config = await configure({ WEBPACK_BUILD: true }, { mode: "production" });
  const outputs = new Set<string>(Object.keys(config.entry as object).map((name) => `${name}.js`));
  for (const plugin of config.plugins as Record<string, unknown>[]) {
    const userOptions = plugin.userOptions as { filename?: string } | undefined;
    if (userOptions?.filename) outputs.add(userOptions.filename);
    const options = plugin.options as { output?: string } | undefined;
    if (plugin.constructor.name === "CustomFunctionsMetadataPlugin" && options?.output) outputs.add(options.output);
    const german = (plugin.options as { germanOutput?: string } | undefined)?.germanOutput;
    if (plugin.constructor.name === "AipFunctionsMetadataPlugin" && german) outputs.add(german);
    for (const pattern of (plugin.patterns as { from: string; to: string }[] | undefined) ?? []) {
      const sources = pattern.from.endsWith("/*")
        ? fs.readdirSync(path.join(ROOT, pattern.from.slice(0, -2))).map((f) => path.join(pattern.from.slice(0, -2), f))
        : [pattern.from];
      for (const source of sources) {
        const { name, ext } = path.parse(source);
        outputs.add(pattern.to.replace("[name]", name).replace("[ext]", ext));
      }
    }
  }
  return outputs;
}

const manifest = parse(SOURCE_XML);

describe("strict XML: libxml2 as parser and schema validator", () => {
  test("the checks are not blind: a '--' in a comment and a wrong child order are reported", () => {
    expect(wellFormednessErrors(SOURCE_XML.replace("<!-- AIP", "<!-- webpack --mode production; AIP")).join("\n")).toMatch(/Double hyphen within comment/);
    // ProviderName after DefaultLocale: the schema wants Id, Version, ProviderName, DefaultLocale, …
    const swapped = SOURCE_XML.replace("<ProviderName>AIP für Excel</ProviderName>", "").replace("</DefaultLocale>", "</DefaultLocale><ProviderName>AIP für Excel</ProviderName>");
    expect(swapped).not.toBe(SOURCE_XML);
    expect(schemaErrors(swapped).join("\n")).toMatch(/ProviderName/);
    const executeWithTaskpaneId = SOURCE_XML.replace("<FunctionName>showOverviewPage</FunctionName>", "<TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>");
    expect(executeWithTaskpaneId).not.toBe(SOURCE_XML);
    expect(schemaErrors(executeWithTaskpaneId).join("\n")).toMatch(/TaskpaneId/);
    const tooLong = SOURCE_XML.replace('DefaultValue="Check workbook"', `DefaultValue="${"x".repeat(126)}"`);
    expect(schemaErrors(tooLong).join("\n")).toMatch(/Check|length|maxLength|ShortString/i);
  });

  test("manifest.xml is well-formed XML 1.0 and valid against Microsoft's manifest schemas", () => {
    expect(wellFormednessErrors(SOURCE_XML)).toEqual([]);
    expect(schemaErrors(SOURCE_XML)).toEqual([]);
  });

  test("dist/manifest.xml (as built) is well-formed and valid too", () => {
    const built = readDistFile("manifest.xml");
    expect(wellFormednessErrors(built)).toEqual([]);
    expect(schemaErrors(built)).toEqual([]);
  });
});

test("<Version> is package.json's version with .0 appended, in the source and as built", () => {
  expect(one(manifest, "Version").text).toBe(`${PACKAGE_VERSION}.0`);
  expect(/<Version>([^<]*)<\/Version>/.exec(readDistFile("manifest.xml"))?.[1]).toBe(`${PACKAGE_VERSION}.0`);
});

/** Resources by kind, as declared under <Resources>. */
function resources(kind: "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings"): Map<string, XmlNode> {
  const section = one(manifest, kind);
  return new Map(section.children.map((node) => [node.attrs.id, node]));
}

/** Which kind of resource each referring element needs. */
function expectedKind(node: XmlNode, ancestors: XmlNode[]): "bt:Images" | "bt:Urls" | "bt:ShortStrings" | "bt:LongStrings" {
  if (node.name === "bt:Image") return "bt:Images";
  if (["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(node.name)) return "bt:Urls";
  if (node.name === "Description") return "bt:LongStrings";
  if (["Label", "Title", "Namespace"].includes(node.name)) return "bt:ShortStrings";
  throw new Error(`unexpected resid on <${node.name}> under ${ancestors.map((a) => a.name).join("/")}`);
}

test("every resid resolves to a resource of the right kind, and every resource is used", () => {
  const used = new Set<string>();
  const unresolved: string[] = [];
  for (const [node, ancestors] of walk(manifest)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const kind = expectedKind(node, ancestors);
    if (!resources(kind).has(resid)) unresolved.push(`<${node.name} resid="${resid}"> needs a ${kind} entry`);
  }
  expect(unresolved).toEqual([]);
  const declared = (["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"] as const).flatMap((k) => [...resources(k).keys()]);
  expect(new Set(declared).size).toBe(declared.length);
  expect(declared.filter((id) => !used.has(id))).toEqual([]);
});

test("every URL points to a file the build emits", async () => {
  const urls = [...walk(manifest)].flatMap(([node]) =>
    Object.entries(node.attrs)
      .filter(([attr, value]) => !attr.startsWith("xmlns") && /^https?:\/\//.test(value))
      .map(([, value]) => value),
  );
  expect(urls.length).toBeGreaterThan(5);
  expect(urls.filter((url) => !url.startsWith(BASE_URL))).toEqual([]);
  const files = urls.map((url) => new URL(url).pathname.slice(1));

  const outputs = await webpackOutputs();
  expect(files.filter((file) => !outputs.has(file))).toEqual([]);
  if (fs.existsSync(DIST_DIR)) {
    expect(files.filter((file) => !fs.existsSync(path.join(DIST_DIR, file)))).toEqual([]);
  }
});

test("the icons in the manifest exist in assets/ at the size their name says", () => {
  const pngSize = (file: string) => {
    const data = fs.readFileSync(file);
    return [data.readUInt32BE(16), data.readUInt32BE(20)];
  };
  for (const image of all(manifest, "bt:Image").filter((n) => n.attrs.DefaultValue)) {
    const file = path.join(ROOT, new URL(image.attrs.DefaultValue).pathname);
    const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
    expect(pngSize(file)).toEqual([size, size]);
  }
});

test("English by default; every German area has its own German override of every visible text", () => {
  expect(one(manifest, "DefaultLocale").text).toBe("en-US");
  const strings = [...resources("bt:ShortStrings").values(), ...resources("bt:LongStrings").values()]
    .filter((s) => s.attrs.id !== "Functions.Namespace"); // the namespace is the same in every language
  const localized = [child(manifest, "DisplayName") as XmlNode, child(manifest, "Description") as XmlNode, ...strings];
  for (const node of localized) {
    const overrides = node.children.filter((c) => c.name === "Override" || c.name === "bt:Override");
    const where = node.attrs.id ?? node.name;
    // One override per locale, none for the default locale and none for a bare language ("de").
    expect([where, overrides.map((o) => o.attrs.Locale)]).toEqual([where, GERMAN_LOCALES]);
    const german = new Set(overrides.map((o) => o.attrs.Value));
    expect([where, german.size]).toEqual([where, 1]);
    if (!["AIP.Group.Label"].includes(where)) expect([where, node.attrs.DefaultValue]).not.toEqual([where, [...german][0]]);
  }
  // German texts in German: umlauts or typical words; English ones without.
  const germanOf = (id: string) => resources("bt:ShortStrings").get(id)?.children[0]?.attrs.Value;
  expect(germanOf("AIP.CheckButton.Label")).toBe("Mappe prüfen");
  expect(resources("bt:ShortStrings").get("AIP.CheckButton.Label")?.attrs.DefaultValue).toBe("Check workbook");
  expect(germanOf("AIP.OverviewButton.Label")).toBe("Übersicht");
  // Office's limits: short strings 125 characters, long strings 250 (also checked by the schema).
  for (const s of resources("bt:ShortStrings").values()) {
    for (const v of [s.attrs.DefaultValue, ...s.children.map((c) => c.attrs.Value)]) expect(v.length).toBeLessThanOrEqual(125);
  }
  for (const s of resources("bt:LongStrings").values()) {
    for (const v of [s.attrs.DefaultValue, ...s.children.map((c) => c.attrs.Value)]) expect(v.length).toBeLessThanOrEqual(250);
  }
});

test("requirement sets: SharedRuntime 1.1, CustomFunctionsRuntime 1.3, ExcelApi 1.7; higher ExcelApi only behind isSetSupported", () => {
  const sets = all(manifest, "Set").map((s) => s.attrs);
  expect(sets).toEqual([
    { Name: "SharedRuntime", MinVersion: "1.1" },
    { Name: "CustomFunctionsRuntime", MinVersion: "1.3" },
    { Name: "ExcelApi", MinVersion: "1.7" },
  ]);
  // Whatever the code checks at run time must lie above the declared minimum, or the check is dead code
  // and the manifest understates what the add-in needs.
  const sources = fs
    .readdirSync(path.join(ROOT, "src"), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes(`${path.sep}fake`))
    .map((e) => fs.readFileSync(path.join(e.parentPath, e.name), "utf8"))
    .join("\n");
  // Requirement-set versions compare per segment (1.18 is above 1.7), not as decimals.
  const above = (v: string, min: string) => {
    const [a, b] = [v, min].map((x) => x.split(".").map(Number));
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return false;
  };
  expect([above("1.18", "1.7"), above("1.7", "1.7"), above("1.6", "1.7"), above("1.10", "1.9")]).toEqual([true, false, false, true]);
  const declared = new Map(sets.map((s) => [s.Name, s.MinVersion]));
  const checked = [...sources.matchAll(/isSetSupported\(\s*["'](\w+)["']\s*,\s*["']([\d.]+)["']/g)];
  expect(checked.length).toBeGreaterThan(0);
  for (const m of checked) {
    const minimum = declared.get(m[1]);
    if (minimum !== undefined) expect([m[1], m[2], above(m[2], minimum)]).toEqual([m[1], m[2], true]);
  }
});

test("shared runtime: one long-lived runtime on the task pane page, which also hosts functions and commands", () => {
  const overrides = one(manifest, "VersionOverrides");
  // TaskPaneApp manifests support only version 1.0 of VersionOverrides.
  expect(overrides.attrs["xsi:type"]).toBe("VersionOverridesV1_0");
  const runtime = one(manifest, "Runtime");
  expect(runtime.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
  expect(resources("bt:Urls").get("Taskpane.Url")?.attrs.DefaultValue).toBe(`${BASE_URL}taskpane.html`);
  expect(one(manifest, "FunctionFile").attrs.resid).toBe("Taskpane.Url");
  const sets = all(manifest, "Set").map((s) => s.attrs);
  expect(sets).toContainEqual({ Name: "SharedRuntime", MinVersion: "1.1" });
});

test("custom functions: namespace AIP, script, page, English metadata with a German override for every German area", () => {
  const point = all(manifest, "ExtensionPoint").find((n) => n.attrs["xsi:type"] === "CustomFunctions") as XmlNode;
  expect(point).toBeDefined();
  const location = (name: string) => child(child(point, name) as XmlNode, "SourceLocation")?.attrs.resid;
  const url = (id: string | undefined) => resources("bt:Urls").get(id ?? "")?.attrs.DefaultValue;
  expect(url(location("Script"))).toBe(`${BASE_URL}functions.js`);
  expect(location("Page")).toBe("Taskpane.Url");
  const metadata = resources("bt:Urls").get(location("Metadata") ?? "") as XmlNode;
  expect(metadata.attrs.DefaultValue).toBe(`${BASE_URL}functions.json`);
  expect(metadata.children.map((c) => [c.name, c.attrs.Locale, c.attrs.Value])).toEqual(
    GERMAN_LOCALES.map((locale) => ["bt:Override", locale, `${BASE_URL}functions-de.json`]),
  );
  const namespace = resources("bt:ShortStrings").get(child(point, "Namespace")?.attrs.resid ?? "");
  expect(namespace?.attrs.DefaultValue).toBe("AIP");
});

test("the Home tab: Mappe prüfen runs showCheckPage, Übersicht runs showOverviewPage; no TaskpaneId in the long-lived runtime's host", () => {
  const tab = one(manifest, "OfficeTab");
  expect(tab.attrs.id).toBe("TabHome");
  const label = (node: XmlNode) => {
    const text = resources("bt:ShortStrings").get(child(node, "Label")?.attrs.resid ?? "") as XmlNode;
    return [text.attrs.DefaultValue, text.children.find((c) => c.attrs.Locale === "de-DE")?.attrs.Value];
  };
  const buttons = all(tab, "Control").map((control) => {
    const action = child(control, "Action") as XmlNode;
    return {
      label: label(control),
      action: action.attrs["xsi:type"],
      ...(child(action, "FunctionName") ? { functionName: child(action, "FunctionName")?.text } : {}),
      ...(child(action, "TaskpaneId") ? { taskpaneId: child(action, "TaskpaneId")?.text } : {}),
      ...(child(action, "SourceLocation") ? { source: child(action, "SourceLocation")?.attrs.resid } : {}),
    };
  });
  expect(buttons).toEqual([
    { label: ["Check workbook", "Mappe prüfen"], action: "ExecuteFunction", functionName: "showCheckPage" },
    { label: ["Overview", "Übersicht"], action: "ExecuteFunction", functionName: "showOverviewPage" },
  ]);
  // Microsoft's shared-runtime article ("avoid multiple task panes"): in the <Host> whose <Runtime> has a long
  // lifetime, no <Action> has a <TaskpaneId> (a sample reports a blank pane on desktop otherwise, #776).
  const longHosts = all(manifest, "Host").filter((h) => all(h, "Runtime").some((r) => r.attrs.lifetime === "long"));
  expect(longHosts).toHaveLength(1);
  expect(all(longHosts[0], "TaskpaneId")).toEqual([]);
  expect(all(manifest, "TaskpaneId")).toEqual([]);
  // In the shared runtime the pane must be the runtime's page itself: the same resource, no query string.
  const paneUrl = resources("bt:Urls").get("Taskpane.Url")?.attrs.DefaultValue ?? "";
  expect(one(manifest, "Runtime").attrs.resid).toBe("Taskpane.Url");
  expect(new URL(paneUrl).search).toBe("");
  expect(new URL(paneUrl).hash).toBe("");
});

test("the built pane registers every ExecuteFunction's FunctionName with Office.actions.associate", () => {
  readDistFile("taskpane.js"); // fails with "build first" when dist/ is missing
  const code = fs
    .readdirSync(DIST_DIR)
    .filter((f) => f.endsWith(".js"))
    .map((f) => fs.readFileSync(path.join(DIST_DIR, f), "utf8"))
    .join("\n");
  const names = all(manifest, "Action")
    .filter((a) => a.attrs["xsi:type"] === "ExecuteFunction")
    .map((a) => child(a, "FunctionName")?.text ?? "");
  expect(names).toEqual(["showCheckPage", "showOverviewPage"]);
  const unassociated = names.filter((name) => !new RegExp(`\\bactions\\.associate\\(\\s*["'\`]${name}["'\`]`).test(code));
  expect(unassociated).toEqual([]);
});

test("buildManifest (webpack.config.js): a release build puts AIP_PROD_URL everywhere and sets <Version>", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, "webpack.config.js")) as {
    buildManifest: (content: string, o: { dev: boolean; base: string }) => string;
    productionBase: (value: string | undefined) => string;
  };
  const released = config.buildManifest(SOURCE_XML.replace(/<Version>[^<]*</, "<Version>9.9.9.9<"), { dev: false, base: config.productionBase("https://aip.example.org") });
  expect(released).not.toContain(BASE_URL);
  expect(released).toContain('DefaultValue="https://aip.example.org/functions.json"');
  expect(released).toContain('Value="https://aip.example.org/functions-de.json"');
  expect(released).toContain(`<Version>${PACKAGE_VERSION}.0</Version>`);
  expect(config.productionBase("https://server.jobcenter.example/aip")).toBe("https://server.jobcenter.example/aip/");
  expect(() => config.productionBase("http://aip.example.org/")).toThrow(/https/);
  expect(() => config.productionBase("https://aip.example.org/?x=1")).toThrow();
  expect(() => config.productionBase("aip.example.org")).toThrow();
});
