/**
 * The region's tables read from ranges (regio-bereik.ts): each table's columns, what a row becomes, and the row and
 * column its refusals name.
 */
import { InvoerFout } from "../../src/core/errors";
import {
  leesBandbreedteBereik,
  leesCaoIndelingBereik,
  leesInzendingenBereik,
  leesNormBereik,
  leesOndernemingenBereik,
  leesOnderbouwingBereik,
  leesPlafondsBereik,
  leesProductenBereik,
  leesScenarioBereik,
  leesVolumesBereik,
} from "../../src/core/regio-bereik";
import { fout, invoerMelding as melding } from "../helpers/fout";

const details = (f: () => unknown) => {
  const e = fout(f);
  expect(e).toBeInstanceOf(InvoerFout);
  const d = (e as InvoerFout).details;
  return { melding: e.message, rij: d.rij, kolom: d.kolom, parameter: d.parameter };
};

describe("leesProductenBereik", () => {
  test("a product row with its meta columns and its parameters", () => {
    const [p, q] = leesProductenBereik([
      ["product", "segment", "productcategorie", "productcode", "financieringsvorm", "verwachte_eenheden", "vaste_component", "lumpsum", "overhead"],
      [" Traject ", "S08", "45", "45A50", "Traject prijs", 12, "150,5", null, 0.22],
      ["Begeleiding", null, null, null, null, null, null, null, null],
    ]);
    expect(p.product).toBe("Traject");
    expect([p.segment, p.productcategorie, p.productcode, p.financieringsvorm]).toEqual(["S08", "45", "45A50", "trajectprijs"]);
    expect([p.verwachteEenheden!.toString(), p.vasteComponent!.toString(), p.lumpsum]).toEqual(["12", "150.5", undefined]);
    expect(p.samenstelling).toBeUndefined();
    expect(Object.keys(p.parameters)).toEqual(["overhead"]);
    expect(String(p.parameters.overhead)).toBe("0.22");
    // without segment and funding form: segment "" and P×Q, no parameters
    expect([q.segment, q.financieringsvorm, q.productcategorie, q.verwachteEenheden]).toEqual(["", "pxq", undefined, undefined]);
    expect(q.parameters).toEqual({});
  });

  test("funding forms: P × Q, p*q, PxQ, pq, p-q and lump sum spellings", () => {
    const vorm = (v: string) =>
      leesProductenBereik([
        ["product", "financieringsvorm", "lumpsum"],
        ["P", v, 1],
      ])[0].financieringsvorm;
    expect(["P × Q", "p*q", "PxQ", "pq", "p - q", "PXQ"].map(vorm)).toEqual(["pxq", "pxq", "pxq", "pxq", "pxq", "pxq"]);
    expect(vorm("Lumpsum")).toBe("lumpsum");
    expect(vorm("TRAJECTPRIJS")).toBe("trajectprijs");
    expect(details(() => vorm("abonnement"))).toEqual({
      melding: "producten, rij 2: financieringsvorm = 'abonnement' is onbekend; toegestaan: pxq, trajectprijs, lumpsum.",
      rij: 2,
      kolom: 2,
      parameter: "financieringsvorm",
    });
    // "q" alone is not P×Q
    expect(melding(() => vorm("q"))).toMatch(/financieringsvorm = 'q' is onbekend/);
  });

  test("a composition: 'product: eenheden' parts separated by ';', Dutch decimals, blank parts skipped", () => {
    const [p] = leesProductenBereik([
      ["product", "financieringsvorm", "samenstelling"],
      ["Lang", "trajectprijs", " Behandeling individueel: 30 ; Diagnostiek:2,5;; "],
    ]);
    expect(p.samenstelling!.map((d) => [d.product, d.eenheden.toString()])).toEqual([
      ["Behandeling individueel", "30"],
      ["Diagnostiek", "2.5"],
    ]);
    expect(
      details(() =>
        leesProductenBereik([
          ["product", "samenstelling"],
          ["Lang", "Behandeling 30"],
        ]),
      ),
    ).toEqual({
      melding:
        "producten, rij 2: samenstelling 'Behandeling 30' is ongeldig; schrijf 'product: eenheden; product: eenheden', bijv. 'Behandeling individueel: 30'.",
      rij: 2,
      kolom: 2,
      parameter: "samenstelling",
    });
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "samenstelling"],
          ["Lang", "A: 1; B: 1,2,3,4x"],
        ]),
      ),
    ).toMatch(/samenstelling 'B: 1,2,3,4x' is ongeldig/);
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "samenstelling"],
          ["Lang", "A: ..."],
        ]),
      ),
    ).toMatch(/samenstelling 'A: \.\.\.' is ongeldig/);
  });

  test("a composition part: spaces around the colon, a line break after ';', a sign; trailing text or a line break inside is refused", () => {
    const delen = (t: string) =>
      leesProductenBereik([
        ["product", "samenstelling"],
        ["Lang", t],
      ])[0].samenstelling!.map((d) => [d.product, d.eenheden.toString()]);
    expect(delen("A : 1;\nB: 2")).toEqual([
      ["A", "1"],
      ["B", "2"],
    ]);
    // a negative count is read here and refused by the product check (segment.ts)
    expect(delen("A: -5")).toEqual([["A", "-5"]]);
    // a part of spaces only is skipped like an empty one
    expect(delen("A: 1; ;B: 2")).toEqual([
      ["A", "1"],
      ["B", "2"],
    ]);
    expect(melding(() => delen("A: 30x"))).toBe(
      "producten, rij 2: samenstelling 'A: 30x' is ongeldig; schrijf 'product: eenheden; product: eenheden', bijv. 'Behandeling individueel: 30'.",
    );
    expect(melding(() => delen("A: 1;  Behandeling 30 "))).toMatch(/: samenstelling 'Behandeling 30' is ongeldig;/);
    expect(melding(() => delen("Behandeling\nindividueel: 30"))).toMatch(/: samenstelling 'Behandeling\nindividueel: 30' is ongeldig;/);
  });

  test("an unknown column lists the product table's columns once", () => {
    expect(
      melding(() =>
        leesProductenBereik([
          ["product", "prijs"],
          ["P", 1],
        ]),
      ),
    ).toBe(
      "producten, rij 1: onbekende kolom 'prijs'. Toegestaan: product, segment, productcategorie, productcode, financieringsvorm, verwachte_eenheden, vaste_component, lumpsum, samenstelling en elke parameternaam.",
    );
  });

  test("a product named twice (without case) names the second row", () => {
    expect(details(() => leesProductenBereik([["product"], ["Begeleiding"], ["BEGELEIDING"]]))).toEqual({
      melding: "producten, rij 3: product 'BEGELEIDING' staat twee keer in de tabel.",
      rij: 3,
      kolom: undefined,
      parameter: "product",
    });
  });

  test("a lump-sum row whose parameter cells are 0 has no parameters", () => {
    const [p] = leesProductenBereik([
      ["product", "financieringsvorm", "lumpsum", "overhead"],
      ["L", "lumpsum", 1000, 0],
    ]);
    expect(p.parameters).toEqual({});
    expect(p.lumpsum!.toString()).toBe("1000");
  });
});

