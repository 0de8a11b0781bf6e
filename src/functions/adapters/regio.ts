/**
 * Adapters for the region functions: tariff groups per CAO, bandwidths and provider checks, micro
 * tariffs, scenario comparison, budget impact and the multi-year series. Raw Excel ranges → the range readers of
 * src/core/regio-bereik → the engine modules → rows for Excel. No logic of their own beyond argument handling.
 */
import { standaardCaoBron } from "../../data";
import { bandbreedtesUitInzendingen, type Bandbreedte } from "../../core/bandbreedte";
import { berekenAanbiederTarief, OORDEEL_TEKST, toetsInzending, type AanbiederTarief, type Toetsing } from "../../core/toetsing";
import { excelRound } from "../../core/afronding";
import { Decimal } from "../../core/decimal";
import { caoVoorAanbieder, caosInIndeling, sleutel, tariefgroepCel, type CaoNiveau } from "../../core/differentiatie";
import { EENHEID_INFO } from "../../core/eenheden";
import { InvoerFout } from "../../core/errors";
import { MSG } from "../../core/messages";
import { isMicroMetGroep } from "../../core/micro";
import { berekenMicroTarief, MICRO_REGELS, type MicroRegel, type MicroTariefResultaat } from "../../core/microtarief";
import { foutwaarde } from "../../core/parameters/cellen";
import { DEFINITIE_PER_NAAM } from "../../core/parameters/definities";
import { leesFunctiemixBereik, leesParameterBereik } from "../../core/parameters/lezen";
import type { FunctieParameters, Parameters } from "../../core/parameters/schema";
import { indexeerReeks, maakIndexPad } from "../../core/reeks";
import { berekenRegio } from "../../core/regio";
import { heeftTarief, type Regio, type RegioProduct } from "../../core/regio-definitie";
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
} from "../../core/regio-bereik";
import { berekenTarief, type TariefResultaat } from "../../core/tarief";
import { opbouwRijen } from "./tarief";
import {
  alsBereik,
  excelMatrix,
  keuze,
  nietOpgegeven,
  optioneleMix,
  optioneleTekst,
  parameterBereik,
  tekstNietOpgegeven,
  vandaagIso,
  verplichtGetal,
  verplichtJaar,
  verplichteTekst,
} from "./invoer";

type Rijen = (string | number | boolean)[][];
const ctx = () => ({ caoBron: standaardCaoBron, vandaag: vandaagIso() });

function bereik(naam: string, v: unknown, voorbeeld: string): unknown[][] {
  if (nietOpgegeven(v)) throw new InvoerFout(`${naam} is leeg: geef een bereik met een kopregel (${voorbeeld}).`, { parameter: naam });
  return alsBereik(v);
}

/** An optional range: omitted or only blank cells → undefined. */
function optioneelBereik(v: unknown): unknown[][] | undefined {
  return optioneleMix(v);
}

interface Producten {
  producten: RegioProduct[];
  indeling: CaoNiveau[];
}

/** Products with their norm staffing attached (a norm for an unknown product is an error). */
function leesProducten(producten: unknown, normbezetting: unknown, caoIndeling: unknown): Producten {
  const lijst = leesProductenBereik(bereik("producten", producten, "product, segment, parameters …"));
  const normBereik = optioneelBereik(normbezetting);
  const indelingBereik = optioneelBereik(caoIndeling);
  const indeling = indelingBereik ? leesCaoIndelingBereik(indelingBereik) : [];
  if (normBereik) {
    if (!indelingBereik)
      throw new InvoerFout(
        "cao_indeling ontbreekt: met een normbezetting is per CAO de schaal en trede van elk niveau nodig (kolommen cao, niveau, schaal, trede).",
        { parameter: "cao_indeling" },
      );
    for (const [product, norm] of leesNormBereik(normBereik)) {
      const p = lijst.find((x) => sleutel(x.product) === sleutel(product));
      if (!p)
        throw new InvoerFout(`normbezetting: product '${product}' staat niet in de producten.`, {
          parameter: "product",
          waarde: product,
          toegestaan: lijst.map((x) => x.product).join(", "),
        });
      p.norm = norm;
    }
  }
  return { producten: lijst, indeling };
}

