#!/usr/bin/env node
// Entry of the `aip` command: runs the compiled CLI (built by `npm run build:cli`, also on `npm ci` via `prepare`).
// A check run is short: V8's optimising compiler would otherwise compile the large once-per-file functions of
// reader and view after a few files, work a batch of 50 small workbooks never earns back (half its CPU time
// per file beyond the first). Four times the default budget (67 584) before a function is optimised; long
// runs (a sheet of 100 000 rows) still optimise their hot loops within milliseconds. Set here, not in the
// shebang, so it applies however the command is started (npm's Windows shims, `node bin/aip.js`).
// Measured on Node 20 (V8 11.x) only: other V8s keep their defaults until measured there (V8 prints an error
// line for a flag it does not know, and newer tiers weigh the budget differently).
if (process.versions.v8.startsWith("11.")) require("node:v8").setFlagsFromString("--interrupt-budget=270336");
require("../build/cli/main.js").main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
