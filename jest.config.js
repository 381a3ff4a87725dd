/** Unit and integration tests; TypeScript is type-checked by `npm run lint`, so ts-jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": "ts-jest" }, // transpile only: tsconfig sets isolatedModules
  testTimeout: 60000,
  // office-addin-mock loads office-addin-manifest, whose copies of strip-bom and uuid are ESM-only; the
  // CommonJS versions at the top level have the same API and let jest load it without transforming node_modules.
  moduleNameMapper: {
    "^strip-bom$": "<rootDir>/node_modules/strip-bom/index.js",
    "^uuid$": "<rootDir>/node_modules/uuid/dist/index.js",
  },
};
