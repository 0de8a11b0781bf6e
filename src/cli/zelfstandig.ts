/**
 * The self-contained workbook (`rt exporteer`): every result is a native Excel formula (no RT.*), every step of
 * the chain (domain spec §3.7) is its own cell, inputs are yellow cells with their source, so anyone without the
 * add-in can follow and change every step. The values equal the engine's to the cent (tested by recalculating
 * the file with an independent spreadsheet engine).
 *
 * Rounding: spreadsheets compute in binary floating point, so an exact half cent (63,325) may arrive as
 * 63,32499999999999. The tariff formula therefore first rounds the amount in cents to 6 decimals (removing that
 * noise) and then to whole cents, half away from zero: ROUND(ROUND(x*100,6),0)/100. This equals the engine's
 * exact rounding unless the exact amount lies within 0,000001 cent of a half cent without being one; the
 * exporter checks that case against the exact value and then shows a warning next to the tariff.
 */
import ExcelJS from "exceljs";
import { statusTekst } from "../core/bronnen";
import { Decimal } from "../core/decimal";
import { EENHEID_INFO } from "../core/eenheden";
import { formatBedrag } from "../core/format";
import type { FunctieParameters } from "../core/parameters/schema";
import { voegSamen } from "../core/personeel";
import { excelRound, rondAf } from "../core/afronding";
import type { Afrondingsregel } from "../core/parameters/definities";
import type { FunctieUitkomst } from "../core/kern";
import type { TariefResultaat, TariefInvoer } from "../core/tarief";
import { InvoerFout } from "../core/errors";
import type { RegelSoort } from "../core/opbouw";

/** The breakdown lines the exported formulas model; any other line is refused rather than left out. */
const BEKENDE_REGELS: ReadonlySet<RegelSoort> = new Set<RegelSoort>([
  "salaris",
  "toeslagen",
  "ort_overig",
  "sociale_lasten",
  "pensioen",
  "overige_personeelskosten",
  "loonkosten_opgegeven",
  "niet_productief",
  "materieel",
  "overhead",
  "risico",
  "indexatie",
  "afronding",
  "gemeentelijke_verplichtingen",
]);

export interface ExportProduct {
  product: string;
  invoer: TariefInvoer;
  resultaat: TariefResultaat;
}

/** Where the results of one product are, for the tests and the summary sheet. */
export interface ExportCellen {
  product: string;
  /** result cells on the sheet Berekening with the engine's exact value */
  resultaten: { naam: string; adres: string; exact: Decimal; afgerond: boolean }[];
  tarief: string;
  waarschuwing?: string;
}

export const BEREKENBLAD = "Berekening";
export const TARIEFBLAD = "Tarieven";

const EURO = '"€" #,##0.00';
const EURO4 = '"€" #,##0.0000';
const PCT = "0.00%";
const GETAL = "#,##0.####";
const INVOER = "FFFFF7D6";

type Waarde = number | string;

class Blok {
  readonly cellen: ExportCellen;
  constructor(
    readonly blad: ExcelJS.Worksheet,
    product: string,
  ) {
    this.cellen = { product, resultaten: [], tarief: "" };
  }
  /** An input cell (yellow); returns its address. */
  invoer(label: string, waarde: Waarde, formaat: string, toelichting = ""): string {
    const r = this.blad.addRow([label, waarde, toelichting]);
    const c = r.getCell(2);
    c.numFmt = formaat;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: INVOER } };
    return `B${r.number}`;
  }
  /** A formula cell with the engine's value as cached result; recorded as a result to check. */
  formule(label: string, formule: string, exact: Decimal, formaat: string, toelichting = "", opties: { afgerond?: boolean; naam?: string } = {}): string {
    const r = this.blad.addRow([label, { formula: formule, result: exact.toNumber() }, toelichting]);
    r.getCell(2).numFmt = formaat;
    const adres = `B${r.number}`;
    this.cellen.resultaten.push({ naam: opties.naam ?? label, adres, exact, afgerond: opties.afgerond ?? false });
    return adres;
  }
  kop(tekst: string, grootte = 11): void {
    this.blad.addRow([tekst]).font = { bold: true, size: grootte };
  }
}

