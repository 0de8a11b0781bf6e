/**
 * Refusal branches of the engine that no engine or adapter test reached (Jest coverage of tests/core + tests/functions,
 * the tests Stryker runs): each refusal with its exact Dutch message, and the boundary just inside it accepted.
 */
import { Decimal } from "../../src/core/decimal";
import { maakBandbreedte, bandParameter, percentielInc } from "../../src/core/bandbreedte";
import { controleerNorm, functiemixVoorCao } from "../../src/core/differentiatie/normbezetting";
import { controleerIndexcijfer } from "../../src/core/indexatie";
import { isMicro, isMicroMetGroep } from "../../src/core/micro";
import { controleerMicroRegel } from "../../src/core/microtarief";
import { aandeelUitOpslag, opslagUitAandeel } from "../../src/core/overhead";
import {
  leesBandbreedteBereik,
  leesCaoIndelingBereik,
  leesNormBereik,
  leesOnderbouwingBereik,
  leesProductenBereik,
  leesVolumesBereik,
} from "../../src/core/regio-bereik";
import { leesScenario } from "../../src/core/scenario";
import { controleerPlafonds, controleerVolumes } from "../../src/core/budget";
import { caoVoorAanbieder } from "../../src/core/differentiatie/tariefgroepen";
import { leesFunctiemixBereik, leesParameterBereik } from "../../src/core/parameters/lezen";
import { exactGetal, leesRegio } from "../../src/core/regio-invoer";
import { controleerRegio, vindProduct } from "../../src/core/regio-definitie";
import { VOORBEELDREGIO_DATA } from "../../src/data/voorbeeldregio";
import { controleerProductInfo } from "../../src/core/segment";
import { toetsInzending } from "../../src/core/toetsing";
import { invoerMelding as melding } from "../helpers/fout";

const D = (x: string | number) => new Decimal(x);

describe("bandwidths", () => {
  test("a percentile of nothing, or with k outside 0–1, is refused; k = 0 and 1 are the ends", () => {
    expect(melding(() => percentielInc([], D("0.5")))).toBe("Percentiel van een lege verzameling: geef minstens één waarde.");
    expect(melding(() => percentielInc([D(1)], D("1.5")))).toBe("k = 1,5 ligt buiten 0 tot en met 1.");
    expect(melding(() => percentielInc([D(1)], D("-0.1")))).toBe("k = -0,1 ligt buiten 0 tot en met 1.");
    expect(percentielInc([D(1), D(3)], D(0)).toString()).toBe("1");
    expect(percentielInc([D(1), D(3)], D(1)).toString()).toBe("3");
  });

  test("a bandwidth only for a number; its norm between min and max", () => {
    expect(melding(() => bandParameter("afronding", " (rij 3)"))).toBe(
      "Parameter 'afronding' (rij 3) is geen getal (soort keuze); een bandbreedte kan alleen voor een numerieke parameter.",
    );
    expect(melding(() => maakBandbreedte("overhead", D("0.2"), D("0.3"), D("0.4")))).toBe(
      "Bandbreedte voor overhead: norm = 0,4 ligt niet tussen min 0,2 en max 0,3.",
    );
    expect(melding(() => maakBandbreedte("overhead", D("0.2"), D("0.3"), D("0.1"), " (rij 2)"))).toBe(
      "Bandbreedte voor overhead (rij 2): norm = 0,1 ligt niet tussen min 0,2 en max 0,3.",
    );
    // the norm may equal min or max
    expect(maakBandbreedte("overhead", D("0.2"), D("0.3"), D("0.2")).norm?.toString()).toBe("0.2");
    expect(maakBandbreedte("overhead", D("0.2"), D("0.3"), D("0.3")).norm?.toString()).toBe("0.3");
  });
});

