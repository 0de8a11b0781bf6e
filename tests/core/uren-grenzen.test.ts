/**
 * Hours (uren.ts) through RT.PRODUCTIVITEIT's function: an explicit productiviteit_basis 'betaalde_uren' is the
 * default written out and must not be refused when the productivity is derived from the non-productive hours
 * (Stryker: the refusal for the other bases could be widened to this one unnoticed).
 */
import { berekenProductiviteit } from "../../src/core/uren";
import { d } from "./helpers";

// H = 1872; after leave and holidays 1872 − 144 − 72 = 1656; absence 5 % = 82,8 → 1573,2 available;
// minus 40 training hours = 1533,2 productive; π = 1533,2 / 1872 = 0,81901709401709401709… (bc)
const UREN = { jaaruren: d(1872), verlofuren: d(144), feestdaguren: d(72), verzuim: d("0.05"), scholingsuren: d(40) };

test("derived productivity with productiviteit_basis 'betaalde_uren' given explicitly equals the default", () => {
  const expliciet = berekenProductiviteit({ ...UREN, productiviteit_basis: "betaalde_uren" });
  const standaard = berekenProductiviteit(UREN);
  expect(expliciet.productieveUren.toFixed(2)).toBe("1533.20");
  expect(expliciet.productiviteit.toFixed(20)).toBe("0.81901709401709401709");
  expect(standaard.productiviteit.eq(expliciet.productiviteit)).toBe(true);
  expect(expliciet.verzuimUren!.toFixed(2)).toBe("82.80");
});
