/**
 * Public API of the data layer: CAO tables, CAO parameters, employer premiums and index figures as dated data
 * with sources; the engine's `CaoBron`; user tables that travel with the workbook.
 */
export type { Herkomst, Status } from "../core/bronnen";
export type { CaoTabel, StructureleVerhoging } from "./schema";
export { standaardCaoBron, maakCaoBron, caoTabellen, caoParameter, tabelOpDatum, PRODUCTGEDRAG_AFLEIDEN } from "./opzoeken";
export { GebruikersTabellen, gebruikersTabellen, OPSLAG_SLEUTEL, OPSLAG_VERSIE } from "./gebruikers";
export type { WerkboekOpslag, GebruikersParameter } from "./gebruikers";
export { leesTabelUitBereik, leesParametersUitBereik } from "./invoer/bereik";
export { leesTabelUitCsv } from "./invoer/csv";
export { leesTabelUitJson } from "./invoer/json";
export type { TabelMeta } from "./invoer/bereik";
export { werkgeverslasten, STANDAARD_WERKGEVERSLASTEN } from "./premies";
export type { WerkgeverslastenOpties } from "./premies";
export { ovaPpc, indexatieJaarInvoer } from "./indexcijfers";
export { bronnen } from "./bronnenlijst";
export { pensioenPfzw, minimumUurloon, cpi } from "./overige";
export { leidTabelAf } from "./afleiden";
export { dataRapportMarkdown, dataRapportTekst } from "./rapport";
export { DATA_MSG } from "./berichten";
export {
  leesIndexcijfersUitBereik,
  leesIndexcijfersUitCsv,
  leesPremiesUitBereik,
  leesPremiesUitCsv,
  leesCijfersUitJson,
  PREMIE_NAMEN,
} from "./gebruikerscijfers";
export type { GebruikersIndexcijfer, GebruikersPremiejaar } from "./gebruikerscijfers";
export { wettelijkMinimumMaandloon, wmlOpDatum } from "./minimumloon";
