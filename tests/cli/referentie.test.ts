/** `rt index` and `rt werkgeverslasten` with the user's own figures from --data files. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/rt";
import { io } from "../helpers/uitvoer";

let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-data-"));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

test("rt index 2027 --data cijfers.csv: the index and which figures are the user's", async () => {
  const f = path.join(map, "cijfers.csv");
  fs.writeFileSync(f, "jaar;soort;ova;ppc;bron\n2026;prognose;0,04;0,02;MEV\n2026;definitief;0,045;0,025;CEP\n2027;prognose;0,035;0,02;MEV\n");
  const l = io();
  expect(await main(["index", "2027", "--data", f, "--json"], l.io)).toBe(0);
  const r = JSON.parse(l.out[0]);
  // 0.0335 + (0.043 − 0.038) = 0.0385 (see tests/data/gebruikerscijfers.test.ts)
  expect(r.index).toBe("0.0385");
  expect(r.cijfers.map((c: { status: string }) => c.status)).toEqual(Array(6).fill("gebruiker"));
  const zonder = io();
  expect(await main(["index", "2027"], zonder.io)).toBe(3);
  expect(zonder.err.join("\n")).toContain("U kunt de cijfers ook zelf toevoegen");
});

test("a bad --data file: file, row and column named, exit code 2", async () => {
  const f = path.join(map, "fout.csv");
  fs.writeFileSync(f, "jaar;soort;ova;ppc\n2026;prognose;4,94;0,02\n");
  const l = io();
  expect(await main(["index", "2027", "--data", f], l.io)).toBe(2);
  expect(l.err.join("\n")).toBe(
    `Fout: Databestand '${f}' (rij 2, kolom 3): OVA = '4,94' in rij 2 lijkt een percentage als heel getal; gebruik 4,94% of 0,0494 (een fractie, of een percentage met %-teken).`,
  );
});

test("rt werkgeverslasten 2027 --data premies.json", async () => {
  const f = path.join(map, "premies.json");
  fs.writeFileSync(
    f,
    JSON.stringify({
      premies: [{ jaar: 2027, awf_laag: "2,64%", awf_hoog: "7,64%", aof_laag: "6,18%", aof_hoog: "7,54%", whk: "1,22%", wko: "0,5%", zvw: "6,10%" }],
    }),
  );
  const l = io();
  expect(await main(["werkgeverslasten", "2027", "--data", f, "--json"], l.io)).toBe(0);
  const r = JSON.parse(l.out[0]);
  // 0.0264 + 0.0754 + 0.005 + 0.0122 + 0.061 = 0.18
  expect(r.totaal).toBe("0.18");
  expect(r.componenten.every((c: { herkomst: { status: string } }) => c.herkomst.status === "gebruiker")).toBe(true);
});
