/**
 * A region as plain JSON-like data (the shipped sample region, or tables read from a workbook) → a validated
 * `Regio`. zod checks the shape; numbers are read exactly (strings or numbers → Decimal, never through a float
 * sum); parameter sets go through the canonical vocabulary. Every error names the place (product, row, field).
 */
import * as z from "./zod";
import { Decimal } from "./decimal";
import { InvoerFout } from "./errors";
import { maakBandbreedte, type Bandbreedte } from "./bandbreedte";
import { leesGetal } from "./parameters/getallen";
import { leesFunctieWaarden, leesParameterObject } from "./parameters/lezen";
import type { MicroRegel } from "./microtarief";
import type { Parameters } from "./parameters/schema";
import type { Regio } from "./regio-definitie";

function maakRegioSchema() {
  const getal = z.union([z.string(), z.number()]);
  const tekst = z.string().check(z.trim(), z.minLength(1));
  const parameterObject = z.record(z.string(), z.unknown());
  const geheelGetal = z.int();

  const cijfers = z.strictObject({ personeel: getal, jaaromzet: getal, balanstotaal: getal });

  return z.strictObject({
    naam: tekst,
    illustratief: z.optional(z.string()),
    gemeenten: z.array(tekst).check(z.minLength(1)),
    segmenten: z.array(z.strictObject({ code: tekst, naam: tekst })).check(z.minLength(1)),
    basisparameters: z._default(parameterObject, {}),
    referentieCao: tekst,
    caoIndeling: z.array(
      z.strictObject({
        cao: tekst,
        niveau: tekst,
        schaal: z.union([tekst, z.number()]),
        trede: z.union([tekst, z.number()]),
        parameters: z.optional(parameterObject),
      }),
    ),
    producten: z
      .array(
        z.strictObject({
          product: tekst,
          segment: tekst,
          productcategorie: z.optional(z.string()),
          productcode: z.optional(z.string()),
          financieringsvorm: z.enum(["pxq", "trajectprijs", "lumpsum"]),
          parameters: z.optional(parameterObject),
          norm: z.optional(z.array(z.strictObject({ niveau: tekst, aandeel: getal }))),
          verwachte_eenheden: z.optional(getal),
          samenstelling: z.optional(z.array(z.strictObject({ product: tekst, eenheden: getal }))),
          vaste_component: z.optional(getal),
          lumpsum: z.optional(getal),
        }),
      )
      .check(z.minLength(1)),
    aanbieders: z._default(
      z.array(
        z.strictObject({
          naam: tekst,
          cao: z.optional(z.string()),
          micro: z.optional(
            z.extend(cijfers, { partners: z.optional(z.array(z.extend(cijfers, { aandeel: getal }))), verbonden: z.optional(z.array(cijfers)) }),
          ),
        }),
      ),
      [],
    ),
    aanbiederSpecifiek: z._default(
      z.array(
        z.strictObject({
          product: tekst,
          parameters: z.array(tekst).check(z.minLength(1)),
          bandbreedtes: z.optional(z.array(z.strictObject({ parameter: tekst, min: getal, max: getal, norm: z.optional(getal) }))),
        }),
      ),
      [],
    ),
    inzendingen: z._default(
      z.array(z.strictObject({ aanbieder: tekst, product: tekst, parameters: parameterObject, onderbouwingen: z.optional(z.record(z.string(), z.string())) })),
      [],
    ),
    microRegels: z._default(
      z.array(
        z.strictObject({
          soort: z.enum(["percentage", "model", "vast"]),
          percentage: z.optional(getal),
          wijzigingen: z.optional(parameterObject),
          bedrag: z.optional(getal),
          onderbouwing: z.string(),
          gekozen: z.optional(z.boolean()),
        }),
      ),
      [],
    ),
    microProducten: z._default(z.array(tekst), []),
    scenarios: z._default(
      z.array(
        z.strictObject({
          naam: tekst,
          omschrijving: z.optional(z.string()),
          wijzigingen: z.array(z.strictObject({ product: z.optional(z.string()), parameter: tekst, waarde: z.unknown() })),
        }),
      ),
      [],
    ),
    /** one row per product, one column per municipality */
    volumes: z._default(z.array(z.record(z.string(), z.union([z.string(), z.number()]))), []),
    plafonds: z._default(z.array(z.strictObject({ gemeente: tekst, segment: tekst, bedrag: getal, jaar: z.optional(geheelGetal) })), []),
    beginjaar: z.int().check(z.gte(1900), z.lte(2200)),
    indexcijfers: z._default(z.array(getal), []),
  });
}
/** Built on first use (start-up builds no schema). */
export const regioSchema = z.lui(maakRegioSchema);

/** An exact number from a JSON string or number, or an error naming where. */
export function exactGetal(waarde: unknown, waar: string): Decimal {
  const g = leesGetal(waarde);
  if (!g) throw new InvoerFout(`${waar} = ${JSON.stringify(waarde)} is geen getal.`, { parameter: waar, waarde });
  return g.getal;
}

function metPlek<T>(waar: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InvoerFout) throw new InvoerFout(`${waar}: ${e.message}`, e.details);
    throw e;
  }
}

