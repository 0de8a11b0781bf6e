/**
 * Property-based tests (fast-check) of the invariants of the chain: monotonicity, round-trips, the breakdown
 * adding up, agreement to the cent with an exact rational computation, and no NaN/Infinity/negative tariff.
 */
import fc from "fast-check";
import { Decimal, sum } from "../../src/core/decimal";
import { isRtFout } from "../../src/core/errors";
import { aandeelUitOpslag, opslagUitAandeel } from "../../src/core/overhead";
import { PARAMETER_NAMEN } from "../../src/core/parameters/definities";
import { tarief } from "./helpers";

/** A decimal with `scale` decimals between lo and hi (as a string, so inputs are exact). */
const dec = (lo: number, hi: number, scale: number) =>
  fc.integer({ min: Math.round(lo * 10 ** scale), max: Math.round(hi * 10 ** scale) }).map((n) => new Decimal(n).dividedBy(10 ** scale).toString());

const invoer = fc.record({
  maandsalaris: dec(1500, 9000, 2),
  vakantietoeslag: dec(0, 0.1, 4),
  eindejaarsuitkering: dec(0, 0.1, 4),
  sociale_lasten: dec(0.1, 0.3, 4),
  pensioenpremie: dec(0, 0.2, 4),
  productiviteit: dec(0.4, 1, 3),
  overhead: dec(0, 0.4, 3),
  risico_opslag: dec(0, 0.05, 3),
  groepsgrootte: fc.integer({ min: 1, max: 12 }).map(String),
  bezettingsgraad: dec(0.5, 1, 2),
  materiele_kosten: dec(0, 20, 2),
  eenheid: fc.constantFrom("uur", "dagdeel", "minuut"),
  overhead_conventie: fc.constantFrom("opslag", "aandeel"),
  overhead_over_materieel: fc.boolean(),
  afronding: fc.constantFrom("cent", "euro", "zestigvoud", "geen"),
});

type Invoer = Record<string, string | boolean>;
const rows = (i: Invoer, extra: Record<string, unknown> = {}) => Object.entries({ ...i, ...extra }).map(([k, v]) => [k, v]);

// ---- exact rational reference (BigInt fractions), independent of decimal.js ----
type Q = [bigint, bigint];
const q = (s: string): Q => {
  const [i, f = ""] = s.split(".");
  const den = 10n ** BigInt(f.length);
  return [BigInt(i + f), den];
};
const mul = (a: Q, b: Q): Q => [a[0] * b[0], a[1] * b[1]];
const div = (a: Q, b: Q): Q => [a[0] * b[1], a[1] * b[0]];
const add = (a: Q, b: Q): Q => [a[0] * b[1] + b[0] * a[1], a[1] * b[1]];
const sub = (a: Q, b: Q): Q => add(a, [-b[0], b[1]]);
const ONEQ: Q = [1n, 1n];
/** round half away from zero to cents, as a string with 2 decimals */
const centen = (a: Q): string => {
  let [n, dd] = a;
  if (dd < 0n) [n, dd] = [-n, -dd];
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const c = (abs * 200n + dd) / (2n * dd); // floor(abs*100/d + 1/2)
  const s = (neg && c > 0n ? "-" : "") + (c / 100n).toString() + "." + (c % 100n).toString().padStart(2, "0");
  return s;
};

function exactTarief(i: Invoer): Q {
  const S = q(i.maandsalaris as string);
  const L = mul(mul(S, [12n, 1n]), add(add(ONEQ, q(i.vakantietoeslag as string)), q(i.eindejaarsuitkering as string)));
  const LK = mul(L, add(add(ONEQ, q(i.sociale_lasten as string)), q(i.pensioenpremie as string)));
  const P = mul([1872n, 1n], q(i.productiviteit as string));
  const K = div(LK, P);
  const uren: Q = i.eenheid === "dagdeel" ? [4n, 1n] : i.eenheid === "minuut" ? [1n, 60n] : ONEQ;
  const dPers = div(mul(K, uren), mul(q(i.groepsgrootte as string), q(i.bezettingsgraad as string)));
  const m = q(i.materiele_kosten as string);
  const o = q(i.overhead as string);
  const basis = i.overhead_over_materieel ? add(dPers, m) : dPers;
  const metO = i.overhead_conventie === "opslag" ? mul(basis, add(ONEQ, o)) : div(basis, sub(ONEQ, o));
  const T = i.overhead_over_materieel ? metO : add(metO, m);
  return mul(T, add(ONEQ, q(i.risico_opslag as string)));
}

