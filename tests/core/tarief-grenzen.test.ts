/**
 * berekenTarief line by line on two hand-worked products: the figures, the legal elements of each line, the
 * conventions in the order they are shown, the defaults (opslag, over materieel, cent, no risk) and the sources
 * (one per table, in order). Hand figures (bc, 30 digits), BASIS = maandsalaris 3500, sociale lasten 0,18,
 * pensioen 0,13, productiviteit 0,75, overhead 0,20; vakantietoeslag 0,08 and eindejaarsuitkering 0,0833 by default:
 *   LK = 3500 × 12 × 1,1633 × 1,31 = 64.004,766; H = 36 × 52 = 1.872; K = LK / (1.872 × 0,75) = 45,5874401709…
 */
import type { CaoBron, Herkomst } from "../../src/core/bronnen";
import { Decimal, ZERO } from "../../src/core/decimal";
import { leesFunctiemixBereik, leesParameterBereik, leesParameterObject } from "../../src/core/parameters/lezen";
import { berekenKern, berekenTarief, voltooiTarief, type TariefInvoer, type TariefResultaat } from "../../src/core/tarief";
import { BASIS, met, tarief } from "./helpers";

const regel = (r: TariefResultaat, soort: string) => r.opbouw.find((l) => l.soort === soort)!;

describe("an hourly product with material cost and risk (all defaults otherwise)", () => {
  // D_pers = K = 45,5874401709; m = 5; opslag 20% over D_pers + m = 50,5874401709 → overhead 10,1174880342,
  // kostprijs 60,7049282051; risico 2% = 1,2140985641; onafgerond 61,9190267692 → 61,92
  const product = () => tarief(met(BASIS, ["materiele_kosten", 5], ["risico_opslag", 0.02]));

  test("the amounts", () => {
    const r = product();
    expect(r.model).toBe("uren");
    expect(r.eenheid).toBe("uur");
    expect(r.afronding).toBe("cent");
    expect(r.directePersoneelskosten.toFixed(10)).toBe("45.5874401709");
    expect(r.kostenPerProductiefUur!.toFixed(10)).toBe("45.5874401709");
    expect(r.urenPerClientEenheid!.toString()).toBe("1");
    expect(r.eenhedenPerJaar).toBeUndefined();
    expect(r.materieleKosten.toString()).toBe("5");
    expect(r.overhead.toFixed(10)).toBe("10.1174880342");
    expect(r.kostprijs.toFixed(10)).toBe("60.7049282051");
    expect(r.risico.toFixed(10)).toBe("1.2140985641");
    expect(r.tariefOnafgerond.toFixed(10)).toBe("61.9190267692");
    expect(r.tarief.toFixed(2)).toBe("61.92");
  });

  test("every line with its rounded amount and legal elements, in order", () => {
    // salary 42.000 / 1.404 × 0,75 = 22,4358974…; toeslagen 0,1633 × 42.000 / 1.872 = 3,6637820…;
    // sociale lasten 0,18 × 48.858,6 / 1.872 = 4,6979423…; pensioen 0,13 × 48.858,6 / 1.872 = 3,3929583…;
    // niet-productief = K − LK / 1.872 = 45,5874401709 − 34,1905801282 = 11,3968600427
    expect(product().opbouw.map((l) => [l.soort, l.bedrag.toFixed(2), l.elementen.join(" ")])).toEqual([
      ["salaris", "22.44", "J-a W-a"],
      ["toeslagen", "3.66", "J-a W-a"],
      ["ort_overig", "0.00", "J-a W-a"],
      ["sociale_lasten", "4.70", "J-a W-a"],
      ["pensioen", "3.39", "J-a W-a"],
      ["overige_personeelskosten", "0.00", "J-a W-d"],
      ["niet_productief", "11.40", "J-a W-c"],
      ["materieel", "5.00", "J-b"],
      ["overhead", "10.12", "J-c W-b"],
      ["risico", "1.21", ""],
      ["indexatie", "0.00", "J-d W-e"],
      // 61,92 − 61,92 (the lines above add up to 61,92)
      ["afronding", "0.00", ""],
    ]);
    expect(regel(product(), "overhead").toelichting).toBe("opslag 20%");
    expect(regel(product(), "risico").toelichting).toBe("2% van de kostprijs; geen wettelijk kostprijselement");
  });

  test("the conventions, in the order shown", () => {
    expect(product().conventies).toEqual([
      "productiviteit 75% van de betaalde uren; 1.872 betaalde uren per fte per jaar",
      "Eenheid: per uur (iJw/iWmo-code 04); 1 personele uren per eenheid",
      "Overhead: opslag 20% op de directe kosten (= 16,6667% aandeel in de kostprijs)",
      "Overhead over materiële kosten: ja",
      "Risico-opslag: 2%",
      "Afronding: cent, afgerond op centen (half van nul af, als Excel AFRONDEN); regels op centen, verschil als eigen regel",
      "Indexatie: niet in dit tarief (apart toe te passen)",
    ]);
  });
});