// ---------------------------------------------------------------------------------------------- tariff groups

/** RT.TARIEFGROEPEN: product × CAO, with the salary source of every cell in the columns after the tariffs. */
export function tariefgroepen(producten: unknown, normbezetting: unknown, caoIndeling: unknown, caos: unknown): Rijen {
  if (nietOpgegeven(normbezetting))
    throw new InvoerFout("normbezetting is leeg: geef een bereik met kolommen product, niveau, aandeel.", { parameter: "normbezetting" });
  const { producten: lijst, indeling } = leesProducten(producten, normbezetting, caoIndeling);
  const gekozen = optioneelBereik(caos)
    ?.flat()
    .filter((c) => !tekstNietOpgegeven(c))
    .map((c) => String(c).trim());
  const kolommen = gekozen && gekozen.length ? gekozen : caosInIndeling(indeling);
  const rijen: unknown[][] = [["Product", "Eenheid", ...kolommen, ...kolommen.map((c) => `Salarisbron ${c}`)]];
  for (const p of lijst) {
    if (!p.norm) {
      if (heeftTarief(p) && !p.parameters.loonkosten_per_uur && !p.parameters.loonkosten_fte) {
        throw new InvoerFout(`Product '${p.product}' heeft geen normbezetting; een tariefgroep per CAO heeft niveaus met aandelen nodig.`, {
          parameter: "normbezetting",
          waarde: p.product,
        });
      }
      continue;
    }
    const cellen = kolommen.map((c) => tariefgroepCel({ product: p.product, parameters: p.parameters, norm: p.norm! }, indeling, c, ctx()));
    rijen.push([p.product, EENHEID_INFO[cellen[0].resultaat.eenheid].label, ...cellen.map((c) => c.resultaat.tarief), ...cellen.map((c) => c.salarisbron)]);
  }
  return excelMatrix(rijen);
}

/** RT.TARIEFGROEP_OPBOUW: the breakdown of one cell; without a CAO (or one without a tariff group) the reference CAO. */
export function tariefgroepOpbouw(
  producten: unknown,
  normbezetting: unknown,
  caoIndeling: unknown,
  product: unknown,
  caoNaam: unknown,
  referentieCao: unknown,
): Rijen {
  const { producten: lijst, indeling } = leesProducten(producten, normbezetting, caoIndeling);
  const naam = verplichteTekst("product", product);
  const p = lijst.find((x) => sleutel(x.product) === sleutel(naam));
  if (!p)
    throw new InvoerFout(`product = '${naam}' staat niet in de producten; toegestaan: ${lijst.map((x) => x.product).join(", ")}.`, {
      parameter: "product",
      waarde: naam,
    });
  if (!p.norm)
    throw new InvoerFout(`Product '${p.product}' heeft geen normbezetting; geef niveaus met aandelen in de normbezetting.`, {
      parameter: "normbezetting",
      waarde: p.product,
    });
  const eigen = optioneleTekst("cao", caoNaam);
  const ref = optioneleTekst("referentie_cao", referentieCao);
  const bekend = caosInIndeling(indeling);
  let gebruikt: string;
  let toelichting: string;
  if (eigen && bekend.some((b) => sleutel(b) === sleutel(eigen))) {
    gebruikt = eigen;
    toelichting = `CAO ${bekend.find((b) => sleutel(b) === sleutel(eigen))}`;
  } else {
    if (!ref) {
      throw new InvoerFout(
        eigen
          ? `cao = '${eigen}' staat niet in de CAO-indeling (${bekend.join(", ")}) en referentie_cao is leeg; geef een CAO uit de indeling of de referentie-CAO van de regio.`
          : "cao en referentie_cao zijn leeg: geef de CAO van de aanbieder of, voor een aanbieder zonder CAO, de referentie-CAO van de regio.",
        { parameter: eigen ? "referentie_cao" : "cao" },
      );
    }
    const k = caoVoorAanbieder("de aanbieder", eigen, ref, indeling);
    gebruikt = k.cao;
    toelichting = k.toelichting;
  }
  const c = tariefgroepCel({ product: p.product, parameters: p.parameters, norm: p.norm }, indeling, gebruikt, ctx());
  const rijen = opbouwRijen(c.resultaat);
  rijen.splice(1, 0, ["CAO (tariefgroep)", "", "", toelichting], ["Salarisbron", "", "", c.salarisbron]);
  return rijen;
}

