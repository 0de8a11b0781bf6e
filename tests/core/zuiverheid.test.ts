/**
 * The engine (src/core) stays free of Office: no Office/Excel/CustomFunctions globals, no imports from the add-in
 * layers; and it reads no clock: "today" comes only from the RekenContext.
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
