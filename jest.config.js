/** Unit and integration tests; TypeScript is type-checked by `npm run lint`, so ts-jest only transpiles. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true }] },
  testTimeout: 60000,
};
