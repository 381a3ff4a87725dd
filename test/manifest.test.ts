// Checks manifest.xml by parsing it (the online validator of office-addin-manifest is not reachable here):
// every resid resolves to a resource of the right kind, every URL points to a file the build emits,
// shared runtime, namespace AIP, the de-DE metadata override, and the two ribbon buttons.
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";
import { DIST_DIR } from "./support/dist";

const ROOT = path.resolve(__dirname, "..");
const BASE_URL = "https://localhost:3000/";

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

const manifest = parse(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));

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

test("German by default, English overrides for every visible text", () => {
  expect(one(manifest, "DefaultLocale").text).toBe("de-DE");
  for (const node of [child(manifest, "DisplayName"), child(manifest, "Description")]) {
    expect(node?.children.find((c) => c.name === "Override")?.attrs.Locale).toBe("en-US");
  }
  const strings = [...resources("bt:ShortStrings").values(), ...resources("bt:LongStrings").values()];
  const withoutEnglish = strings
    .filter((s) => s.attrs.id !== "Functions.Namespace") // the namespace is the same in every language
    .filter((s) => !s.children.some((c) => c.name === "bt:Override" && c.attrs.Locale === "en-US"))
    .map((s) => s.attrs.id);
  expect(withoutEnglish).toEqual([]);
  // Office's limits: short strings 125 characters, long strings 250.
  for (const s of resources("bt:ShortStrings").values()) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
  for (const s of resources("bt:LongStrings").values()) expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
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

test("custom functions: namespace AIP, script, page and metadata with the de-DE override", () => {
  const point = all(manifest, "ExtensionPoint").find((n) => n.attrs["xsi:type"] === "CustomFunctions") as XmlNode;
  expect(point).toBeDefined();
  const location = (name: string) => child(child(point, name) as XmlNode, "SourceLocation")?.attrs.resid;
  const url = (id: string | undefined) => resources("bt:Urls").get(id ?? "")?.attrs.DefaultValue;
  expect(url(location("Script"))).toBe(`${BASE_URL}functions.js`);
  expect(location("Page")).toBe("Taskpane.Url");
  const metadata = resources("bt:Urls").get(location("Metadata") ?? "") as XmlNode;
  expect(metadata.attrs.DefaultValue).toBe(`${BASE_URL}functions.json`);
  expect(metadata.children.map((c) => [c.name, c.attrs.Locale, c.attrs.Value])).toEqual([
    ["bt:Override", "de-DE", `${BASE_URL}functions-de.json`],
  ]);
  const namespace = resources("bt:ShortStrings").get(child(point, "Namespace")?.attrs.resid ?? "");
  expect(namespace?.attrs.DefaultValue).toBe("AIP");
});

test("the Home tab has the two buttons, which call the fixed shared-runtime functions", () => {
  const tab = one(manifest, "OfficeTab");
  expect(tab.attrs.id).toBe("TabHome");
  const label = (node: XmlNode) => {
    const text = resources("bt:ShortStrings").get(child(node, "Label")?.attrs.resid ?? "") as XmlNode;
    const english = text.children.find((c) => c.attrs.Locale === "en-US")?.attrs.Value;
    return [text.attrs.DefaultValue, english];
  };
  const buttons = all(tab, "Control").map((control) => {
    const action = child(control, "Action") as XmlNode;
    return { label: label(control), action: action.attrs["xsi:type"], functionName: child(action, "FunctionName")?.text };
  });
  expect(buttons).toEqual([
    { label: ["Mappe prüfen", "Check workbook"], action: "ExecuteFunction", functionName: "showCheckPage" },
    { label: ["Übersicht", "Overview"], action: "ExecuteFunction", functionName: "showOverviewPage" },
  ]);
});

test("the built task pane registers the buttons' function names with Office.actions.associate", () => {
  // Only checkable on a build (npm test always builds first); the names are fixed by this manifest.
  const bundle = path.join(DIST_DIR, "taskpane.js");
  if (!fs.existsSync(DIST_DIR)) return;
  const code = fs.readFileSync(bundle, "utf8");
  for (const name of all(manifest, "FunctionName").map((n) => n.text)) {
    expect(code).toMatch(new RegExp(`associate\\(\\s*["']${name}["']`));
  }
});

test("a release build (AIP_PROD_URL set) leaves no localhost URL in dist/manifest.xml", async () => {
  const saved = process.env.AIP_PROD_URL;
  process.env.AIP_PROD_URL = "https://aip.example.org/";
  try {
    let configure: ((env: object, options: object) => Promise<{ plugins: Record<string, unknown>[] }>) | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      configure = require(path.join(ROOT, "webpack.config.js"));
    });
    const config = await (configure as NonNullable<typeof configure>)({ WEBPACK_BUILD: true }, { mode: "production" });
    const patterns = config.plugins.flatMap(
      (plugin) => (plugin.patterns as { from: string; transform?: (content: Buffer) => string | Buffer }[] | undefined) ?? [],
    );
    const manifestPattern = patterns.find((pattern) => pattern.from === "manifest.xml");
    expect(manifestPattern?.transform).toBeDefined();
    const source = fs.readFileSync(path.join(ROOT, "manifest.xml"));
    const released = String(manifestPattern?.transform?.(source));
    expect(released).not.toContain(BASE_URL);
    expect(released).toContain('DefaultValue="https://aip.example.org/functions.json"');
    expect(released).toContain('Value="https://aip.example.org/functions-de.json"');
  } finally {
    if (saved === undefined) delete process.env.AIP_PROD_URL;
    else process.env.AIP_PROD_URL = saved;
  }
});
