/**
 * The add-in bundle carries a trimmed decimal.js (scripts/decimal-slank.js, a webpack loader): the methods the
 * add-in never calls are removed, the rest is the package's own code. Guarded here: the trimmed library really
 * lacks them (so the bundle shrinks), src/ calls none of them (a call would be a TypeError in Excel only), and every
 * operation that stays gives the same digits as the package on random input.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import fc from "fast-check";
import DecimalJs from "decimal.js";
import { ROOT } from "../functions/bouw";

const slank = require(path.join(ROOT, "scripts", "decimal-slank.js")) as { decimalSlank: (bron: string) => string; PROTOTYPE: string[]; STATISCH: string[] };

const PAKKET = fs.readFileSync(require.resolve("decimal.js/decimal.mjs"), "utf8").replace(/\r\n/g, "\n");

/** The trimmed ES module, evaluated as a script (its two exports become one return value). */
function laadSlank(): typeof DecimalJs {
  const code = slank
    .decimalSlank(PAKKET)
    .replace(/^export var Decimal = /m, "var Decimal = ")
    .replace(/^export default Decimal;$/m, "");
  expect(code).not.toMatch(/^\s*(export|import)\b/m);
  return vm.runInNewContext(`(function () { ${code}\n return Decimal; })()`, {}) as typeof DecimalJs;
}

/** Every name of a removed prototype method: its own name and its alias (P.squareRoot = P.sqrt = …). */
function verwijderdeNamen(): string[] {
  return slank.PROTOTYPE.flatMap((naam) => {
    const m = new RegExp(`^P\\.${naam}(?: = P\\.(\\w+))? = function`, "m").exec(PAKKET);
    expect(m).not.toBeNull();
    return m![1] ? [naam, m![1]] : [naam];
  });
}

const CONFIG = { precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 }; // as src/core/decimal.ts
const Slank = laadSlank().clone(CONFIG);
const Volledig = DecimalJs.clone(CONFIG);

test("the trimmed decimal.js lacks the removed methods, keeps what the engine uses, and is much smaller", () => {
  const namen = verwijderdeNamen();
  expect(namen).toEqual(expect.arrayContaining(["sqrt", "ln", "pow", "toFraction", "cos"]));
  const proto = Slank.prototype as unknown as Record<string, unknown>;
  for (const naam of namen) expect([naam, typeof proto[naam]]).toEqual([naam, "undefined"]);
  for (const naam of slank.STATISCH) expect([naam, typeof (Slank as unknown as Record<string, unknown>)[naam]]).toEqual([naam, "undefined"]);
  const gebruikt = ["plus", "minus", "times", "dividedBy", "toDecimalPlaces", "toFixed", "toNumber", "toString", "valueOf", "toJSON"];
  for (const naam of [...gebruikt, "comparedTo", "equals", "greaterThan", "lessThanOrEqualTo", "isZero", "isInteger", "isNegative", "floor", "abs"]) {
    expect([naam, typeof proto[naam]]).toEqual([naam, "function"]);
  }
  expect(typeof Slank.clone).toBe("function");
  expect(typeof Slank.set).toBe("function");
  // the 1025-digit constants ln 10 and π are gone with the functions that read them
  expect(slank.decimalSlank(PAKKET)).not.toMatch(/[0-9]{200}/);
  expect(slank.decimalSlank(PAKKET).length).toBeLessThan(PAKKET.length * 0.65);
});

test("src/ calls none of the removed methods (in Excel that call would be a TypeError)", () => {
  const namen = verwijderdeNamen();
  const bestanden: string[] = [];
  const loop = (map: string) => {
    for (const e of fs.readdirSync(map, { withFileTypes: true })) {
      const p = path.join(map, e.name);
      if (e.isDirectory()) loop(p);
      else if (p.endsWith(".ts")) bestanden.push(p);
    }
  };
  loop(path.join(ROOT, "src"));
  expect(bestanden.length).toBeGreaterThan(50);
  const treffers: string[] = [];
  for (const f of bestanden) {
    const tekst = fs.readFileSync(f, "utf8");
    for (const naam of namen) {
      for (const m of tekst.matchAll(new RegExp(`(?<!\\bMath|\\bconsole)\\.${naam}\\s*\\(`, "g"))) {
        treffers.push(`${path.relative(ROOT, f)}: …${tekst.slice(m.index - 30, m.index + 20)}…`);
      }
    }
  }
  expect(treffers).toEqual([]);
  // the scan finds such a call
  expect(/(?<!\bMath|\bconsole)\.sqrt\s*\(/.test("const w = bedrag.sqrt();")).toBe(true);
});

describe("what stays computes exactly as the package", () => {
  const getal = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 })).map(([n, schaal]) => {
    const s = (n < 0n ? -n : n).toString().padStart(schaal + 1, "0");
    return `${n < 0n ? "-" : ""}${schaal ? `${s.slice(0, -schaal)}.${s.slice(-schaal)}` : s}`;
  });

  test("plus, minus, times, dividedBy, rounding, comparisons and conversions", () => {
    fc.assert(
      fc.property(getal, getal, fc.integer({ min: 0, max: 6 }), (a, b, dp) => {
        const uitkomsten = (D: typeof DecimalJs) => {
          const x = new D(a);
          const y = new D(b);
          return [
            x.plus(y).toString(),
            x.minus(y).toString(),
            x.times(y).toString(),
            y.isZero() ? "∞" : x.dividedBy(y).toString(),
            x.toDecimalPlaces(dp, D.ROUND_HALF_UP).toString(),
            x.toDecimalPlaces(dp, D.ROUND_UP).toString(),
            x.toFixed(dp),
            x.toExponential(2),
            x.comparedTo(y),
            x.greaterThan(y),
            x.lessThanOrEqualTo(y),
            x.equals(y),
            x.isInteger(),
            x.isNegative(),
            x.floor().toString(),
            x.abs().toString(),
            x.decimalPlaces(),
            x.toNumber(),
            JSON.stringify({ x }),
            new D(x.toNumber()).toString(),
          ];
        };
        expect(uitkomsten(Slank)).toEqual(uitkomsten(Volledig));
      }),
      { numRuns: 2000 },
    );
  });

  test("hex input, NaN and the constructor's errors as the package", () => {
    expect(new Slank("0x1f.8").toString()).toBe(new Volledig("0x1f.8").toString());
    expect(new Slank(NaN).isNaN()).toBe(true);
    expect(() => new Slank("twaalf")).toThrow(/DecimalError\] Invalid argument: twaalf/);
    expect(Slank.isDecimal(new Slank(1))).toBe(true);
  });
});
