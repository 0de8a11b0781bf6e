// Worker entry for the parallel region workload: registers tsx so the TypeScript sources load in this thread too.
require("tsx/cjs/api").register();
require("./regio-werker.ts");