function d(x: Decimal | undefined): Decimal {
  return x ?? new Decimal(0);
}

function fractie(deel: Decimal, geheel: Decimal): Decimal {
  return geheel.isZero() ? new Decimal(0) : deel.dividedBy(geheel);
}

/** The rows of one function: salary → LK, hours H; returns the cells of LK and H. */
function functieLoonkosten(b: Blok, f: FunctieUitkomst, p: FunctieParameters): { lk: string; h: string } {
  const pers = f.personeel;
  const lk = pers.loonkosten;
  const h =
    p.jaaruren !== undefined
      ? b.formule("Betaalde uren per fte per jaar (H)", b.invoer("Jaaruren (opgegeven)", p.jaaruren.toNumber(), GETAL), pers.betaaldeUren, GETAL)
      : b.formule(
          "Betaalde uren per fte per jaar (H = uren per week × 52)",
          `${b.invoer("Uren per week (voltijd)", pers.urenPerWeek.toNumber(), GETAL)}*52`,
          pers.betaaldeUren,
          GETAL,
        );
  if (pers.loonbron === "loonkosten_fte") {
    const c = b.invoer("Loonkosten per fte per jaar (LK, opgegeven)", lk.loonkostenFte.toNumber(), EURO, "J-a / W-a");
    return { lk: c, h };
  }
  if (pers.loonbron === "loonkosten_per_uur") {
    const u = b.invoer("Loonkosten per betaald uur (opgegeven)", p.loonkosten_per_uur!.toNumber(), EURO);
    return { lk: b.formule("Loonkosten per fte per jaar (LK = per uur × H)", `${u}*${h}`, lk.loonkostenFte, EURO, "J-a / W-a"), h };
  }
  const bron = [pers.toelichting[0] ?? "opgegeven", ...(pers.waarschuwingen ?? [])].join("; ");
  const s = b.invoer("Bruto maandsalaris, voltijd (S)", pers.maandsalaris!.toNumber(), EURO, bron);
  const j = b.formule("Jaarsalaris (J = S × 12)", `${s}*12`, lk.jaarsalaris, EURO);
  const v = b.invoer("Vakantietoeslag (fractie van J)", fractie(lk.vakantietoeslag, lk.jaarsalaris).toNumber(), PCT);
  const e = b.invoer("Eindejaarsuitkering (fractie van J)", fractie(lk.eindejaarsuitkering, lk.jaarsalaris).toNumber(), PCT);
  const ort = b.invoer("ORT (fractie van J)", fractie(lk.ort, lk.jaarsalaris).toNumber(), PCT);
  const x = b.invoer("Overige looncomponenten (fractie van J)", fractie(lk.overigeLooncomponenten, lk.jaarsalaris).toNumber(), PCT);
  const l = b.formule("Loonsom (L = J × (1 + vakantietoeslag + eindejaarsuitkering + ORT + overige))", `${j}*(1+${v}+${e}+${ort}+${x})`, lk.loonsom, EURO);
  const sl = b.invoer("Sociale lasten werkgever (fractie van L)", d(p.sociale_lasten).toNumber(), PCT);
  const pp = b.invoer("Pensioenpremie werkgever (fractie boven de franchise)", d(p.pensioenpremie).toNumber(), PCT);
  const fr = b.invoer("Pensioenfranchise per fte per jaar", d(p.pensioen_franchise).toNumber(), EURO);
  const q = b.invoer("Overige personeelskosten per fte per jaar", d(p.overige_personeelskosten).toNumber(), EURO, "J-a / W-d");
  const c = b.formule(
    "Loonkosten per fte per jaar (LK = L × (1 + sociale lasten) + pensioen × MAX(0; L − franchise) + overige)",
    `${l}*(1+${sl})+${pp}*MAX(0,${l}-${fr})+${q}`,
    lk.loonkostenFte,
    EURO,
    "J-a / W-a",
  );
  return { lk: c, h };
}

