/**
 * Every RT.TARIEF_DETAIL part and every RT.OPBOUW row kind (lines, "Bron:" rows, the tariff row), with amounts
 * worked by hand, in the hours model and in the capacity model.
 */
import * as f from "../../src/functions/functions";
import { DETAIL_ONDERDELEN, leegTariefCache } from "../../src/functions/adapters/tarief";

const nul = null as unknown as undefined;
beforeEach(() => leegTariefCache());

function fout(g: () => unknown): { code: string; message: string } {
  try {
    g();
  } catch (e) {
    expect(e).toBeInstanceOf(CustomFunctions.Error);
    return e as { code: string; message: string };
  }
  throw new Error("verwachtte een fout");
}

// Hours model: loonkosten_per_uur 42,22, π 0,8 → K = 42,22 / 0,8 = 52,775 per productive hour.
// dagdeel (4 h) in a group of 8: 0,5 h per client → D_pers = 26,3875; m = 5; D = 31,3875;
// overhead 20% = 6,2775; kostprijs 37,665; risico 2% = 0,7533; onafgerond 38,4183 → 38,42.
const UREN = [["loonkosten_per_uur", 42.22], ["productiviteit", 0.8], ["overhead", 0.2], ["eenheid", "dagdeel"], ["groepsgrootte", 8],
  ["materiele_kosten", 5], ["risico_opslag", 0.02]];
// Capacity model: 10 fte × € 60.000 for 5 places × 365 × 0,8 = 1460 etmalen. D_pers = 600000 / 1460 = 410,9589…;
// m = 146000 / 1460 = 100; overhead 10% = 51,0958…; kostprijs = 562,0547… → 562,05.
const CAP = [["plaatsen", 5], ["bezettingsgraad", 0.8], ["overhead", 0.1], ["jaarlijkse_materiele_kosten", 146000]];
const CAP_MIX = [["functie", "fte", "loonkosten_fte"], ["A", 10, 60000]];

describe("RT.TARIEF_DETAIL: every part", () => {
  const uren: Record<string, string> = {
    tarief: "38.42", tarief_onafgerond: "38.4183", kostprijs: "37.665", directe_personeelskosten: "26.3875", materiele_kosten: "5",
    overhead: "6.2775", risico: "0.7533", kosten_per_productief_uur: "52.775", uren_per_client_eenheid: "0.5",
  };
  test.each(Object.entries(uren))("uren model: %s = %s", (deel, verwacht) => {
    expect(f.tariefDetail(UREN, deel, nul).toFixed(6)).toBe(Number(verwacht).toFixed(6));
  });

  const cap: Record<string, string> = {
    tarief: "562.05", tarief_onafgerond: "562.054794521", kostprijs: "562.054794521", directe_personeelskosten: "410.958904110",
    materiele_kosten: "100", overhead: "51.095890411", risico: "0", eenheden_per_jaar: "1460",
  };
  test.each(Object.entries(cap))("capaciteitsmodel: %s = %s", (deel, verwacht) => {
    expect(f.tariefDetail(CAP, deel, CAP_MIX).toFixed(9)).toBe(Number(verwacht).toFixed(9));
  });

  test("every part is asserted in one of the two models", () => {
    expect(Object.keys(DETAIL_ONDERDELEN).filter((k) => !(k in uren) && !(k in cap))).toEqual([]);
  });

  test("a part of the other model is #VALUE! naming the model", () => {
    expect(fout(() => f.tariefDetail(UREN, "eenheden_per_jaar", nul)).message).toBe("onderdeel 'eenheden_per_jaar' bestaat niet in het urenmodel.");
    expect(fout(() => f.tariefDetail(CAP, "kosten per productief uur", CAP_MIX)).message).toBe("onderdeel 'kosten per productief uur' bestaat niet in het capaciteitsmodel.");
    expect(fout(() => f.tariefDetail(CAP, "uren_per_client_eenheid", CAP_MIX)).code).toBe("#VALUE!");
  });

  test("a breakdown line by its label and a legal element's sum (rounded lines)", () => {
    // "Overhead" is also a part name: the part (unrounded) wins over the line
    expect(f.tariefDetail(UREN, "Overhead", nul)).toBe(6.2775);
    expect(f.tariefDetail(UREN, "opslag risico en innovatie", nul)).toBe(0.75);
    expect(f.tariefDetail(UREN, "materiële kosten (cliëntgebonden)", nul)).toBe(5);
    expect(f.tariefDetail(UREN, "j-b", nul)).toBe(5);
    expect(f.tariefDetail(UREN, "J-c", nul)).toBe(6.28);
    expect(f.tariefDetail(CAP, "W-a", CAP_MIX)).toBe(410.96);
  });

  test("an empty part is #VALUE! listing the parts", () => {
    expect(fout(() => f.tariefDetail(UREN, "", nul)).message).toMatch(/^onderdeel is leeg; toegestaan: 'tarief', 'tarief_onafgerond'/);
  });
});

