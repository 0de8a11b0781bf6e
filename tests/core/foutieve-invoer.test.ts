/**
 * Every bad input in this table is refused with exactly this Dutch message, naming the parameter, the value
 * and what is allowed. No input produces NaN, Infinity, a negative tariff or a silent 0.
 */
import { InvoerFout, NietGevondenFout, type RtFout } from "../../src/core/errors";
import { BASIS, met, tarief } from "./helpers";

type Geval = [string, () => unknown, "InvoerFout" | "NietGevondenFout", string | null, string];

const GEVALLEN: Geval[] = [
  ["whole-number percentage vakantietoeslag = 8", () => tarief(met(BASIS, ["vakantietoeslag", 8])),
    "InvoerFout", "vakantietoeslag", "vakantietoeslag = 8 lijkt een percentage als heel getal: gebruik 8% of 0,08; toegestaan: 0% tot en met 25% (als fractie: 0 ≤ vakantietoeslag ≤ 0,25; 8% = 0,08)."],
  ["whole-number percentage overhead = 20", () => tarief(met(BASIS, ["overhead", 20])),
    "InvoerFout", "overhead", "overhead = 20 lijkt een percentage als heel getal: gebruik 20% of 0,2; toegestaan: 0% tot en met 100% (als fractie: 0 ≤ overhead ≤ 1; 8% = 0,08)."],
  ["eindejaarsuitkering = 8,33 as a number", () => tarief(met(BASIS, ["eindejaarsuitkering", 8.33])),
    "InvoerFout", "eindejaarsuitkering", "eindejaarsuitkering = 8,33 lijkt een percentage als heel getal: gebruik 8,33% of 0,0833; toegestaan: 0% tot en met 25% (als fractie: 0 ≤ eindejaarsuitkering ≤ 0,25; 8% = 0,08)."],
  ["productiviteit = 0", () => tarief(met(BASIS, ["productiviteit", 0])),
    "InvoerFout", "productiviteit", "productiviteit = 0 ligt buiten het toegestane bereik: 1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)."],
  ["productiviteit = 1,2", () => tarief(met(BASIS, ["productiviteit", 1.2])),
    "InvoerFout", "productiviteit", "productiviteit = 1,2 ligt buiten het toegestane bereik: 1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)."],
  ["negative productiviteit", () => tarief(met(BASIS, ["productiviteit", -0.1])),
    "InvoerFout", "productiviteit", "productiviteit = -0,1 ligt buiten het toegestane bereik: 1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)."],
  ["text where a number is needed", () => tarief(met(BASIS, ["productiviteit", "hoog"])),
    "InvoerFout", "productiviteit", "productiviteit = 'hoog' is geen getal; toegestaan: 1% tot en met 100% (als fractie: 0,01 ≤ productiviteit ≤ 1; 8% = 0,08)."],
  ["groepsgrootte below 1", () => tarief(met(BASIS, ["groepsgrootte", 0.5])),
    "InvoerFout", "groepsgrootte", "groepsgrootte = 0,5 ligt buiten het toegestane bereik: 1 ≤ groepsgrootte ≤ 1.000 (cliënten)."],
  ["bezettingsgraad 0", () => tarief(met(BASIS, ["bezettingsgraad", 0])),
    "InvoerFout", "bezettingsgraad", "bezettingsgraad = 0 ligt buiten het toegestane bereik: 1% tot en met 100% (als fractie: 0,01 ≤ bezettingsgraad ≤ 1; 8% = 0,08)."],
  ["unknown name with suggestion", () => tarief(met(BASIS, ["vakantietoeslg", 0.08])),
    "InvoerFout", "vakantietoeslg", "Onbekende parameter 'vakantietoeslg'. Bedoelt u 'vakantietoeslag'? Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS())."],
  ["unknown name without suggestion", () => tarief(met(BASIS, ["kilometervergoeding", 0.08])),
    "InvoerFout", "kilometervergoeding", "Onbekende parameter 'kilometervergoeding'. Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS())."],
  ["duplicate name (case and spaces ignored)", () => tarief([...BASIS, ["Sociale Lasten", 0.2]]),
    "InvoerFout", "sociale_lasten", "Parameter 'sociale_lasten' staat twee keer in de parameters (rij 2 en rij 6); geef elke parameter één keer op."],
  ["overhead 100% as aandeel", () => tarief(met(BASIS, ["overhead", 1], ["overhead_conventie", "aandeel"])),
    "InvoerFout", "overhead", "overhead = 100% is als aandeel niet mogelijk; toegestaan: 0% tot 100% (exclusief)."],
  ["unknown overhead_conventie", () => tarief(met(BASIS, ["overhead_conventie", "percentage"])),
    "InvoerFout", "overhead_conventie", "overhead_conventie = 'percentage' is geen geldige keuze; toegestaan: 'opslag', 'aandeel'."],
  ["unknown afronding", () => tarief(met(BASIS, ["afronding", "dubbeltje"])),
    "InvoerFout", "afronding", "afronding = 'dubbeltje' is geen geldige keuze; toegestaan: 'cent', 'zestigvoud', 'euro', 'geen'."],
  ["no salary at all", () => tarief(BASIS.filter((r) => r[0] !== "maandsalaris")),
    "InvoerFout", "maandsalaris", "Parameter 'maandsalaris' ontbreekt: geef maandsalaris, of cao + schaal + trede, of loonkosten_fte, of loonkosten_per_uur."],
  ["no sociale_lasten", () => tarief(BASIS.filter((r) => r[0] !== "sociale_lasten")),
    "InvoerFout", "sociale_lasten", "Parameter 'sociale_lasten' ontbreekt: nodig om van salaris naar loonkosten te rekenen (bijv. 0,18 voor AWf, Aof, Whk, Zvw en Wko samen)."],
  ["no overhead", () => tarief(BASIS.filter((r) => r[0] !== "overhead")),
    "InvoerFout", "overhead", "Parameter 'overhead' ontbreekt: geef de overhead als fractie (bijv. 0,20), ook als die 0 is, en kies zo nodig overhead_conventie ('opslag' of 'aandeel')."],
  ["no productivity", () => tarief(BASIS.filter((r) => r[0] !== "productiviteit")),
    "InvoerFout", "productiviteit", "Parameter 'productiviteit' ontbreekt: geef de productiviteit (bijv. 0,80) of de niet-productieve uren (verlofuren, feestdaguren, verzuim, scholingsuren, overleguren, reisuren, indirecte_uren)."],
  ["two salary routes", () => tarief(met(BASIS, ["loonkosten_fte", 60000])),
    "InvoerFout", "loonkosten_fte", "Tegenstrijdige parameters: maandsalaris én loonkosten_fte zijn allebei opgegeven; geef het salaris op één manier: maandsalaris, cao + schaal + trede, loonkosten_fte of loonkosten_per_uur."],
  ["NaN", () => tarief(met(BASIS, ["maandsalaris", NaN])),
    "InvoerFout", "maandsalaris", "maandsalaris = NaN is geen bedrag; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand)."],
  ["Infinity", () => tarief(met(BASIS, ["maandsalaris", Infinity])),
    "InvoerFout", "maandsalaris", "maandsalaris = Infinity is geen bedrag; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand)."],
  ["negative salary", () => tarief(met(BASIS, ["maandsalaris", -3500])),
    "InvoerFout", "maandsalaris", "maandsalaris = -3.500 ligt buiten het toegestane bereik: 0 < maandsalaris ≤ 50.000 (€ per maand)."],
  ["boolean as salary", () => tarief(met(BASIS, ["maandsalaris", true])),
    "InvoerFout", "maandsalaris", "maandsalaris = WAAR is geen getal; toegestaan: 0 < maandsalaris ≤ 50.000 (€ per maand)."],
  ["value without a name", () => tarief([...BASIS, [null, 5]]),
    "InvoerFout", null, "Waarde 5 heeft geen parameternaam; vul in de eerste kolom een parameternaam in."],
  ["stuks without hours per unit", () => tarief(met(BASIS, ["eenheid", "stuks_output"])),
    "InvoerFout", "uren_per_eenheid", "Parameter 'uren_per_eenheid' ontbreekt: eenheid 'stuks_output' heeft geen vast aantal uren; geef uren_per_eenheid (de verwachte personele uren per eenheid) of, bij verblijf, plaatsen en een formatie in fte."],
  ["unknown unit", () => tarief(met(BASIS, ["eenheid", "kwartier"])),
    "InvoerFout", "eenheid", "eenheid = 'kwartier' is geen geldige keuze; toegestaan: 'minuut', 'uur', 'dagdeel', 'etmaal', 'week', 'maand', 'stuks_output', 'stuks_inspanning'."],
  ["functiemix shares not summing to 1", () => tarief(BASIS, [["functie", "aandeel", "maandsalaris"], ["HBO", 0.6, 4000], ["MBO", 0.3, 3200]]),
    "InvoerFout", "aandeel", "De aandelen in de functiemix tellen op tot 0,9 (90%); toegestaan: samen precies 1 (100%)."],
  ["functiemix unknown column", () => tarief(BASIS, [["functie", "aandel", "maandsalaris"], ["HBO", 0.6, 4000], ["MBO", 0.4, 3200]]),
    "InvoerFout", "aandel", "Onbekende parameter 'aandel' (kolomkop in de functiemix). Bedoelt u 'aandeel'? Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS())."],
  ["verzuim 100%", () => tarief(met(BASIS.filter((r) => r[0] !== "productiviteit"), ["verzuim", 1])),
    "InvoerFout", "verzuim", "verzuim = 1 ligt buiten het toegestane bereik: 0% tot 100% (als fractie: 0 ≤ verzuim < 1; 8% = 0,08)."],
  ["productivity and non-productive hours together", () => tarief(met(BASIS, ["verlofuren", 200])),
    "InvoerFout", "productiviteit", "Tegenstrijdige parameters: productiviteit (op betaalde uren) én verlofuren zijn opgegeven. Geef óf de productiviteit, óf de niet-productieve uren (dan wordt de productiviteit afgeleid); bij productiviteit_basis 'beschikbare_uren' horen alleen verlofuren, feestdaguren en verzuim erbij."],
  ["loonkosten_fte with sociale_lasten", () => tarief([["loonkosten_fte", 60000], ["sociale_lasten", 0.2], ["productiviteit", 0.8], ["overhead", 0.1]]),
    "InvoerFout", "sociale_lasten", "Tegenstrijdige parameters: loonkosten_fte bevat de loonkosten al; sociale_lasten zou dan niet meetellen. Laat die weg of geef maandsalaris in plaats van loonkosten_fte."],
  ["impossible date", () => tarief(met(BASIS, ["peildatum", "31-02-2025"])),
    "InvoerFout", "peildatum", "peildatum = '31-02-2025' is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'."],
  ["not a yes/no value", () => tarief(met(BASIS, ["overhead_over_materieel", "misschien"])),
    "InvoerFout", "overhead_over_materieel", "overhead_over_materieel = 'misschien' is geen ja/nee-waarde; toegestaan: WAAR of ONWAAR (ook 'ja'/'nee', 1/0)."],
  ["schaal without cao", () => tarief(met(BASIS.filter((r) => r[0] !== "maandsalaris"), ["schaal", 20], ["trede", 5])),
    "InvoerFout", "cao", "Parameter 'cao' ontbreekt: een salaris uit een CAO-tabel heeft cao, schaal én trede nodig (en optioneel peildatum)."],
  ["leave hours exceeding paid hours", () => tarief(met(BASIS.filter((r) => r[0] !== "productiviteit"), ["verlofuren", 1500], ["feestdaguren", 400])),
    "InvoerFout", "verlofuren", "verlofuren + feestdaguren = 1.900 is niet kleiner dan de betaalde uren (1.872); toegestaan: samen minder dan de jaaruren."],
  ["non-productive hours leaving nothing", () => tarief(met(BASIS.filter((r) => r[0] !== "productiviteit"), ["verlofuren", 200], ["indirecte_uren", 1700])),
    "InvoerFout", "indirecte_uren", "De niet-productieve uren zijn samen 1.900 uur, niet minder dan de 1.872 betaalde uren: er blijven geen productieve uren over."],
  ["afslag of 100%", () => tarief(met(BASIS, ["productiviteit", 1], ["productiviteit_basis", "afslag"])),
    "InvoerFout", "productiviteit", "productiviteit = 100% is als afslag te hoog: er blijven geen productieve uren over; toegestaan: een afslag kleiner dan 100%."],
  ["beschikbare_uren without leave figures", () => tarief(met(BASIS, ["productiviteit_basis", "beschikbare_uren"])),
    "InvoerFout", "verlofuren", "Parameter 'verlofuren' ontbreekt: productiviteit_basis 'beschikbare_uren' heeft verlofuren, feestdaguren en/of verzuim nodig om naar betaalde uren om te rekenen."],
  ["capacity model with a unit other than etmaal", () => tarief(met(BASIS, ["plaatsen", 10], ["eenheid", "uur"])),
    "InvoerFout", "eenheid", "eenheid = 'uur' gaat niet samen met plaatsen: het capaciteitsmodel rekent per etmaal; toegestaan: eenheid 'etmaal' of weglaten."],
  ["capacity model without functiemix", () => tarief(met(BASIS.filter((r) => r[0] !== "productiviteit"), ["plaatsen", 10])),
    "InvoerFout", "functiemix", "Parameter 'functiemix' ontbreekt: het capaciteitsmodel (plaatsen) heeft een functiemix met per functie het aantal fte in de formatie nodig."],
  ["fte in the hours model", () => tarief(BASIS, [["functie", "fte", "maandsalaris"], ["HBO", 2, 4000]]),
    "InvoerFout", "fte", "functiemix rij 1: fte = 2 hoort bij het capaciteitsmodel (met plaatsen); gebruik hier aandeel."],
  ["salary above the range", () => tarief(met(BASIS, ["maandsalaris", 80000])),
    "InvoerFout", "maandsalaris", "maandsalaris = 80.000 ligt buiten het toegestane bereik: 0 < maandsalaris ≤ 50.000 (€ per maand)."],
];

describe("bad inputs are refused with a clear Dutch message", () => {
  test.each(GEVALLEN)("%s", (_naam, actie, soort, parameter, bericht) => {
    let fout: unknown;
    try {
      actie();
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(soort === "InvoerFout" ? InvoerFout : NietGevondenFout);
    expect((fout as RtFout).message).toBe(bericht);
    expect((fout as RtFout).details.parameter ?? null).toBe(parameter);
  });

  test("errors about a value in the range carry its row and column (for sheet/cell messages)", () => {
    try {
      tarief(met(BASIS, ["vakantietoeslag", 8]));
      throw new Error("no error");
    } catch (e) {
      expect((e as RtFout).details).toMatchObject({ parameter: "vakantietoeslag", waarde: 8, rij: 6, kolom: 2 });
    }
  });
});
