import { InvoerFout } from "../../src/core/errors";
/** Runs f and returns the error it throws; fails the test when it throws nothing. */
export function fout(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("geen fout");
}

/** Runs g and returns the message of the InvoerFout it throws; fails the test on any other outcome. */
export function invoerMelding(g: () => unknown): string {
  try {
    g();
  } catch (e) {
    expect(e).toBeInstanceOf(InvoerFout);
    return (e as Error).message;
  }
  throw new Error("verwachtte een fout");
}
