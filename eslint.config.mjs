// ESLint flat config: typescript-eslint's type-checked rules on all TypeScript (src, tests, bench).
// Rules switched off or relaxed are listed with the reason; everything else is the recommended type-checked set.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "out/", "coverage/", "reports/", ".stryker-tmp/", "test-artefacten/", "**/*.js", "**/*.cjs", "**/*.mjs"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // unused parameters named _x are intentional (callbacks with a fixed signature)
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // Excel hands the custom functions `any`-typed cell values (unknown[][] at best); they are validated by the readers,
      // so the unsafe-* family would only flag the boundary code that does exactly that validation
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // String(x) of cell values (unknown) is the intended way to show what the user typed in a message
      "@typescript-eslint/no-base-to-string": "off",
      // its autofix removed assertions that tsc needs (literal types such as status: "gebruiker" as Herkomst); not safe
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
      // `Status | string` documents the known values of a field that also takes others
      "@typescript-eslint/no-redundant-type-constituents": "off",
      // async methods that implement a Promise-returning interface (writers, task-pane hosts) need not await anything
      "@typescript-eslint/require-await": "off",
      // messages quote what the user typed, including error cells (Celfout) through their toString
      "@typescript-eslint/restrict-template-expressions": "off",
    },
  },
  {
    // custom-functions-metadata reads the parameter types of the RT.* functions: `any` is how a function declares that
    // it takes any cell value or range (the adapters validate it); `unknown` is not a type the generator understands
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["tests/**/*.ts", "bench/**/*.ts", "src/data/voorbeeldregio/**/*.ts"],
    rules: {
      // benchmark results and test fixtures are JSON-shaped records of mixed values
      "@typescript-eslint/no-explicit-any": "off",
      // tests pass methods of jest's expect around and use require() for stubs set up before imports
      "@typescript-eslint/unbound-method": "off",
      "@typescript-eslint/no-require-imports": "off",
      // non-null assertions on results a test has just checked keep assertions short
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
);
