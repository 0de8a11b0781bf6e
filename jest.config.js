/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: {
    // office-addin-mock → office-addin-manifest → ESM-only strip-bom: Jest cannot load it; office-addin-mock
    // only needs the OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
  setupFiles: ["<rootDir>/tests/stubs/custom-functions-global.js", "<rootDir>/tests/helpers/datasets-bevroren.ts"],
  testTimeout: 60000,
};
