// Mutation testing (`npm run mutatie`; not in CI: slow on two shared cores, see docs/mutatie.md for the times).
// Iterate on one file with: npx stryker run --mutate src/core/uren.ts
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.stryker.config.js", enableFindRelatedTests: true },
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: "perTest",
  mutate: ["src/core/**/*.ts", "src/functions/adapters/**/*.ts", "!src/core/messages.ts"],
  plugins: ["@stryker-mutator/jest-runner", "@stryker-mutator/typescript-checker", "./scripts/stryker-teksten.mjs"],
  ignorers: ["teksten"],
  concurrency: 1,
  // static mutants (module-level constants) rerun every test; the named constants have their own boundary tests
  ignoreStatic: true,
  timeoutMS: 60000,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