// ---------------------------------------------------------------------------------------------- bandwidth

/** RT.BANDBREEDTE: P25–P75 with P50 as norm per parameter, from a table of submissions (PERCENTIEL.INC). */
export function bandbreedte(inzendingen: unknown, parameters: unknown, product: unknown = null): Rijen {
  const alle = leesInzendingenBereik(bereik("inzendingen", inzendingen, "aanbieder en parameternamen"));
  const productNaam = optioneleTekst("product", product);
  const lijst = productNaam === undefined ? alle : alle.filter((i) => i.product !== undefined && sleutel(i.product) === sleutel(productNaam));
  // without a product the list is every submission, and the reader refuses a table without any
  if (lijst.length === 0) {
    const bekend = [...new Set(alle.flatMap((i) => (i.product === undefined ? [] : [i.product])))];
    throw new InvoerFout(
      `product = '${productNaam}': inzendingen bevat geen inzending voor dit product; ${bekend.length ? `producten in de inzendingen: ${bekend.join(", ")}` : "de inzendingen hebben geen kolom product"}.`,
      { parameter: "product", waarde: productNaam },
    );
  }
  // a list of names in cells, or in one text separated by ';' (as on the sheet Regio: "productiviteit; overhead")
  const gevraagd = optioneelBereik(parameters)
    ?.flat()
    .flatMap((c) => {
      const fw = foutwaarde(c);
      if (fw !== undefined) throw new InvoerFout(MSG.foutwaarde("parameters", fw), { parameter: "parameters", waarde: c });
      return tekstNietOpgegeven(c) ? [] : String(c).split(";");
    })
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const namen =
    gevraagd && gevraagd.length
      ? gevraagd
      : [
          ...new Set(
            lijst.flatMap((i) =>
              Object.keys(i.parameters).filter((k) => {
                const d = DEFINITIE_PER_NAAM.get(k);
                return d && (d.soort === "fractie" || d.soort === "bedrag" || d.soort === "getal");
              }),
            ),
          ),
        ];
  if (namen.length === 0)
    throw new InvoerFout("inzendingen bevat geen numerieke parameter; geef kolommen als productiviteit of overhead.", { parameter: "inzendingen" });
  const banden = bandbreedtesUitInzendingen(lijst, namen, productNaam === undefined ? "" : ` (product ${productNaam})`);
  return excelMatrix([
    ["Parameter", "Min", "Norm", "Max", "Aantal", "Toelichting"],
    ...banden.map((b) => [
      b.parameter,
      b.min,
      b.norm,
      b.max,
      b.aantal,
      `P25–P75 met P50 als norm uit ${b.aantal} inzending(en) (PERCENTIEL.INC)${b.waarschuwing ? `; let op: ${b.waarschuwing}` : ""}`,
    ]),
  ]);
}

interface AanbiederInvoer {
  banden: Bandbreedte[];
  inzending: { aanbieder: string; parameters: Parameters; onderbouwingen?: Record<string, string>; functiemix?: FunctieParameters[] };
  basis?: Parameters;
}