describe("leesNormBereik", () => {
  test("levels per product, product names merged without case (first spelling kept)", () => {
    const m = leesNormBereik([
      ["product", "niveau", "aandeel"],
      ["Begeleiding", "HBO", 0.6],
      ["Dagbesteding", "MBO", "100%"],
      ["begeleiding", "MBO", "0,4"],
    ]);
    expect([...m.keys()]).toEqual(["Begeleiding", "Dagbesteding"]);
    expect(m.get("Begeleiding")!.map((n) => [n.niveau, n.aandeel.toString()])).toEqual([
      ["HBO", "0.6"],
      ["MBO", "0.4"],
    ]);
    expect(m.get("Dagbesteding")!.map((n) => n.aandeel.toString())).toEqual(["1"]);
  });

  test("a share above 1 up to 100 reads as a whole percentage; 1 and above 100 pass through to the norm check", () => {
    expect(
      details(() =>
        leesNormBereik([
          ["product", "niveau", "aandeel"],
          ["P", "HBO", 60],
        ]),
      ),
    ).toEqual({
      melding: "normbezetting, rij 2: aandeel = 60 lijkt een percentage als heel getal: gebruik 60% of 0,6.",
      rij: 2,
      kolom: 3,
      parameter: "aandeel",
    });
    expect(
      melding(() =>
        leesNormBereik([
          ["product", "niveau", "aandeel"],
          ["P", "HBO", 100],
        ]),
      ),
    ).toMatch(/aandeel = 100 lijkt een percentage/);
    expect(
      melding(() =>
        leesNormBereik([
          ["product", "niveau", "aandeel"],
          ["P", "HBO", 1.5],
        ]),
      ),
    ).toMatch(/aandeel = 1,5 lijkt een percentage/);
    expect(
      leesNormBereik([
        ["product", "niveau", "aandeel"],
        ["P", "HBO", 1],
      ])
        .get("P")![0]
        .aandeel.toString(),
    ).toBe("1");
    expect(
      leesNormBereik([
        ["product", "niveau", "aandeel"],
        ["P", "HBO", 101],
      ])
        .get("P")![0]
        .aandeel.toString(),
    ).toBe("101");
  });
});

