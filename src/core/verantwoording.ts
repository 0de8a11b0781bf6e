/**
 * The audit block ("verantwoording", issue #12): every result block records the product version, the data versions
 * used (each dataset and user table with a content fingerprint, each cited figure with status and source), the
 * conventions and every parameter value as read, so the same tariffs can be recomputed later. One zod schema, one
 * serialisation to JSON (the object itself) and one to sheet rows (path, value), and `herbereken`, which recomputes
 * the tariffs from the block alone and compares them with the stored ones.
 */
import * as z from "./zod";
import type { Herkomst, RekenContext } from "./bronnen";
import { Decimal } from "./decimal";
import { InvoerFout, NietGevondenFout } from "./errors";
import { DEFINITIE_PER_NAAM } from "./parameters/definities";
import { leesFunctieWaarden, leesParameterObject } from "./parameters/lezen";
import type { FunctieParameters, Parameters } from "./parameters/schema";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "./tarief";

/** A shipped dataset and its version (fingerprint of its content). */
export interface DatasetVersie {
  id: string;
  soort: string;
  versie: string;
  /** how many figures have each status, e.g. "geverifieerd 12, secundair 3" */
  status: string;
}

/** A user table (status gebruiker): a recomputation needs the same table again. */
export interface GebruikerstabelVersie {
  id: string;
  cao: string;
  geldigVanaf: string;
  omschrijving: string;
  bron: string;
  status: "gebruiker";
  versie: string;
}

/** What the audit block needs from the data layer (implemented in src/data/versies.ts). */
export interface GegevensOmgeving {
  datasets(): DatasetVersie[];
  gebruikerstabellen(): GebruikerstabelVersie[];
  /** the datasets or user table a cited figure comes from */
  gegevenVan(h: Herkomst): { id: string; versie: string }[];
  /** a calculation context on these data with `vandaag` as the default peildatum */
  context(vandaag: string): RekenContext;
}

export const AUDITBLOK_SOORT = "reele-tarieven-verantwoording";
/** The audit block of a look-up (rt salaris, index, …): versions and input, no tariff to recompute. */
export const OPZOEKING_SOORT = "reele-tarieven-verantwoording-opzoeking";
export const AUDITBLOK_FORMAAT = "1";
/** Marker in column A of the first row of the block on a sheet. */
export const AUDITBLOK_KOP = "Verantwoording";

/** Built on first use, not at module load (the add-in's cold start, issue #10). */
function maakSchema() {
  const isoDatum = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
  const decimaal = z.string().check(z.regex(/^-?\d+(\.\d+)?$/));
  const lijst = <T extends z.core.SomeType>(t: T) => z._default(z.array(t), []);

  const gegevenSchema = z.strictObject({
    omschrijving: z.string(),
    status: z.string(),
    bron: z.string(),
    geldigVanaf: z.string(),
    datasets: lijst(z.strictObject({ id: z.string(), versie: z.string() })),
  });

  const berekeningSchema = z.strictObject({
    naam: z.string(),
    /** the date the data were looked up on: parameter peildatum, else the block's standaardPeildatum */
    peildatum: isoDatum,
    parameters: z._default(z.record(z.string(), z.string()), {}),
    functiemix: lijst(z.record(z.string(), z.string())),
    resultaat: z.strictObject({
      eenheid: z.string(),
      model: z.string(),
      afronding: z.string(),
      tarief: decimaal,
      tariefOnafgerond: decimaal,
      kostprijs: decimaal,
    }),
    gegevens: lijst(gegevenSchema),
    conventies: lijst(z.string()),
  });

  return z.strictObject({
    soort: z.literal(AUDITBLOK_SOORT),
    formaat: z.literal(AUDITBLOK_FORMAAT),
    productversie: z.string().check(z.minLength(1)),
    aangemaakt: z.string(),
    /** the default peildatum of the run (today, or --peildatum) */
    standaardPeildatum: isoDatum,
    datasets: lijst(z.strictObject({ id: z.string(), soort: z.string(), versie: z.string(), status: z.string() })),
    gebruikerstabellen: lijst(
      z.strictObject({
        id: z.string(),
        cao: z.string(),
        geldigVanaf: z.string(),
        omschrijving: z.string(),
        bron: z.string(),
        status: z.literal("gebruiker"),
        versie: z.string(),
      }),
    ),
    berekeningen: lijst(berekeningSchema),
  });
}