/** Validates and converts region data. */
export function leesRegio(data: unknown): Regio {
  const r = regioSchema().safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new InvoerFout(`Regiogegevens, veld ${i.path.join(".") || "(hoofdniveau)"}: ${i.message}`, { parameter: i.path.join(".") });
  }
  const d = r.data;
  const params = (obj: Record<string, unknown> | undefined, waar: string): Parameters => metPlek(waar, () => leesParameterObject(obj ?? {}));
  const microRegels = d.microRegels.map((m, i) => {
    const waar = `microtariefregel ${i + 1} (${m.soort})`;
    let regel: MicroRegel;
    if (m.soort === "percentage")
      regel = { soort: "percentage", percentage: m.percentage === undefined ? (undefined as never) : exactGetal(m.percentage, `${waar}: percentage`) };
    else if (m.soort === "vast") regel = { soort: "vast", bedrag: m.bedrag === undefined ? (undefined as never) : exactGetal(m.bedrag, `${waar}: bedrag`) };
    else regel = { soort: "model", wijzigingen: params(m.wijzigingen, waar) };
    return { regel, onderbouwing: m.onderbouwing, gekozen: m.gekozen };
  });
  const volumes = d.volumes.flatMap((rij, i) => {
    const product = rij.product;
    if (typeof product !== "string" || product.trim() === "")
      throw new InvoerFout(`Volumes rij ${i + 1}: kolom product ontbreekt of is leeg.`, { parameter: "product" });
    return Object.entries(rij)
      .filter(([k]) => k !== "product")
      .map(([gemeente, v]) => ({ gemeente, product, volume: exactGetal(v, `volume van ${product} in ${gemeente}`), waar: `volumes rij ${i + 1}` }));
  });
  return {
    naam: d.naam,
    illustratief: d.illustratief,
    gemeenten: d.gemeenten,
    segmenten: d.segmenten,
    basisparameters: params(d.basisparameters, "basisparameters"),
    referentieCao: d.referentieCao,
    caoIndeling: d.caoIndeling.map((c, i) => ({
      cao: c.cao,
      niveau: c.niveau,
      schaal: String(c.schaal),
      trede: String(c.trede),
      parameters: c.parameters
        ? metPlek(`CAO-indeling rij ${i + 1}`, () => leesFunctieWaarden(Object.entries(c.parameters!).map(([naam, waarde]) => ({ naam, waarde }))))
        : undefined,
    })),
    producten: d.producten.map((p) => ({
      product: p.product,
      segment: p.segment,
      productcategorie: p.productcategorie,
      productcode: p.productcode,
      financieringsvorm: p.financieringsvorm,
      parameters: params(p.parameters, `product '${p.product}'`),
      norm: p.norm?.map((n) => ({ niveau: n.niveau, aandeel: exactGetal(n.aandeel, `product '${p.product}', niveau ${n.niveau}: aandeel`) })),
      verwachteEenheden: p.verwachte_eenheden === undefined ? undefined : exactGetal(p.verwachte_eenheden, `product '${p.product}': verwachte_eenheden`),
      samenstelling: p.samenstelling?.map((s) => ({
        product: s.product,
        eenheden: exactGetal(s.eenheden, `product '${p.product}': samenstelling ${s.product}`),
      })),
      vasteComponent: p.vaste_component === undefined ? undefined : exactGetal(p.vaste_component, `product '${p.product}': vaste_component`),
      lumpsum: p.lumpsum === undefined ? undefined : exactGetal(p.lumpsum, `product '${p.product}': lumpsum`),
    })),
    aanbieders: d.aanbieders.map((a) => {
      const c = (x: { personeel: unknown; jaaromzet: unknown; balanstotaal: unknown }, waar: string) => ({
        personeel: exactGetal(x.personeel, `${waar}: personeel`),
        jaaromzet: exactGetal(x.jaaromzet, `${waar}: jaaromzet`),
        balanstotaal: exactGetal(x.balanstotaal, `${waar}: balanstotaal`),
      });
      return {
        naam: a.naam,
        cao: a.cao,
        micro: a.micro
          ? {
              eigen: c(a.micro, a.naam),
              partners: (a.micro.partners ?? []).map((p, i) => ({
                ...c(p, `${a.naam}, partner ${i + 1}`),
                aandeel: exactGetal(p.aandeel, `${a.naam}, partner ${i + 1}: aandeel`),
              })),
              verbonden: (a.micro.verbonden ?? []).map((v, i) => c(v, `${a.naam}, verbonden ${i + 1}`)),
            }
          : undefined,
      };
    }),
    aanbiederSpecifiek: d.aanbiederSpecifiek.map((a) => ({
      product: a.product,
      parameters: a.parameters,
      bandbreedtes: a.bandbreedtes?.map((b): Bandbreedte =>
        maakBandbreedte(
          b.parameter,
          exactGetal(b.min, `${b.parameter}: min`),
          exactGetal(b.max, `${b.parameter}: max`),
          b.norm === undefined ? undefined : exactGetal(b.norm, `${b.parameter}: norm`),
          ` (product ${a.product})`,
        ),
      ),
    })),
    inzendingen: d.inzendingen.map((i) => ({
      aanbieder: i.aanbieder,
      product: i.product,
      parameters: params(i.parameters, `inzending van ${i.aanbieder} (${i.product})`),
      onderbouwingen: i.onderbouwingen,
    })),
    microRegels,
    microProducten: d.microProducten,
    scenarios: d.scenarios.map((s) => ({
      naam: s.naam,
      omschrijving: s.omschrijving,
      wijzigingen: s.wijzigingen.map((w, i) => ({ ...w, waar: `wijziging ${i + 1}` })),
    })),
    volumes,
    plafonds: d.plafonds.map((p, i) => ({
      gemeente: p.gemeente,
      segment: p.segment,
      bedrag: exactGetal(p.bedrag, `plafond ${i + 1}`),
      jaar: p.jaar,
      waar: `plafond ${i + 1}`,
    })),
    beginjaar: d.beginjaar,
    indexcijfers: d.indexcijfers.map((x, i) => exactGetal(x, `indexcijfer ${i + 1}`)),
  };
}
