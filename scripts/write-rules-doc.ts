// Writes docs/rules.md from the rule catalogue (npm run docs:rules); a test checks the file is current.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { rulesMarkdown } from "../src/core/rulesDoc";

const target = join(__dirname, "..", "docs", "rules.md");
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, rulesMarkdown(), "utf8");
console.log(`docs/rules.md geschrieben (${target})`);
