/**
 * docs/architectuur.md stays true: every repository path it names exists, and every module of src/core is named
 * in it (a new engine module without a line in the module map fails here).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");
const DOC = fs.readFileSync(path.join(ROOT, "docs/architectuur.md"), "utf8");

/** Repository paths the document names: in backticks or at the start of a line of the flow diagram. */
function genoemdePaden(tekst: string): string[] {
  const paden = new Set<string>();
  for (const m of tekst.matchAll(/(?<![\w/.-])((?:src|tests|docs|bench|scripts)\/[\w./-]*[\w/])/g)) paden.add(m[1]);
  return [...paden];
}

function bestanden(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? bestanden(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("docs/architectuur.md", () => {
  const paden = genoemdePaden(DOC);

  test("names the engine's entry points", () => {
    // the extraction itself: if it found nothing, the next test would pass on an empty list
    expect(paden).toEqual(
      expect.arrayContaining(["src/core/tarief.ts", "src/core/parameters/definities.ts", "src/functions/functions.ts", "tests/core/architectuur.test.ts"]),
    );
  });

  test.each(paden.map((p) => [p]))("%s exists", (p) => {
    expect(fs.existsSync(path.join(ROOT, p))).toBe(true);
  });

  test.each(bestanden(path.join(ROOT, "src/core")).map((f) => [path.relative(ROOT, f).split(path.sep).join("/")]))("%s is in the module map", (f) => {
    expect(DOC).toContain(`\`${f}\``);
  });
});
