/**
 * scripts/associaties.js turns the CustomFunctions.associate calls that custom-functions-metadata-plugin appends to
 * functions.ts into the exported list `associaties`, which src/functions/registreer.ts registers inside a try.
 * Checked on the plugin's own loader with the real metadata of functions.ts: every id once, in the same order, with
 * the function the plugin named; and a source in a form the loader does not know stops the build.
 */
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import { DIST, ROOT, zorgVoorProductieBuild } from "./bouw";

const { alsLijst } = require(path.join(ROOT, "scripts", "associaties.js")) as { alsLijst: (bron: string) => string };
const pluginLoader = require("custom-functions-metadata-plugin/lib/loader.js") as (this: unknown, bron: string) => string;

const INVOER = "./src/functions/functions.ts";
const BESTAND = path.join(ROOT, "src", "functions", "functions.ts");

/** functions.ts as webpack hands it to our loader: after the metadata plugin's loader appended its calls. */
async function naPluginLoader(): Promise<{ bron: string; paren: [string, string][] }> {
  const resultaat = await generateCustomFunctionsMetadata([BESTAND], true);
  expect(resultaat.errors).toEqual([]);
  (CustomFunctionsMetadataPlugin as unknown as { generateResults: Record<string, unknown> }).generateResults[INVOER] = resultaat;
  const bron = pluginLoader.call({ getOptions: () => ({ input: INVOER, file: BESTAND }) }, fs.readFileSync(BESTAND, "utf8"));
  const paren = resultaat.associate.filter((a) => a.sourceFileName === BESTAND).map((a): [string, string] => [a.id, a.functionName]);
  return { bron, paren };
}

test("every CustomFunctions.associate call of the plugin becomes one entry of the exported list, in order", async () => {
  const { bron, paren } = await naPluginLoader();
  expect(paren.length).toBeGreaterThanOrEqual(28);
  expect(bron.match(/CustomFunctions\.associate\(/g)?.length).toBe(paren.length);
  const uit = alsLijst(bron);
  expect(uit).not.toMatch(/CustomFunctions\.associate\(/);
  const lijst = /\nexport const associaties = \[(.*)\];\n$/.exec(uit);
  expect(lijst).not.toBeNull();
  const gelezen = [...lijst![1].matchAll(/\["([^"]+)", ([\w$]+)\]/g)].map((m) => [m[1], m[2]]);
  expect(gelezen).toEqual(paren);
  // the source before the list is functions.ts unchanged
  expect(uit.startsWith(fs.readFileSync(BESTAND, "utf8"))).toBe(true);
});

test("a source without the plugin's calls, or with a call in another form, stops the build", () => {
  expect(() => alsLijst(fs.readFileSync(BESTAND, "utf8"))).toThrow(/geen CustomFunctions\.associate/);
  expect(() => alsLijst('export function a() {}\nCustomFunctions.associate("A", a);\nCustomFunctions.associate(`B`, a);')).toThrow(
    /vorm die deze loader niet kent/,
  );
});

describe("the built add-in", () => {
  beforeAll(() => zorgVoorProductieBuild(), 300_000);

  test("registers through one call site, with every id of functions.json in its order", () => {
    const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
    expect(code.match(/CustomFunctions\.associate\(/g)).toHaveLength(1);
    const ids = (JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] }).functions.map((f) => f.id);
    const posities = ids.map((id) => code.indexOf(`["${id}",`));
    expect(posities.every((p) => p > 0)).toBe(true);
    expect([...posities].sort((a, b) => a - b)).toEqual(posities);
  });
});
