// Mutation testing only (jest.stryker.config.js): Jest's node environment that stops a mutant run at its first
// failing test. One failing test kills the mutant; Jest itself cannot bail within a test file, so a killed mutant
// in a module that every test reaches (decimal.ts, the parameter reader) ran all 490 tests. The initial run of
// Stryker (no active mutant) is not affected.
const { TestEnvironment } = require("jest-environment-node");

class StrykerOmgeving extends TestEnvironment {
  gefaald = false;

  async handleTestEvent(event) {
    if (!process.env.__STRYKER_ACTIVE_MUTANT__) return;
    if ((event.name === "test_done" && event.test.errors.length > 0) || event.name === "hook_failure") this.gefaald = true;
    if (event.name === "test_start" && this.gefaald) event.test.mode = "skip";
  }
}

module.exports = StrykerOmgeving;
