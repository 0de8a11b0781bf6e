// Jest for mutation testing: the engine and adapter tests only (the browser, command-line, data and bench tests
// do not exercise src/core or src/functions/adapters beyond what these do, and take most of the time), loaded as one
// test file (tests/stryker-bundel.js explains why), with exceljs and hyperformula loaded at first use
// (tests/stubs/lui.js), stopping at the first failing test of a mutant (tests/stubs/stryker-omgeving.js).
const path = require("path");
const basis = require("./jest.config.js");
module.exports = {
  ...basis,
  testMatch: ["<rootDir>/tests/stryker-bundel.js"],
  testEnvironment: path.join(__dirname, "tests", "stubs", "stryker-omgeving.js"),
  moduleNameMapper: {
    ...basis.moduleNameMapper,
    "^exceljs$": "<rootDir>/tests/stubs/lui-exceljs.js",
    "^hyperformula$": "<rootDir>/tests/stubs/lui-hyperformula.js",
  },
};
