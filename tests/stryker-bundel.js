// Mutation testing only (jest.stryker.config.js): all engine and adapter test files in ONE Jest test file.
// Stryker runs Jest once per mutant with a filter on test names; with 25 separate files Jest built a fresh module
// registry and reloaded the engine (decimal.js, zod, parameter definitions) for every file, even when none of its
// tests matched: ~2.5 s per mutant. Loaded once here: a fraction of that. Each file is required inside its own
// describe block, so its top-level hooks (beforeEach/beforeAll) still apply to its own tests only.
const fs = require("fs");
const path = require("path");

// not about src/core or the adapters at run time: the manifest (needs a webpack build), the metadata generator and
// the build's list of registrations (loads custom-functions-metadata and may build);
// and the cold-start test, which loads every module afresh inside its test (jest.isolateModules): Stryker then counted
// each module-level mutant (a constant, a table of functions) as covered by that one test alone and ran it against
// nothing else, so it "survived" whatever the other tests check. Without it those mutants are static, and ignored.
const NIET = new Set(["functions/manifest.test.ts", "functions/metadata.test.ts", "functions/associaties.test.ts", "functions/opstart.test.ts"]);

for (const map of ["core", "functions"]) {
  for (const bestand of fs.readdirSync(path.join(__dirname, map)).sort()) {
    const naam = `${map}/${bestand}`;
    if (!bestand.endsWith(".test.ts") || NIET.has(naam)) continue;
    describe(naam, () => {
      require(`./${naam}`);
    });
  }
}
