/** The known CAOs (from the shipped datasets) and the resolution of a user's spelling to the canonical name. */
import { normaliseerKeuze } from "../core/parameters/waarden";
import { CAO_DATASETS } from "./laden";
import { sleutelCao } from "./namen";
import type { CaoDataset } from "./schema";

/** How each CAO names its scales. */
const SCHAAL_VOORVOEGSEL: Readonly<Record<string, "FWG" | "Schaal">> = {
  Gehandicaptenzorg: "FWG",
  VVT: "FWG",
  GGZ: "FWG",
  Jeugdzorg: "Schaal",
  "Sociaal Werk": "Schaal",
  Kinderopvang: "Schaal",
};

const PER_SLEUTEL = new Map<string, CaoDataset>();
for (const d of CAO_DATASETS) {
  PER_SLEUTEL.set(sleutelCao(d.cao), d);
  for (const a of d.aliassen) PER_SLEUTEL.set(sleutelCao(a), d);
}

export function bekendeCaos(): string[] {
  return CAO_DATASETS.map((d) => d.cao);
}

/** A look-up by user text in a constant table: own properties only ("constructor" is not a CAO). */
function eigen<T>(tabel: Readonly<Record<string, T>>, sleutel: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(tabel, sleutel) ? tabel[sleutel] : undefined;
}

/** The shipped dataset for a CAO spelling, or undefined. */
export function zoekCao(naam: string): CaoDataset | undefined {
  return PER_SLEUTEL.get(sleutelCao(naam));
}

/** Canonical name of a known CAO, or the trimmed input for a CAO only known from user tables. */
export function canoniekeCao(naam: string): string {
  return zoekCao(naam)?.cao ?? naam.trim().replace(/\s+/g, " ");
}

export function schaalVoorvoegsel(cao: string, voorkeur?: "FWG" | "Schaal"): "FWG" | "Schaal" {
  return eigen(SCHAAL_VOORVOEGSEL, canoniekeCao(cao)) ?? voorkeur ?? "Schaal";
}

/** Spelling keys of all known CAOs and aliases, for suggestions. */
export function caoSleutels(): Array<{ sleutel: string; naam: string }> {
  return [...PER_SLEUTEL.entries()].map(([sleutel, d]) => ({ sleutel, naam: d.cao }));
}

/** Parameter names that exist in at least one CAO dataset (plus the three the engine asks for). */
export function caoParameterNamen(): string[] {
  const namen = new Set(["uren_per_week", "vakantietoeslag", "eindejaarsuitkering"]);
  for (const d of CAO_DATASETS) for (const p of d.parameters) namen.add(p.naam);
  return [...namen];
}

/** Parameters expressed as a fraction (the others are hours or euro amounts). */
export function isFractieParameter(naam: string): boolean {
  return !["uren_per_week", "jaaruren", "minimum_uurloon"].includes(naam) && !naam.endsWith("_per_jaar");
}

/** "Uren per week" → "uren_per_week" */
export function normaliseerParameterNaam(naam: unknown): string {
  return normaliseerKeuze(String(naam ?? ""));
}

/** The scale numbers a CAO knows (from the reference: FWG 5–80 in steps of 5; Sociaal Werk 1–15 + U1/U2; Kinderopvang 1–15). */
const BEKENDE_SCHALEN: Readonly<Record<string, { toegestaan: (kern: string) => boolean; omschrijving: string }>> = {
  Gehandicaptenzorg: { toegestaan: (k) => /^\d+$/.test(k) && Number(k) % 5 === 0 && Number(k) >= 5 && Number(k) <= 80, omschrijving: "FWG 5, 10, 15 … 80" },
  VVT: { toegestaan: (k) => /^\d+$/.test(k) && Number(k) % 5 === 0 && Number(k) >= 5 && Number(k) <= 80, omschrijving: "FWG 5, 10, 15 … 80" },
  "Sociaal Werk": {
    toegestaan: (k) => (/^\d+$/.test(k) && Number(k) >= 1 && Number(k) <= 15) || k === "u1" || k === "u2",
    omschrijving: "schaal 1 … 15, U1 en U2",
  },
  Kinderopvang: { toegestaan: (k) => /^\d+$/.test(k) && Number(k) >= 1 && Number(k) <= 15, omschrijving: "schaal 1 … 15" },
};

/** Undefined when the scale fits the CAO; otherwise a description of the scales the CAO knows. */
export function schaalPastNiet(cao: string, kern: string): string | undefined {
  const b = eigen(BEKENDE_SCHALEN, canoniekeCao(cao));
  return b && !b.toegestaan(kern) ? b.omschrijving : undefined;
}
