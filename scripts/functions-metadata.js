/* Custom-functions metadata at build time, after custom-functions-metadata-plugin has generated the English
 * functions.json from the JSDoc in src/functions/functions.ts:
 * - functions-de.json is that same metadata with the German help texts of src/functions/translations-de.json
 *   put in, so ids, names, parameters and types can never drift between the languages; a table that misses
 *   or adds a function or parameter fails the build (and test/functions/metadata.test.ts).
 * - With AIP_NO_SHORT_IQ=1 the function IQ is left out of both files and of the CustomFunctions.associate
 *   calls the plugin appends to functions.js, for an IT department whose Excel refuses the two-letter id
 *   (Microsoft's naming article: ids and names "must start with a letter and be at least three characters").
 * The plugin keeps the generated result in CustomFunctionsMetadataPlugin.generateResults (its loader reads
 * the associations from there); this plugin edits that result in the compilation hook, which runs after the
 * generator's own because it is registered after it. test/functions/bundle.test.ts checks the outcome. */
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources } = require("webpack");

/** The id left out by AIP_NO_SHORT_IQ=1. */
const SHORT_IQ = "IQ";

/**
 * What is wrong with a translation table for the given English metadata: one line per missing or extra
 * function or parameter, or empty help text; none for a good table.
 * @param {{functions: {id: string, parameters: {name: string}[]}[]}} english
 * @param {Record<string, {name?: string, description: string, parameters: Record<string, string>}>} table
 * @param {{ignore?: string[]}} [options] ids the table may have although the metadata lacks them
 * @returns {string[]}
 */
function tableProblems(english, table, { ignore = [] } = {}) {
  const problems = [];
  const ids = new Set(english.functions.map((fn) => fn.id));
  for (const fn of english.functions) {
    const entry = table[fn.id];
    if (!entry) {
      problems.push(`${fn.id}: no German entry`);
      continue;
    }
    if (typeof entry.description !== "string" || entry.description.trim() === "") problems.push(`${fn.id}: no German description`);
    const names = fn.parameters.map((p) => p.name);
    const given = Object.keys(entry.parameters ?? {});
    for (const name of names) {
      const text = entry.parameters?.[name];
      if (typeof text !== "string" || text.trim() === "") problems.push(`${fn.id}.${name}: no German description`);
    }
    for (const name of given.filter((n) => !names.includes(n))) problems.push(`${fn.id}.${name}: not a parameter of ${fn.id}`);
    const extraKeys = Object.keys(entry).filter((k) => !["name", "description", "parameters"].includes(k));
    for (const key of extraKeys) problems.push(`${fn.id}: unknown key ${key}`);
  }
  for (const id of Object.keys(table).filter((id) => !ids.has(id) && !ignore.includes(id))) problems.push(`${id}: not a function`);
  return problems;
}

/**
 * The German metadata: a deep copy of the English one with name (if the table gives one), description
 * and parameter descriptions from the table. Throws, naming every problem, when the table does not fit.
 */
function germanMetadata(english, table, options) {
  const problems = tableProblems(english, table, options);
  if (problems.length > 0) throw new Error(`src/functions/translations-de.json passt nicht zu functions.ts:\n  ${problems.join("\n  ")}`);
  const german = JSON.parse(JSON.stringify(english));
  for (const fn of german.functions) {
    const entry = table[fn.id];
    if (entry.name) fn.name = entry.name;
    fn.description = entry.description;
    for (const p of fn.parameters) p.description = entry.parameters[p.name];
  }
  return german;
}

/** The metadata without the two-letter IQ (INTEGRATIONSQUOTE stays). */
function withoutShortIq(metadata) {
  return { ...metadata, functions: metadata.functions.filter((fn) => fn.id !== SHORT_IQ) };
}

/** Whether the environment asks for the build without AIP.IQ. */
function noShortIqRequested(env = process.env) {
  return env.AIP_NO_SHORT_IQ === "1" || env.AIP_NO_SHORT_IQ === "true";
}

const pluginName = "AipFunctionsMetadataPlugin";

class AipFunctionsMetadataPlugin {
  /** @param {{input: string, output: string, germanOutput: string, table: object, noShortIq: boolean}} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { input, output, germanOutput, table, noShortIq } = this.options;
    compiler.hooks.compilation.tap(pluginName, (compilation) => {
      const generated = CustomFunctionsMetadataPlugin.generateResults[input];
      if (!generated || compilation.errors.length > 0) return; // the generator has reported its errors
      let english = JSON.parse(generated.metadataJson);
      if (noShortIq) {
        english = withoutShortIq(english);
        generated.associate = generated.associate.filter((a) => a.id !== SHORT_IQ);
        generated.metadataJson = JSON.stringify(english, null, 4);
        compilation.assets[output] = new sources.RawSource(generated.metadataJson);
      }
      try {
        const german = germanMetadata(english, table, { ignore: noShortIq ? [SHORT_IQ] : [] });
        compilation.assets[germanOutput] = new sources.RawSource(JSON.stringify(german, null, 4));
      } catch (e) {
        compilation.errors.push(new compiler.webpack.WebpackError(e.message));
      }
    });
  }
}

module.exports = { AipFunctionsMetadataPlugin, tableProblems, germanMetadata, withoutShortIq, noShortIqRequested, SHORT_IQ };
