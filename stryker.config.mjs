// Mutation testing (`npm run mutatie`; not in CI: slow on two shared cores, see docs/mutatie.md for the times).
// Iterate on one file with: npx stryker run --mutate src/core/uren.ts
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "jest",
  // one bundled test file (tests/stryker-bundel.js): Jest cannot see which files it requires, so no findRelatedTests;
  // per-test coverage still runs only the tests that reach the mutant
  jest: { projectType: "custom", configFile: "jest.stryker.config.js", enableFindRelatedTests: false },
  // only the sources need @ts-nocheck in the sandbox (ts-jest transpiles without type checking)
  disableTypeChecks: "src/**/*.ts",
  checkers: ["typecheck"],
  // the checker compiles src only (not tests and bench): does the mutated program compile, at a third of the cost
  tsconfigFile: "tsconfig.stryker.json",
  coverageAnalysis: "perTest",
  mutate: ["src/core/**/*.ts", "src/functions/adapters/**/*.ts", "!src/core/messages.ts"],
  plugins: ["@stryker-mutator/jest-runner", "./scripts/stryker-teksten.mjs", "./scripts/stryker-typecheck.mjs"],
  ignorers: ["teksten"],
  concurrency: 1,
  // static mutants (module-level constants) rerun every test; the named constants have their own boundary tests
  ignoreStatic: true,
  // infinite loops are caught by the hit limit of per-test coverage; this only bounds a slow machine
  timeoutMS: 15000,
  reporters: ["clear-text", "progress", "json", "html"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  // reruns redo only mutants whose code or covering tests changed (npm run mutatie -- --force for a full run)
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