export const auditblokSchema = z.lui(maakSchema);

export type Auditblok = z.infer<ReturnType<typeof maakSchema>>;
export type AuditBerekening = Auditblok["berekeningen"][number];

/** What the audit block keeps of a result (a TariefResultaat is one; `auditResultaat` drops the breakdown). */
export type AuditResultaat = Pick<TariefResultaat, "eenheid" | "model" | "afronding" | "tarief" | "tariefOnafgerond" | "kostprijs" | "bronnen" | "conventies">;

export interface VerantwoordeBerekening {
  naam: string;
  invoer: TariefInvoer;
  resultaat: AuditResultaat;
}

/** Only what the audit block records, so a run of thousands of tariffs need not keep every breakdown in memory. */
export function auditResultaat(r: TariefResultaat): AuditResultaat {
  const { eenheid, model, afronding, tarief, tariefOnafgerond, kostprijs, bronnen, conventies } = r;
  return { eenheid, model, afronding, tarief, tariefOnafgerond, kostprijs, bronnen, conventies };
}

/** A validated value as text: decimals exactly (never exponent notation), booleans as ja/nee. */
function waardeTekst(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (v instanceof Decimal) return v.toFixed();
  if (typeof v === "boolean") return v ? "ja" : "nee";
  return String(v);
}

function alsTekstRecord(p: Parameters | FunctieParameters): Record<string, string> {
  const uit: Record<string, string> = {};
  for (const [naam, v] of Object.entries(p)) {
    const t = waardeTekst(v);
    if (t !== undefined) uit[naam] = t;
  }
  return uit;
}

/** A cited figure as the audit block records it: description, status, source, valid from, and its dataset versions. */
export function auditGegeven(h: Herkomst, omgeving: GegevensOmgeving): AuditBerekening["gegevens"][number] {
  return {
    omschrijving: h.omschrijving,
    status: h.verouderd ? `${h.status}; mogelijk verouderd (${h.verouderd.toelichting})` : h.status,
    bron: h.bron,
    geldigVanaf: h.geldigVanaf,
    datasets: omgeving.gegevenVan(h),
  };
}

/** The audit block of a run: product version, data versions, and per tariff its parameters, sources and result. */
export function maakAuditblok(
  opties: { productversie: string; standaardPeildatum: string; aangemaakt: string; berekeningen: readonly VerantwoordeBerekening[] },
  omgeving: GegevensOmgeving,
): Auditblok {
  const blok: Auditblok = {
    soort: AUDITBLOK_SOORT,
    formaat: AUDITBLOK_FORMAAT,
    productversie: opties.productversie,
    aangemaakt: opties.aangemaakt,
    standaardPeildatum: opties.standaardPeildatum,
    datasets: omgeving.datasets(),
    gebruikerstabellen: omgeving.gebruikerstabellen(),
    berekeningen: opties.berekeningen.map((b) => ({
      naam: b.naam,
      peildatum: b.invoer.parameters.peildatum ?? opties.standaardPeildatum,
      parameters: alsTekstRecord(b.invoer.parameters),
      functiemix: (b.invoer.functiemix ?? []).map(alsTekstRecord),
      resultaat: {
        eenheid: b.resultaat.eenheid,
        model: b.resultaat.model,
        afronding: b.resultaat.afronding,
        tarief: b.resultaat.tarief.toFixed(),
        tariefOnafgerond: b.resultaat.tariefOnafgerond.toFixed(),
        kostprijs: b.resultaat.kostprijs.toFixed(),
      },
      gegevens: b.resultaat.bronnen.map((h) => auditGegeven(h, omgeving)),
      conventies: [...b.resultaat.conventies],
    })),
  };
  // built from typed values, so it fits the schema; readers (leesAuditblok) validate what comes back
  return blok;
}

