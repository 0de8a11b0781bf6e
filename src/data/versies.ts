/**
 * Versions of the reference data for the audit block (core/verantwoording): every shipped dataset and every user
 * table gets a fingerprint of its content, and a source cited in a breakdown is traced back to the dataset or user
 * table it came from. The engine's `GegevensOmgeving` is implemented here, so src/core stays free of data files.
 */
import type { Herkomst, RekenContext, Status } from "../core/bronnen";
import type { DatasetVersie, GebruikerstabelVersie, GegevensOmgeving } from "../core/verantwoording";
import { gebruikersTabellen as globaleRegistratie, GebruikersTabellen } from "./gebruikers";
import { RUWE_DATASETS } from "./laden";
import { maakCaoBron } from "./opzoeken";
import type { CaoTabel } from "./schema";
import { vingerafdruk } from "./vingerafdruk";

interface Gegeven {
  bron?: unknown;
  geldigVanaf?: unknown;
  status?: unknown;
}

/** Every object in a dataset that carries its own provenance (bron + geldigVanaf + status). */
function gegevensIn(x: unknown, uit: Gegeven[] = []): Gegeven[] {
  if (Array.isArray(x)) for (const y of x) gegevensIn(y, uit);
  else if (x !== null && typeof x === "object") {
    const g = x as Gegeven;
    if (typeof g.bron === "string" && typeof g.geldigVanaf === "string" && typeof g.status === "string") uit.push(g);
    for (const v of Object.values(x)) if (typeof v === "object") gegevensIn(v, uit);
  }
  return uit;
}

let datasetsCache: DatasetVersie[] | undefined;
/** bron|geldigVanaf (and bron alone) → dataset ids holding a figure with that provenance */
let herkomstIndex: Map<string, string[]> | undefined;

function voegIndexToe(k: string, id: string): void {
  const ids = herkomstIndex!.get(k) ?? [];
  if (!ids.includes(id)) herkomstIndex!.set(k, [...ids, id]);
}

/** The shipped datasets with a fingerprint of their content and how many figures have each status. */
export function datasetVersies(): DatasetVersie[] {
  if (datasetsCache) return datasetsCache;
  herkomstIndex = new Map();
  datasetsCache = Object.entries(RUWE_DATASETS).map(([id, raw]) => {
    const telling = new Map<string, number>();
    for (const g of gegevensIn(raw)) {
      telling.set(String(g.status), (telling.get(String(g.status)) ?? 0) + 1);
      voegIndexToe(`${String(g.bron)}|${String(g.geldigVanaf)}`, id);
      voegIndexToe(String(g.bron), id);
    }
    const soort = String((raw as { soort?: unknown }).soort ?? "");
    const status = [...telling.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([s, n]) => `${s} ${n}`)
      .join(", ");
    return { id, soort, versie: vingerafdruk(raw), status };
  });
  return datasetsCache;
}

/** The id and fingerprint of a user table: what a recomputation must be given again. */
export function gebruikerstabelVersie(t: CaoTabel): GebruikerstabelVersie {
  return {
    id: `gebruiker:${t.cao}:${t.geldigVanaf}`,
    cao: t.cao,
    geldigVanaf: t.geldigVanaf,
    omschrijving: t.omschrijving,
    bron: t.bron,
    status: "gebruiker",
    versie: vingerafdruk(t),
  };
}

/** The data environment of a calculation: shipped datasets plus the user tables of `registratie`. */
export function gegevensOmgeving(registratie: GebruikersTabellen = globaleRegistratie): GegevensOmgeving {
  return {
    datasets: datasetVersies,
    gebruikerstabellen: () => registratie.lijst().map(gebruikerstabelVersie),
    gegevenVan(h: Herkomst) {
      const eigen = registratie.lijst().find((x) => x.bron === h.bron && x.geldigVanaf === h.geldigVanaf);
      if (eigen) {
        const v = gebruikerstabelVersie(eigen);
        return [{ id: v.id, versie: v.versie }];
      }
      const alle = datasetVersies();
      // exact provenance first; a derived table or a minimum-wage floor cites its base's source with another date
      const ids = herkomstIndex!.get(`${h.bron}|${h.geldigVanaf}`) ?? herkomstIndex!.get(h.bron) ?? [];
      return ids.map((id) => alle.find((x) => x.id === id)!).map((d) => ({ id: d.id, versie: d.versie }));
    },
    context: (vandaag: string): RekenContext => ({ caoBron: maakCaoBron(registratie), vandaag }),
  };
}

/** A user table given again for a recomputation: the registry it goes into (status becomes gebruiker). */
export function registratieMet(tabellen: readonly CaoTabel[]): GebruikersTabellen {
  const r = new GebruikersTabellen();
  for (const t of tabellen) r.voegToe(t);
  return r;
}

export type { Status };