function leesAanbieder(inzending: unknown, bandbreedteBereik: unknown, onderbouwing: unknown, basis?: unknown, functiemix?: unknown): AanbiederInvoer {
  const parameters = leesParameterBereik(parameterBereik(inzending, "inzending"));
  const banden = leesBandbreedteBereik(bereik("bandbreedte", bandbreedteBereik, "parameter, min, max"));
  const o = optioneelBereik(onderbouwing);
  const b = optioneelBereik(basis);
  const mix = optioneleMix(functiemix);
  return {
    banden,
    inzending: {
      aanbieder: "de aanbieder",
      parameters,
      onderbouwingen: o ? leesOnderbouwingBereik(o) : undefined,
      functiemix: mix ? leesFunctiemixBereik(mix) : undefined,
    },
    basis: b ? leesParameterBereik(parameterBereik(b)) : undefined,
  };
}

function toetsRijen(t: readonly Toetsing[]): unknown[][] {
  return [
    ["Parameter", "Ingediend", "Min", "Max", "Oordeel", "Gebruikt", "Toelichting"],
    ...t.map((x) => [x.parameter, x.ingediend, x.min, x.max, OORDEEL_TEKST[x.oordeel], x.gebruikt, x.toelichting]),
  ];
}

/** RT.TOETS_INZENDING: every bandwidth parameter of one submission: binnen / buiten, onderbouwd / buiten (begrensd). */
export function toetsInzendingFunctie(inzending: unknown, bandbreedteBereik: unknown, onderbouwing: unknown): Rijen {
  const a = leesAanbieder(inzending, bandbreedteBereik, onderbouwing);
  return excelMatrix(toetsRijen(toetsInzending(a.inzending, a.banden)));
}

function aanbiederTarief(inzending: unknown, bandbreedteBereik: unknown, onderbouwing: unknown, basis: unknown, functiemix: unknown): AanbiederTarief {
  const a = leesAanbieder(inzending, bandbreedteBereik, onderbouwing, basis, functiemix);
  return berekenAanbiederTarief(a.inzending, a.banden, ctx(), a.basis);
}

/** RT.AANBIEDERTARIEF: the provider-specific tariff from the checked values. */
export function aanbiedertarief(inzending: unknown, bandbreedteBereik: unknown, onderbouwing: unknown, basis: unknown, functiemix: unknown): number {
  return aanbiederTarief(inzending, bandbreedteBereik, onderbouwing, basis, functiemix).resultaat.tarief.toNumber();
}

/** RT.AANBIEDERTARIEF_OPBOUW: its breakdown; every capped or justified value as its own row before the tariff. */
export function aanbiedertariefOpbouw(inzending: unknown, bandbreedteBereik: unknown, onderbouwing: unknown, basis: unknown, functiemix: unknown): Rijen {
  const t = aanbiederTarief(inzending, bandbreedteBereik, onderbouwing, basis, functiemix);
  const rijen = opbouwRijen(t.resultaat);
  const extra = t.toetsing.map((x) => [`Bandbreedte ${x.parameter}: ${OORDEEL_TEKST[x.oordeel]}`, "", "", x.toelichting]);
  rijen.splice(rijen.length - 1, 0, ...extra);
  return rijen;
}

// ---------------------------------------------------------------------------------------------- micro

/** RT.IS_MICRO with partner and linked enterprises (optional ranges). */
export function isMicroGroep(personeel: unknown, jaaromzet: unknown, balanstotaal: unknown, partners: unknown, verbonden: unknown): boolean {
  const p = optioneelBereik(partners);
  const v = optioneelBereik(verbonden);
  return isMicroMetGroep(
    {
      personeel: verplichtGetal("personeel", personeel),
      jaaromzet: verplichtGetal("jaaromzet", jaaromzet),
      balanstotaal: verplichtGetal("balanstotaal", balanstotaal),
    },
    p ? leesOndernemingenBereik(p, true) : [],
    v ? leesOndernemingenBereik(v, false) : [],
  ).micro;
}