const NEDERLANDS: Record<string, string> = {
  invalid_type: "ontbreekt of heeft een verkeerd type",
  invalid_value: "heeft een waarde die niet is toegestaan",
  invalid_format: "heeft een ongeldig formaat",
  unrecognized_keys: "bevat een onbekend veld",
  too_small: "is te klein of te kort",
};

/** Validates a block read from JSON or a sheet; a Dutch message naming the field when it is incomplete or altered. */
export function leesAuditblok(raw: unknown): Auditblok {
  if (raw !== null && typeof raw === "object" && (raw as { soort?: unknown }).soort === OPZOEKING_SOORT)
    throw new InvoerFout(
      "Dit is de verantwoording van een opzoeking (rt salaris, index, werkgeverslasten of parameters): die noemt de gegevens en hun versies, maar bevat geen tarief om opnieuw te berekenen; toegestaan: de verantwoording van rt tarief, bereken, regio, verzamel of exporteer.",
      { parameter: "soort" },
    );
  const r = auditblokSchema().safeParse(raw);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const pad = issue.path.map((p) => (typeof p === "number" ? p + 1 : String(p))).join(".");
  const extra = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
  throw new InvoerFout(
    `De verantwoording is onvolledig of gewijzigd: veld '${pad || "(geheel)"}' ${NEDERLANDS[issue.code] ?? "is ongeldig"}${extra}; toegestaan: een verantwoording zoals Reële Tarieven die schrijft (formaat ${AUDITBLOK_FORMAAT}).`,
    { parameter: pad || "verantwoording" },
  );
}

/**
 * The block as rows [path, value] under a header row; array positions are 1-based. Compact (rt verzamel writes
 * thousands of calculations): each distinct list of conventions once, as `conventiesets.N.M`, and per calculation
 * `conventieset` = N; a calculation's `peildatum` only where it differs from `standaardPeildatum`. With
 * `eenRijPerBerekening` each calculation is one row `berekeningen.N` holding its fields as JSON (a sheet of
 * 6.000 calculations then has 6.000 rows instead of 100.000: exceljs keeps every cell in memory). The reader
 * (auditblokUitRijen) restores all of it, so the block read back is the block written.
 */
export function auditblokNaarRijen(blok: Auditblok, opties: { eenRijPerBerekening?: boolean } = {}): [string, string][] {
  const rijen: [string, string][] = [
    [AUDITBLOK_KOP, `Reële Tarieven, formaat ${AUDITBLOK_FORMAAT}: alles om deze tarieven opnieuw te berekenen (rt herbereken)`],
  ];
  const plat = (x: unknown, pad: string): void => {
    if (Array.isArray(x)) x.forEach((y, i) => plat(y, `${pad}.${i + 1}`));
    else if (x !== null && typeof x === "object") for (const [k, v] of Object.entries(x)) plat(v, pad ? `${pad}.${k}` : k);
    else rijen.push([pad, String(x)]);
  };
  const sets = new Map<string, number>();
  const conventiesets: string[][] = [];
  const berekeningen = blok.berekeningen.map((b) => {
    const { peildatum, conventies: _weg, ...rest } = b;
    const eigen = peildatum === blok.standaardPeildatum ? {} : { peildatum };
    if (b.conventies.length === 0) return { ...eigen, ...rest };
    const sleutel = JSON.stringify(b.conventies);
    let n = sets.get(sleutel);
    if (n === undefined) {
      conventiesets.push(b.conventies);
      sets.set(sleutel, (n = conventiesets.length));
    }
    return { ...eigen, ...rest, conventieset: String(n) };
  });
  const { berekeningen: _alle, ...kop } = blok;
  plat(kop, "");
  plat(conventiesets, "conventiesets");
  if (opties.eenRijPerBerekening) berekeningen.forEach((b, i) => rijen.push([`berekeningen.${i + 1}`, JSON.stringify(b)]));
  else plat(berekeningen, "berekeningen");
  return rijen;
}

