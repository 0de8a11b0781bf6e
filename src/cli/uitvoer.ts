/** Output channels of the command line, injectable for tests, and the usage error (exit code 1). */
export interface Uitvoer {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal: progress as a bar instead of plain lines */
  tty?: boolean;
}

/** Wrong use of the command line or a problem with a file: exit code 1. */
export class GebruiksFout extends Error {}