function microTarief(parameters: unknown, regel: unknown, regelwaarde: unknown, onderbouwing: unknown, functiemix: unknown): MicroTariefResultaat {
  const p = leesParameterBereik(parameterBereik(parameters));
  const mix = optioneleMix(functiemix);
  if (tekstNietOpgegeven(regel)) throw new InvoerFout(`regel is leeg; toegestaan: ${MICRO_REGELS.map((r) => `'${r}'`).join(", ")}.`, { parameter: "regel" });
  const soort = keuze("regel", regel, MICRO_REGELS, "percentage");
  let r: MicroRegel;
  if (soort === "model") {
    const b = optioneelBereik(regelwaarde);
    r = { soort, wijzigingen: b ? leesParameterBereik(parameterBereik(b)) : {} };
  } else {
    const cel = nietOpgegeven(regelwaarde)
      ? undefined
      : alsBereik(regelwaarde)
          .flat()
          .find((c) => !tekstNietOpgegeven(c));
    const waarde = cel === undefined ? undefined : verplichtGetal(soort === "percentage" ? "percentage" : "bedrag", cel);
    r = soort === "percentage" ? { soort, percentage: waarde as Decimal } : { soort, bedrag: waarde as Decimal };
  }
  const tekst = tekstNietOpgegeven(onderbouwing) ? "" : String(onderbouwing);
  return berekenMicroTarief({ parameters: p, functiemix: mix ? leesFunctiemixBereik(mix) : undefined }, r, tekst, ctx());
}

/** RT.MICROTARIEF: the micro tariff under rule (a) percentage, (b) model or (c) vast. */
export function microtarief(parameters: unknown, regel: unknown, regelwaarde: unknown, onderbouwing: unknown, functiemix: unknown): number {
  return microTarief(parameters, regel, regelwaarde, onderbouwing, functiemix).tarief.toNumber();
}

/** RT.MICROTARIEF_OPBOUW: rule and justification, the lines, and the micro tariff as the last row. */
export function microtariefOpbouw(parameters: unknown, regel: unknown, regelwaarde: unknown, onderbouwing: unknown, functiemix: unknown): Rijen {
  const m = microTarief(parameters, regel, regelwaarde, onderbouwing, functiemix);
  const basis = m.model ?? m.standaard;
  const rijen: unknown[][] = [
    ["Omschrijving", "Bedrag", "Wettelijk element", "Toelichting"],
    ["Microtariefregel", "", "", m.regelOmschrijving],
    ["Onderbouwing", "", "", m.onderbouwing],
  ];
  for (const r of m.opbouw) rijen.push([r.label, excelRound(r.bedrag, 2), r.elementen.join(", "), r.toelichting ?? ""]);
  rijen.push([`Microtarief ${EENHEID_INFO[basis.eenheid].label}`, m.tarief, "", basis.conventies.join("; ")]);
  return excelMatrix(rijen);
}

// ---------------------------------------------------------------------------------------------- scenarios and budget

interface RegioArgumenten {
  producten: unknown;
  scenarios?: unknown;
  normbezetting?: unknown;
  caoIndeling?: unknown;
  referentieCao?: unknown;
  volumes?: unknown;
  plafonds?: unknown;
  indexcijfers?: unknown;
  beginjaar?: unknown;
}

const ZONDER_SEGMENT = "(geen segment)";

