/**
 * Unit and component tests. Browser tests (Chromium) run from test/browser/run.js. ts-jest only
 * transpiles (tsconfig has isolatedModules): type errors are caught by the `tsc` steps of npm test.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
};