describe("a group product: overhead as a share, not over the material cost, no risk given", () => {
  // factor = 4 × 2 / (4 × 0,9) = 2,2222…; D_pers = K × factor = 101,3054226020893; aandeel 20% → D_pers / 0,8 =
  // 126,6317782526116 (+ m = 3 after overhead: 129,6317782526116 → 129,63); overhead = D_pers × 0,25 = 25,3263556505223
  const product = () =>
    tarief(
      met(
        BASIS,
        ["overhead_conventie", "aandeel"],
        ["overhead_over_materieel", "nee"],
        ["groepsgrootte", 4],
        ["begeleiders", 2],
        ["eenheid", "dagdeel"],
        ["bezettingsgraad", 0.9],
        ["materiele_kosten", 3],
      ),
    );

  test("the amounts", () => {
    const r = product();
    expect(r.urenPerClientEenheid!.toFixed(10)).toBe("2.2222222222");
    expect(r.directePersoneelskosten.toFixed(10)).toBe("101.3054226021");
    expect(r.overhead.toFixed(10)).toBe("25.3263556505");
    expect(r.kostprijs.toFixed(10)).toBe("129.6317782526");
    expect(r.risico.toString()).toBe("0");
    expect(r.tarief.toFixed(2)).toBe("129.63");
    expect(regel(r, "overhead").toelichting).toBe("aandeel 20% (= opslag 25%)");
  });

  test("the conventions", () => {
    expect(product().conventies).toEqual([
      "productiviteit 75% van de betaalde uren; 1.872 betaalde uren per fte per jaar",
      "Eenheid: per dagdeel (iJw/iWmo-code 16); 4 personele uren per eenheid × 2 begeleider(s) / (groep van 4 × bezetting 90%)",
      "Overhead: aandeel 20% in de kostprijs (= opslag 25% op de directe kosten)",
      "Overhead over materiële kosten: nee",
      "Risico-opslag: 0%",
      "Afronding: cent, afgerond op centen (half van nul af, als Excel AFRONDEN); regels op centen, verschil als eigen regel",
      "Indexatie: niet in dit tarief (apart toe te passen)",
    ]);
  });

  test("only one of begeleiders, groep and bezetting differing from 1 still shows the formula", () => {
    const alleenBezetting = tarief(met(BASIS, ["bezettingsgraad", 0.5]));
    expect(alleenBezetting.conventies[1]).toBe(
      "Eenheid: per uur (iJw/iWmo-code 04); 1 personele uren per eenheid × 1 begeleider(s) / (groep van 1 × bezetting 50%)",
    );
    expect(tarief(met(BASIS, ["groepsgrootte", 3])).conventies[1]).toMatch(/× 1 begeleider\(s\) \/ \(groep van 3 × bezetting 100%\)$/);
    expect(tarief(met(BASIS, ["begeleiders", 2])).conventies[1]).toMatch(/× 2 begeleider\(s\) \/ \(groep van 1 × bezetting 100%\)$/);
    // a unit without an iJw/iWmo code
    expect(tarief(met(BASIS, ["eenheid", "week"], ["uren_per_eenheid", 2.5])).conventies[1]).toBe("Eenheid: per week; 2,5 personele uren per eenheid");
  });
});

describe("the rounding rule is passed on to the breakdown", () => {
  test("euro and geen", () => {
    const euro = tarief(met(BASIS, ["afronding", "euro"]));
    // 45,5874401709 × 1,2 = 54,7049282051 → 55
    expect(euro.tarief.toString()).toBe("55");
    expect(euro.afronding).toBe("euro");
    expect(euro.conventies[5]).toBe("Afronding: euro, afgerond op hele euro's; regels op centen, verschil als eigen regel");
    const geen = tarief(met(BASIS, ["afronding", "geen"]));
    expect(geen.tarief.toFixed(10)).toBe("54.7049282051");
    expect(regel(geen, "salaris").bedrag.equals(regel(geen, "salaris").exact)).toBe(true);
  });
});

