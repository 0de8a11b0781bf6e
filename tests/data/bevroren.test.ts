/** The deep freeze of tests/helpers/datasets-bevroren.ts is in force: a write into shipped data throws. */
import { CAO_DATASETS, MEEGELEVERDE_TABELLEN, PREMIES, RUWE_DATASETS } from "../../src/data/laden";

test("the shipped datasets the engine uses are the frozen imported objects", () => {
  expect(CAO_DATASETS[0]).toBe(RUWE_DATASETS[CAO_DATASETS[0].dataset]);
  expect(() => {
    (MEEGELEVERDE_TABELLEN[0].schalen[0].treden[0] as { bedrag: string | null }).bedrag = "1";
  }).toThrow(TypeError);
  expect(() => (PREMIES.jaren as unknown[]).push({})).toThrow(TypeError);
});