/** Productive hours P of one function, by the route the engine took. */
function productieveUren(b: Blok, f: FunctieUitkomst, p: FunctieParameters, h: string): string {
  const u = f.uren!;
  const basis = p.productiviteit_basis ?? "betaalde_uren";
  if (p.productiviteit !== undefined && basis === "betaalde_uren") {
    const pi = b.invoer("Productiviteit (fractie van de betaalde uren)", p.productiviteit.toNumber(), PCT);
    return b.formule("Productieve uren per fte (P = H × productiviteit)", `${h}*${pi}`, u.productieveUren, GETAL, "W-c: de rest is niet-productief");
  }
  if (p.productiviteit !== undefined && basis === "afslag") {
    const a = b.invoer("Afslag op de betaalde uren", p.productiviteit.toNumber(), PCT);
    return b.formule("Productieve uren per fte (P = H × (1 − afslag))", `${h}*(1-${a})`, u.productieveUren, GETAL);
  }
  const vl = b.invoer("Verlofuren per fte per jaar", d(p.verlofuren).toNumber(), GETAL);
  const fd = b.invoer("Feestdaguren per fte per jaar", d(p.feestdaguren).toNumber(), GETAL);
  const z = b.invoer("Verzuim (fractie van de uren na verlof en feestdagen)", d(p.verzuim).toNumber(), PCT);
  const beschikbaar = `(${h}-${vl}-${fd})*(1-${z})`;
  if (p.productiviteit !== undefined) {
    const pi = b.invoer("Productiviteit (fractie van de beschikbare uren)", p.productiviteit.toNumber(), PCT);
    return b.formule(
      "Productieve uren per fte (P = (H − verlof − feestdagen) × (1 − verzuim) × productiviteit)",
      `${beschikbaar}*${pi}`,
      u.productieveUren,
      GETAL,
    );
  }
  const o = b.invoer("Scholingsuren per fte per jaar", d(p.scholingsuren).toNumber(), GETAL);
  const wo = b.invoer("Werkoverleg per fte per jaar", d(p.overleguren).toNumber(), GETAL);
  const r = b.invoer("Reisuren per fte per jaar", d(p.reisuren).toNumber(), GETAL);
  const a = b.invoer("Indirecte uren per fte per jaar", d(p.indirecte_uren).toNumber(), GETAL);
  return b.formule(
    "Productieve uren per fte (P = (H − verlof − feestdagen) × (1 − verzuim) − scholing − overleg − reis − indirect)",
    `${beschikbaar}-${o}-${wo}-${r}-${a}`,
    u.productieveUren,
    GETAL,
  );
}

/** ROUND as the engine rounds, robust against binary floating-point noise (see the module comment). */
export function afrondFormule(x: string, afr: string): string {
  return `IF(${afr}="cent",ROUND(ROUND(${x}*100,6),0)/100,IF(${afr}="euro",ROUND(ROUND(${x},6),0),IF(${afr}="zestigvoud",ROUND(ROUND(${x}/0.6,6),0)*0.6,${x})))`;
}

/** Whether the spreadsheet's rounding (pre-rounded to 6 decimals) can differ from the exact one for this amount. */
export function afrondingKanAfwijken(onafgerond: Decimal, regel: Afrondingsregel): boolean {
  const schaal = regel === "cent" ? new Decimal(100) : regel === "euro" ? new Decimal(1) : regel === "zestigvoud" ? new Decimal(1).dividedBy("0.6") : undefined;
  if (!schaal) return false;
  const y = onafgerond.times(schaal);
  return !excelRound(excelRound(y, 6), 0).equals(excelRound(y, 0));
}