/** The compact sheet form (auditblokNaarRijen) back to the block's own shape; a block without it is left as is. */
function zonderVerwijzingen(raw: Record<string, unknown>): Record<string, unknown> {
  const { conventiesets, ...blok } = raw;
  const sets = Array.isArray(conventiesets) ? (conventiesets as unknown[]) : undefined;
  if (conventiesets !== undefined && !sets) throw new InvoerFout("De verantwoording is onvolledig of gewijzigd: veld 'conventiesets' is geen lijst.");
  if (Array.isArray(blok.berekeningen))
    // each element is an object: zetBerekening refuses anything else and zet only puts containers at this depth
    blok.berekeningen = (blok.berekeningen as unknown[]).map((b, i) => {
      const { conventieset, ...rest } = b as Record<string, unknown>;
      const uit: Record<string, unknown> = { ...rest };
      if (uit.peildatum === undefined) uit.peildatum = blok.standaardPeildatum;
      if (conventieset !== undefined) {
        const set = sets?.[Number(conventieset) - 1];
        if (!/^\d+$/.test(String(conventieset)) || !Array.isArray(set))
          throw new InvoerFout(
            `De verantwoording is onvolledig of gewijzigd: veld 'berekeningen.${i + 1}.conventieset' = '${String(conventieset)}' verwijst naar geen conventieset; toegestaan: 1 tot en met ${sets?.length ?? 0}.`,
            { parameter: `berekeningen.${i + 1}.conventieset` },
          );
        uit.conventies = set;
      }
      return uit;
    });
  return blok;
}

/**
 * Reads the block back from a sheet's values: the rows after the header row whose column A is "Verantwoording",
 * up to the first row with an empty column A. Columns may start anywhere: the header's column is used.
 */
export function auditblokUitRijen(waarden: readonly (readonly unknown[])[]): Auditblok {
  let start = -1;
  let kolom = 0;
  for (let i = 0; i < waarden.length && start < 0; i++) {
    const k = waarden[i].findIndex((c) => c === AUDITBLOK_KOP);
    if (k >= 0) [start, kolom] = [i, k];
  }
  if (start < 0) throw new NietGevondenFout(`Geen verantwoording gevonden: er is geen rij met '${AUDITBLOK_KOP}' in de eerste kolom van het blok.`);
  const raw: Record<string, unknown> = {};
  for (let i = start + 1; i < waarden.length; i++) {
    const pad = waarden[i][kolom];
    if (pad === null || pad === undefined || pad === "") break;
    const v = waarden[i][kolom + 1];
    const tekst = v === null || v === undefined ? "" : String(v);
    if (/^berekeningen\.\d+$/.test(String(pad))) zetBerekening(raw, String(pad), tekst);
    else zet(raw, String(pad).split("."), tekst);
  }
  return leesAuditblok(zonderVerwijzingen(raw));
}

/** One calculation stored as JSON in one row (auditblokNaarRijen with eenRijPerBerekening). */
function zetBerekening(raw: Record<string, unknown>, pad: string, tekst: string): void {
  let b: unknown;
  try {
    b = JSON.parse(tekst);
  } catch {
    // not JSON: b stays undefined and is refused below
  }
  if (b === null || typeof b !== "object" || Array.isArray(b))
    throw new InvoerFout(`De verantwoording is onvolledig of gewijzigd: veld '${pad}' is geen berekening (JSON-object zoals Reële Tarieven het schrijft).`, {
      parameter: pad,
    });
  const lijst = (raw.berekeningen ??= []) as unknown[];
  if (!Array.isArray(lijst)) throw new InvoerFout(`De verantwoording is onvolledig of gewijzigd: veld '${pad}' staat naast een ander veld 'berekeningen'.`);
  const plek = Number(pad.slice("berekeningen.".length)) - 1;
  if (lijst[plek] !== undefined) throw dubbelVeld(pad.split("."), 1, true);
  lijst[plek] = b;
}