describe("micro enterprises and micro tariffs", () => {
  test("a negative figure, and a partner share of 0 or above 1, are refused", () => {
    expect(melding(() => isMicro(D(-1), D(1), D(1)))).toBe("personeel = -1 is negatief; toegestaan: 0 of meer.");
    const eigen = { personeel: D(1), jaaromzet: D(1), balanstotaal: D(1) };
    for (const [aandeel, tekst] of [
      ["1.5", "1,5"],
      ["0", "0"],
    ]) {
      expect(melding(() => isMicroMetGroep(eigen, [{ ...eigen, aandeel: D(aandeel) }]))).toBe(
        `partneronderneming 1: aandeel = ${tekst}; toegestaan: een fractie groter dan 0 en ten hoogste 1 (25% = 0,25).`,
      );
    }
    // a share of exactly 1 is allowed: 1 + 1 = 2 persons
    expect(isMicroMetGroep(eigen, [{ ...eigen, aandeel: D(1) }]).micro).toBe(true);
  });

  test("a micro rule's percentage in (0, 1] and fixed amount > 0 in cents", () => {
    expect(melding(() => controleerMicroRegel({ soort: "percentage", percentage: D(0) }))).toBe(
      "percentage = 0 ligt buiten het toegestane bereik: groter dan 0 en ten hoogste 1 (100%).",
    );
    expect(melding(() => controleerMicroRegel({ soort: "vast", bedrag: D(0) }))).toBe("bedrag = 0; toegestaan: een bedrag groter dan 0.");
    expect(melding(() => controleerMicroRegel({ soort: "vast", bedrag: D("58.001") }))).toBe(
      "bedrag = 58,001 heeft meer dan 2 decimalen; geef het vaste tarief in euro's en centen.",
    );
    expect(() => controleerMicroRegel({ soort: "percentage", percentage: D(1) })).not.toThrow();
    expect(() => controleerMicroRegel({ soort: "vast", bedrag: D("0.01") })).not.toThrow();
  });
});

describe("indexation and overhead", () => {
  test("an index figure below −50% is refused; −50% itself is allowed", () => {
    expect(melding(() => controleerIndexcijfer("ova_nieuw", D("-0.6")))).toBe(
      "ova_nieuw = -0,6 ligt buiten het toegestane bereik: -50% tot 100% (fractie, 4,74% = 0,0474).",
    );
    expect(() => controleerIndexcijfer("ova_nieuw", D("-0.5"))).not.toThrow();
  });

  test("a negative mark-up cannot be converted; a share must stay below 100%", () => {
    expect(melding(() => aandeelUitOpslag(D("-0.1")))).toBe("overhead = -10% is als opslag niet mogelijk; toegestaan: 0% of meer.");
    expect(melding(() => opslagUitAandeel(D(1)))).toBe("overhead = 100% is als aandeel niet mogelijk; toegestaan: 0% tot 100% (exclusief).");
    expect(aandeelUitOpslag(D(0)).toString()).toBe("0");
  });
});

describe("norm staffing", () => {
  test("no level, a level twice, a share above 1, shares not adding up to 1, an unknown CAO", () => {
    expect(melding(() => controleerNorm("P", []))).toBe("Product 'P' heeft geen normbezetting: geef minstens één niveau met een aandeel.");
    expect(
      melding(() =>
        controleerNorm("P", [
          { niveau: "HBO", aandeel: D("0.5") },
          { niveau: "hbo", aandeel: D("0.5") },
        ]),
      ),
    ).toBe("Product 'P': niveau 'hbo' staat twee keer in de normbezetting.");
    expect(melding(() => controleerNorm("P", [{ niveau: "HBO", aandeel: D("1.5") }]))).toBe(
      "Product 'P', niveau 'HBO': aandeel = 1,5; toegestaan: groter dan 0 en ten hoogste 1.",
    );
    expect(
      melding(() =>
        controleerNorm("P", [
          { niveau: "HBO", aandeel: D("0.5") },
          { niveau: "MBO", aandeel: D("0.4") },
        ]),
      ),
    ).toBe("Product 'P': de aandelen van de normbezetting tellen op tot 0,9; toegestaan: samen precies 1 (100%).");
    expect(
      melding(() =>
        functiemixVoorCao("P", [{ niveau: "HBO", aandeel: D(1) }], [{ cao: "Sociaal Werk", niveau: "HBO", schaal: "Schaal 8", trede: "5" }], "GGZ"),
      ),
    ).toBe("CAO 'GGZ' staat niet in de CAO-indeling; beschikbaar: Sociaal Werk.");
  });
});