/** A region from the function arguments: municipalities from the volumes and ceilings, segments from the products. */
function bouwRegio(a: RegioArgumenten): Regio {
  const { producten, indeling } = leesProducten(a.producten, a.normbezetting, a.caoIndeling);
  for (const p of producten) if (p.segment === "") p.segment = ZONDER_SEGMENT;
  const ref = optioneleTekst("referentie_cao", a.referentieCao);
  if (producten.some((p) => p.norm) && !ref) {
    throw new InvoerFout(
      'referentie_cao is leeg: met een normbezetting rekent de regio haar tarieven met de referentie-CAO; geef die CAO (bijv. "Sociaal Werk").',
      { parameter: "referentie_cao" },
    );
  }
  const sBereik = optioneelBereik(a.scenarios);
  const vBereik = optioneelBereik(a.volumes);
  const pBereik = optioneelBereik(a.plafonds);
  const volumes = vBereik ? leesVolumesBereik(vBereik) : [];
  const plafonds = pBereik ? leesPlafondsBereik(pBereik) : [];
  const gemeenten: string[] = [];
  // the municipalities are those with volumes; a ceiling for any other one is an error (a typo would hide a ceiling)
  for (const g of volumes.map((v) => v.gemeente)) if (!gemeenten.some((x) => sleutel(x) === sleutel(g))) gemeenten.push(g);
  const segmenten = [...new Set(producten.map((p) => p.segment))].map((s) => ({ code: s, naam: s }));
  const indexcijfers =
    optioneelBereik(a.indexcijfers)
      ?.flat()
      .filter((c) => !nietOpgegeven(c))
      .map((c, i) => verplichtGetal(`indexcijfers (${i + 1}e)`, c)) ?? [];
  const beginjaar = nietOpgegeven(a.beginjaar) || a.beginjaar === 0 ? 1 : verplichtJaar("beginjaar", a.beginjaar);
  return {
    naam: "werkmap",
    gemeenten,
    segmenten,
    basisparameters: {},
    producten,
    caoIndeling: indeling,
    referentieCao: ref ?? "",
    aanbieders: [],
    aanbiederSpecifiek: [],
    inzendingen: [],
    microRegels: [],
    microProducten: [],
    scenarios: sBereik ? leesScenarioBereik(sBereik) : [],
    volumes,
    plafonds,
    beginjaar,
    indexcijfers,
  };
}

function getal6(d: Decimal | undefined): number | string {
  return d === undefined ? "" : excelRound(d, 6).toNumber();
}

/** RT.SCENARIO_VERGELIJKING: tariff per product per scenario, with absolute and relative difference to the base. */
export function scenarioVergelijking(producten: unknown, scenarios: unknown, normbezetting: unknown, caoIndeling: unknown, referentieCao: unknown): Rijen {
  if (nietOpgegeven(scenarios))
    throw new InvoerFout("scenarios is leeg: geef een bereik met kolommen scenario, product, parameter, waarde.", { parameter: "scenarios" });
  const u = berekenRegio(bouwRegio({ producten, scenarios, normbezetting, caoIndeling, referentieCao }), ctx());
  const namen = u.scenarios.map((s) => s.naam);
  const rijen: unknown[][] = [["Product", "Eenheid", "Basis", ...namen.flatMap((n) => [n, `Verschil ${n}`, `Verschil % ${n}`])]];
  for (const v of u.vergelijking) {
    rijen.push([
      v.product,
      EENHEID_INFO[v.basis.eenheid].label,
      v.basis.tarief,
      ...v.scenarios.flatMap((s) => [s.resultaat.tarief, s.verschil, getal6(s.relatief)]),
    ]);
  }
  return excelMatrix(rijen);
}

export const BUDGET_WEERGAVEN = ["overzicht", "product", "totaal"] as const;

