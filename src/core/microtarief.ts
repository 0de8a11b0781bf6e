/**
 * The region's micro-tariff rule (domain spec §8), one of:
 *   (a) percentage — a percentage of the standard tariff: round(standaardtarief × percentage, afronding);
 *   (b) model      — the standard model with overrides (e.g. a reference salary instead of a CAO, lower overhead,
 *                    no risk surcharge); a salary override replaces the norm staffing's CAO salaries;
 *   (c) vast       — a fixed amount per unit.
 * The result says which rule applied, with the recorded justification, and its breakdown adds up to the tariff.
 */
import { rondAf } from "./afronding";
import type { RekenContext } from "./bronnen";
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { formatBedrag, formatProcent, toonWaarde } from "./format";
import type { OpbouwRegel } from "./opbouw";
import type { Parameters } from "./parameters/schema";
import { berekenTarief, type TariefInvoer, type TariefResultaat } from "./tarief";

export const MICRO_REGELS = ["percentage", "model", "vast"] as const;
export type MicroRegelSoort = (typeof MICRO_REGELS)[number];

export type MicroRegel =
  | { soort: "percentage"; percentage: Decimal }
  | { soort: "model"; wijzigingen: Parameters }
  | { soort: "vast"; bedrag: Decimal };

export const MICRO_REGEL_NAAM: Record<MicroRegelSoort, string> = {
  percentage: "(a) percentage van het standaardtarief",
  model: "(b) standaardmodel met aanpassingen",
  vast: "(c) vast bedrag",
};

export interface MicroTariefResultaat {
  tarief: Decimal;
  regel: MicroRegel;
  /** e.g. "(a) percentage van het standaardtarief: 85%" */
  regelOmschrijving: string;
  onderbouwing: string;
  standaard: TariefResultaat;
  /** the model result under rule (b) */
  model?: TariefResultaat;
  /** lines that add up to the micro tariff; the last is the tariff itself is NOT included */
  opbouw: OpbouwRegel[];
}

const SALARIS = ["maandsalaris", "loonkosten_fte", "loonkosten_per_uur"] as const;

/** Checks a rule's own parameters (a rule without them is an error naming the rule). */
export function controleerMicroRegel(regel: MicroRegel): void {
  if (regel.soort === "percentage") {
    const p = regel.percentage;
    if (p === undefined) throw new InvoerFout("Microtariefregel 'percentage' zonder percentage: geef het percentage van het standaardtarief (bijv. 85% = 0,85).", { parameter: "percentage", toegestaan: "0 < percentage ≤ 1" });
    if (p.greaterThan(1) && p.lessThanOrEqualTo(100)) {
      throw new InvoerFout(`percentage = ${toonWaarde(p)} lijkt een percentage als heel getal: gebruik ${toonWaarde(p)}% of ${toonWaarde(p.dividedBy(100))}; toegestaan: groter dan 0 en ten hoogste 1.`, { parameter: "percentage", waarde: p.toNumber(), toegestaan: "0 < percentage ≤ 1" });
    }
    if (!p.greaterThan(0) || p.greaterThan(1)) throw new InvoerFout(`percentage = ${toonWaarde(p)} ligt buiten het toegestane bereik: groter dan 0 en ten hoogste 1 (100%).`, { parameter: "percentage", waarde: p.toNumber(), toegestaan: "0 < percentage ≤ 1" });
  } else if (regel.soort === "vast") {
    const b = regel.bedrag;
    if (b === undefined) throw new InvoerFout("Microtariefregel 'vast' zonder bedrag: geef het vaste tarief per eenheid in euro's.", { parameter: "bedrag", toegestaan: "bedrag > 0" });
    if (!b.greaterThan(0)) throw new InvoerFout(`bedrag = ${toonWaarde(b)}; toegestaan: een bedrag groter dan 0.`, { parameter: "bedrag", waarde: b.toNumber(), toegestaan: "bedrag > 0" });
    if (b.decimalPlaces() > 2) throw new InvoerFout(`bedrag = ${toonWaarde(b)} heeft meer dan 2 decimalen; geef het vaste tarief in euro's en centen.`, { parameter: "bedrag", waarde: b.toNumber(), toegestaan: "hele centen" });
  } else if (regel.soort === "model") {
    const n = Object.values(regel.wijzigingen ?? {}).filter((v) => v !== undefined).length;
    if (n === 0) throw new InvoerFout("Microtariefregel 'model' zonder aanpassingen: geef de parameters die voor micro-ondernemingen anders zijn (bijv. maandsalaris, overhead, risico_opslag).", { parameter: "aanpassingen", toegestaan: "een parameterbereik" });
  }
}

/** The micro tariff of a product from its standard input, under the region's rule, with the justification. */
export function berekenMicroTarief(standaard: TariefInvoer, regel: MicroRegel, onderbouwing: string, context: RekenContext = {}): MicroTariefResultaat {
  if (typeof onderbouwing !== "string" || onderbouwing.trim() === "") {
    throw new InvoerFout(`De microtariefregel ${MICRO_REGEL_NAAM[regel.soort]} heeft geen onderbouwing: leg in woorden vast waarom de regio deze regel kiest.`, { parameter: "onderbouwing", toegestaan: "tekst" });
  }
  controleerMicroRegel(regel);
  const std = berekenTarief(standaard, context);
  const onderbouwd = onderbouwing.trim();
  if (regel.soort === "model") {
    const w = regel.wijzigingen;
    const salarisVervangen = SALARIS.some((k) => w[k] !== undefined);
    const p: Record<string, unknown> = { ...standaard.parameters };
    if (salarisVervangen) for (const k of ["cao", "schaal", "trede", ...SALARIS]) delete p[k];
    for (const [k, v] of Object.entries(w)) if (v !== undefined) p[k] = v;
    const model = berekenTarief({ parameters: p as Parameters, functiemix: salarisVervangen ? undefined : standaard.functiemix }, context);
    const wat = Object.entries(w).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} = ${toonWaarde(v)}`).join(", ");
    const omschrijving = `${MICRO_REGEL_NAAM.model}: ${wat}${salarisVervangen ? " (referentiesalaris in plaats van de CAO-normbezetting)" : ""}`;
    return { tarief: model.tarief, regel, regelOmschrijving: omschrijving, onderbouwing: onderbouwd, standaard: std, model, opbouw: model.opbouw };
  }
  const tarief = regel.soort === "percentage" ? rondAf(std.tarief.times(regel.percentage), std.afronding) : regel.bedrag;
  const omschrijving = regel.soort === "percentage"
    ? `${MICRO_REGEL_NAAM.percentage}: ${formatProcent(regel.percentage)} van ${formatBedrag(std.tarief)}`
    : `${MICRO_REGEL_NAAM.vast}: ${formatBedrag(regel.bedrag)} per eenheid`;
  const verschil = tarief.minus(std.tarief);
  const opbouw: OpbouwRegel[] = regel.soort === "percentage"
    ? [...std.opbouw, { soort: "micro", label: "Microtarief: aanpassing op het standaardtarief", bedrag: verschil, exact: verschil, elementen: [], toelichting: omschrijving }]
    : [{ soort: "micro", label: "Microtarief: vast bedrag", bedrag: tarief, exact: tarief, elementen: [], toelichting: `${omschrijving}; niet opgebouwd uit kostprijselementen (standaardtarief ${formatBedrag(std.tarief)})` }];
  return { tarief, regel, regelOmschrijving: omschrijving, onderbouwing: onderbouwd, standaard: std, opbouw };
}
