// The rule catalogue: meta data complete and consistent, and docs/rules.md generated from it and current.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTRACT, MONTHLY_NAMES } from "../../src/core/contract";
import { RULES } from "../../src/core/rules";
import { rulesMarkdown } from "../../src/core/rulesDoc";

const FAMILIES = ["namen", "typen", "abstimmung", "istplan", "ziele", "quer", "verlauf"];

describe("rule meta data", () => {
  it("has unique, stable, kebab-case ids with a family prefix (or hinweis/ for hint-only rules)", () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.meta.id).toMatch(/^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/);
      const prefix = r.meta.id.split("/")[0];
      expect(FAMILIES).toContain(r.meta.family);
      if (prefix === "hinweis") expect(r.meta.severity).toBe("info");
      else expect(prefix).toBe(r.meta.family);
    }
  });

  it("covers all seven families", () => {
    expect(new Set(RULES.map((r) => r.meta.family))).toEqual(new Set(FAMILIES));
  });

  it("has German title and explanation, contract names and numeric parameter defaults", () => {
    const names = new Set([...CONTRACT, ...MONTHLY_NAMES].map((c) => c.name));
    for (const { meta } of RULES) {
      expect(meta.title.length).toBeGreaterThan(5);
      expect(meta.titleEn.length).toBeGreaterThan(5);
      expect(meta.titleEn).not.toBe(meta.title);
      expect(meta.description.length).toBeGreaterThan(60);
      for (const n of meta.names ?? []) expect(names.has(n)).toBe(true);
      for (const p of Object.values(meta.params ?? {})) {
        expect(Number.isFinite(p.default)).toBe(true);
        expect(p.description.length).toBeGreaterThan(5);
      }
    }
  });
});

describe("docs/rules.md", () => {
  it("is current (regenerate with npm run docs:rules)", () => {
    const file = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    expect(file).toBe(rulesMarkdown());
  });

  it("documents every rule with its default severity and parameters", () => {
    const md = rulesMarkdown();
    for (const { meta } of RULES) {
      expect(md).toContain(`### \`${meta.id}\``);
      for (const key of Object.keys(meta.params ?? {})) expect(md).toContain(`| \`${key}\` |`);
      for (const [id, t] of Object.entries(meta.messages)) {
        expect(md).toContain(`| \`${id}\` | ${t.de.replace(/\|/g, "\\|")} | ${t.en.replace(/\|/g, "\\|")} |`);
      }
    }
    expect(md).toContain("`toleranzen.betrag`");
  });
});

test("every domain rule (outside namen/ and typen/) names its source, and only rules of the registry do", async () => {
  const { RULES } = await import("../../src/core/rules");
  const { RULE_SOURCES } = await import("../../src/core/rules/sources");
  const domain = RULES.filter((r) => r.meta.family !== "namen" && r.meta.family !== "typen").map((r) => r.meta.id);
  expect(Object.keys(RULE_SOURCES).sort()).toEqual([...domain].sort());
  for (const id of domain) expect(RULE_SOURCES[id].length).toBeGreaterThan(10);
});
