/* Builds the add-in into dist/: the task pane page (which, in the shared runtime, also hosts the custom
 * functions and ribbon commands), functions.json generated from JSDoc and functions-de.json from it plus
 * the German table (scripts/functions-metadata.js), the manifest and assets, and the browser demo page
 * (task pane against the fake Excel).
 * Release build: AIP_PROD_URL=https://aip.example.org/ npm run build puts that address in place of the
 * dev server's in the manifest. AIP_NO_SHORT_IQ=1 leaves AIP.IQ out (docs/functions.md, "Naming"). */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { AipFunctionsMetadataPlugin, noShortIqRequested } = require("./scripts/functions-metadata");
const { version } = require("./package.json");
const webpack = require("webpack");

const urlDev = "https://localhost:3000/";
const functionsInput = "./src/functions/functions.ts";

/** AIP_PROD_URL as the base every manifest URL starts with: https only, ending in "/". */
function productionBase(value) {
  if (!value) return urlDev;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`AIP_PROD_URL ist keine Adresse: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`AIP_PROD_URL muss mit https:// beginnen (Office lädt Add-ins nur über HTTPS): ${value}`);
  if (url.search || url.hash) throw new Error(`AIP_PROD_URL darf weder ? noch # enthalten: ${value}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest as built: <Version> is package.json's version plus ".0" (Office wants four parts), and a
 * production build points every URL to the deployment. */
function buildManifest(content, { dev, base }) {
  let xml = content.toString();
  if (!/<Version>[^<]*<\/Version>/.test(xml)) throw new Error("manifest.xml hat kein <Version>-Element.");
  xml = xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}.0</Version>`);
  return dev ? xml : xml.replaceAll(urlDev, base);
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const base = productionBase(process.env.AIP_PROD_URL);
  return {
    devtool: "source-map", // never eval: the pages' Content-Security-Policy forbids it
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      demo: "./src/demo/index.tsx",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        // ES modules for the bundle (tsconfig says commonjs for Node): without them webpack can neither
        // tree-shake Fluent UI (the pane grows to ~18 MB) nor split the lazily loaded chart into a chunk.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", moduleResolution: "node" } } },
        },
      ],
    },
    performance: { hints: false }, // sizes are measured by `npm run bench`
    plugins: [
      // AIP_FORCE_REFRESH_FUNCTIONS=1: a release whose functions.json changed writes the document setting
      // Office.ForceRefreshCustomFunctionsCache with every save (docs/bereitstellung.md, "Updates").
      new webpack.DefinePlugin({ "process.env.AIP_FORCE_REFRESH_FUNCTIONS": JSON.stringify(process.env.AIP_FORCE_REFRESH_FUNCTIONS ?? "") }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: functionsInput }),
      // after the generator: it edits the generated result (see scripts/functions-metadata.js)
      new AipFunctionsMetadataPlugin({
        input: functionsInput,
        output: "functions.json",
        germanOutput: "functions-de.json",
        table: require("./src/functions/translations-de.json"),
        noShortIq: noShortIqRequested(),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => buildManifest(content, { dev, base }),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};

module.exports.productionBase = productionBase;
module.exports.buildManifest = buildManifest;
