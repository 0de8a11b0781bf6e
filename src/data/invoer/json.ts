/** User tables from JSON (the registry's full form or a compact form), checked as a range (./bereik.ts). */
import { DATA_MSG } from "../berichten";
import { tredeKern } from "../namen";
import { gebruikersSchemas, type CaoTabel } from "../schema";
import { controleer } from "../validatie";
import { fout, leesTabelUitBereik } from "./bereik";

/** Full-form JSON as users write it: numbers allowed for amounts and steps, metadata optional. */
function normaliseerVolledigeJson(o: Record<string, unknown>): Record<string, unknown> {
  const alsTekst = (w: unknown) => (typeof w === "number" ? String(w) : w);
  const schalen = (o.schalen as unknown[]).map((s) => {
    const schaal = (s ?? {}) as Record<string, unknown>;
    const treden = Array.isArray(schaal.treden)
      ? schaal.treden.map((t) => ({
          ...(t as object),
          trede: alsTekst((t as Record<string, unknown>)?.trede),
          bedrag: alsTekst((t as Record<string, unknown>)?.bedrag),
        }))
      : schaal.treden;
    return { ...schaal, treden };
  });
  return {
    ...o,
    status: "gebruiker",
    omschrijving: o.omschrijving ?? "",
    eenheid: o.eenheid ?? "maand",
    afronding: o.afronding ?? "cent",
    bron: o.bron ?? "gebruikerstabel",
    schalen,
  };
}

/**
 * Reads a table from JSON: either the full table form (as saved by the registry: `schalen: [{ naam, treden:
 * [{ trede, bedrag }] }]`) or the compact form `schalen: { "FWG 5": { "0": 1900, "1": 1930 } }` or
 * `{ "FWG 5": [1900, 1930] }` (steps from 0). Both are checked like a range (scales as rows).
 */
export function leesTabelUitJson(tekst: string): CaoTabel {
  let raw: unknown;
  try {
    raw = JSON.parse(tekst);
  } catch (e) {
    throw fout(DATA_MSG.ongeldigeJson((e as Error).message));
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw fout(DATA_MSG.ongeldigeTabelJson(["verwacht een object met cao, geldigVanaf en schalen"]));
  const o = raw as Record<string, unknown>;
  let schalen: Array<{ naam: string; treden: Array<{ trede: string; bedrag: unknown }> }>;
  if (Array.isArray(o.schalen)) {
    const r = controleer(gebruikersSchemas().caoTabelSchema, normaliseerVolledigeJson(o));
    if (!r.ok) throw fout(DATA_MSG.ongeldigeTabelJson(r.fouten));
    schalen = r.waarde.schalen;
  } else if (o.schalen && typeof o.schalen === "object") {
    schalen = Object.entries(o.schalen as Record<string, unknown>).map(([naam, w]) => ({
      naam,
      treden: Array.isArray(w)
        ? w.map((bedrag, i) => ({ trede: String(i), bedrag }))
        : Object.entries((w ?? {}) as Record<string, unknown>).map(([trede, bedrag]) => ({ trede, bedrag })),
    }));
  } else {
    throw fout(DATA_MSG.ongeldigeTabelJson(["schalen: ontbreekt"]));
  }
  // all steps in order (numeric order, 'start' first), scales as rows
  const alle: string[] = [];
  for (const s of schalen) for (const t of s.treden) if (!alle.includes(t.trede)) alle.push(t.trede);
  const volgorde = (t: string) => {
    const kern = tredeKern(t);
    return kern !== null && /^\d+$/.test(kern) ? Number(kern) : -1;
  };
  alle.sort((a, b) => volgorde(a) - volgorde(b));
  const raster: unknown[][] = [["", ...alle], ...schalen.map((s) => [s.naam, ...alle.map((t) => s.treden.find((x) => x.trede === t)?.bedrag ?? null)])];
  const tabel = leesTabelUitBereik(raster, {
    cao: String(o.cao ?? ""),
    geldigVanaf: o.geldigVanaf as string,
    bron: typeof o.bron === "string" ? o.bron : undefined,
    eenheid: o.eenheid as "maand" | "uur" | undefined,
    orientatie: "rijen",
    afronding: o.afronding as "euro" | "cent" | undefined,
    urenPerWeek: typeof o.urenPerWeek === "string" ? o.urenPerWeek : undefined,
    omschrijving: typeof o.omschrijving === "string" && o.omschrijving ? o.omschrijving : undefined,
  });
  return tabel;
}
