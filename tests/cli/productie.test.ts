/**
 * After a production install (`npm ci --omit=dev`, so no tsx and no TypeScript) `node bin/rt.js` runs the
 * compiled command line with Node alone. The test builds dist-cli/ (`npm run build:cli`, as `prepack` does), copies
 * what a package ships into a temporary folder, installs only the runtime dependencies there, and runs rt.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { maakVoorbeeldWerkboek } from "../../src/cli/voorbeeld";

const ROOT = path.join(__dirname, "..", "..");
let map: string;

beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-productie-"));
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "pipe" });
  for (const f of ["package.json", "package-lock.json"]) fs.copyFileSync(path.join(ROOT, f), path.join(map, f));
  fs.cpSync(path.join(ROOT, "bin"), path.join(map, "bin"), { recursive: true });
  fs.cpSync(path.join(ROOT, "dist-cli"), path.join(map, "dist-cli"), { recursive: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], { cwd: map, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm ci --omit=dev mislukte: ${r.stderr}`);
}, 600_000);
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

test("no development tools are installed in the copy", () => {
  expect(fs.existsSync(path.join(map, "node_modules", "tsx"))).toBe(false);
  expect(fs.existsSync(path.join(map, "node_modules", "typescript"))).toBe(false);
  expect(fs.existsSync(path.join(map, "node_modules", "exceljs"))).toBe(true);
});

test("node bin/rt.js parameters lists the vocabulary", () => {
  const r = spawnSync(process.execPath, ["bin/rt.js", "parameters"], { cwd: map, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^productiviteit\s/m);
});

test("node bin/rt.js tarief computes the demo workbook: 63,33 and 37,02", async () => {
  const invoer = path.join(map, "parameters.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
  const r = spawnSync(process.execPath, ["bin/rt.js", "tarief", invoer, "--peildatum", "2025-01-01", "--json"], { cwd: map, encoding: "utf8" });
  expect(r.status).toBe(0);
  const uit = JSON.parse(r.stdout) as { tarieven: { product: string; tarief: string }[]; verantwoording: { productversie: string } };
  expect(uit.tarieven.slice(0, 2).map((u) => u.tarief)).toEqual(["63.33", "37.02"]);
  // the compiled command line finds package.json for the audit block's product version
  expect(uit.verantwoording.productversie).toBe((JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }).version);
});
