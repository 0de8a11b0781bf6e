/**
 * Jest setup (every test file): the shipped datasets are deep-frozen before any test runs. The engine uses the
 * imported JSON objects as they are (no copy made by a parse at load), so a computation that mutated
 * one would change every later result; with the data frozen such a write throws in whichever test makes it.
 */
import { RUWE_DATASETS } from "../../src/data/laden";

function bevries(x: unknown): void {
  if (x === null || typeof x !== "object" || Object.isFrozen(x)) return;
  Object.freeze(x);
  for (const v of Object.values(x)) bevries(v);
}

bevries(RUWE_DATASETS);
