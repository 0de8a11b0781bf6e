/**
 * The shipped datasets: imported as JSON (works in Node, Jest and webpack alike) and validated with zod at load.
 * A broken data file fails loudly at import time with a message naming the file and the field.
 */
import type { z } from "zod";
import { DATA_MSG } from "./berichten";
import {
  caoDatasetSchema,
  cpiDatasetSchema,
  indexDatasetSchema,
  meegeleverdeTabelSchema,
  pensioenDatasetSchema,
  premieDatasetSchema,
  wmlDatasetSchema,
  type CaoDataset,
  type CaoTabel,
} from "./schema";
import { valideer } from "./validatie";

import caoJeugdzorg from "./datasets/cao-jeugdzorg.json";
import caoSociaalWerk from "./datasets/cao-sociaal-werk.json";
import caoGgz from "./datasets/cao-ggz.json";
import caoGehandicaptenzorg from "./datasets/cao-gehandicaptenzorg.json";
import caoVvt from "./datasets/cao-vvt.json";
import caoKinderopvang from "./datasets/cao-kinderopvang.json";
import tabelGhz20220501 from "./datasets/tabel-gehandicaptenzorg-2022-05-01.json";
import tabelGhz20231201 from "./datasets/tabel-gehandicaptenzorg-2023-12-01.json";
import tabelSw20240701 from "./datasets/tabel-sociaal-werk-2024-07-01.json";
import tabelKo20250101 from "./datasets/tabel-kinderopvang-2025-01-01.json";
import tabelKo20250701 from "./datasets/tabel-kinderopvang-2025-07-01.json";
import tabelKo20260101 from "./datasets/tabel-kinderopvang-2026-01-01.json";
import tabelKo20260901 from "./datasets/tabel-kinderopvang-2026-09-01.json";
import premies from "./datasets/werkgeverspremies.json";
import pfzw from "./datasets/pfzw.json";
import ovaPpc from "./datasets/ova-ppc.json";
import wml from "./datasets/wml.json";
import cpi from "./datasets/cpi.json";

/** Every shipped data file by name (for the data report and the provenance test). */
export const RUWE_DATASETS: Readonly<Record<string, unknown>> = {
  "cao-jeugdzorg": caoJeugdzorg,
  "cao-sociaal-werk": caoSociaalWerk,
  "cao-ggz": caoGgz,
  "cao-gehandicaptenzorg": caoGehandicaptenzorg,
  "cao-vvt": caoVvt,
  "cao-kinderopvang": caoKinderopvang,
  "tabel-gehandicaptenzorg-2022-05-01": tabelGhz20220501,
  "tabel-gehandicaptenzorg-2023-12-01": tabelGhz20231201,
  "tabel-sociaal-werk-2024-07-01": tabelSw20240701,
  "tabel-kinderopvang-2025-01-01": tabelKo20250101,
  "tabel-kinderopvang-2025-07-01": tabelKo20250701,
  "tabel-kinderopvang-2026-01-01": tabelKo20260101,
  "tabel-kinderopvang-2026-09-01": tabelKo20260901,
  werkgeverspremies: premies,
  pfzw,
  "ova-ppc": ovaPpc,
  wml,
  cpi,
};

/** Validates one data file; throws InvoerFout naming the file and the fields. */
export function laadDataset<S extends z.ZodType>(schema: S, naam: string, raw: unknown): z.infer<S> {
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

export const CAO_DATASETS: readonly CaoDataset[] = Object.entries(RUWE_DATASETS)
  .filter(([naam]) => naam.startsWith("cao-"))
  .map(([naam, raw]) => laadDataset(caoDatasetSchema, naam, raw));

export const MEEGELEVERDE_TABELLEN: readonly CaoTabel[] = Object.entries(RUWE_DATASETS)
  .filter(([naam]) => naam.startsWith("tabel-"))
  .map(([naam, raw]) => {
    const t = laadDataset(meegeleverdeTabelSchema, naam, raw);
    controleerLadder(t, naam);
    return t;
  });

export const PREMIES = laadDataset(premieDatasetSchema, "werkgeverspremies", premies);
export const PENSIOEN = laadDataset(pensioenDatasetSchema, "pfzw", pfzw);
export const INDEXCIJFERS = laadDataset(indexDatasetSchema, "ova-ppc", ovaPpc);
export const WML = laadDataset(wmlDatasetSchema, "wml", wml);
export const CPI = laadDataset(cpiDatasetSchema, "cpi", cpi);