describe("region tables read from ranges", () => {
  test("the table and its header: empty, a column twice, a required column missing, an unknown column", () => {
    expect(melding(() => leesVolumesBereik([]))).toBe("volumes: de tabel is leeg; geef een kopregel met gemeente, product, volume en minstens één rij.");
    expect(
      melding(() =>
        leesVolumesBereik([
          ["gemeente", "product", "volume", "volume"],
          ["A", "B", 1, 2],
        ]),
      ),
    ).toBe("volumes, rij 1: kolom 'volume' staat twee keer in de kopregel.");
    expect(
      melding(() =>
        leesVolumesBereik([
          ["gemeente", "product"],
          ["A", "B"],
        ]),
      ),
    ).toBe("volumes, rij 1: kolom 'volume' ontbreekt in de kopregel (verplicht: gemeente, product, volume).");
    expect(
      melding(() =>
        leesVolumesBereik([
          ["gemeente", "product", "volume", "kleur"],
          ["A", "B", 1, "rood"],
        ]),
      ),
    ).toBe("volumes, rij 1: onbekende kolom 'kleur'. Toegestaan: gemeente, product, volume, jaar.");
  });

  test("a row: a required text or number blank, a year that is not whole", () => {
    expect(
      melding(() =>
        leesVolumesBereik([
          ["gemeente", "product", "volume"],
          ["", "B", 1],
        ]),
      ),
    ).toBe("volumes, rij 2: gemeente is leeg; vul een gemeente in.");
    expect(
      melding(() =>
        leesVolumesBereik([
          ["gemeente", "product", "volume"],
          ["A", "B", ""],
        ]),
      ),
    ).toBe("volumes, rij 2: volume ontbreekt; geef een getal.");
    // a year is shown as typed, without a thousands point (was "2.025,5")
    expect(
      melding(() =>
        leesVolumesBereik([
          ["gemeente", "product", "volume", "jaar"],
          ["A", "B", 1, 2025.5],
        ]),
      ),
    ).toBe("volumes, rij 2: jaar = 2025,5 is geen jaartal; toegestaan: een heel jaar, bijv. 2026.");
  });

  test("products, norm, CAO mapping, bandwidth and justifications each refuse their own mistakes", () => {
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "segment", "overhead"],
          ["A", "S", 0.2],
          ["a", "S", 0.2],
        ]),
      ),
    ).toBe("producten, rij 3: product 'a' staat twee keer in de tabel.");
    expect(
      melding(() =>
        leesNormBereik([
          ["product", "niveau", "aandeel"],
          ["A", "HBO", "x"],
        ]),
      ),
    ).toBe("normbezetting, rij 2: aandeel = 'x' is geen getal.");
    expect(
      melding(() =>
        leesCaoIndelingBereik([
          ["cao", "niveau", "schaal", "trede"],
          ["SW", "HBO", "", "5"],
        ]),
      ),
    ).toBe("cao_indeling, rij 2: schaal is leeg; vul een schaal in.");
    expect(
      melding(() =>
        leesBandbreedteBereik([
          ["parameter", "min", "max"],
          ["overhead", 0.1, 0.2],
          ["overhead", 0.1, 0.2],
        ]),
      ),
    ).toBe("bandbreedte, rij 3: parameter 'overhead' staat twee keer in de bandbreedte.");
    expect(
      melding(() =>
        leesOnderbouwingBereik([
          ["parameter", "onderbouwing"],
          [null, "tekst"],
        ]),
      ),
    ).toBe("onderbouwing, rij 2: onderbouwing 'tekst' heeft geen parameternaam in de eerste kolom.");
  });

  test("a scenario without a name", () => {
    expect(melding(() => leesScenario({ naam: "", wijzigingen: [] } as never, ["A"]))).toBe("Een scenario heeft geen naam; geef elk scenario een naam.");
  });
});

