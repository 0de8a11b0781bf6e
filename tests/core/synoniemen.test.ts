/** Names practitioners type (colloquial Dutch, VNG rekentool) and their typos: "Bedoelt u …?", never silent acceptance. */
import { InvoerFout } from "../../src/core/errors";
import { leesParameterBereik } from "../../src/core/parameters/lezen";
import { dichtstbijzijndeNaam } from "../../src/core/parameters/namen";
import { PARAMETER_NAMEN } from "../../src/core/parameters/definities";
import { SYNONIEMEN } from "../../src/core/parameters/synoniemen";

function melding(naam: string): string {
  try {
    leesParameterBereik([
      ["maandsalaris", 3000],
      [naam, 0.08],
    ]);
  } catch (e) {
    expect(e).toBeInstanceOf(InvoerFout);
    return (e as Error).message;
  }
  throw new Error(`'${naam}' werd stil geaccepteerd`);
}

describe("colloquial names get the canonical name suggested, and are refused", () => {
  test.each([
    ["vakantiegeld", "vakantietoeslag"],
    ["Vakantiegeld", "vakantietoeslag"],
    ["dertiende maand", "eindejaarsuitkering"],
    ["13e maand", "eindejaarsuitkering"],
    ["werkgeverslasten", "sociale_lasten"],
    ["overheadpercentage", "overhead"],
    ["Indirecte kosten", "overhead"],
    ["declarabiliteit", "productiviteit"],
    ["ziekteverzuim", "verzuim"],
    ["winstopslag", "risico_opslag"],
    ["pensioen", "pensioenpremie"],
    // typos of colloquial names
    ["vakantiegld", "vakantietoeslag"],
    ["werkgeverlasten", "sociale_lasten"],
    ["overheadpercentge", "overhead"],
    ["dertiende maan", "eindejaarsuitkering"],
  ])("%s → Bedoelt u '%s'?", (naam, canoniek) => {
    expect(melding(naam)).toBe(`Onbekende parameter '${naam}'. Bedoelt u '${canoniek}'? Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS()).`);
  });

  test("typos of canonical names still get the canonical name", () => {
    expect(dichtstbijzijndeNaam("vakantietoesag", PARAMETER_NAMEN)).toBe("vakantietoeslag");
    expect(dichtstbijzijndeNaam("overhed", PARAMETER_NAMEN)).toBe("overhead");
  });

  test("every synonym points to an existing canonical name and is not itself a canonical name", () => {
    for (const [s, c] of Object.entries(SYNONIEMEN)) {
      expect(PARAMETER_NAMEN).toContain(c);
      expect(PARAMETER_NAMEN).not.toContain(s);
    }
  });

  test("a synonym whose canonical name is not allowed here suggests nothing from the synonym list", () => {
    expect(dichtstbijzijndeNaam("vakantiegeld", ["jaar", "soort", "ova", "ppc"])).toBeUndefined();
  });
});
