/**
 * Defect 8 of #12 in the task pane (the third reader besides the functions and rt): the inserted template has
 * 'standaard' where a blank and a 0 would differ; a cleared overhead cell (the pane reads "") and a typed 0 are
 * refused at their cell with the one message of docs/excel.md §5, and 'geen' is a real zero.
 *
 * Product "Begeleiding": maandsalaris 3000, 36 h (H = 1872), vakantietoeslag/eindejaarsuitkering 'standaard' (no cao:
 * 0,08 and 0,0833), sociale_lasten 0,2, pensioenpremie 0,13, productiviteit 0,8, overhead 0,2:
 * 36.000 × 1,1633 = 41.878,80; × 1,33 = 55.698,804; / 1.872 / 0,8 = 37,1920…; × 1,2 = 44,6304… → 44,63.
 */
import { BLAD, kostprijsSjabloon, parameterRij } from "../../src/sjablonen/definities";
import { bereken, controleer } from "../../src/taskpane/writers/sjabloon-rekenen";
import { voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { laadStubHost, type StubBlad } from "./stub-werkmap";

const OPTIES = { namespace: "RT", versie: "test" };

async function sjabloonMet(overhead: unknown) {
  const host = laadStubHost();
  expect((await host.run((ctx) => voegSjabloonIn(ctx, kostprijsSjabloon()))).ok).toBe(true);
  const typ = (naam: string, w: unknown) => host.werkmap.typ(BLAD.parameters, `B${parameterRij(naam)}`, w);
  host.werkmap.typ(BLAD.parameters, "B1", "Begeleiding");
  typ("maandsalaris", 3000);
  typ("sociale_lasten", 0.2);
  typ("pensioenpremie", 0.13);
  typ("productiviteit", 0.8);
  typ("overhead", overhead);
  return host;
}

function tarieven(blad: StubBlad): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(blad.cellen)) {
    const [r, c] = k.split(",").map(Number);
    if (c === 0 && typeof v === "string" && v.startsWith("Product: ")) uit[v.slice(9)] = blad.cellen[`${r},1`];
  }
  return uit;
}

test("the inserted template says 'standaard' for the six parameters where blank and 0 differ, and the tariff computes", async () => {
  const host = await sjabloonMet(0.2);
  const p = host.blad(BLAD.parameters)!;
  for (const naam of ["vakantietoeslag", "eindejaarsuitkering", "sociale_lasten", "pensioenpremie", "overhead", "overhead_over_materieel"])
    expect({ naam, waarde: p.cellen[`${parameterRij(naam) - 1},2`] }).toEqual({ naam, waarde: "standaard" }); // column C: untouched
  const c = await host.run((ctx) => controleer(ctx));
  expect(c.problemen).toEqual([]);
  const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
  expect(u.ok).toBe(true);
  expect(tarieven(host.blad("RT Resultaten")!)).toEqual({ Begeleiding: 44.63 });
});

test("a cleared overhead and a typed 0 are refused at their cell with the same message; 'geen' is a real zero (37,19)", async () => {
  const cel = `${BLAD.parameters}!B${parameterRij("overhead")}`;
  const meldingen: string[] = [];
  for (const waarde of [null, 0]) {
    const host = await sjabloonMet(waarde);
    const c = await host.run((ctx) => controleer(ctx));
    expect(c.problemen.map((x) => x.cel)).toEqual([cel]);
    meldingen.push(c.problemen[0].melding.replace("overhead = 0 ", "overhead = een lege cel "));
  }
  expect(meldingen[0]).toContain("overhead = een lege cel is niet eenduidig");
  expect(meldingen[1]).toBe(meldingen[0]);
  const host = await sjabloonMet("geen");
  const u = await host.run((ctx) => bereken(ctx, { ...OPTIES, formules: false }));
  expect(u.ok).toBe(true);
  // 55.698,804 / 1.872 / 0,8 = 37,1920… → 37,19 (no overhead)
  expect(tarieven(host.blad("RT Resultaten")!)).toEqual({ Begeleiding: 37.19 });
});
