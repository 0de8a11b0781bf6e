/**
 * The engine (src/core) stays free of Office: no Office/Excel/CustomFunctions globals, no imports from the add-in
 * layers; it reads no clock: "today" comes only from the RekenContext; and it keeps no state between calls: a speed
 * cache belongs to the adapters (src/functions/adapters), which know when their inputs change.
 */
import * as fs from "fs";
import * as path from "path";

const CORE = path.join(__dirname, "../../src/core");

function bestanden(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? bestanden(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("src/core has no dependency on Office", () => {
  const files = bestanden(CORE);
  test("there are core files to check", () => expect(files.length).toBeGreaterThan(10));

  test.each(files.map((f) => [path.relative(CORE, f), f]))("%s", (_rel, file) => {
    const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(code).not.toMatch(/\b(Office|Excel|CustomFunctions|OfficeRuntime|OfficeExtension)\s*\./);
    expect(code).not.toMatch(/from\s+["'](office-|@microsoft\/office|exceljs|fs|path)/);
    expect(code).not.toMatch(/from\s+["']\.\.\/(functions|taskpane|cli|data)\b/);
    expect(code).not.toMatch(/from\s+["']\.\.\/\.\.\/(functions|taskpane|cli|data)\b/);
    expect(code).not.toMatch(/\bwindow\.|\bdocument\./);
    expect(code).not.toMatch(/new\s+Date\(\s*\)|Date\.now\(/);
  });
});

/** Top-level bindings of a module (prettier puts them at column 0). */
function moduleNamen(code: string): { naam: string; soort: string }[] {
  return [...code.matchAll(/^(?:export\s+)?(const|let|var)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => ({ soort: m[1], naam: m[2] }));
}

/** Where a module changes one of its own top-level bindings (a cache filled or cleared), as "NAAM.set(" etc. */
function moduleMutaties(code: string): string[] {
  const uit: string[] = [];
  for (const { naam, soort } of moduleNamen(code)) {
    if (soort !== "const") uit.push(`${soort} ${naam}`);
    const n = naam.replace(/\$/g, "\\$");
    const m = new RegExp(`\\b${n}\\s*(?:\\.\\s*(?:set|add|delete|clear|push|pop|shift|unshift|splice)\\s*\\(|(?:\\.\\w+|\\[[^\\]]*\\])\\s*=(?!=))`).exec(code);
    if (m) uit.push(m[0]);
  }
  return uit;
}

describe("src/core keeps no module-level cache", () => {
  test("the check finds the caches the engine used to have (format.ts, overhead.ts, parameters/namen.ts)", () => {
    // as they were written before the caches moved out (commit 545f7ca)
    expect(moduleMutaties("const PROCENT = new WeakMap<Decimal, string>();\n  PROCENT.set(fraction, tekst);")).toEqual(["PROCENT.set("]);
    expect(moduleMutaties("const NORMAAL = new Map<string, string>();\nif (NORMAAL.size >= 2000) NORMAAL.clear();")).toEqual(["NORMAAL.clear("]);
    expect(moduleMutaties("let laatste: string | undefined;")).toEqual(["let laatste"]);
    expect(moduleMutaties("const TABEL: Record<string, number> = {};\n  TABEL[k] = 1;")).toEqual(["TABEL[k] ="]);
    // reading a module-level lookup table is fine
    expect(moduleMutaties("const GRENZEN = new Map([[1, 2]]);\nif (GRENZEN.get(1) === 2) x = GRENZEN.has(1);")).toEqual([]);
  });

  test.each(bestanden(CORE).map((f) => [path.relative(CORE, f), f]))("%s", (_rel, file) => {
    const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    expect(moduleMutaties(code)).toEqual([]);
    // a WeakMap or WeakRef in the engine can only be a cache keyed on objects
    expect(code).not.toMatch(/\bWeak(Map|Set|Ref)\b/);
  });
});
