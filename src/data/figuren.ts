/**
 * Walks a data file and lists every figure with its provenance (bron, geldigVanaf, status), inherited from the
 * nearest enclosing object that states it. Used by `bronnen()`, the data report and the provenance test.
 */
import type { Status } from "../core/bronnen";

export const FIGUUR_VELDEN = ["waarde", "bedrag", "percentage", "minimumBedrag", "maximumBedrag", "vastBedragVooraf"] as const;

export interface Figuur {
  dataset: string;
  /** JSON path, e.g. "jaren.0.componenten.3.waarde" */
  pad: string;
  label: string;
  waarde: string;
  bron?: string;
  geldigVanaf?: string;
  status?: Status | string;
}

interface Geerfd {
  bron?: string;
  geldigVanaf?: string;
  status?: string;
  label?: string;
}

function labelVan(o: Record<string, unknown>, vorig: string | undefined): string | undefined {
  if (typeof o.naam === "string") return o.naam;
  if (typeof o.soort === "string" && typeof o.jaar === "number" && (o.soort === "prognose" || o.soort === "definitief")) return `${o.jaar} ${o.soort}`;
  if (typeof o.jaar === "number") return String(o.jaar);
  if (typeof o.trede === "string") return `${vorig ?? ""} trede ${o.trede}`.trim();
  if (typeof o.inpassingsnummer === "number") return `inpassingsnummer ${o.inpassingsnummer}`;
  if (typeof o.geldigVanaf === "string" && typeof o.percentage === "string") return `verhoging ${o.geldigVanaf}`;
  return vorig;
}

export function figurenVan(dataset: string, raw: unknown): Figuur[] {
  const uit: Figuur[] = [];
  const loop = (x: unknown, pad: string[], erf: Geerfd) => {
    if (Array.isArray(x)) {
      x.forEach((y, i) => loop(y, [...pad, String(i)], erf));
      return;
    }
    if (!x || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    const hier: Geerfd = {
      bron: typeof o.bron === "string" ? o.bron : erf.bron,
      geldigVanaf: typeof o.geldigVanaf === "string" ? o.geldigVanaf : erf.geldigVanaf,
      status: typeof o.status === "string" ? o.status : erf.status,
      label: labelVan(o, erf.label),
    };
    for (const veld of FIGUUR_VELDEN) {
      const w = o[veld];
      if (w === undefined || w === null || typeof w === "object") continue;
      uit.push({
        dataset,
        pad: [...pad, veld].join("."),
        label: hier.label ?? pad.join("."),
        waarde: String(w),
        bron: hier.bron,
        geldigVanaf: hier.geldigVanaf,
        status: hier.status,
      });
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === "conflict" || (FIGUUR_VELDEN as readonly string[]).includes(k)) continue;
      if (v && typeof v === "object") loop(v, [...pad, k], hier);
    }
  };
  loop(raw, [], {});
  return uit;
}