function productBlok(blad: ExcelJS.Worksheet, x: ExportProduct): ExportCellen {
  const b = new Blok(blad, x.product);
  const r = x.resultaat;
  const p = x.invoer.parameters;
  b.kop(`${x.product} — ${EENHEID_INFO[r.eenheid].label}`, 13);
  const mix = x.invoer.functiemix && x.invoer.functiemix.length > 0 ? x.invoer.functiemix : undefined;
  const rijen: FunctieParameters[] = mix ? mix.map((m) => voegSamen(p, m)) : [p];
  const onbekend = r.opbouw.filter((l) => !BEKENDE_REGELS.has(l.soort));
  if (onbekend.length > 0) {
    // a line the formulas below do not model would make the workbook disagree with the engine: refuse
    throw new InvoerFout(
      `rt exporteer kan '${onbekend[0].label}' (product '${x.product}') niet als Excel-formule uitschrijven; deze versie kent die regel niet. Gebruik rt bereken voor dit product.`,
      { parameter: onbekend[0].soort },
    );
  }
  let dPers: string;
  let m: string;
  let kCel: string | undefined;
  if (r.model === "uren") {
    const termen: string[] = [];
    r.functies.forEach((f, i) => {
      if (rijen.length > 1) b.kop(`Functie: ${f.functie}`);
      const { lk, h } = functieLoonkosten(b, f, rijen[i]);
      const pu = productieveUren(b, f, rijen[i], h);
      const kj = b.formule("Kosten per productief uur (LK / P)", `${lk}/${pu}`, f.kostenPerProductiefUur!, EURO4);
      const a = b.invoer("Aandeel in de directe uren", f.aandeel!.toNumber(), PCT);
      termen.push(`${a}*${kj}`);
    });
    if (rijen.length > 1) b.kop("Product");
    const k = b.formule("Kosten per productief uur, gewogen (K = Σ aandeel × LK / P)", termen.join("+"), r.kostenPerProductiefUur!, EURO4);
    kCel = k;
    const eenheid = r.eenheid;
    const std = EENHEID_INFO[eenheid].standaardUren;
    const uren =
      p.uren_per_eenheid !== undefined
        ? b.invoer("Personele uren per eenheid", p.uren_per_eenheid.toNumber(), GETAL)
        : eenheid === "minuut"
          ? b.formule("Personele uren per eenheid (1/60)", "1/60", std!, GETAL)
          : b.invoer("Personele uren per eenheid", std!.toNumber(), GETAL);
    const beg = b.invoer("Begeleiders tegelijk", d(p.begeleiders ?? new Decimal(1)).toNumber(), GETAL);
    const gr = b.invoer("Groepsgrootte (cliënten)", d(p.groepsgrootte ?? new Decimal(1)).toNumber(), GETAL);
    const bez = b.invoer("Bezettingsgraad", d(p.bezettingsgraad ?? new Decimal(1)).toNumber(), PCT);
    const factor = b.formule(
      "Uren per cliënt per eenheid (uren × begeleiders / (groep × bezetting))",
      `${uren}*${beg}/(${gr}*${bez})`,
      r.urenPerClientEenheid!,
      GETAL,
    );
    dPers = b.formule("Directe personeelskosten per eenheid (K × uren per cliënt)", `${k}*${factor}`, r.directePersoneelskosten, EURO4, "J-a / W-a, W-c, W-d");
    m = b.invoer("Materiële kosten per eenheid (m)", r.materieleKosten.toNumber(), EURO, "J-b");
  } else {
    const termen: string[] = [];
    r.functies.forEach((f, i) => {
      b.kop(`Functie: ${f.functie}`);
      const { lk } = functieLoonkosten(b, f, rijen[i]);
      const fte = b.invoer("Formatie (fte)", f.fte!.toNumber(), GETAL);
      termen.push(`${fte}*${lk}`);
    });
    b.kop("Voorziening");
    const pl = b.invoer("Plaatsen", p.plaatsen!.toNumber(), GETAL);
    const bez = b.invoer("Bezettingsgraad", d(p.bezettingsgraad ?? new Decimal(1)).toNumber(), PCT);
    const eenheden = b.formule("Etmalen per jaar (plaatsen × 365 × bezetting)", `${pl}*365*${bez}`, r.eenhedenPerJaar!, GETAL);
    dPers = b.formule(
      "Directe personeelskosten per etmaal (Σ fte × LK / etmalen)",
      `(${termen.join("+")})/${eenheden}`,
      r.directePersoneelskosten,
      EURO4,
      "J-a / W-a, W-c, W-d",
    );
    const mu = b.invoer("Materiële kosten per etmaal", d(p.materiele_kosten).toNumber(), EURO);
    const mj = b.invoer("Materiële kosten van de voorziening per jaar", d(p.jaarlijkse_materiele_kosten).toNumber(), EURO);
    m = b.formule("Materiële kosten per etmaal (m = per etmaal + per jaar / etmalen)", `${mu}+${mj}/${eenheden}`, r.materieleKosten, EURO4, "J-b");
  }
  const wfRegel = r.opbouw.find((l) => l.soort === "gemeentelijke_verplichtingen");
  if (wfRegel) {
    b.kop("Gemeentelijke verplichtingen (W-f)");
    const delen: string[] = [];
    if (p.administratie_uren_per_eenheid !== undefined) {
      const u = b.invoer("Uren rapportage en administratie per eenheid", p.administratie_uren_per_eenheid.toNumber(), GETAL);
      delen.push(`${u}*${kCel!}`);
    }
    delen.push(b.invoer("Overige kosten gemeentelijke verplichtingen per eenheid", d(p.administratie_kosten_per_eenheid).toNumber(), EURO));
    const wf = b.formule("Rapportage en administratie per eenheid (uren × K + kosten)", delen.join("+"), wfRegel.exact, EURO4, "J-a / W-f");
    dPers = b.formule("Directe kosten per eenheid met gemeentelijke verplichtingen", `${dPers}+${wf}`, r.directePersoneelskosten.plus(wfRegel.exact), EURO4);
  }
  b.kop("Overhead, risico en afronding");
  const o = b.invoer("Overhead (fractie)", p.overhead!.toNumber(), PCT, "J-c / W-b");
  const conv = b.invoer("Overhead-conventie ('opslag' of 'aandeel')", p.overhead_conventie ?? "opslag", "@");
  blad.getCell(conv).dataValidation = { type: "list", allowBlank: false, formulae: ['"opslag,aandeel"'] };
  const om = b.invoer("Overhead ook over materiële kosten ('ja' of 'nee')", p.overhead_over_materieel === false ? "nee" : "ja", "@");
  blad.getCell(om).dataValidation = { type: "list", allowBlank: false, formulae: ['"ja,nee"'] };
  const basis = `IF(${om}="ja",${dPers}+${m},${dPers})`;
  const metOh = `IF(${conv}="aandeel",${basis}/(1-${o}),${basis}*(1+${o}))`;
  const oh = b.formule("Overhead per eenheid", `${metOh}-${basis}`, r.overhead, EURO4, "J-c / W-b");
  const t = b.formule("Kostprijs per eenheid (T, met overhead, vóór risico)", `${dPers}+${m}+${oh}`, r.kostprijs, EURO4);
  const ro = b.invoer("Opslag risico en innovatie (fractie van T)", d(p.risico_opslag).toNumber(), PCT, "geen wettelijk kostprijselement");
  const ri = b.formule("Risico-opslag per eenheid (T × opslag)", `${t}*${ro}`, r.risico, EURO4);
  const onaf = b.formule("Tarief vóór afronding (T + risico)", `${t}+${ri}`, r.tariefOnafgerond, EURO4);
  const afr = b.invoer("Afronding ('cent', 'zestigvoud', 'euro' of 'geen')", r.afronding, "@");
  blad.getCell(afr).dataValidation = { type: "list", allowBlank: false, formulae: ['"cent,zestigvoud,euro,geen"'] };
  const tarief = b.formule(
    `Tarief ${EENHEID_INFO[r.eenheid].label}`,
    afrondFormule(onaf, afr),
    r.tarief,
    EURO,
    "half van nul af, als AFRONDEN; eerst op 6 decimalen om rekenruis van de spreadsheet weg te nemen",
    { afgerond: true, naam: "tarief" },
  );
  blad.getRow(Number(tarief.slice(1))).font = { bold: true };
  b.cellen.tarief = tarief;
  if (afrondingKanAfwijken(r.tariefOnafgerond, r.afronding)) {
    b.cellen.waarschuwing = `${x.product}: het bedrag vóór afronding ligt binnen 0,000001 cent van een halve cent; een spreadsheet kan hier anders afronden dan de rekenkern (${formatBedrag(rondAf(r.tariefOnafgerond, r.afronding))}).`;
    blad.addRow(["Let op", b.cellen.waarschuwing]).font = { color: { argb: "FFC00000" }, bold: true };
  }
  blad.addRow([]);
  return b.cellen;
}