describe("leesCaoIndelingBereik", () => {
  test("four text columns; further columns are functiemix parameters, else none", () => {
    const [a, b] = leesCaoIndelingBereik([
      ["cao", "niveau", "schaal", "trede", "ort"],
      ["Sociaal Werk", "HBO", 8, 5, 0.05],
      ["Sociaal Werk", "MBO", "6", "5", null],
    ]);
    expect([a.cao, a.niveau, a.schaal, a.trede]).toEqual(["Sociaal Werk", "HBO", "8", "5"]);
    expect(String((a.parameters as Record<string, unknown>).ort)).toBe("0.05");
    expect(Object.keys(a.parameters!)).toEqual(["ort"]);
    expect(b.parameters).toBeUndefined();
    // the further columns are read as a functiemix row: a product-level parameter is refused there
    expect(
      melding(() =>
        leesCaoIndelingBereik([
          ["cao", "niveau", "schaal", "trede", "overhead"],
          ["X", "A", "1", "1", 0.2],
        ]),
      ),
    ).toBe(
      "cao_indeling, rij 2: Onbekende parameter 'overhead' (kolomkop in de functiemix). Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS()).",
    );
    const [c] = leesCaoIndelingBereik([
      ["cao", "niveau", "schaal", "trede"],
      ["X", "A", "1", "2"],
    ]);
    expect(c.parameters).toBeUndefined();
  });
});

describe("leesInzendingenBereik", () => {
  test("provider and product optional; a submission without provider is named by its row", () => {
    const [a, b] = leesInzendingenBereik([
      ["aanbieder", "product", "productiviteit"],
      ["De Linde", "Begeleiding", 0.75],
      [null, null, 0.7],
    ]);
    expect([a.aanbieder, a.product, String(a.parameters.productiviteit)]).toEqual(["De Linde", "Begeleiding", "0.75"]);
    expect([b.aanbieder, b.product, String(b.parameters.productiviteit)]).toEqual(["inzending rij 3", undefined, "0.7"]);
    expect(Object.keys(a.parameters)).toEqual(["productiviteit"]);
  });
});

describe("leesBandbreedteBereik", () => {
  test("parameter, min, max and optional norm; output columns are ignored", () => {
    const b = leesBandbreedteBereik([
      ["parameter", "min", "max", "norm", "aantal", "herkomst", "toelichting"],
      ["Overhead", 0.1, 0.3, 0.2, 6, "inzendingen", "uit zes inzendingen"],
      ["risico_opslag", 0, 0.05, null, null, null, null],
    ]);
    expect(b.map((x) => [x.parameter, x.min.toString(), x.max.toString(), x.norm?.toString(), x.herkomst])).toEqual([
      ["overhead", "0.1", "0.3", "0.2", "opgegeven"],
      ["risico_opslag", "0", "0.05", undefined, "opgegeven"],
    ]);
  });

  test("the bandwidth's own refusals get table and row; a parameter twice is refused", () => {
    expect(
      details(() =>
        leesBandbreedteBereik([
          ["parameter", "min", "max"],
          ["overhead", 0.1, 0.3],
          ["overhead", 0.3, 0.1],
        ]),
      ),
    ).toEqual({
      melding: "bandbreedte, rij 3: Bandbreedte voor overhead: min = 0,3 is groter dan max = 0,1; toegestaan: min ≤ max.",
      rij: 3,
      kolom: undefined,
      parameter: "overhead",
    });
    expect(
      details(() =>
        leesBandbreedteBereik([
          ["parameter", "min", "max"],
          ["overhead", 0.1, 0.3],
          ["OVERHEAD", 0.1, 0.2],
        ]),
      ),
    ).toEqual({
      melding: "bandbreedte, rij 3: parameter 'overhead' staat twee keer in de bandbreedte.",
      rij: 3,
      kolom: undefined,
      parameter: "overhead",
    });
  });
});