describe("sources: one per table, in the order met", () => {
  const h = (n: number): Herkomst => ({ omschrijving: `tabel ${n}`, bron: "https://cao.test", geldigVanaf: "2025-01-01", status: "geverifieerd" });
  const bron: CaoBron = {
    salaris: (o) => ({ bedrag: new Decimal(3000 + Number(o.schaal)), cao: o.cao, schaal: o.schaal, trede: o.trede, herkomst: h(Number(o.schaal)) }),
  };
  const mix = (...schalen: string[]) =>
    leesFunctiemixBereik([["functie", "aandeel", "schaal", "trede"], ...schalen.map((s, i) => [`F${i}`, 1 / schalen.length, s, "1"])]);
  const invoer = (...schalen: string[]): TariefInvoer => ({
    parameters: leesParameterBereik([...BASIS.filter((x) => x[0] !== "maandsalaris"), ["cao", "Test"]]),
    functiemix: mix(...schalen),
  });
  const ctx = { caoBron: bron, vandaag: "2025-03-01" };

  test("two functions from the same table give one source; different tables each their own", () => {
    expect(berekenTarief(invoer("5", "5"), ctx).bronnen.map((b) => b.omschrijving)).toEqual(["tabel 5"]);
    expect(berekenTarief(invoer("5", "6"), ctx).bronnen.map((b) => b.omschrijving)).toEqual(["tabel 5", "tabel 6"]);
    expect(berekenTarief(invoer("6", "5", "6", "5"), ctx).bronnen.map((b) => b.omschrijving)).toEqual(["tabel 6", "tabel 5"]);
    // one function: its one source
    const enkel = leesParameterBereik([...BASIS.filter((x) => x[0] !== "maandsalaris"), ["cao", "Test"], ["schaal", "7"], ["trede", "1"]]);
    expect(berekenTarief({ parameters: enkel }, ctx).bronnen.map((b) => b.omschrijving)).toEqual(["tabel 7"]);
  });

  test("the same description from another date is another source", () => {
    const datums: CaoBron = {
      salaris: (o) => ({ bedrag: new Decimal(3000), cao: o.cao, schaal: o.schaal, trede: o.trede, herkomst: { ...h(1), geldigVanaf: `2025-0${o.schaal}-01` } }),
    };
    expect(berekenTarief(invoer("1", "2"), { caoBron: datums, vandaag: "2025-03-01" }).bronnen.map((b) => b.geldigVanaf)).toEqual(["2025-01-01", "2025-02-01"]);
  });
});

describe("the record hook and the model choice", () => {
  test("vastleggen sees every tariff computed, with its input", () => {
    const gezien: [TariefInvoer, TariefResultaat][] = [];
    const invoer = { parameters: leesParameterBereik(BASIS) };
    const r = berekenTarief(invoer, { vastleggen: (i, u) => gezien.push([i, u]) });
    expect(gezien).toHaveLength(1);
    expect(gezien[0][0]).toBe(invoer);
    expect(gezien[0][1]).toBe(r);
  });

  test("plaatsen chooses the capacity model", () => {
    const invoer = {
      parameters: leesParameterObject({ plaatsen: 10, sociale_lasten: 0.2, pensioenpremie: 0.1, overhead: 0.1 }),
      functiemix: leesFunctiemixBereik([
        ["functie", "fte", "maandsalaris"],
        ["A", 5, 3000],
      ]),
    };
    expect(berekenKern(invoer).model).toBe("capaciteit");
    expect(berekenKern({ parameters: leesParameterBereik(BASIS) }).model).toBe("uren");
  });

  test("voltooiTarief refuses a Kern without overhead, with the usual message", () => {
    const kern = berekenKern({ parameters: leesParameterBereik(BASIS) });
    const zonder = leesParameterBereik(BASIS.filter((x) => x[0] !== "overhead"));
    expect(() => voltooiTarief(kern, zonder)).toThrow(/overhead/);
    expect(() => berekenTarief({ parameters: zonder })).toThrow(/geef de overhead als fractie \(bijv\. 0,20\), ook als die 0 is/);
    expect(voltooiTarief(kern, { ...zonder, overhead: ZERO }).tarief.toFixed(2)).toBe("45.59");
  });
});
