/**
 * Custom functions of Reële Tarieven (namespace RT; development build RT_DEV).
 *
 * Thin adapters only: the logic is in ./adapters (plain TS, testable without Office) and in the engine. Every
 * error is turned into an Excel error by ./excel-fout. The ids and the order of the parameters are PERMANENT:
 * they are stored in workbooks (tests/functions/metadata.test.ts guards them).
 * The custom-functions-metadata webpack plugin generates functions.json from the JSDoc below and appends the
 * `CustomFunctions.associate` calls; do not write them here.
 */
import { metExcelFouten } from "./excel-fout";
import * as t from "./adapters/tarief";
import * as r from "./adapters/reken";
import * as d from "./adapters/data";
import * as g from "./adapters/regio";

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
    r.indexatie(
      [ova_nieuw, ppc_nieuw, ova_vorig_prognose, ova_vorig_definitief, ppc_vorig_prognose, ppc_vorig_definitief],
      gewicht_loon ?? null,
      methode ?? null,
      afronding ?? null,
    ),
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
 * @param [partnerondernemingen] Optioneel: tabel met kopregel personeel, jaaromzet, balanstotaal, aandeel; telt naar rato van het aandeel mee (EU-aanbeveling 2003/361/EG, bijlage art. 6).
 * @param [verbonden_ondernemingen] Optioneel: tabel met kopregel personeel, jaaromzet, balanstotaal; telt volledig mee.
 * @returns WAAR als het een micro-onderneming is.
 */
