/**
 * The registry of user tables (domain spec §10: users add or replace CAO tables without a new release). User
 * tables take precedence over shipped tables for the same CAO and date. The registry is saved in the workbook
 * through `WerkboekOpslag` (in Excel: `Office.context.document.settings`, which travel with the workbook).
 */
import * as z from "../core/zod";
import { InvoerFout } from "../core/errors";
import { DATA_MSG } from "./berichten";
import { canoniekeCao } from "./caos";
import { gebruikersSchemas, type CaoTabel } from "./schema";
import { controleer } from "./validatie";
import { sleutelCao } from "./namen";
import { gebruikersIndexcijferSchema, gebruikersPremiejaarSchema, type GebruikersIndexcijfer, type GebruikersPremiejaar } from "./gebruikerscijfers";

/** A key-value store inside the workbook. */
export interface WerkboekOpslag {
  lees(sleutel: string): string | undefined;
  schrijf(sleutel: string, waarde: string): Promise<void>;
}

/** The settings key under which the registry is stored. */
export const OPSLAG_SLEUTEL = "reeleTarieven.gebruikersTabellen";
/** Format version of the stored JSON. */
export const OPSLAG_VERSIE = 1;

/** A user-supplied CAO parameter (e.g. the Kinderopvang vakantietoeslag the reference lacks). */
export interface GebruikersParameter {
  cao: string;
  /** canonical parameter name, e.g. "vakantietoeslag" */
  naam: string;
  /** decimal string; fractions for percentages ("0.08") */
  waarde: string;
  geldigVanaf: string;
  bron: string;
}

const parameterSchema = z.lui(() =>
  z.object({
    cao: z.string().check(z.minLength(1)),
    naam: z.string().check(z.regex(/^[a-z_]+$/)),
    waarde: z.string().check(z.regex(/^-?\d+(\.\d+)?$/)),
    geldigVanaf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    bron: z.string(),
  }),
);

const opslagSchema = z.lui(() =>
  z.object({
    versie: z.literal(OPSLAG_VERSIE),
    tabellen: z.array(gebruikersSchemas().caoTabelSchema),
    parameters: z.optional(z.array(parameterSchema())),
    indexcijfers: z.optional(z.array(gebruikersIndexcijferSchema())),
    premies: z.optional(z.array(gebruikersPremiejaarSchema())),
  }),
);

export class GebruikersTabellen {
  private tabellen: CaoTabel[] = [];
  private parameterLijst: GebruikersParameter[] = [];
  private indexLijst: GebruikersIndexcijfer[] = [];
  private premieLijst: GebruikersPremiejaar[] = [];
  private readonly luisteraars = new Set<(versie: number) => void>();
  /** Increases with every change; the Excel layer uses it (or `onChange`) to trigger recalculation. */
  versie = 0;

  /** Adds a table, or replaces the user table of the same CAO and date. The table is stored as `gebruiker`. */
  voegToe(tabel: CaoTabel): void {
    const r = controleer(gebruikersSchemas().caoTabelSchema, tabel);
    if (!r.ok) throw new InvoerFout(DATA_MSG.ongeldigeTabelJson(r.fouten));
    const t: CaoTabel = { ...r.waarde, cao: canoniekeCao(r.waarde.cao), status: "gebruiker" };
    this.tabellen = [...this.tabellen.filter((x) => !(sleutelCao(x.cao) === sleutelCao(t.cao) && x.geldigVanaf === t.geldigVanaf)), t];
    this.gewijzigd();
  }

  /** Removes the user table of a CAO (any accepted spelling) and date; no-op when there is none. */
  verwijder(cao: string, geldigVanaf: string): void {
    const k = sleutelCao(canoniekeCao(cao));
    const voor = this.tabellen.length;
    this.tabellen = this.tabellen.filter((x) => !(sleutelCao(x.cao) === k && x.geldigVanaf === geldigVanaf));
    if (this.tabellen.length !== voor) this.gewijzigd();
  }

  lijst(): CaoTabel[] {
    return [...this.tabellen].sort((a, b) => a.cao.localeCompare(b.cao) || a.geldigVanaf.localeCompare(b.geldigVanaf));
  }

  /** Adds CAO parameters (a parameter set), replacing user parameters of the same CAO, name and date. */
  voegParametersToe(parameters: GebruikersParameter[]): void {
    const nieuw: GebruikersParameter[] = [];
    for (const p of parameters) {
      const r = controleer(parameterSchema(), p);
      if (!r.ok) throw new InvoerFout(DATA_MSG.ongeldigeParameterSet(r.fouten));
      nieuw.push({ ...r.waarde, cao: canoniekeCao(r.waarde.cao) });
    }
    const zelfde = (a: GebruikersParameter, b: GebruikersParameter) =>
      sleutelCao(a.cao) === sleutelCao(b.cao) && a.naam === b.naam && a.geldigVanaf === b.geldigVanaf;
    this.parameterLijst = [...this.parameterLijst.filter((x) => !nieuw.some((n) => zelfde(x, n))), ...nieuw];
    this.gewijzigd();
  }

