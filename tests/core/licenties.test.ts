/** The licence check (scripts/licenties.js): passes on the real lock file, fails on a planted GPL package. */
import * as fs from "fs";
import * as path from "path";
const { controleer, past } = require("../../scripts/licenties.js") as {
  controleer: (lock: unknown) => { pakketten: { naam: string; licentie: string }[]; fout: { naam: string }[] };
  past: (e: string) => boolean;
};

const lock = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package-lock.json"), "utf8"));

test("every runtime package of package-lock.json has an allowed licence; dev tools are not counted", () => {
  const r = controleer(lock);
  expect(r.fout.map((p) => p.naam)).toEqual([]);
  expect(r.pakketten.map((p) => p.naam)).toEqual(expect.arrayContaining(["exceljs", "decimal.js", "zod"]));
  expect(r.pakketten.map((p) => p.naam)).not.toContain("typescript");
});

test("a planted GPL or unlicensed runtime package makes it fail", () => {
  const geplant = {
    packages: { ...lock.packages, "node_modules/kwaad": { version: "1.0.0", license: "GPL-3.0-only" }, "node_modules/zonder": { version: "1.0.0" } },
  };
  expect(controleer(geplant).fout.map((p) => p.naam)).toEqual(["kwaad", "zonder"]);
});

test("SPDX expressions: OR needs one allowed side, AND needs all", () => {
  expect(past("(MIT OR GPL-3.0-or-later)")).toBe(true);
  expect(past("(MIT AND Zlib)")).toBe(true);
  expect(past("(MIT AND GPL-3.0-only)")).toBe(false);
  expect(past("GPL-2.0")).toBe(false);
});
