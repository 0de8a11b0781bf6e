/**
 * Adapters for the reference-data functions: RT.SALARIS, RT.CAO_TABELLEN, RT.CAO_PARAMETER,
 * RT.WERKGEVERSLASTEN, RT.BRONNEN and RT.INDEXATIE_JAAR.
 */
import {
  bronnen as dataBronnen,
  caoParameter as dataCaoParameter,
  caoTabellen as dataCaoTabellen,
  indexatieJaarInvoer,
  standaardCaoBron,
  werkgeverslasten as dataWerkgeverslasten,
} from "../../data";
import type { WerkgeverslastenOpties } from "../../data";
import { InvoerFout } from "../../core/errors";
import { berekenIndex } from "../../core/indexatie";
import { normaliseerNaam } from "../../core/parameters/namen";
import { excelMatrix, peildatum, tekstNietOpgegeven, verplichteTekst, verplichtJaar } from "./invoer";
import { indexOpties } from "./reken";

/** RT.SALARIS: monthly full-time salary from a CAO table in force on the peildatum (default today). */
export function salaris(cao: unknown, schaal: unknown, trede: unknown, datum: unknown): number {
  const s = standaardCaoBron.salaris({
    cao: verplichteTekst("cao", cao),
    schaal: verplichteTekst("schaal", schaal),
    trede: trede === 0 ? "0" : verplichteTekst("trede", trede),
    peildatum: peildatum("peildatum", datum),
  });
  return s.bedrag.toNumber();
}

/** RT.CAO_TABELLEN: the available CAO tables (shipped and user tables). */
export function caoTabellen(): (string | number | boolean)[][] {
  const rijen: unknown[][] = [["CAO", "Geldig vanaf", "Status", "Omschrijving", "Schalen", "Bron"]];
  for (const t of dataCaoTabellen()) rijen.push([t.cao, t.geldigVanaf, t.status, t.omschrijving, t.schalen.join(", "), t.bron]);
  return excelMatrix(rijen);
}

/** RT.CAO_PARAMETER: a CAO parameter (uren_per_week, vakantietoeslag, eindejaarsuitkering, …) on a date. */
export function caoParameter(cao: unknown, naam: unknown, datum: unknown): number {
  return dataCaoParameter(verplichteTekst("cao", cao), normaliseerNaam(verplichteTekst("naam", naam)), peildatum("peildatum", datum)).waarde.toNumber();
}

/** Parses "awf=hoog; aof=laag" (also "awf hoog, aof laag" or "awf_hoog"). */
export function leesWerkgeverslastenOpties(opties: unknown): Partial<WerkgeverslastenOpties> {
  if (tekstNietOpgegeven(opties)) return {};
  if (typeof opties !== "string") {
    throw new InvoerFout(`opties = ${String(opties)} is geen tekst; toegestaan: bijv. "awf=hoog; aof=laag".`, { parameter: "opties", waarde: opties });
  }
  const uit: Partial<WerkgeverslastenOpties> = {};
  for (const deel of opties
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^(awf|aof)\s*[=:_\s]\s*(laag|hoog)$/i.exec(deel);
    if (!m) {
      throw new InvoerFout(`opties: '${deel}' is onbekend; toegestaan: awf=laag, awf=hoog, aof=laag, aof=hoog (gescheiden door ;).`, {
        parameter: "opties",
        waarde: opties,
      });
    }
    uit[m[1].toLowerCase() as "awf" | "aof"] = m[2].toLowerCase() as "laag" | "hoog";
  }
  return uit;
}

/** RT.WERKGEVERSLASTEN: the components of the employer charges for a year, with the total as last row. */
export function werkgeverslasten(jaar: unknown, opties: unknown): (string | number | boolean)[][] {
  const w = dataWerkgeverslasten(verplichtJaar("jaar", jaar), leesWerkgeverslastenOpties(opties));
  const rijen: unknown[][] = [["Component", "Fractie", "Status", "Bron"]];
  for (const c of w.componenten) rijen.push([c.herkomst.omschrijving || c.naam, c.waarde.toNumber(), c.herkomst.status, c.herkomst.bron]);
  rijen.push(["Totaal sociale lasten", w.totaal.toNumber(), "", ""]);
  return excelMatrix(rijen);
}

/** RT.BRONNEN: every dataset with its source, date and status. */
export function bronnen(): (string | number | boolean)[][] {
  const rijen: unknown[][] = [["Dataset", "Omschrijving", "Bron", "Geldig vanaf", "Status", "Actualiteit"]];
  for (const b of dataBronnen()) rijen.push([b.dataset, b.omschrijving, b.bron, b.geldigVanaf, b.status, b.actualiteit]);
  return excelMatrix(rijen);
}

/** RT.INDEXATIE_JAAR: the VNG index for a year from the shipped OVA/PPC figures. */
export function indexatieJaar(jaar: unknown, gewichtLoon: unknown, methode: unknown, afronding: unknown): number {
  const o = indexOpties(gewichtLoon, methode, afronding);
  const invoer = indexatieJaarInvoer(verplichtJaar("jaar", jaar));
  return berekenIndex({ ...invoer, ...o }).index.toNumber();
}

/** RT.INDEXCIJFERS: the six figures RT.INDEXATIE_JAAR(jaar) uses, each with its status (gebruiker = the user's own) and source. */
export function indexcijfers(jaar: unknown): (string | number | boolean)[][] {
  const j = verplichtJaar("jaar", jaar);
  const invoer = indexatieJaarInvoer(j);
  const velden: Array<[string, keyof typeof invoer]> = [
    [`OVA ${j} prognose`, "ovaNieuw"],
    [`PPC ${j} prognose`, "ppcNieuw"],
    [`OVA ${j - 1} prognose`, "ovaVorigPrognose"],
    [`OVA ${j - 1} definitief`, "ovaVorigDefinitief"],
    [`PPC ${j - 1} prognose`, "ppcVorigPrognose"],
    [`PPC ${j - 1} definitief`, "ppcVorigDefinitief"],
  ];
  const rijen: unknown[][] = [["Cijfer", "Waarde", "Status", "Bron", "Toelichting"]];
  velden.forEach(([label, veld], i) => {
    const h = invoer.herkomst[i];
    rijen.push([label, (invoer[veld] as { toNumber(): number }).toNumber(), h.status, h.bron, h.omschrijving]);
  });
  return excelMatrix(rijen);
}