describe("leesOnderbouwingBereik", () => {
  test("two columns; the header is optional; blank rows skipped; names canonical, texts trimmed", () => {
    expect(
      leesOnderbouwingBereik([
        ["Parameter", "onderbouwing"],
        [null, null],
        ["Productiviteit", "  doelgroep  "],
      ]),
    ).toEqual({ productiviteit: "doelgroep" });
    expect(
      leesOnderbouwingBereik([
        ["naam", "tekst"],
        ["overhead", "klein"],
      ]),
    ).toEqual({ overhead: "klein" });
    expect(leesOnderbouwingBereik([["overhead", "klein"]])).toEqual({ overhead: "klein" });
  });

  test("a header word in a later row is a parameter name; a text without name or name without text is refused", () => {
    expect(
      melding(() =>
        leesOnderbouwingBereik([
          ["overhead", "klein"],
          ["parameter", "x"],
        ]),
      ),
    ).toMatch(/^Onbekende parameter 'parameter' \(onderbouwing, rij 2\)/);
    expect(
      details(() =>
        leesOnderbouwingBereik([
          ["overhead", "klein"],
          [null, "zonder naam"],
        ]),
      ),
    ).toEqual({
      melding: "onderbouwing, rij 2: onderbouwing 'zonder naam' heeft geen parameternaam in de eerste kolom.",
      rij: 2,
      kolom: 1,
      parameter: undefined,
    });
    expect(details(() => leesOnderbouwingBereik([["overhead", " "]]))).toEqual({
      melding:
        "onderbouwing, rij 1: de onderbouwing van 'overhead' is leeg; een waarde buiten de bandbreedte wordt alleen aanvaard met een onderbouwing in woorden.",
      rij: 1,
      kolom: 2,
      parameter: "overhead",
    });
    expect(melding(() => leesOnderbouwingBereik([["overhead", 12]]))).toMatch(/de onderbouwing van 'overhead' is leeg/);
  });
});

describe("leesScenarioBereik", () => {
  test("rows of one scenario are merged (without case); the first description is kept; the place is the row", () => {
    const s = leesScenarioBereik([
      ["scenario", "product", "parameter", "waarde", "omschrijving"],
      ["Laag", null, "overhead", 0.18, null],
      ["Hoog", "Begeleiding", "risico_opslag", 0.03, "meer risico"],
      ["laag", "*", "productiviteit", 0, "lager"],
      ["Laag", null, "afronding", "euro", "anders"],
    ]);
    expect(s.map((x) => [x.naam, x.omschrijving, x.wijzigingen.length])).toEqual([
      ["Laag", "lager", 3],
      ["Hoog", "meer risico", 1],
    ]);
    expect(s[0].wijzigingen[0]).toEqual({ product: undefined, parameter: "overhead", waarde: 0.18, waar: "rij 2" });
    // a 0 in waarde is a real zero
    expect(s[0].wijzigingen[1]).toEqual({ product: "*", parameter: "productiviteit", waarde: 0, waar: "rij 4" });
    expect(s[1].wijzigingen[0]).toEqual({ product: "Begeleiding", parameter: "risico_opslag", waarde: 0.03, waar: "rij 3" });
  });
});