describe("budget, segments and funding forms", () => {
  const producten = [{ product: "Begeleiding", segment: "S1", financieringsvorm: "pxq", eenheid: "uur" }] as never;

  test("a volume for an unknown municipality or product, a lump-sum share above 1, the same volume twice in a year", () => {
    expect(melding(() => controleerVolumes([{ gemeente: "X", product: "Begeleiding", volume: D(1), waar: "volumes rij 2" }], ["A"], producten))).toBe(
      "Volume (volumes rij 2): gemeente 'X' is onbekend; toegestaan: A.",
    );
    expect(melding(() => controleerVolumes([{ gemeente: "A", product: "Taxi", volume: D(1) }], ["A"], producten))).toBe("Volume: product 'Taxi' is onbekend.");
    const lumpsum = [{ product: "L", segment: "S1", financieringsvorm: "lumpsum", eenheid: "uur" }] as never;
    expect(melding(() => controleerVolumes([{ gemeente: "A", product: "L", volume: D(2) }], ["A"], lumpsum))).toBe(
      "Volume van lumpsumproduct L in A = 2: bij een lumpsum is het volume het aandeel van de gemeente; toegestaan: 0 tot en met 1.",
    );
    expect(() => controleerVolumes([{ gemeente: "A", product: "L", volume: D(1) }], ["A"], lumpsum)).not.toThrow();
    expect(
      melding(() =>
        controleerVolumes(
          [
            { gemeente: "A", product: "Begeleiding", volume: D(1), jaar: 2026 },
            { gemeente: "a", product: "begeleiding", volume: D(2), jaar: 2026 },
          ],
          ["A"],
          producten,
        ),
      ),
    ).toBe("Volume: begeleiding in a (2026) staat twee keer in de volumes.");
    // the same product and municipality in two years is no duplicate
    expect(() =>
      controleerVolumes(
        [
          { gemeente: "A", product: "Begeleiding", volume: D(1), jaar: 2026 },
          { gemeente: "A", product: "Begeleiding", volume: D(2), jaar: 2027 },
        ],
        ["A"],
        producten,
      ),
    ).not.toThrow();
  });

  test("a negative ceiling is refused; a ceiling of 0 is allowed", () => {
    const segmenten = [{ code: "S1", naam: "S1" }] as never;
    expect(melding(() => controleerPlafonds([{ gemeente: "A", segment: "S1", bedrag: D(-5) }], ["A"], segmenten))).toBe(
      "Budgetplafond = € -5,00 is negatief; toegestaan: 0 of meer.",
    );
    expect(() => controleerPlafonds([{ gemeente: "A", segment: "S1", bedrag: D(0) }], ["A"], segmenten)).not.toThrow();
  });

  test("a product's segment and funding form, and what a route price or lump sum needs", () => {
    const segmenten = [{ code: "S1", naam: "S1" }] as never;
    const info = (x: object) => ({ product: "P", segment: "S1", financieringsvorm: "pxq", ...x }) as never;
    const m = (x: object) => melding(() => controleerProductInfo(info(x), segmenten, ["P"]));
    expect(m({ segment: "S9" })).toBe("Product 'P': segment 'S9' is onbekend; toegestaan: S1.");
    expect(m({ financieringsvorm: "abonnement" })).toBe("Product 'P': financieringsvorm 'abonnement' is onbekend; toegestaan: pxq, trajectprijs, lumpsum.");
    const ofOf =
      "Product 'P': een trajectprijs heeft óf verwachte_eenheden (× het eigen tarief) óf een vaste samenstelling van andere producten nodig, niet beide en niet geen.";
    expect(m({ financieringsvorm: "trajectprijs" })).toBe(ofOf);
    expect(m({ financieringsvorm: "trajectprijs", verwachteEenheden: D(2), samenstelling: [{ product: "P", eenheden: D(1) }] })).toBe(ofOf);
    expect(m({ financieringsvorm: "trajectprijs", verwachteEenheden: D(0) })).toBe("Product 'P': verwachte_eenheden = 0; toegestaan: groter dan 0.");
    expect(m({ financieringsvorm: "trajectprijs", samenstelling: [{ product: "Q", eenheden: D(1) }] })).toBe(
      "Product 'P': de samenstelling noemt onbekend product 'Q'.",
    );
    expect(m({ financieringsvorm: "trajectprijs", samenstelling: [{ product: "p", eenheden: D(0) }] })).toBe(
      "Product 'P': de samenstelling geeft p 0 eenheden; toegestaan: groter dan 0.",
    );
    const lumpsum = "Product 'P': een lumpsum heeft een bedrag per jaar (€ 0 of meer) nodig.";
    expect(m({ financieringsvorm: "lumpsum" })).toBe(lumpsum);
    expect(m({ financieringsvorm: "lumpsum", lumpsum: D(-1) })).toBe(lumpsum);
    for (const ok of [
      { financieringsvorm: "lumpsum", lumpsum: D(0) },
      { financieringsvorm: "trajectprijs", verwachteEenheden: D("0.5") },
      { financieringsvorm: "trajectprijs", samenstelling: [{ product: "p", eenheden: D(1) }] },
    ])
      expect(() => controleerProductInfo(info(ok), segmenten, ["P"])).not.toThrow();
  });
});