/** RT.BUDGET: Σ price × volume per scenario and year, per municipality and segment with totals, and the ceiling check. */
export function budget(
  producten: unknown,
  volumes: unknown,
  indexcijfers: unknown,
  beginjaar: unknown,
  scenarios: unknown,
  plafonds: unknown,
  weergave: unknown,
  normbezetting: unknown,
  caoIndeling: unknown,
  referentieCao: unknown,
): Rijen {
  if (nietOpgegeven(volumes))
    throw new InvoerFout("volumes is leeg: geef een bereik met kolommen gemeente, product, volume (en eventueel jaar).", { parameter: "volumes" });
  const vorm = keuze("weergave", weergave, BUDGET_WEERGAVEN, "overzicht");
  const u = berekenRegio(bouwRegio({ producten, volumes, indexcijfers, beginjaar, scenarios, plafonds, normbezetting, caoIndeling, referentieCao }), ctx());
  if (vorm === "product") {
    return excelMatrix([
      ["Scenario", "Jaar", "Gemeente", "Segment", "Product", "Volume", "Prijs", "Bedrag"],
      ...u.budget.regels.map((r) => [r.scenario, r.jaar, r.gemeente, r.segment, r.product, r.volume, r.prijs, r.bedrag]),
    ]);
  }
  const rijen: unknown[][] = [["Scenario", "Jaar", "Gemeente", "Segment", "Bedrag", "Plafond", "Overschrijding"]];
  const over = (s: string, j: number, g: string, seg: string) =>
    u.overschrijdingen.find((o) => o.scenario === s && o.jaar === j && o.gemeente === g && o.segment === seg);
  const plafond = (j: number, g: string, seg: string) => {
    const passend = u.regio.plafonds.filter((p) => sleutel(p.gemeente) === sleutel(g) && sleutel(p.segment) === sleutel(seg));
    return (passend.find((p) => p.jaar === j) ?? passend.find((p) => p.jaar === undefined))?.bedrag;
  };
  if (vorm === "overzicht") {
    for (const t of u.budget.perGemeenteSegment) {
      const o = over(t.scenario, t.jaar, t.gemeente!, t.segment!);
      rijen.push([t.scenario, t.jaar, t.gemeente, t.segment, t.bedrag, plafond(t.jaar, t.gemeente!, t.segment!) ?? "", o ? o.overschrijding : ""]);
    }
    for (const t of u.budget.perGemeente) rijen.push([t.scenario, t.jaar, t.gemeente, "Totaal", t.bedrag, "", ""]);
    for (const t of u.budget.perSegment) rijen.push([t.scenario, t.jaar, "Totaal", t.segment, t.bedrag, "", ""]);
  }
  for (const t of u.budget.totaal) rijen.push([t.scenario, t.jaar, "Totaal", "Totaal", t.bedrag, "", ""]);
  return excelMatrix(rijen);
}

/** RT.INDEXREEKS: the tariff and every line of its breakdown per year: the first year as calculated, then one index per year. */
export function indexreeks(parameters: unknown, indexcijfers: unknown, beginjaar: unknown, functiemix: unknown): Rijen {
  const p = leesParameterBereik(parameterBereik(parameters));
  const mix = optioneleMix(functiemix);
  const cellen = nietOpgegeven(indexcijfers)
    ? []
    : alsBereik(indexcijfers)
        .flat()
        .filter((c) => !nietOpgegeven(c));
  if (cellen.length === 0)
    throw new InvoerFout("indexcijfers is leeg; geef één of meer jaarlijkse indexcijfers als fractie (3,63% = 0,0363).", { parameter: "indexcijfers" });
  const pad = maakIndexPad(cellen.map((c, i) => verplichtGetal(`indexcijfers (${i + 1}e)`, c)));
  const r: TariefResultaat = berekenTarief({ parameters: p, functiemix: mix ? leesFunctiemixBereik(mix) : undefined }, ctx());
  const jaar0 = nietOpgegeven(beginjaar) || beginjaar === 0 ? 1 : verplichtJaar("beginjaar", beginjaar);
  const reeks = indexeerReeks(r, pad);
  const k = 1 + r.opbouw.length;
  const rijen: unknown[][] = [
    ["Jaar", "Tarief", ...r.opbouw.map((x) => x.label)],
    [jaar0, r.tarief, ...r.opbouw.map((x) => excelRound(x.bedrag, 2))],
  ];
  for (let t = 0; t < pad.indices.length; t++) rijen.push([jaar0 + t + 1, ...Array.from(reeks.subarray(t * k, (t + 1) * k))]);
  return excelMatrix(rijen);
}
