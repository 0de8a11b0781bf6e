/** Unit tests for each step of the chain (domain spec §3). */
import { excelRound, rondAf } from "../../src/core/afronding";
import { Decimal } from "../../src/core/decimal";
import { maandNaarWeek, urenPerEenheid, uurNaarMinuut, weekNaarMaand } from "../../src/core/eenheden";
import { berekenLoonkosten } from "../../src/core/loonkosten";
import { isMicro } from "../../src/core/micro";
import { aandeelUitOpslag, opslagUitAandeel, pasOverheadToe, rekenOverheadOm } from "../../src/core/overhead";
import { betaaldeUren, bepaalUren, naarBetaaldeUren } from "../../src/core/uren";
import { indexeer } from "../../src/core/indexatie";
import { d } from "./helpers";

const LK_INVOER = {
  maandsalaris: d(3000),
  vakantietoeslag: d("0.08"),
  eindejaarsuitkering: d("0.0833"),
  ort: d("0.05"),
  overige_looncomponenten: d("0.01"),
  sociale_lasten: d("0.2"),
  pensioenpremie: d("0.13"),
  pensioen_franchise: d(17283),
  overige_personeelskosten: d(500),
};

describe("§3.1 loonkosten per fte", () => {
  test("J = S × 12, L = J × (1 + v + e + ort + x), LK = L × (1 + s) + p × max(0, L − F) + Q", () => {
    const lk = berekenLoonkosten(LK_INVOER);
    expect(lk.jaarsalaris.toString()).toBe("36000");
    expect(lk.loonsom.toString()).toBe("44038.8"); // 36000 × 1.2233
    expect(lk.socialeLasten.toString()).toBe("8807.76");
    expect(lk.pensioenpremie.toString()).toBe("3478.254"); // 0.13 × (44038.8 − 17283)
    expect(lk.loonkostenFte.toString()).toBe("56824.814"); // 44038.8 + 8807.76 + 3478.254 + 500
  });

  test("with F = 0 this is L × (1 + s + p) + Q", () => {
    const lk = berekenLoonkosten({ ...LK_INVOER, pensioen_franchise: d(0) });
    expect(lk.loonkostenFte.toString()).toBe(lk.loonsom.times(d(1).plus("0.2").plus("0.13")).plus(500).toString());
  });

  test("the pension premium is never negative when the franchise exceeds the wage", () => {
    const lk = berekenLoonkosten({ ...LK_INVOER, maandsalaris: d(1000), pensioen_franchise: d(20000) });
    expect(lk.pensioenpremie.toString()).toBe("0");
  });

  test("components add up to LK exactly", () => {
    const lk = berekenLoonkosten(LK_INVOER);
    const som = lk.jaarsalaris
      .plus(lk.vakantietoeslag)
      .plus(lk.eindejaarsuitkering)
      .plus(lk.ort)
      .plus(lk.overigeLooncomponenten)
      .plus(lk.socialeLasten)
      .plus(lk.pensioenpremie)
      .plus(lk.overigePersoneelskosten);
    expect(som.equals(lk.loonkostenFte)).toBe(true);
  });
});

describe("§3.2 hours and productivity", () => {
  test("36 hours per week → 1.872 paid hours; jaaruren overrides", () => {
    expect(betaaldeUren(d(36)).toString()).toBe("1872");
    expect(betaaldeUren(d(36), d("1877.1")).toString()).toBe("1877.1");
  });

  test("conversions to paid-hours productivity", () => {
    const h = d(1872);
    expect(naarBetaaldeUren(d("0.8"), "betaalde_uren", h).toString()).toBe("0.8");
    expect(naarBetaaldeUren(d("0.25"), "afslag", h).toString()).toBe("0.75");
    // available = (1872 − 144 − 72) × (1 − 0.05) = 1573.2; π = 0.9 × 1573.2 / 1872
    const pi = naarBetaaldeUren(d("0.9"), "beschikbare_uren", h, { verlofuren: d(144), feestdaguren: d(72), verzuim: d("0.05") });
    expect(pi.toString()).toBe(d("0.9").times("1573.2").dividedBy(1872).toString());
  });

  test("derivation from non-productive hours: P = H − V − Fd − Z − O − WO − R − A", () => {
    const u = bepaalUren(d(1872), {
      verlofuren: d(144),
      feestdaguren: d(72),
      verzuim: d("0.05"),
      scholingsuren: d(36),
      overleguren: d(72),
      reisuren: d(50),
      indirecte_uren: d(100),
    });
    // Z = 0.05 × 1656 = 82.8; P = 1872 − 144 − 72 − 82.8 − 36 − 72 − 50 − 100 = 1315.2
    expect(u.verzuimUren!.toString()).toBe("82.8");
    expect(u.productieveUren.toString()).toBe("1315.2");
    expect(u.productiviteit.toString()).toBe(d("1315.2").dividedBy(1872).toString());
  });

  test("productivity on available hours gives the same P as derived when π_b = P / available", () => {
    const available = d("1573.2");
    const u = bepaalUren(d(1872), {
      productiviteit: d("1315.2").dividedBy(available),
      productiviteit_basis: "beschikbare_uren",
      verlofuren: d(144),
      feestdaguren: d(72),
      verzuim: d("0.05"),
    });
    expect(u.productieveUren.toDecimalPlaces(20).toString()).toBe("1315.2");
  });
});