/** Two rows that claim the same place in the block (field `pad[0..tot]`). */
function dubbelVeld(pad: readonly string[], tot: number, metOnderdelen: boolean): InvoerFout {
  const veld = pad.slice(0, tot + 1).join(".");
  return new InvoerFout(
    metOnderdelen
      ? `De verantwoording is onvolledig of gewijzigd: veld '${veld}' heeft een waarde en ook losse onderdelen (rij '${pad.join(".")}'); elk veld staat er één keer in.`
      : `De verantwoording is onvolledig of gewijzigd: veld '${veld}' staat er meer dan één keer in; elk veld staat er één keer in.`,
    { parameter: veld },
  );
}

function zet(doel: Record<string, unknown>, pad: string[], waarde: string): void {
  let o: Record<string, unknown> | unknown[] = doel;
  pad.forEach((deel, i) => {
    const laatste = i === pad.length - 1;
    const volgendeIsIndex = !laatste && /^\d+$/.test(pad[i + 1]);
    const sleutel: string | number = /^\d+$/.test(deel) && Array.isArray(o) ? Number(deel) - 1 : deel;
    if (sleutel === "__proto__" || sleutel === "constructor" || sleutel === "prototype")
      throw new InvoerFout(`De verantwoording bevat een ongeldig veld '${pad.join(".")}'.`);
    const bak = o as Record<string | number, unknown>;
    const bestaand: unknown = Object.prototype.hasOwnProperty.call(bak, sleutel) ? bak[sleutel] : undefined;
    if (laatste) {
      // a second row for the same field, or a value where other rows already gave parts, would silently replace one
      if (bestaand !== undefined) throw dubbelVeld(pad, i, typeof bestaand === "object");
      bak[sleutel] = waarde;
    } else if (bestaand === undefined) {
      o = bak[sleutel] = volgendeIsIndex ? [] : {};
    } else if (typeof bestaand === "object" && bestaand !== null) {
      o = bestaand as Record<string, unknown> | unknown[];
    } else {
      throw dubbelVeld(pad, i, true);
    }
  });
}

/**
 * A stored text back to what the reader accepts: a number as Decimal (exact; as text the reader would take '2.125'
 * for an ambiguous Dutch thousands point). Anything else stays text: the reader reads ja/nee itself.
 */
function alsInvoer(naam: string, tekst: string): unknown {
  const def = DEFINITIE_PER_NAAM.get(naam);
  if (def && (def.soort === "fractie" || def.soort === "bedrag" || def.soort === "getal") && /^-?\d+(\.\d+)?$/.test(tekst)) return new Decimal(tekst);
  return tekst;
}

export interface Herberekening {
  naam: string;
  opgeslagen: AuditBerekening["resultaat"];
  herberekend: TariefResultaat;
  /** tariff, unrounded tariff and cost price all equal to the stored ones */
  gelijk: boolean;
}