describe("checks, reference CAO, scenarios and the readers", () => {
  test("a justification for a parameter without bandwidth", () => {
    expect(
      melding(() =>
        toetsInzending({ aanbieder: "A", parameters: { overhead: D("0.2") }, onderbouwingen: { productiviteit: "x" } } as never, [
          maakBandbreedte("overhead", D("0.1"), D("0.3")),
        ]),
      ),
    ).toBe(
      "Onderbouwing (aanbieder A) voor 'productiviteit': voor deze parameter is geen bandbreedte; onderbouw alleen parameters met een bandbreedte (overhead).",
    );
  });

  test("a reference CAO that is not in the mapping", () => {
    expect(melding(() => caoVoorAanbieder("A", undefined, "GGZ", [{ cao: "Sociaal Werk", niveau: "HBO", schaal: "8", trede: "5" }]))).toBe(
      "referentie_cao = 'GGZ' staat niet in de CAO-indeling; beschikbaar: Sociaal Werk.",
    );
    expect(melding(() => caoVoorAanbieder("A", undefined, "GGZ", []))).toBe("referentie_cao = 'GGZ' staat niet in de CAO-indeling; beschikbaar: (geen).");
  });

  test("a scenario that changes one parameter twice (also under another spelling)", () => {
    expect(
      melding(() =>
        leesScenario(
          {
            naam: "X",
            wijzigingen: [
              { parameter: "overhead", waarde: 0.2, waar: "rij 2" },
              { parameter: "Overhead", waarde: 0.3, waar: "rij 3" },
            ],
          } as never,
          ["A"],
        ),
      ),
    ).toBe("Scenario 'X', rij 3: parameter 'overhead' wordt twee keer gewijzigd; geef elke wijziging één keer.");
  });

  test("a JSON number that is not a number names where it is", () => {
    expect(melding(() => exactGetal("x", "volume"))).toBe('volume = "x" is geen getal.');
    expect(exactGetal("1,5", "volume").toString()).toBe("1.5");
  });

  test("a parameter name or function-mix heading that is an Excel error or an object", () => {
    expect(melding(() => leesParameterBereik([["#N/B", 1]]))).toBe(
      "De parameternaam is de foutwaarde #N/B; vul in de eerste kolom een parameternaam in (een fout wordt nooit als lege cel gelezen).",
    );
    expect(melding(() => leesParameterBereik([[{}, 1]]))).toBe(
      "De parameternaam is geen tekst maar (een object, geen waarde); vul in de eerste kolom een parameternaam in.",
    );
    expect(
      melding(() =>
        leesFunctiemixBereik([
          ["functie", "#WAARDE!"],
          ["A", 1],
        ]),
      ),
    ).toBe(
      "De kolomkop in de functiemix is de foutwaarde #WAARDE!; vul een kolomnaam in (bijv. functie, aandeel, maandsalaris); een fout wordt nooit als lege kop gelezen.",
    );
    expect(
      melding(() =>
        leesFunctiemixBereik([
          ["functie", {}],
          ["A", 1],
        ]),
      ),
    ).toBe("De kolomkop in de functiemix is geen tekst maar (een object, geen waarde); vul een kolomnaam in (bijv. functie, aandeel).");
  });
});

