// Jest for mutation testing: the engine and adapter tests only (the browser, command-line, data and bench tests
// do not exercise src/core or src/functions/adapters beyond what these do, and take most of the time).
const basis = require("./jest.config.js");
module.exports = { ...basis, testMatch: ["<rootDir>/tests/core/**/*.test.ts", "<rootDir>/tests/functions/**/*.test.ts"] };
