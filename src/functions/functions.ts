/**
 * Custom functions of Reële Tarieven (namespace RT; development build RT_DEV).
 *
 * Thin adapters only: the logic is in ./adapters (plain TS, testable without Office) and in the engine. Every
 * error is turned into an Excel error by ./excel-fout. The ids and the order of the parameters are PERMANENT:
 * they are stored in workbooks (tests/functions/metadata.test.ts guards them).
 * The custom-functions-metadata webpack plugin generates functions.json from the JSDoc below and appends the
 * `CustomFunctions.associate` calls; do not write them here.
 */
/* global CustomFunctions */
import { metExcelFouten } from "./excel-fout";
import * as t from "./adapters/tarief";
import * as r from "./adapters/reken";
import * as d from "./adapters/data";

/**
 * Berekent het reële tarief per eenheid (afgerond volgens de parameter afronding, standaard op centen).
 * @customfunction TARIEF
 * @param parameters Bereik met twee kolommen: parameternaam en waarde (bijv. A2:B12).
 * @param [functiemix] Optioneel: tabel met kopregel (functie, aandeel, maandsalaris of cao/schaal/trede, …) en één rij per functie.
 * @returns Tarief per eenheid in euro's.
 */
export function tarief(parameters: any[][], functiemix?: any[][]): number {
  return metExcelFouten(() => t.tarief(parameters, functiemix ?? null));
}

/**
 * Geeft de opbouw van het tarief per wettelijk kostprijselement, met bronnen; de laatste rij is het tarief.
 * @customfunction OPBOUW
 * @param parameters Bereik met twee kolommen: parameternaam en waarde.
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Tabel: omschrijving, bedrag, wettelijk element, toelichting.
 */
export function opbouw(parameters: any[][], functiemix?: any[][]): any[][] {
  return metExcelFouten(() => t.opbouw(parameters, functiemix ?? null));
}

/**
 * Geeft één tussenresultaat of één regel van de tariefopbouw (bijv. "kostprijs", "overhead", "J-a").
 * @customfunction TARIEF_DETAIL
 * @param parameters Bereik met twee kolommen: parameternaam en waarde.
 * @param onderdeel Naam van het onderdeel: tarief, tarief_onafgerond, kostprijs, directe_personeelskosten, materiele_kosten, overhead, risico, kosten_per_productief_uur, uren_per_client_eenheid, eenheden_per_jaar, een wettelijk element (J-a … W-f) of de omschrijving van een opbouwregel.
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Bedrag of waarde van het onderdeel.
 */
export function tariefDetail(parameters: any[][], onderdeel: string, functiemix?: any[][]): number {
  return metExcelFouten(() => t.tariefDetail(parameters, onderdeel, functiemix ?? null));
}

/**
 * Berekent de loonkosten per fte per jaar (salaris, toeslagen, sociale lasten, pensioen en overige personeelskosten).
 * @customfunction LOONKOSTEN
 * @param parameters Bereik met twee kolommen: parameternaam en waarde.
 * @returns Loonkosten per fte per jaar in euro's (niet afgerond).
 */
export function loonkosten(parameters: any[][]): number {
  return metExcelFouten(() => r.loonkosten(parameters));
}

/**
 * Berekent de productiviteit als fractie van de betaalde uren.
 * @customfunction PRODUCTIVITEIT
 * @param parameters Bereik met twee kolommen: parameternaam en waarde.
 * @returns Productiviteit als fractie (0,75 = 75%).
 */
export function productiviteit(parameters: any[][]): number {
  return metExcelFouten(() => r.productiviteit(parameters));
}

/**
 * Rekent een overheadpercentage om tussen de conventies 'opslag' en 'aandeel' (20% aandeel = 25% opslag).
 * @customfunction OVERHEAD_OMREKENEN
 * @param percentage Overhead als fractie (0,20 = 20%).
 * @param van_conventie De conventie van het opgegeven percentage: "opslag" of "aandeel".
 * @returns Het percentage in de andere conventie, als fractie.
 */
export function overheadOmrekenen(percentage: number, van_conventie: string): number {
  return metExcelFouten(() => r.overheadOmrekenen(percentage, van_conventie));
}

/**
 * Berekent de jaarlijkse index volgens het VNG-advies: gewogen OVA en PPC met correctie op het vorige jaar.
 * @customfunction INDEXATIE
 * @param ova_nieuw OVA-prognose voor het nieuwe jaar (fractie, 4,94% = 0,0494).
 * @param ppc_nieuw PPC-prognose voor het nieuwe jaar (fractie).
 * @param ova_vorig_prognose OVA-prognose van het vorige jaar (fractie).
 * @param ova_vorig_definitief Definitieve OVA van het vorige jaar (fractie).
 * @param ppc_vorig_prognose PPC-prognose van het vorige jaar (fractie).
 * @param ppc_vorig_definitief Definitieve PPC van het vorige jaar (fractie).
 * @param [gewicht_loon] Gewicht van de OVA (standaard 0,9; PPC krijgt 1 − gewicht).
 * @param [methode] Correctie: "additief" (standaard) of "multiplicatief".
 * @param [afronding] "geen" (standaard), "totaal" (index op 2 decimalen in procenten) of "componenten".
 * @returns Index voor het nieuwe jaar als fractie (6,30% = 0,063).
 */