describe("§3.5 overhead", () => {
  test("20% share = 25% surcharge, and back", () => {
    expect(opslagUitAandeel(d("0.2")).toString()).toBe("0.25");
    expect(aandeelUitOpslag(d("0.25")).toString()).toBe("0.2");
    expect(rekenOverheadOm(d("0.2"), "aandeel").toString()).toBe("0.25");
    expect(rekenOverheadOm(d("0.25"), "opslag").toString()).toBe("0.2");
  });

  test("opslag: T = D × (1 + o); aandeel: T = D / (1 − o)", () => {
    expect(pasOverheadToe(d(80), d(20), d("0.25"), "opslag", true).kostprijs.toString()).toBe("125");
    expect(pasOverheadToe(d(80), d(20), d("0.2"), "aandeel", true).kostprijs.toString()).toBe("125");
  });

  test("overhead_over_materieel = false: T = D_pers × (1 + o) + m", () => {
    const r = pasOverheadToe(d(80), d(20), d("0.25"), "opslag", false);
    expect(r.kostprijs.toString()).toBe("120");
    expect(r.overheadBedrag.toString()).toBe("20");
    expect(pasOverheadToe(d(80), d(20), d("0.2"), "aandeel", false).kostprijs.toString()).toBe("120");
  });
});

describe("§6 rounding as Excel's ROUND", () => {
  test.each([
    ["2.675", 2, "2.68"],
    ["-2.675", 2, "-2.68"],
    ["1.005", 2, "1.01"],
    ["63.325", 2, "63.33"],
    ["0.5", 0, "1"],
    ["-0.5", 0, "-1"],
    ["1234.5", -1, "1230"],
    ["1235", -1, "1240"],
  ])("ROUND(%s; %i) = %s", (x, digits, expected) => expect(excelRound(d(x), digits).toString()).toBe(expected));

  test.each([
    ["cent", "63.325", "63.33"],
    ["euro", "63.5", "64"],
    ["zestigvoud", "63.33", "63.6"],
    ["zestigvoud", "63.29", "63"],
    ["zestigvoud", "63.3", "63.6"],
    ["geen", "63.3249", "63.3249"],
  ] as const)("%s: %s → %s", (rule, x, expected) => expect(rondAf(d(x), rule).toString()).toBe(expected));

  test("a zestigvoud tariff gives a whole-cent minute tariff", () => {
    const t = rondAf(d("71.17"), "zestigvoud");
    expect(t.dividedBy(60).decimalPlaces()).toBeLessThanOrEqual(2);
  });
});

describe("§5 units", () => {
  test("minuut = uur / 60, dagdeel = 4 uur, week → maand × 52/12", () => {
    expect(urenPerEenheid("dagdeel").toString()).toBe("4");
    expect(urenPerEenheid("dagdeel", d(3)).toString()).toBe("3");
    expect(urenPerEenheid("minuut").times(60).toDecimalPlaces(30).toString()).toBe("1");
    expect(uurNaarMinuut(d(60)).toString()).toBe("1");
    expect(weekNaarMaand(d(12)).toString()).toBe("52");
    expect(maandNaarWeek(d(52)).toString()).toBe("12");
  });
});

describe("§7 multi-year indexation", () => {
  test("each year's index in turn, rounded to cents each year", () => {
    // 63.33 × 1.063 = 67.31979 → 67.32; × 1.0496 = 70.659072 → 70.66
    expect(indexeer(d("63.33"), [d("0.063"), d("0.0496")]).toString()).toBe("70.66");
    expect(indexeer(d("63.33"), [d("0.063"), d("0.0496")], "geen").toString()).toBe(d("63.33").times("1.063").times("1.0496").toString());
  });

  test("an index given as a whole-number percentage is refused", () => {
    expect(() => indexeer(d(100), [d("6.3")])).toThrow("lijkt een percentage als heel getal");
  });
});

describe("§8 micro-enterprises (EU 2003/361/EC)", () => {
  test.each([
    [9, 2_000_000, 5_000_000, true],
    [9, 3_000_000, 2_000_000, true],
    [9, 3_000_000, 3_000_000, false],
    [10, 100_000, 100_000, false],
    [9.5, 100, 100, true],
  ])("%p persons, turnover %p, balance %p → %p", (p, o, b, micro) => {
    expect(isMicro(new Decimal(p), new Decimal(o), new Decimal(b)).micro).toBe(micro);
  });
});