describe("RT.OPBOUW: every row kind", () => {
  // CAO Gehandicaptenzorg FWG 20 trede 5 per 2023-12-01 = € 2.338; H = 36 × 52 = 1872, π = 0,75.
  // salary 28056 / 1872 = 14,987 → 14,99; toeslagen 28056 × 0,1633 / 1872 = 2,447 → 2,45; L = 32637,5448
  // sociale lasten × 0,18 / 1872 = 3,138 → 3,14; pensioen × 0,13 / 1872 = 2,266 → 2,27
  // LK/H = 42755,18… / 1872 = 22,8393; W-c = 22,8393 / 3 = 7,613 → 7,61; K = 30,4524; D = 35,4524
  // overhead 7,0905 → 7,09; T = 42,5429; risico 2% = 0,8509 → 0,85; tarief 43,3938 → 43,39; lines sum 43,40 → −0,01
  const P = [["cao", "Gehandicaptenzorg"], ["schaal", "FWG 20"], ["trede", 5], ["peildatum", "2023-12-01"], ["sociale_lasten", 0.18], ["pensioenpremie", 0.13],
    ["productiviteit", 0.75], ["overhead", 0.2], ["risico_opslag", 0.02], ["materiele_kosten", 5]];

  test("header, the lines with amount, elements and notes, then the sources, then the tariff", () => {
    const m = f.opbouw(P, nul);
    expect(m[0]).toEqual(["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"]);
    const regels = m.slice(1, 13).map((r) => r.slice(0, 3));
    expect(regels).toEqual([
      ["Bruto salaris", 14.99, "J-a, W-a"],
      ["Vakantietoeslag en eindejaarsuitkering", 2.45, "J-a, W-a"],
      ["ORT en overige looncomponenten", 0, "J-a, W-a"],
      ["Sociale lasten werkgever", 3.14, "J-a, W-a"],
      ["Pensioenpremie werkgever", 2.27, "J-a, W-a"],
      ["Overige personeelskosten (opleiding, reiskosten)", 0, "J-a, W-d"],
      ["Niet-productieve uren (verlof, verzuim, scholing, overleg)", 7.61, "J-a, W-c"],
      ["Materiële kosten (cliëntgebonden)", 5, "J-b"],
      ["Overhead", 7.09, "J-c, W-b"],
      ["Opslag risico en innovatie", 0.85, ""],
      ["Indexatie (apart toegepast)", 0, "J-d, W-e"],
      ["Afrondingsverschil", -0.01, ""],
    ]);
    expect(m[1][3]).toMatch(/^salaris Gehandicaptenzorg FWG 20 trede 5 per 2023-12-01: CAO Gehandicaptenzorg, salarisschalen .*\(geverifieerd\)$/);
    expect(m[9][3]).toBe("opslag 20%");
    expect(m[10][3]).toBe("2% van de kostprijs; geen wettelijk kostprijselement");

    const bronnen = m.slice(13, -1);
    expect(bronnen.map((r) => String(r[0]).slice(0, 45))).toEqual([
      "Bron: CAO Gehandicaptenzorg, salarisschalen f",
      "Bron: CAO Gehandicaptenzorg, uren_per_week = ",
      "Bron: CAO Gehandicaptenzorg, eindejaarsuitker",
      "Bron: CAO Gehandicaptenzorg, vakantietoeslag ",
    ]);
    for (const r of bronnen) {
      expect([r[1], r[2]]).toEqual(["", ""]);
      expect(r[3]).toMatch(/^(geverifieerd|secundair|afgeleid|gebruiker); geldig vanaf \d{4}-\d{2}-\d{2}; https?:\/\//);
    }
    expect(bronnen[0][3]).toMatch(/^geverifieerd; geldig vanaf 2023-12-01; https:\/\/www\.vgn\.nl\//);
    expect(bronnen[0][3]).not.toMatch(/toegepast/);

    const laatste = m.at(-1)!;
    expect(laatste.slice(0, 3)).toEqual(["Tarief per uur", 43.39, ""]);
    expect(laatste[3]).toMatch(/^productiviteit 75% van de betaalde uren; 1\.872 betaalde uren per fte per jaar; Eenheid: per uur .*Afronding: cent/);
  });

  test("a derived CAO table's source row lists the increases applied", () => {
    const m = f.opbouw(P.map((r) => (r[0] === "peildatum" ? ["peildatum", "2024-06-01"] : r)), nul);
    const bron = m.find((r) => String(r[0]).startsWith("Bron: CAO Gehandicaptenzorg, salarisschalen"))!;
    expect(bron[3]).toMatch(/^afgeleid; geldig vanaf 2024-06-01; https:\/\/.*; toegepast: 1 juni 2024: \+2%$/);
  });

  test("capacity model: loonkosten given, the W-c line is part of the formation, no sources, tariff per etmaal", () => {
    const m = f.opbouw(CAP, CAP_MIX);
    expect(m.map((r) => r.slice(0, 3))).toEqual([
      ["Omschrijving", "Bedrag", "Wettelijk element"],
      ["Loonkosten (opgegeven)", 410.96, "J-a, W-a"],
      ["Niet-productieve uren (begrepen in de formatie)", 0, "J-a, W-c"],
      ["Materiële kosten (cliëntgebonden)", 100, "J-b"],
      ["Overhead", 51.1, "J-c, W-b"],
      ["Opslag risico en innovatie", 0, ""],
      ["Indexatie (apart toegepast)", 0, "J-d, W-e"],
      // 410,96 + 100 + 51,10 = 562,06; tarief 562,05
      ["Afrondingsverschil", -0.01, ""],
      ["Tarief per etmaal", 562.05, ""],
    ]);
    expect(m.at(-1)![3]).toMatch(/^Capaciteitsmodel: formatie 10 fte voor 5 plaatsen × 365 dagen × bezetting 80% = 1\.460 etmalen per jaar/);
  });
});