/** Builds the self-contained workbook; returns it with the cell map of every product. */
export function maakZelfstandigeWerkmap(
  producten: readonly ExportProduct[],
  titel = "Reële Tarieven — zelfstandige berekening",
): { wb: ExcelJS.Workbook; cellen: ExportCellen[] } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Reële Tarieven";
  wb.title = titel;
  wb.calcProperties = { fullCalcOnLoad: true };
  const uitleg = wb.addWorksheet("Uitleg");
  const tarieven = wb.addWorksheet(TARIEFBLAD);
  const blad = wb.addWorksheet(BEREKENBLAD);
  const bronnen = wb.addWorksheet("Bronnen");
  blad.columns = [{ width: 92 }, { width: 18 }, { width: 70 }];
  blad.addRow(["Stap", "Waarde", "Bron / wettelijk element / toelichting"]).font = { bold: true };
  const cellen = producten.map((x) => productBlok(blad, x));

  tarieven.addRow(["Product", "Eenheid", "Tarief", "Kostprijs (vóór risico)", "Overhead", "Risico"]).font = { bold: true };
  producten.forEach((x, i) => {
    const c = cellen[i];
    const adres = (naam: string) => c.resultaten.find((r) => r.naam.startsWith(naam))!;
    const kp = adres("Kostprijs per eenheid");
    const oh = adres("Overhead per eenheid");
    const ri = adres("Risico-opslag");
    const row = tarieven.addRow([
      x.product,
      EENHEID_INFO[x.resultaat.eenheid].label,
      { formula: `${BEREKENBLAD}!${c.tarief}`, result: x.resultaat.tarief.toNumber() },
      { formula: `${BEREKENBLAD}!${kp.adres}`, result: kp.exact.toNumber() },
      { formula: `${BEREKENBLAD}!${oh.adres}`, result: oh.exact.toNumber() },
      { formula: `${BEREKENBLAD}!${ri.adres}`, result: ri.exact.toNumber() },
    ]);
    [3, 4, 5, 6].forEach((k) => (row.getCell(k).numFmt = EURO));
  });
  tarieven.columns.forEach((c, i) => (c.width = [40, 26, 14, 22, 14, 14][i]));

  bronnen.addRow(["Product", "Gegeven / conventie", "Status", "Geldig vanaf", "Bron"]).font = { bold: true };
  for (const x of producten) {
    for (const h of x.resultaat.bronnen) bronnen.addRow([x.product, h.omschrijving, statusTekst(h), h.geldigVanaf, h.bron]);
    for (const c of x.resultaat.conventies) bronnen.addRow([x.product, c, "conventie", "", ""]);
  }
  bronnen.columns.forEach((c, i) => (c.width = [36, 100, 14, 14, 60][i]));

  for (const t of [
    [titel],
    [],
    ["Deze werkmap rekent zonder invoegtoepassing: elke uitkomst is een gewone Excel-formule (geen RT.*-functies)."],
    ["Blad Berekening: per product elke stap van de berekening als eigen cel. Gele cellen zijn invoer (met de bron ernaast);"],
    ["  wijzig ze en alle stappen en het tarief rekenen mee. Blad Tarieven verwijst naar de tarieven op blad Berekening."],
    ["Afronding: half van nul af zoals AFRONDEN; het bedrag in centen wordt eerst op 6 decimalen afgerond zodat rekenruis"],
    ["  van de spreadsheet (63,32499999…) een exact halve cent niet verkeerd laat afronden."],
    ["Blad Bronnen: de CAO-tabellen met status en de gebruikte rekenconventies per product."],
    ["Gemaakt met rt exporteer (Reële Tarieven); dezelfde uitkomsten als de rekenkern, tot op de cent."],
  ])
    uitleg.addRow(t);
  uitleg.getRow(1).font = { bold: true, size: 14 };
  uitleg.getColumn(1).width = 120;
  return { wb, cellen };
}
