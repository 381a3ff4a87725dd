// Where the built add-in lives for the tests that check build output: dist/ (as `npm test` builds it),
// or AIP_DIST_DIR to check another build (e.g. a functions-only build while other entries are in progress).
import fs from "fs";
import path from "path";

export const DIST_DIR = path.resolve(process.env.AIP_DIST_DIR ?? path.join(__dirname, "../../dist"));

/** Reads a built file, failing with a message that says how to produce it. */
export function readDistFile(name: string): string {
  const file = path.join(DIST_DIR, name);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} is missing: build first with \`npm run build\` (npm test does), or \`npx webpack --mode production\`.`,
    );
  }
  return fs.readFileSync(file, "utf8");
}