describe("leesScenarioBereik: the table's name in its refusals", () => {
  test("a missing column and a blank scenario name name the table scenario's", () => {
    expect(
      melding(() =>
        leesScenarioBereik([
          ["scenario", "parameter"],
          ["Laag", "overhead"],
        ]),
      ),
    ).toBe("scenario's, rij 1: kolom 'waarde' ontbreekt in de kopregel (verplicht: scenario, parameter, waarde).");
    expect(
      melding(() =>
        leesScenarioBereik([
          ["scenario", "parameter", "waarde"],
          [null, "overhead", 0.1],
        ]),
      ),
    ).toBe("scenario's, rij 2: scenario is leeg; vul een scenario in.");
  });
});

describe("leesVolumesBereik and leesPlafondsBereik", () => {
  test("volumes with optional year, the row and the column of the volume cell", () => {
    const v = leesVolumesBereik([
      ["jaar", "gemeente", "product", "volume"],
      [2026, "Gouda", "Begeleiding", "1.234,5"],
      [null, "Zuidplas", "Begeleiding", 0],
    ]);
    expect(v.map((x) => [x.gemeente, x.product, x.volume.toString(), x.jaar, x.waar, x.rij, x.kolom])).toEqual([
      ["Gouda", "Begeleiding", "1234.5", 2026, "volumes rij 2", 2, 4],
      ["Zuidplas", "Begeleiding", "0", undefined, "volumes rij 3", 3, 4],
    ]);
  });

  test("ceilings with optional year, the row and the column of the amount", () => {
    const p = leesPlafondsBereik([
      ["gemeente", "plafond", "segment", "jaar"],
      ["Gouda", 2300000, "S08", null],
      ["Gouda", "0", "S01", 2027],
    ]);
    expect(p.map((x) => [x.gemeente, x.segment, x.bedrag.toString(), x.jaar, x.waar, x.rij, x.kolom])).toEqual([
      ["Gouda", "S08", "2300000", undefined, "plafonds rij 2", 2, 2],
      ["Gouda", "S01", "0", 2027, "plafonds rij 3", 3, 2],
    ]);
    expect(
      melding(() =>
        leesPlafondsBereik([
          ["gemeente", "segment", "plafond"],
          ["Gouda", "S08", null],
        ]),
      ),
    ).toBe("plafonds, rij 2: plafond ontbreekt; geef een getal.");
  });
});

describe("leesOndernemingenBereik", () => {
  test("partners have a share; linked enterprises none; a name column is allowed", () => {
    const [p] = leesOndernemingenBereik(
      [
        ["naam", "personeel", "jaaromzet", "balanstotaal", "aandeel"],
        ["X", 12, 900000, 300000, 0.3],
      ],
      true,
    );
    expect([p.personeel, p.jaaromzet, p.balanstotaal, p.aandeel].map(String)).toEqual(["12", "900000", "300000", "0.3"]);
    expect(
      melding(() =>
        leesOndernemingenBereik(
          [
            ["personeel", "jaaromzet", "balanstotaal", "aandeel"],
            [1, 2, 3, null],
          ],
          true,
        ),
      ),
    ).toBe("partnerondernemingen, rij 2: aandeel ontbreekt; geef een getal.");
    const [v] = leesOndernemingenBereik(
      [
        ["onderneming", "personeel", "jaaromzet", "balanstotaal"],
        ["Y", 1, 2, 3],
      ],
      false,
    );
    expect(v).toEqual({ personeel: expect.anything(), jaaromzet: expect.anything(), balanstotaal: expect.anything() });
    expect([v.personeel, v.jaaromzet, v.balanstotaal].map(String)).toEqual(["1", "2", "3"]);
    expect(
      melding(() =>
        leesOndernemingenBereik(
          [
            ["personeel", "jaaromzet", "balanstotaal"],
            [1, 2, 3],
          ],
          true,
        ),
      ),
    ).toBe("partnerondernemingen, rij 1: kolom 'aandeel' ontbreekt in de kopregel (verplicht: personeel, jaaromzet, balanstotaal, aandeel).");
    expect(
      melding(() =>
        leesOndernemingenBereik(
          [
            ["personeel", "jaaromzet", "balanstotaal", "aandeel"],
            [1, 2, 3, 0.5],
          ],
          false,
        ),
      ),
    ).toMatch(/^verbonden_ondernemingen, rij 1: onbekende kolom 'aandeel'/);
  });
});