export function indexatie(
  ova_nieuw: number,
  ppc_nieuw: number,
  ova_vorig_prognose: number,
  ova_vorig_definitief: number,
  ppc_vorig_prognose: number,
  ppc_vorig_definitief: number,
  gewicht_loon?: number,
  methode?: string,
  afronding?: string,
): number {
  return metExcelFouten(() =>
    r.indexatie([ova_nieuw, ppc_nieuw, ova_vorig_prognose, ova_vorig_definitief, ppc_vorig_prognose, ppc_vorig_definitief], gewicht_loon ?? null, methode ?? null, afronding ?? null),
  );
}

/**
 * Indexeert een bedrag met één of meer jaarlijkse indexcijfers na elkaar, met afronding per jaar.
 * @customfunction INDEXEER
 * @param bedrag Het bedrag in euro's.
 * @param indexcijfers Eén indexcijfer of een bereik met indexcijfers (fracties), in volgorde van de jaren.
 * @param [afronding] Afronding per jaar: "cent" (standaard), "zestigvoud", "euro" of "geen".
 * @returns Het geïndexeerde bedrag.
 */
export function indexeer(bedrag: number, indexcijfers: any[][], afronding?: string): number {
  return metExcelFouten(() => r.indexeer(bedrag, indexcijfers, afronding ?? null));
}

/**
 * Zoekt het bruto maandsalaris (voltijd) op in een CAO-tabel die geldt op de peildatum.
 * @customfunction SALARIS
 * @param cao Naam van de CAO, bijv. "Gehandicaptenzorg" of "Sociaal Werk".
 * @param schaal Salarisschaal, bijv. "FWG 45" of 8.
 * @param trede Trede (periodiek) binnen de schaal.
 * @param [peildatum] Datum (Excel-datum of tekst als "2025-01-01"); standaard vandaag.
 * @returns Bruto maandsalaris in euro's.
 */
export function salaris(cao: string, schaal: any, trede: any, peildatum?: any): number {
  return metExcelFouten(() => d.salaris(cao, schaal, trede, peildatum ?? null));
}

/**
 * Toetst of een aanbieder een micro-onderneming is (EU-definitie: minder dan 10 personen en jaaromzet of balanstotaal ten hoogste € 2 miljoen).
 * @customfunction IS_MICRO
 * @param personeel Aantal jaarwerkeenheden (fte), inclusief partner- en verbonden ondernemingen.
 * @param jaaromzet Jaaromzet in euro's.
 * @param balanstotaal Balanstotaal in euro's.
 * @returns WAAR als het een micro-onderneming is.
 */
export function isMicro(personeel: number, jaaromzet: number, balanstotaal: number): boolean {
  return metExcelFouten(() => r.isMicro(personeel, jaaromzet, balanstotaal));
}

/**
 * Geeft de beschikbare CAO-tabellen (meegeleverd en zelf geïmporteerd) met geldigheidsdatum, status en bron.
 * @customfunction CAO_TABELLEN
 * @returns Tabel: CAO, geldig vanaf, status, omschrijving, schalen, bron.
 */
export function caoTabellen(): any[][] {
  return metExcelFouten(() => d.caoTabellen());
}

/**
 * Geeft een CAO-parameter op een datum, bijv. uren_per_week, vakantietoeslag of eindejaarsuitkering.
 * @customfunction CAO_PARAMETER
 * @param cao Naam van de CAO.
 * @param naam Naam van de parameter, bijv. "uren_per_week".
 * @param [peildatum] Datum (Excel-datum of tekst); standaard vandaag.
 * @returns De waarde (fracties voor percentages).
 */
export function caoParameter(cao: string, naam: string, peildatum?: any): number {
  return metExcelFouten(() => d.caoParameter(cao, naam, peildatum ?? null));
}

/**
 * Geeft de werkgeverslasten (sociale premies) van een jaar per component, met het totaal als laatste rij.
 * @customfunction WERKGEVERSLASTEN
 * @param jaar Het jaar, bijv. 2025.
 * @param [opties] Premiekeuzes, bijv. "awf=hoog; aof=laag" (standaard awf=laag; aof=hoog).
 * @returns Tabel: component, fractie, status, bron.
 */
export function werkgeverslasten(jaar: number, opties?: string): any[][] {
  return metExcelFouten(() => d.werkgeverslasten(jaar, opties ?? null));
}

/**
 * Geeft alle gebruikte bronnen van de referentiegegevens, met datum, status en actualiteit (mogelijk verouderd).
 * @customfunction BRONNEN
 * @returns Tabel: dataset, omschrijving, bron, geldig vanaf, status, actualiteit.
 */
export function bronnen(): any[][] {
  return metExcelFouten(() => d.bronnen());
}

/**
 * Berekent de VNG-index voor een jaar uit de meegeleverde OVA- en PPC-cijfers.
 * @customfunction INDEXATIE_JAAR
 * @param jaar Het nieuwe jaar, bijv. 2024.
 * @param [gewicht_loon] Gewicht van de OVA (standaard 0,9).
 * @param [methode] "additief" (standaard) of "multiplicatief".
 * @param [afronding] "geen" (standaard), "totaal" of "componenten".
 * @returns Index als fractie.
 */
export function indexatieJaar(jaar: number, gewicht_loon?: number, methode?: string, afronding?: string): number {
  return metExcelFouten(() => d.indexatieJaar(jaar, gewicht_loon ?? null, methode ?? null, afronding ?? null));
}

/**
 * Geeft alle parameternamen met eenheid, standaardwaarde en omschrijving.
 * @customfunction PARAMETERS
 * @returns Tabel: parameter, eenheid, standaard, omschrijving.
 */
export function parameters(): any[][] {
  return metExcelFouten(() => r.parameters());
}
