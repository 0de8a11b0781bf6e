/**
 * The input can never be overwritten (symbolic and hard links), an existing output is replaced
 * atomically (temp file + fsync + rename), an interrupted write leaves the old file, and fs errors are Dutch.
 */
import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/rt";
import { maakVoorbeeldWerkboek } from "../../src/cli/voorbeeld";
import { schrijfVeilig, vertaalFsFout } from "../../src/cli/veilig-schrijven";
import { io } from "../helpers/uitvoer";

const hash = (f: string) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
let map: string;
let invoer: string;
let vooraf: string;
beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), "rt-veilig-"));
  invoer = path.join(map, "parameters.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
  vooraf = hash(invoer);
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

describe("the input is never the output", () => {
  test("--uit as a symbolic link to the input is refused, even with --overschrijven", async () => {
    const link = path.join(map, "link.xlsx");
    fs.symlinkSync(invoer, link);
    const l = io();
    const code = await main(["tarief", invoer, "--uit", link, "--overschrijven", "--peildatum", "2025-01-01"], l.io);
    expect(code).toBe(1);
    expect(l.err.join("\n")).toMatch(/hetzelfde bestand als de invoer/);
    expect(hash(invoer)).toBe(vooraf);
  });

  test("--uit as a hard link to the input is refused, even with --overschrijven", async () => {
    const link = path.join(map, "hard.xlsx");
    fs.linkSync(invoer, link);
    const l = io();
    const code = await main(["tarief", invoer, "--uit", link, "--overschrijven", "--peildatum", "2025-01-01"], l.io);
    expect(code).toBe(1);
    expect(l.err.join("\n")).toMatch(/hetzelfde bestand als de invoer/);
    expect(hash(invoer)).toBe(vooraf);
  });

  test("a path to the input through a symbolic link to its folder is refused", async () => {
    const mapLink = path.join(map, "maplink");
    fs.symlinkSync(map, mapLink);
    const l = io();
    const code = await main(["tarief", invoer, "--uit", path.join(mapLink, "parameters.xlsx"), "--overschrijven"], l.io);
    expect(code).toBe(1);
    expect(hash(invoer)).toBe(vooraf);
  });
});

describe("fs errors are Dutch and name the path", () => {
  test("a folder that does not exist", async () => {
    const l = io();
    const uit = path.join(map, "bestaat-niet", "uit.xlsx");
    const code = await main(["tarief", invoer, "--uit", uit, "--peildatum", "2025-01-01"], l.io);
    expect(code).toBe(1);
    const tekst = l.err.join("\n");
    expect(tekst).toContain("bestaat-niet");
    expect(tekst).toMatch(/bestaat niet \(ENOENT\)/);
    expect(tekst).not.toMatch(/no such file/);
  });

  test("an output path that is a folder", async () => {
    const l = io();
    const uit = path.join(map, "een-map.xlsx");
    fs.mkdirSync(uit);
    const code = await main(["tarief", invoer, "--uit", uit, "--overschrijven", "--peildatum", "2025-01-01"], l.io);
    expect(code).toBe(1);
    expect(l.err.join("\n")).toMatch(/is een map, geen bestand \(EISDIR\)/);
    expect(l.err.join("\n")).not.toMatch(/illegal operation/);
  });

  test("vertaalFsFout for EACCES and EPERM names the file", () => {
    const e = Object.assign(new Error("EACCES: permission denied, open 'x'"), { code: "EACCES" });
    expect(vertaalFsFout(e, "x.xlsx").message).toBe("Kan 'x.xlsx' niet schrijven: geen toegang tot 'x.xlsx' (rechten) (EACCES).");
    const p = Object.assign(new Error("EPERM"), { code: "EPERM" });
    expect(vertaalFsFout(p, "y.xlsx", "vervangen").message).toMatch(/^Kan 'y\.xlsx' niet vervangen: de bewerking op 'y\.xlsx' is niet toegestaan/);
  });
});

describe("atomic replacement", () => {
  test("a failing producer leaves the old output untouched and no temporary file", async () => {
    const doel = path.join(map, "oud.txt");
    fs.writeFileSync(doel, "oude inhoud");
    await expect(
      schrijfVeilig(
        doel,
        async () => {
          throw new Error("mislukt");
        },
        { overschrijven: true },
      ),
    ).rejects.toThrow("mislukt");
    expect(fs.readFileSync(doel, "utf8")).toBe("oude inhoud");
    expect(fs.readdirSync(map).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("without overschrijven an existing output is refused", async () => {
    const doel = path.join(map, "bestaand.txt");
    fs.writeFileSync(doel, "blijft");
    await expect(schrijfVeilig(doel, "nieuw")).rejects.toThrow(/bestaat al/);
    expect(fs.readFileSync(doel, "utf8")).toBe("blijft");
  });

  test("replacing a symbolic link output replaces the link, never the file it points to", async () => {
    const ander = path.join(map, "ander.txt");
    fs.writeFileSync(ander, "van iemand anders");
    const link = path.join(map, "naar-ander.txt");
    fs.symlinkSync(ander, link);
    await schrijfVeilig(link, "nieuw", { overschrijven: true });
    expect(fs.readFileSync(ander, "utf8")).toBe("van iemand anders");
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(link, "utf8")).toBe("nieuw");
  });

  test("kill -9 in the middle of a write leaves the old output whole", async () => {
    const doel = path.join(map, "onderbroken.txt");
    fs.writeFileSync(doel, "oude inhoud");
    // the child blocks inside fsync (after the bytes went to the temp file, before the rename) and is killed there
    const script = `
      const fs = require("fs");
      const echt = fs.fsyncSync;
      fs.fsyncSync = (fd) => { echt(fd); process.stdout.write("midden\\n"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); };
      require(${JSON.stringify(path.resolve(__dirname, "../../src/cli/veilig-schrijven.ts"))})
        .schrijfVeilig(${JSON.stringify(doel)}, "x".repeat(1 << 20), { overschrijven: true });`;
    const kind = spawn(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((klaar, mis) => {
      kind.stdout.on("data", (d: Buffer) => {
        if (d.toString().includes("midden")) kind.kill("SIGKILL");
      });
      kind.on("exit", () => klaar());
      kind.on("error", mis);
    });
    expect(kind.signalCode).toBe("SIGKILL");
    expect(fs.readFileSync(doel, "utf8")).toBe("oude inhoud");
  });
});
