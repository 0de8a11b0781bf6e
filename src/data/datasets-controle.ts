/**
 * The check of the shipped data files against their schemas, run by the tests and before every add-in build
 * (DatasetControlePlugin in webpack.config.js). Not imported by the add-in or the engine: the
 * files are static, so load time does no schema work (cold start and bundle size).
 */
import type * as z from "../core/zod";
import { DATA_MSG } from "./berichten";
import { RUWE_DATASETS } from "./laden";
import type { CaoTabel } from "./schema";
import {
  caoDatasetSchema,
  cpiDatasetSchema,
  indexDatasetSchema,
  meegeleverdeTabelSchema,
  pensioenDatasetSchema,
  premieDatasetSchema,
  wmlDatasetSchema,
} from "./schema-datasets";
import { valideer } from "./validatie";

/** Validates one data file; throws InvoerFout naming the file and the fields. */
export function laadDataset<S extends z.ZodMiniType>(schema: S, naam: string, raw: unknown): z.infer<S> {
  return valideer(schema, raw, (fouten) => DATA_MSG.ongeldigBestand(naam, fouten));
}

/** Checks that a table with an inpassingsnummer ladder uses the ladder's amounts. */
export function controleerLadder(tabel: CaoTabel, naam: string): void {
  if (!tabel.ladder) return;
  const ladder = new Map(tabel.ladder.map((l) => [l.inpassingsnummer, l.bedrag]));
  const fouten: string[] = [];
  for (const s of tabel.schalen) {
    for (const t of s.treden) {
      if (t.inpassingsnummer === undefined) continue;
      const verwacht = ladder.get(t.inpassingsnummer);
      if (verwacht !== t.bedrag)
        fouten.push(`${s.naam} trede ${t.trede}: bedrag ${t.bedrag} hoort bij inpassingsnummer ${t.inpassingsnummer} = ${verwacht ?? "(onbekend)"}`);
    }
  }
  if (fouten.length) throw new Error(DATA_MSG.ongeldigBestand(naam, fouten));
}

/** The schema of a shipped data file, by its name. */
export function schemaVan(naam: string): z.ZodMiniType {
  if (naam.startsWith("cao-")) return caoDatasetSchema;
  if (naam.startsWith("tabel-")) return meegeleverdeTabelSchema;
  const schemas: Record<string, z.ZodMiniType> = {
    werkgeverspremies: premieDatasetSchema,
    pfzw: pensioenDatasetSchema,
    "ova-ppc": indexDatasetSchema,
    wml: wmlDatasetSchema,
    cpi: cpiDatasetSchema,
  };
  const s = schemas[naam];
  if (!s) throw new Error(`Databestand '${naam}' heeft geen schema; voeg het toe aan schemaVan in src/data/datasets-controle.ts.`);
  return s;
}

/** Field paths present in `raw` but not in `gelezen` (keys the schema does not know and would silently drop). */
function onbekendeVelden(raw: unknown, gelezen: unknown, pad: string): string[] {
  if (Array.isArray(raw)) return raw.flatMap((x, i) => onbekendeVelden(x, (gelezen as unknown[])[i], pad ? `${pad}.${i}` : String(i)));
  if (raw === null || typeof raw !== "object") return [];
  const g = gelezen as Record<string, unknown>;
  return Object.entries(raw).flatMap(([k, v]) => {
    const p = pad ? `${pad}.${k}` : k;
    return k in g ? onbekendeVelden(v, g[k], p) : [`${p}: onbekend veld (niet in het schema)`];
  });
}

/**
 * Checks every shipped data file: its schema, no fields the schema does not know (the files are used as they are,
 * so a misspelt optional field must not pass unnoticed) and the inpassingsnummer ladders. Throws on the first
 * broken file with a message naming the file and the fields.
 */
export function controleerDatasets(datasets: Readonly<Record<string, unknown>> = RUWE_DATASETS): void {
  for (const [naam, raw] of Object.entries(datasets)) {
    const gelezen = laadDataset(schemaVan(naam), naam, raw);
    const onbekend = onbekendeVelden(raw, gelezen, "");
    if (onbekend.length) throw new Error(DATA_MSG.ongeldigBestand(naam, onbekend.slice(0, 8)));
    if (naam.startsWith("tabel-")) controleerLadder(gelezen as CaoTabel, naam);
  }
}
