/* eslint-disable no-undef */
/**
 * webpack loader for src/functions/functions.ts. custom-functions-metadata-plugin appends one
 * `CustomFunctions.associate("ID", fn);` per function to that file; those calls throw when office.js did not load
 * or the host refuses, and an ES import cannot catch a throw. This loader turns them into an exported list,
 * `associaties` (id, function), that src/functions/registreer.ts registers inside a try, in the same order. So the
 * add-in is one ES module graph that webpack concatenates into one scope, without a CommonJS require and the
 * per-module wrappers it forces (5.7 KiB gzip).
 */
const ASSOCIATIE = /\nCustomFunctions\.associate\("([^"\\]+)", ([A-Za-z_$][\w$]*)\);/g;

function alsLijst(bron) {
  const paren = [...bron.matchAll(ASSOCIATIE)];
  if (paren.length === 0)
    throw new Error("associaties: geen CustomFunctions.associate(…) gevonden; draait de loader na die van custom-functions-metadata-plugin?");
  const rest = bron.replace(ASSOCIATIE, "");
  if (/CustomFunctions\.associate\s*\(/.test(rest)) throw new Error("associaties: een CustomFunctions.associate(…) in een vorm die deze loader niet kent");
  return `${rest}\nexport const associaties = [${paren.map((m) => `[${JSON.stringify(m[1])}, ${m[2]}]`).join(", ")}];\n`;
}

module.exports = alsLijst;
module.exports.alsLijst = alsLijst;