  verwijderParameter(cao: string, naam: string, geldigVanaf: string): void {
    const k = sleutelCao(canoniekeCao(cao));
    const voor = this.parameterLijst.length;
    this.parameterLijst = this.parameterLijst.filter((x) => !(sleutelCao(x.cao) === k && x.naam === naam && x.geldigVanaf === geldigVanaf));
    if (this.parameterLijst.length !== voor) this.gewijzigd();
  }

  parameters(): GebruikersParameter[] {
    return [...this.parameterLijst].sort((a, b) => a.cao.localeCompare(b.cao) || a.naam.localeCompare(b.naam) || a.geldigVanaf.localeCompare(b.geldigVanaf));
  }

  /** Adds the user's OVA/PPC figures (from leesIndexcijfersUitBereik/Csv/Json), replacing user figures of the same series, year and soort. */
  voegIndexcijfersToe(cijfers: GebruikersIndexcijfer[]): void {
    const nieuw = cijfers.map((c) => {
      const r = controleer(gebruikersIndexcijferSchema(), c);
      if (!r.ok) throw new InvoerFout(DATA_MSG.ongeldigeParameterSet(r.fouten));
      return r.waarde;
    });
    const zelfde = (a: GebruikersIndexcijfer, b: GebruikersIndexcijfer) => a.reeks === b.reeks && a.jaar === b.jaar && a.soort === b.soort;
    this.indexLijst = [...this.indexLijst.filter((x) => !nieuw.some((n) => zelfde(x, n))), ...nieuw];
    this.gewijzigd();
  }

  indexcijfers(): GebruikersIndexcijfer[] {
    return [...this.indexLijst].sort((a, b) => a.jaar - b.jaar || a.reeks.localeCompare(b.reeks) || a.soort.localeCompare(b.soort));
  }

  /** Adds the user's employer premiums per year, replacing user premiums of the same year. */
  voegPremiesToe(jaren: GebruikersPremiejaar[]): void {
    const nieuw = jaren.map((j) => {
      const r = controleer(gebruikersPremiejaarSchema(), j);
      if (!r.ok) throw new InvoerFout(DATA_MSG.ongeldigeParameterSet(r.fouten));
      return r.waarde;
    });
    this.premieLijst = [...this.premieLijst.filter((x) => !nieuw.some((n) => n.jaar === x.jaar)), ...nieuw];
    this.gewijzigd();
  }

  premies(): GebruikersPremiejaar[] {
    return [...this.premieLijst].sort((a, b) => a.jaar - b.jaar);
  }

  /** Removes all user index figures and premiums (the CAO tables stay). */
  wisCijfers(): void {
    if (this.indexLijst.length === 0 && this.premieLijst.length === 0) return;
    this.indexLijst = [];
    this.premieLijst = [];
    this.gewijzigd();
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(luisteraar: (versie: number) => void): () => void {
    this.luisteraars.add(luisteraar);
    return () => this.luisteraars.delete(luisteraar);
  }

  serialiseer(): string {
    const parameters = this.parameters();
    const indexcijfers = this.indexcijfers();
    const premies = this.premies();
    return JSON.stringify({
      versie: OPSLAG_VERSIE,
      tabellen: this.lijst(),
      ...(parameters.length ? { parameters } : {}),
      ...(indexcijfers.length ? { indexcijfers } : {}),
      ...(premies.length ? { premies } : {}),
    });
  }

  async opslaan(store: WerkboekOpslag): Promise<void> {
    await store.schrijf(OPSLAG_SLEUTEL, this.serialiseer());
  }

  /** Replaces the contents with what the store holds (used to refresh the global registry when a workbook opens). */
  herlaad(store: WerkboekOpslag): void {
    const geladen = GebruikersTabellen.laden(store);
    this.tabellen = geladen.tabellen;
    this.parameterLijst = geladen.parameterLijst;
    this.indexLijst = geladen.indexLijst;
    this.premieLijst = geladen.premieLijst;
    this.gewijzigd();
  }

  static laden(store: WerkboekOpslag): GebruikersTabellen {
    const reg = new GebruikersTabellen();
    const tekst = store.lees(OPSLAG_SLEUTEL);
    if (tekst === undefined || tekst === "") return reg;
    let raw: unknown;
    try {
      raw = JSON.parse(tekst);
    } catch (e) {
      throw new InvoerFout(DATA_MSG.opslagOngeldig((e as Error).message));
    }
    const versie = (raw as { versie?: unknown } | null)?.versie;
    if (versie !== OPSLAG_VERSIE) throw new InvoerFout(DATA_MSG.opslagVersie(versie));
    const r = controleer(opslagSchema(), raw);
    if (!r.ok) throw new InvoerFout(DATA_MSG.opslagOngeldig(r.fouten.join("; ")));
    reg.tabellen = r.waarde.tabellen.map((t) => ({ ...t, status: "gebruiker" as const }));
    reg.parameterLijst = r.waarde.parameters ?? [];
    reg.indexLijst = r.waarde.indexcijfers ?? [];
    reg.premieLijst = r.waarde.premies ?? [];
    return reg;
  }

  private gewijzigd(): void {
    this.versie++;
    for (const l of this.luisteraars) l(this.versie);
  }
}

/** The global registry used by `standaardCaoBron`. */
export const gebruikersTabellen = new GebruikersTabellen();