/** Refuses when the data the block names are not the data at hand: a missing or changed user table or dataset. */
function controleerGegevens(blok: Auditblok, omgeving: GegevensOmgeving): void {
  const eigen = new Map(omgeving.gebruikerstabellen().map((t) => [t.id, t]));
  for (const t of blok.gebruikerstabellen) {
    const nu = eigen.get(t.id);
    if (!nu || nu.versie !== t.versie)
      throw new NietGevondenFout(
        `De verantwoording gebruikt de eigen CAO-tabel '${t.cao}' geldig vanaf ${t.geldigVanaf} (status gebruiker, versie ${t.versie}, bron ${t.bron}); ` +
          (nu ? `de meegegeven tabel is een andere versie (${nu.versie}). ` : "die tabel is niet meegegeven. ") +
          "Geef precies dezelfde tabel mee (bij rt: --tabel <bestand>) om opnieuw te rekenen.",
        { parameter: "cao", waarde: t.cao },
      );
  }
  const datasets = new Map(omgeving.datasets().map((d) => [d.id, d]));
  for (const b of blok.berekeningen)
    for (const g of b.gegevens)
      for (const d of g.datasets) {
        if (d.id.startsWith("gebruiker:")) continue;
        const nu = datasets.get(d.id);
        if (!nu || nu.versie !== d.versie)
          throw new InvoerFout(
            `'${b.naam}' is berekend met gegevensset '${d.id}' versie ${d.versie}; deze Reële Tarieven heeft ${nu ? `versie ${nu.versie}` : "die gegevensset niet"}. ` +
              "Opnieuw rekenen met andere referentiegegevens zou een ander getal kunnen geven; gebruik de productversie uit de verantwoording.",
            { parameter: "gegevens", waarde: d.id },
          );
      }
}

/**
 * Recomputes every tariff of the block from the block alone (parameters as read, functiemix, default peildatum,
 * data versions) and compares with the stored result. Refuses (Dutch) when a named user table or dataset version
 * is not available.
 */
export function herbereken(raw: unknown, omgeving: GegevensOmgeving): Herberekening[] {
  const blok = leesAuditblok(raw);
  controleerGegevens(blok, omgeving);
  const context = omgeving.context(blok.standaardPeildatum);
  return blok.berekeningen.map((b) => {
    const parameters = leesParameterObject(Object.fromEntries(Object.entries(b.parameters).map(([n, t]) => [n, alsInvoer(n, t)])));
    const functiemix = b.functiemix.map((rij, i) =>
      leesFunctieWaarden(Object.entries(rij).map(([naam, t]) => ({ naam, waarde: alsInvoer(naam, t), rij: i + 1 }))),
    );
    const herberekend = berekenTarief({ parameters, functiemix: functiemix.length ? functiemix : undefined }, context);
    const o = b.resultaat;
    const gelijk =
      herberekend.tarief.eq(o.tarief) &&
      herberekend.tariefOnafgerond.eq(o.tariefOnafgerond) &&
      herberekend.kostprijs.eq(o.kostprijs) &&
      herberekend.eenheid === o.eenheid;
    return { naam: b.naam, opgeslagen: o, herberekend, gelijk };
  });
}

/** The block as text lines for the command line's plain output (the JSON and the sheet hold the same data). */
export function verantwoordingTekst(blok: Auditblok): string[] {
  const gebruikt = new Map<string, string>();
  for (const b of blok.berekeningen)
    for (const g of b.gegevens) for (const d of g.datasets) if (!gebruikt.has(d.id)) gebruikt.set(d.id, `${d.id} (versie ${d.versie}, ${g.status})`);
  const regels = [
    `Verantwoording: Reële Tarieven ${blok.productversie}; standaard peildatum ${blok.standaardPeildatum}; ` +
      `gegevens: ${gebruikt.size ? [...gebruikt.values()].join(", ") : "geen opgezocht (alle bedragen opgegeven)"}` +
      (blok.gebruikerstabellen.length
        ? `; eigen tabellen: ${blok.gebruikerstabellen.map((t) => `${t.cao} ${t.geldigVanaf} (gebruiker, versie ${t.versie})`).join(", ")}`
        : ""),
  ];
  for (const b of blok.berekeningen) {
    const p = Object.entries(b.parameters)
      .map(([n, w]) => `${n}=${w}`)
      .join("; ");
    const mix = b.functiemix.length
      ? `; functiemix: ${b.functiemix
          .map((r) =>
            Object.entries(r)
              .map(([n, w]) => `${n}=${w}`)
              .join(", "),
          )
          .join(" | ")}`
      : "";
    regels.push(`  ${b.naam} (peildatum ${b.peildatum}): ${p}${mix}`, `    conventies: ${b.conventies.join("; ")}`);
  }
  return regels;
}
