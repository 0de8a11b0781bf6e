/**
 * The shipped datasets: imported as JSON (works in Node, Jest and webpack alike). They are static, so their
 * schemas (schema-datasets.ts) are checked by the tests and by every build (datasets-controle.ts), not here: the
 * add-in starts without schema work and its bundle does not carry the dataset schemas.
 */
import type { CaoDataset, CaoTabel, CpiDataset, IndexDataset, PensioenDataset, PremieDataset, WmlDataset } from "./schema";

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

export const CAO_DATASETS: readonly CaoDataset[] = Object.entries(RUWE_DATASETS)
  .filter(([naam]) => naam.startsWith("cao-"))
  .map(([, raw]) => raw as CaoDataset);

export const MEEGELEVERDE_TABELLEN: readonly CaoTabel[] = Object.entries(RUWE_DATASETS)
  .filter(([naam]) => naam.startsWith("tabel-"))
  .map(([, raw]) => raw as CaoTabel);

export const PREMIES = premies as PremieDataset;
export const PENSIOEN = pfzw as PensioenDataset;
export const INDEXCIJFERS = ovaPpc as IndexDataset;
export const WML = wml as WmlDataset;
export const CPI = cpi as CpiDataset;
