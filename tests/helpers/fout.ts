/** Runs f and returns the error it throws; fails the test when it throws nothing. */
export function fout(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error("geen fout");
}
