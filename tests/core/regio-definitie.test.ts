/**
 * The look-ups and checks on a region that do not compute (regio-definitie.ts), on the sample region read inside
 * each test: finding a product, which products have a tariff, a product's parameters and standard input, and the
 * structural checks.
 */
import { Decimal } from "../../src/core/decimal";
import { InvoerFout } from "../../src/core/errors";
import { controleerRegio, heeftTarief, productParameters, standaardInvoer, vindProduct, type RegioProduct } from "../../src/core/regio-definitie";
import { leesRegio } from "../../src/core/regio-invoer";
import { VOORBEELDREGIO_DATA } from "../../src/data/voorbeeldregio";
import { fout, invoerMelding as melding } from "../helpers/fout";

const regio = () => leesRegio(JSON.parse(JSON.stringify(VOORBEELDREGIO_DATA)));
const REGIO = "Voorbeeldregio Midden-Holland (illustratief)";

describe("vindProduct", () => {
  test("finds a product whatever its case and spacing", () => {
    const r = regio();
    expect(vindProduct(r, "  begeleiding   INDIVIDUEEL ").product).toBe("Begeleiding individueel");
  });

  test("an unknown product: without a place the message names only product and region, and lists the products", () => {
    const r = regio();
    const e = fout(() => vindProduct(r, "Taxi"));
    expect(e).toBeInstanceOf(InvoerFout);
    expect(e.message).toBe(`Product 'Taxi' is onbekend in regio ${REGIO}.`);
    const details = (e as InvoerFout).details;
    expect([details.parameter, details.waarde]).toEqual(["product", "Taxi"]);
    expect(details.toegestaan).toBe(r.producten.map((p) => p.product).join(", "));
    expect(details.toegestaan).toMatch(/^Jeugdbescherming, Jeugdreclassering, Crisisopvang, /);
    expect(melding(() => vindProduct(r, "Taxi", " (microtarief)"))).toBe(`Product 'Taxi' (microtarief) is onbekend in regio ${REGIO}.`);
  });
});

describe("heeftTarief", () => {
  const p = (x: Partial<RegioProduct>): RegioProduct => ({ product: "P", segment: "S01", financieringsvorm: "pxq", parameters: {}, ...x });

  test("pxq has a tariff; a lump sum has none", () => {
    expect(heeftTarief(p({ financieringsvorm: "pxq" }))).toBe(true);
    expect(heeftTarief(p({ financieringsvorm: "lumpsum", lumpsum: new Decimal(1000) }))).toBe(false);
    // a stray expected number of units does not give a lump sum a tariff
    expect(heeftTarief(p({ financieringsvorm: "lumpsum", lumpsum: new Decimal(1000), verwachteEenheden: new Decimal(12) }))).toBe(false);
  });

  test("a route price has one only when priced per expected unit, not as a fixed composition", () => {
    expect(heeftTarief(p({ financieringsvorm: "trajectprijs", verwachteEenheden: new Decimal(12) }))).toBe(true);
    expect(heeftTarief(p({ financieringsvorm: "trajectprijs", samenstelling: [{ product: "Q", eenheden: new Decimal(3) }] }))).toBe(false);
  });

  test("in the sample region: the two lump sums and the composed route have no tariff, the rest has", () => {
    const r = regio();
    expect(r.producten.filter((x) => !heeftTarief(x)).map((x) => x.product)).toEqual(["Jeugdbescherming", "Jeugdreclassering", "Jeugd-GGZ traject lang"]);
  });
});

describe("a product's parameters and standard input", () => {
  test("the product's own parameters over the region's", () => {
    const r = regio();
    const q = vindProduct(r, "Begeleiding individueel");
    const par = productParameters(r, q);
    // region: overhead 0,22, productiviteit not given; product: productiviteit 0,75, eenheid uur
    expect([par.overhead?.toFixed(), par.productiviteit?.toFixed(), par.eenheid, par.sociale_lasten?.toFixed()]).toEqual(["0.22", "0.75", "uur", "0.2"]);
    const eigen = productParameters(r, { ...q, parameters: { ...q.parameters, overhead: new Decimal("0.3") } });
    expect(eigen.overhead?.toFixed()).toBe("0.3");
  });

  test("a norm paid under the reference CAO, or under the CAO asked for; a functiemix given directly as is", () => {
    const r = regio();
    const q = vindProduct(r, "Begeleiding individueel");
    const std = standaardInvoer(r, q);
    expect(std.parameters).toEqual(productParameters(r, q));
    const rij = (x: (typeof std)["functiemix"], i: number) => [x![i].aandeel?.toFixed(), x![i].cao, x![i].schaal, x![i].trede];
    expect([rij(std.functiemix, 0), rij(std.functiemix, 1)]).toEqual([
      ["0.6", "Sociaal Werk", "Schaal 8", "5"],
      ["0.4", "Sociaal Werk", "Schaal 6", "5"],
    ]);
    const gz = standaardInvoer(r, q, "Gehandicaptenzorg");
    expect([rij(gz.functiemix, 0), rij(gz.functiemix, 1)]).toEqual([
      ["0.6", "Gehandicaptenzorg", "FWG 20", "5"],
      ["0.4", "Gehandicaptenzorg", "FWG 15", "5"],
    ]);
    const mix = [{ aandeel: new Decimal(1), maandsalaris: new Decimal(3000) }];
    const direct = standaardInvoer(r, { ...q, norm: undefined, functiemix: mix });
    expect(direct.functiemix).toBe(mix);
    expect(standaardInvoer(r, { ...q, norm: undefined }).functiemix).toBeUndefined();
  });
});

describe("controleerRegio", () => {
  test("the sample region passes", () => {
    expect(() => controleerRegio(regio())).not.toThrow();
  });

  test("a product named twice (also in another case or spacing) is refused, naming the second", () => {
    const r = regio();
    const dubbel = { ...r.producten[3], product: " crisisopvang " };
    expect(melding(() => controleerRegio({ ...r, producten: [...r.producten, dubbel] }))).toBe(
      "Product ' crisisopvang ' staat twee keer in de productenlijst.",
    );
  });

  test("every product's segment is checked, not only the first one's", () => {
    const r = regio();
    const laatste = { ...r.producten[r.producten.length - 1], segment: "S99" };
    expect(melding(() => controleerRegio({ ...r, producten: [...r.producten.slice(0, -1), laatste] }))).toMatch(/^Product 'Dyslexiezorg': /);
  });

  test("volumes are checked with each product's unit (the region's default unit is uur)", () => {
    const r = regio();
    // Crisisopvang is per etmaal: a volume of 12,5 is refused as not whole
    const volumes = r.volumes.map((v) => (v.product === "Crisisopvang" && v.gemeente === "Gouda" ? { ...v, volume: new Decimal("12.5") } : v));
    expect(melding(() => controleerRegio({ ...r, volumes }))).toMatch(/^Volume .*Crisisopvang in Gouda = 12,5 is geen heel getal/);
    // Begeleiding individueel is per uur: 12,5 hours are fine
    const uren = r.volumes.map((v) => (v.product === "Begeleiding individueel" && v.gemeente === "Gouda" ? { ...v, volume: new Decimal("12.5") } : v));
    expect(() => controleerRegio({ ...r, volumes: uren })).not.toThrow();
  });

  test("ceilings are checked against the region's municipalities", () => {
    const r = regio();
    expect(melding(() => controleerRegio({ ...r, plafonds: [{ ...r.plafonds[0], gemeente: "Utrecht" }] }))).toMatch(/Utrecht/);
  });
});
