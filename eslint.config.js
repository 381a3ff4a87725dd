// Lint TypeScript sources and tests; type errors are caught by `tsc --noEmit` in `npm run lint`.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");
const officeAddins = require("eslint-plugin-office-addins");

// Node's builtins (fs, path, child_process, …), bare and with "node:": src/core runs in the task pane too.
const { builtinModules } = require("node:module");

const CSP_RESTRICTIONS = [
  { selector: "CallExpression[callee.name='eval']", message: "eval ist verboten (CSP)." },
  { selector: "NewExpression[callee.name='Function']", message: "new Function ist verboten (CSP)." },
];

module.exports = tseslint.config(
  { ignores: ["dist/", "build/", "node_modules/", "coverage/", "test-results/", "bench/tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...CSP_RESTRICTIONS],
    },
  },
  // Microsoft's Office.js rules (eslint-plugin-office-addins 4.x ships only a legacy "recommended" config):
  // load before read, sync after load, no context.sync() in loops, no navigational load, isNullObject tests.
  // Only for the adapter; the fake Excel implements those objects and is not a client of them.
  // test/excel/officeLint.test.ts shows that the block is active on a fixture.
  {
    files: ["src/excel/**/*.ts"],
    ignores: ["src/excel/fake/**"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      // office.js strips a leading "items/" only from string load paths; array elements reach Excel unchanged
      // and load nothing (office-js issue #190). Load paths are comma-separated strings.
      "no-restricted-syntax": [
        "error",
        ...CSP_RESTRICTIONS,
        {
          selector: "CallExpression[callee.property.name='load'] > ArrayExpression",
          message: "load() mit einem Array: office.js entfernt 'items/' nur bei Zeichenketten (office-js #190). Pfade als eine Zeichenkette übergeben.",
        },
      ],
    },
  },
  // The engine boundary the README draws: src/core is pure TypeScript, no Office, no file formats, no UI,
  // no file system, no Node builtins, no modules loaded at run time, so every host (Excel, CLI, tests) runs
  // the same engine. test/core/boundary.test.ts shows each restriction fires.
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...CSP_RESTRICTIONS,
        { selector: "ImportExpression", message: "src/core lädt keine Module zur Laufzeit (kein dynamisches import()): alle Hosts führen denselben Kern aus." },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "cfb", message: "src/core liest keine Dateiformate (das tut src/xlsx)." },
            ...builtinModules
              .filter((m) => !["fs", "fs/promises"].includes(m))
              .map((name) => ({ name, message: "src/core ist reines TypeScript ohne Node-Module (Dateien, Pfade, Prozesse: src/cli, src/xlsx)." })),
            { name: "office-js", message: "src/core ist frei von Office.js (nur src/excel spricht mit Excel)." },
            { name: "@microsoft/office-js", message: "src/core ist frei von Office.js (nur src/excel spricht mit Excel)." },
            { name: "exceljs", message: "src/core liest keine Dateiformate (das tut src/xlsx)." },
            { name: "jszip", message: "src/core liest keine Dateiformate (das tut src/xlsx)." },
            { name: "fast-xml-parser", message: "src/core liest keine Dateiformate (das tut src/xlsx)." },
            { name: "docx", message: "src/core schreibt keine Dateiformate (das tut src/docx)." },
            { name: "docxtemplater", message: "src/core schreibt keine Dateiformate (das tut src/docx)." },
            { name: "pizzip", message: "src/core liest keine Dateiformate (das tut src/docx)." },
            { name: "react", message: "src/core kennt keine Oberfläche (das tut src/taskpane)." },
            { name: "react-dom", message: "src/core kennt keine Oberfläche (das tut src/taskpane)." },
            { name: "fs", message: "src/core greift nicht auf Dateien zu (das tun src/cli und src/xlsx)." },
            { name: "fs/promises", message: "src/core greift nicht auf Dateien zu (das tun src/cli und src/xlsx)." },
          ],
          patterns: [
            { group: ["@microsoft/office-js/*", "exceljs/*", "jszip/*", "fast-xml-parser/*", "cfb/*", "docx/*", "docxtemplater/*", "pizzip/*"], message: "src/core ist frei von Office.js und Dateiformaten." },
            { group: ["node:fs", "node:fs/*"], message: "src/core greift nicht auf Dateien zu (das tun src/cli und src/xlsx)." },
            // Every "node:" module, also ones newer than this Node's builtinModules.
            { group: ["node:*", "!node:fs", "!node:fs/*"], message: "src/core ist reines TypeScript ohne Node-Module (Dateien, Pfade, Prozesse: src/cli, src/xlsx)." },
            { group: ["react/*", "react-dom/*", "@fluentui/*"], message: "src/core kennt keine Oberfläche (das tut src/taskpane)." },
            { group: ["**/excel/**", "**/xlsx/**", "**/docx/**", "**/taskpane/**", "**/cli/**"], message: "src/core hängt von keinem Host ab." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