export function isMicro(
  personeel: number,
  jaaromzet: number,
  balanstotaal: number,
  partnerondernemingen?: any[][],
  verbonden_ondernemingen?: any[][],
): boolean {
  return metExcelFouten(() => g.isMicroGroep(personeel, jaaromzet, balanstotaal, partnerondernemingen ?? null, verbonden_ondernemingen ?? null));
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

/**
 * Tariefgroepen: het tarief van elk product onder elke CAO uit dezelfde normbezetting, met de salarisbron per cel.
 * @customfunction TARIEFGROEPEN
 * @param producten Tabel met kopregel: product en de parameters per product (eenheid, productiviteit, overhead, …).
 * @param normbezetting Tabel met kopregel product, niveau, aandeel (aandelen per product samen 1).
 * @param cao_indeling Tabel met kopregel cao, niveau, schaal, trede.
 * @param [caos] Optioneel: de CAO's (kolommen) in deze volgorde; standaard alle CAO's uit de indeling.
 * @returns Tabel: product, eenheid, een tarief per CAO, daarna de salarisbron per CAO.
 */
export function tariefgroepen(producten: any[][], normbezetting: any[][], cao_indeling: any[][], caos?: any[][]): any[][] {
  return metExcelFouten(() => g.tariefgroepen(producten, normbezetting, cao_indeling, caos ?? null));
}

/**
 * De opbouw van één cel van de tariefgroepen: één product onder één CAO; zonder (bekende) CAO de referentie-CAO.
 * @customfunction TARIEFGROEP_OPBOUW
 * @param producten Tabel met kopregel: product en de parameters per product.
 * @param normbezetting Tabel met kopregel product, niveau, aandeel.
 * @param cao_indeling Tabel met kopregel cao, niveau, schaal, trede.
 * @param product Naam van het product.
 * @param [cao] De CAO van de aanbieder; leeg voor een aanbieder zonder CAO.
 * @param [referentie_cao] De referentie-CAO van de regio voor aanbieders zonder (bekende) CAO.
 * @returns Tabel: omschrijving, bedrag, wettelijk element, toelichting; de laatste rij is het tarief.
 */
export function tariefgroepOpbouw(
  producten: any[][],
  normbezetting: any[][],
  cao_indeling: any[][],
  product: string,
  cao?: string,
  referentie_cao?: string,
): any[][] {
  return metExcelFouten(() => g.tariefgroepOpbouw(producten, normbezetting, cao_indeling, product, cao ?? null, referentie_cao ?? null));
}

/**
 * Bandbreedte per parameter uit de inzendingen van aanbieders: P25 tot P75 met P50 als norm (PERCENTIEL.INC).
 * @customfunction BANDBREEDTE
 * @param inzendingen Tabel met kopregel (aanbieder en parameternamen) en één rij per inzending.
 * @param [parameters] Optioneel: de parameters waarvoor een bandbreedte nodig is (cellen, of één tekst met ; ertussen); standaard alle numerieke kolommen.
 * @param [product] Optioneel: alleen de inzendingen voor dit product (kolom product); standaard alle inzendingen.
 * @returns Tabel: parameter, min, norm, max, aantal, toelichting.
 */
export function bandbreedte(inzendingen: any[][], parameters?: any[][], product?: string): any[][] {
  return metExcelFouten(() => g.bandbreedte(inzendingen, parameters ?? null, product ?? null));
}

/**
 * Toetst de inzending van één aanbieder aan de bandbreedte: binnen, buiten onderbouwd of buiten (begrensd).
 * @customfunction TOETS_INZENDING
 * @param inzending Bereik met twee kolommen: parameternaam en waarde van de aanbieder.
 * @param bandbreedte Tabel met kopregel parameter, min, max (en eventueel norm), bijv. de uitkomst van RT.BANDBREEDTE.
 * @param [onderbouwing] Optioneel: twee kolommen, parameternaam en de onderbouwing van een waarde buiten de bandbreedte.
 * @returns Tabel: parameter, ingediend, min, max, oordeel, gebruikt, toelichting.
 */
export function toetsInzending(inzending: any[][], bandbreedte: any[][], onderbouwing?: any[][]): any[][] {
  return metExcelFouten(() => g.toetsInzendingFunctie(inzending, bandbreedte, onderbouwing ?? null));
}

/**
 * Het aanbieder-specifieke tarief: de inzending met elke waarde buiten de bandbreedte begrensd, tenzij onderbouwd.
 * @customfunction AANBIEDERTARIEF
 * @param inzending Bereik met twee kolommen: parameternaam en waarde van de aanbieder.
 * @param bandbreedte Tabel met kopregel parameter, min, max (en eventueel norm).
 * @param [onderbouwing] Optioneel: twee kolommen, parameternaam en onderbouwing.
 * @param [basis] Optioneel: de parameters van de regio voor alles wat de aanbieder niet opgeeft.
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Tarief per eenheid in euro's.
 */
export function aanbiedertarief(inzending: any[][], bandbreedte: any[][], onderbouwing?: any[][], basis?: any[][], functiemix?: any[][]): number {
  return metExcelFouten(() => g.aanbiedertarief(inzending, bandbreedte, onderbouwing ?? null, basis ?? null, functiemix ?? null));
}

/**
 * De opbouw van het aanbieder-specifieke tarief, met een rij per getoetste parameter; de laatste rij is het tarief.
 * @customfunction AANBIEDERTARIEF_OPBOUW
 * @param inzending Bereik met twee kolommen: parameternaam en waarde van de aanbieder.
 * @param bandbreedte Tabel met kopregel parameter, min, max (en eventueel norm).
 * @param [onderbouwing] Optioneel: twee kolommen, parameternaam en onderbouwing.
 * @param [basis] Optioneel: de parameters van de regio voor alles wat de aanbieder niet opgeeft.
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Tabel: omschrijving, bedrag, wettelijk element, toelichting.
 */
export function aanbiedertariefOpbouw(inzending: any[][], bandbreedte: any[][], onderbouwing?: any[][], basis?: any[][], functiemix?: any[][]): any[][] {
  return metExcelFouten(() => g.aanbiedertariefOpbouw(inzending, bandbreedte, onderbouwing ?? null, basis ?? null, functiemix ?? null));
}

/**
 * Het microtarief volgens de regel van de regio: "percentage" van het standaardtarief, "model" met aanpassingen of een "vast" bedrag.
 * @customfunction MICROTARIEF
 * @param parameters Bereik met twee kolommen: de parameters van het standaardtarief.
 * @param regel "percentage", "model" of "vast".
 * @param regelwaarde Het percentage (0,85), het vaste bedrag, of bij "model" een bereik met de aangepaste parameters.
 * @param onderbouwing De vastgelegde onderbouwing van de regel (verplicht).
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Het microtarief per eenheid in euro's.
 */
export function microtarief(parameters: any[][], regel: string, regelwaarde: any[][], onderbouwing: string, functiemix?: any[][]): number {
  return metExcelFouten(() => g.microtarief(parameters, regel, regelwaarde, onderbouwing, functiemix ?? null));
}

/**
 * De opbouw van het microtarief met de toegepaste regel en de onderbouwing; de laatste rij is het microtarief.
 * @customfunction MICROTARIEF_OPBOUW
 * @param parameters Bereik met twee kolommen: de parameters van het standaardtarief.
 * @param regel "percentage", "model" of "vast".
 * @param regelwaarde Het percentage, het vaste bedrag, of bij "model" een bereik met de aangepaste parameters.
 * @param onderbouwing De vastgelegde onderbouwing van de regel (verplicht).
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Tabel: omschrijving, bedrag, wettelijk element, toelichting.
 */
export function microtariefOpbouw(parameters: any[][], regel: string, regelwaarde: any[][], onderbouwing: string, functiemix?: any[][]): any[][] {
  return metExcelFouten(() => g.microtariefOpbouw(parameters, regel, regelwaarde, onderbouwing, functiemix ?? null));
}

/**
 * Vergelijkt scenario's: het tarief per product per scenario met het verschil ten opzichte van de basis, absoluut en relatief.
 * @customfunction SCENARIO_VERGELIJKING
 * @param producten Tabel met kopregel: product en de parameters per product.
 * @param scenarios Tabel met kopregel scenario, product (leeg = alle producten), parameter, waarde.
 * @param [normbezetting] Optioneel: tabel met kopregel product, niveau, aandeel.
 * @param [cao_indeling] Optioneel: tabel met kopregel cao, niveau, schaal, trede.
 * @param [referentie_cao] De CAO waarmee de regio rekent (nodig bij een normbezetting).
 * @returns Tabel: product, eenheid, basis, en per scenario het tarief, het verschil en het verschil als fractie.
 */
export function scenarioVergelijking(
  producten: any[][],
  scenarios: any[][],
  normbezetting?: any[][],
  cao_indeling?: any[][],
  referentie_cao?: string,
): any[][] {
  return metExcelFouten(() => g.scenarioVergelijking(producten, scenarios, normbezetting ?? null, cao_indeling ?? null, referentie_cao ?? null));
}

/**
 * Budgeteffect: som van prijs × volume per gemeente en segment, per scenario en jaar met indexatie, met de toets aan de budgetplafonds.
 * @customfunction BUDGET
 * @param producten Tabel met kopregel: product, segment, financieringsvorm (pxq, trajectprijs, lumpsum) en de parameters per product.
 * @param volumes Tabel met kopregel gemeente, product, volume (en eventueel jaar).
 * @param [indexcijfers] Optioneel: de jaarlijkse indexcijfers vanaf het tweede jaar (fracties).
 * @param [beginjaar] Optioneel: het eerste jaar (standaard 1).
 * @param [scenarios] Optioneel: tabel met kopregel scenario, product, parameter, waarde.
 * @param [plafonds] Optioneel: tabel met kopregel gemeente, segment, plafond (en eventueel jaar).
 * @param [weergave] "overzicht" (standaard: per gemeente en segment met totalen), "product" of "totaal".
 * @param [normbezetting] Optioneel: tabel met kopregel product, niveau, aandeel.
 * @param [cao_indeling] Optioneel: tabel met kopregel cao, niveau, schaal, trede.
 * @param [referentie_cao] De CAO waarmee de regio rekent (nodig bij een normbezetting).
 * @returns Tabel: scenario, jaar, gemeente, segment, bedrag, plafond, overschrijding.
 */
export function budget(
  producten: any[][],
  volumes: any[][],
  indexcijfers?: any[][],
  beginjaar?: number,
  scenarios?: any[][],
  plafonds?: any[][],
  weergave?: string,
  normbezetting?: any[][],
  cao_indeling?: any[][],
  referentie_cao?: string,
): any[][] {
  return metExcelFouten(() =>
    g.budget(
      producten,
      volumes,
      indexcijfers ?? null,
      beginjaar ?? null,
      scenarios ?? null,
      plafonds ?? null,
      weergave ?? null,
      normbezetting ?? null,
      cao_indeling ?? null,
      referentie_cao ?? null,
    ),
  );
}

/**
 * Meerjarige reeks: het tarief en elke regel van de opbouw per jaar, het eerste jaar zoals berekend en daarna één index per jaar.
 * @customfunction INDEXREEKS
 * @param parameters Bereik met twee kolommen: parameternaam en waarde.
 * @param indexcijfers De jaarlijkse indexcijfers vanaf het tweede jaar (fracties, 3,63% = 0,0363).
 * @param [beginjaar] Optioneel: het eerste jaar (standaard 1).
 * @param [functiemix] Optioneel: tabel met kopregel en één rij per functie.
 * @returns Tabel: jaar, tarief en de regels van de opbouw; de laatste kolom is het afrondingsverschil.
 */
export function indexreeks(parameters: any[][], indexcijfers: any[][], beginjaar?: number, functiemix?: any[][]): any[][] {
  return metExcelFouten(() => g.indexreeks(parameters, indexcijfers, beginjaar ?? null, functiemix ?? null));
}

/**
 * Geeft de zes OVA- en PPC-cijfers die RT.INDEXATIE_JAAR voor een jaar gebruikt, met status (gebruiker = zelf ingevoerd) en bron.
 * @customfunction INDEXCIJFERS
 * @param jaar Het nieuwe jaar, bijv. 2027.
 * @returns Tabel: cijfer, waarde, status, bron, toelichting.
 */
export function indexcijfers(jaar: number): any[][] {
  return metExcelFouten(() => d.indexcijfers(jaar));
}