describe("invariants", () => {
  test("decimal results equal an exact rational computation to the cent, for any input in range", () => {
    fc.assert(
      fc.property(invoer, (i) => {
        const r = tarief(rows({ ...i, afronding: "cent" }));
        expect(r.tarief.toFixed(2)).toBe(centen(exactTarief(i)));
      }),
      { numRuns: 300 },
    );
  });

  test("the breakdown adds up to the tariff exactly, for every rounding rule", () => {
    fc.assert(
      fc.property(invoer, (i) => {
        const r = tarief(rows(i));
        expect(sum(r.opbouw.map((l) => l.bedrag)).equals(r.tarief)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("the tariff is finite and positive for every valid input", () => {
    fc.assert(
      fc.property(invoer, (i) => {
        const r = tarief(rows(i));
        expect(r.tariefOnafgerond.isFinite()).toBe(true);
        expect(r.tariefOnafgerond.greaterThan(0)).toBe(true);
        expect(r.tarief.isNegative()).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  test("the tariff increases with salary and overhead and decreases with productivity", () => {
    fc.assert(
      fc.property(invoer, dec(1, 500, 2), dec(0.001, 0.3, 3), (i, dSal, dx) => {
        const base = { ...i, afronding: "geen" };
        const t0 = tarief(rows(base)).tarief;
        const hogerSalaris = tarief(rows(base, { maandsalaris: new Decimal(i.maandsalaris).plus(dSal).toString() })).tarief;
        expect(hogerSalaris.greaterThan(t0)).toBe(true);
        const o = new Decimal(i.overhead).plus(dx);
        if (o.lessThan("0.9")) expect(tarief(rows(base, { overhead: o.toString() })).tarief.greaterThan(t0)).toBe(true);
        const pi = new Decimal(i.productiviteit).minus(dx);
        if (pi.greaterThan(0)) expect(tarief(rows(base, { productiviteit: pi.toString() })).tarief.greaterThan(t0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("with cent rounding the tariff never decreases when salary increases", () => {
    fc.assert(
      fc.property(invoer, dec(0.01, 100, 2), (i, dSal) => {
        const t0 = tarief(rows({ ...i, afronding: "cent" })).tarief;
        const t1 = tarief(rows({ ...i, afronding: "cent" }, { maandsalaris: new Decimal(i.maandsalaris).plus(dSal).toString() })).tarief;
        expect(t1.greaterThanOrEqualTo(t0)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test("overhead conversion round-trips (share → surcharge → share and back)", () => {
    fc.assert(
      fc.property(dec(0, 0.95, 6), (s) => {
        const a = new Decimal(s);
        expect(aandeelUitOpslag(opslagUitAandeel(a)).minus(a).abs().lessThan("1e-35")).toBe(true);
        expect(opslagUitAandeel(aandeelUitOpslag(a)).minus(a).abs().lessThan("1e-35")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("any value for any parameter either computes a finite tariff or is refused with an engine error", () => {
    const waarde = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(NaN, Infinity, -Infinity, "8%", "0,5", "-1"),
    );
    fc.assert(
      fc.property(fc.constantFrom(...PARAMETER_NAMEN), waarde, (naam, v) => {
        const basis: Record<string, unknown> = { maandsalaris: 3000, sociale_lasten: 0.2, pensioenpremie: 0.1, productiviteit: 0.8, overhead: 0.1 };
        try {
          const r = tarief(Object.entries({ ...basis, [naam]: v }));
          expect(r.tariefOnafgerond.isFinite()).toBe(true);
          expect(r.tarief.isNegative()).toBe(false);
        } catch (e) {
          if (!isRtFout(e)) throw e;
          expect(e.message).toMatch(/[a-z]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
