/**
 * Builds the production add-in into dist/ once for all test files that need it (manifest and browser tests):
 * rebuilds only when a source is newer than dist/functions.json, and serialises parallel Jest workers with a
 * lock directory.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
const LOCK = path.join(ROOT, "node_modules", ".cache", "rt-build-lock");

function nieuwsteMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const f of fs.readdirSync(p)) m = Math.max(m, nieuwsteMtime(path.join(p, f)));
  return m;
}

/**
 * Written after each build of these tests. Not functions.json's time: webpack does not rewrite an output file whose
 * content did not change, so after any source edit that leaves functions.json the same, every test file rebuilt.
 */
const STEMPEL = path.join(DIST, ".test-build");

function isActueel(): boolean {
  const uit = STEMPEL;
  if (!fs.existsSync(uit)) return false;
  const nodig = ["functions.js", "functions.json", "taskpane.html", "manifest.xml"].every((f) => fs.existsSync(path.join(DIST, f)));
  if (!nodig) return false;
  // a development build (npm run build:dev) in dist/ is not what these tests check
  if (/localhost/.test(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8"))) return false;
  const bronnen = Math.max(...["src", "assets", "manifest.xml", "webpack.config.js", "scripts"].map((p) => nieuwsteMtime(path.join(ROOT, p))));
  return fs.statSync(uit).mtimeMs >= bronnen;
}

const slaap = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Ensures an up-to-date production build in dist/. */
export async function zorgVoorProductieBuild(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const start = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // another worker is building; a stale lock (> 2 minutes) is taken over
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > 120_000) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone already */
      }
      if (Date.now() - start > 150_000) throw new Error("Wachten op de build duurde te lang");
      await slaap(200);
    }
  }
  try {
    if (!isActueel()) {
      const begin = Date.now();
      execSync("npx webpack --mode production", { cwd: ROOT, stdio: "pipe", env: { ...process.env, RT_PRODUCTIE_URL: "" } });
      // stamped with the build's start: a source saved during the build makes the next test file rebuild
      fs.writeFileSync(STEMPEL, "");
      fs.utimesSync(STEMPEL, new Date(begin), new Date(begin));
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
