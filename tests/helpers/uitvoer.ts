/** Collects what an `rt` command writes to stdout and stderr: pass `io` to the command, read `out` and `err`. */
export function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
}
