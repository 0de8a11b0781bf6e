import { main } from "../../src/cli/rt";
/** Collects what an `rt` command writes to stdout and stderr: pass `io` to the command, read `out` and `err`. */
export function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) } };
}

/** Runs `rt` with these arguments in-process: exit code and the joined stdout and stderr. */
export async function rt(...args: string[]) {
  const { out, err, io: kanalen } = io();
  const code = await main(args, kanalen);
  return { code, out: out.join("\n"), err: err.join("\n") };
}
