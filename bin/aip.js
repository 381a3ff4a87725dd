#!/usr/bin/env node
// Entry of the `aip` command: runs the compiled CLI (built by `npm run build:cli`, also on `npm ci` via `prepare`).
require("../build/cli/main.js").main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