describe("the rest of the region readers", () => {
  const kopie = () => JSON.parse(JSON.stringify(VOORBEELDREGIO_DATA)) as Record<string, unknown> & { producten: { parameters: Record<string, unknown> }[] };

  test("products from a range: an unknown funding form ('P × Q' is pxq), a bad composition, a bad parameter with its row", () => {
    expect(
      leesProductenBereik([
        ["product", "segment", "financieringsvorm", "overhead"],
        ["A", "S", "P × Q", 0.2],
      ])[0].financieringsvorm,
    ).toBe("pxq");
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "segment", "financieringsvorm"],
          ["A", "S", "abonnement"],
        ]),
      ),
    ).toBe("producten, rij 2: financieringsvorm = 'abonnement' is onbekend; toegestaan: pxq, trajectprijs, lumpsum.");
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "segment", "financieringsvorm", "samenstelling"],
          ["A", "S", "trajectprijs", "B 30"],
        ]),
      ),
    ).toBe("producten, rij 2: samenstelling 'B 30' is ongeldig; schrijf 'product: eenheden; product: eenheden', bijv. 'Behandeling individueel: 30'.");
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "segment", "overhead"],
          ["A", "S", "x"],
        ]),
      ),
    ).toBe("producten, rij 2: overhead = 'x' is geen getal; toegestaan: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08).");
  });

  test("a norm share written as a whole percentage", () => {
    expect(
      melding(() =>
        leesNormBereik([
          ["product", "niveau", "aandeel"],
          ["A", "HBO", 60],
        ]),
      ),
    ).toBe("normbezetting, rij 2: aandeel = 60 lijkt een percentage als heel getal: gebruik 60% of 0,6.");
  });

  test("a function-mix row refused by the schema names the column", () => {
    expect(
      melding(() =>
        leesFunctiemixBereik([
          ["functie", "aandeel"],
          ["A", "x"],
        ]),
      ),
    ).toBe("aandeel = 'x' is geen getal; toegestaan: meer dan 0% tot en met 100% (als fractie: 0 < aandeel ≤ 1; 8% = 0,08).");
  });

  test("a region as JSON: a volume row without product, a bad product parameter named with its product; an unknown or doubled product", () => {
    const zonder = kopie();
    zonder.volumes = [{ Gouda: 5 }];
    expect(melding(() => leesRegio(zonder))).toBe("Volumes rij 1: kolom product ontbreekt of is leeg.");
    const fout = kopie();
    fout.producten[2].parameters.productiviteit = "x";
    expect(melding(() => leesRegio(fout))).toBe(
      "product 'Crisisopvang': productiviteit = 'x' is geen getal; toegestaan: 1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08).",
    );
    const r = leesRegio(kopie());
    expect(melding(() => vindProduct(r, "Taxi", " (scenario X)"))).toBe(
      "Product 'Taxi' (scenario X) is onbekend in regio Voorbeeldregio Midden-Holland (illustratief).",
    );
    expect(melding(() => controleerRegio({ ...r, producten: [r.producten[0], r.producten[0]] }))).toBe(
      "Product 'Jeugdbescherming' staat twee keer in de productenlijst.",
    );
  });
});
