/**
 * Cold start: loading the custom functions (and the data, the engine, the task pane's modules) builds no zod
 * schema, and neither does a valid parameter range; a schema is built the first time input is refused. Every
 * function zod/mini exports is counted through a module mock, so the count sees each schema and check built.
 */
let aanroepen = 0;

jest.mock("zod/mini", () => {
  const echt = jest.requireActual<Record<string, unknown>>("zod/mini");
  const geteld: Record<string, unknown> = { ...echt };
  for (const [naam, waarde] of Object.entries(echt)) {
    // config and the locales are set once by src/core/zod.ts; everything else builds schemas or checks
    if (typeof waarde !== "function" || naam === "config" || /^[A-Z$]/.test(naam)) continue;
    geteld[naam] = (...args: unknown[]) => {
      aanroepen++;
      return (waarde as (...a: unknown[]) => unknown)(...args);
    };
  }
  return geteld;
});

// 24,68 / 0,8 = 30,85 per hour; × 1,2 (20% overhead as a mark-up) = 37,02
const GELDIG = [
  ["loonkosten_per_uur", 24.68],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];

test("loading the functions and the task pane's modules builds no schema; a valid range builds none; a refused one does", () => {
  // a fresh module registry, also when this file runs inside another (tests/stryker-bundel.js)
  let f!: typeof import("../../src/functions/functions");
  jest.isolateModules(() => {
    f = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
    require("../../src/taskpane/taskpane");
  });
  expect(aanroepen).toBe(0);
  expect(f.tarief(GELDIG)).toBe(37.02);
  expect(aanroepen).toBe(0);
  expect(() => f.tarief([...GELDIG, ["afronding", "naar boven"]])).toThrow();
  expect(aanroepen).toBeGreaterThan(0);
});
