/**
 * The sample region as sheet tables (header row + rows): the shapes the RT.* region functions and `rt regio`
 * read. Used to write the demo workbook and by the tests of the functions.
 */
import { Decimal } from "../../core/decimal";
import { PRODUCT_META } from "../../core/regio-bereik";
import { NUL_DUBBELZINNIG, WOORD_NIET_GEGEVEN } from "../../core/parameters/cellen";
// the raw data, not ./index: that one also loads the region schema (zod), which the task pane does not need
import D from "./regio.json";

export type Tabel = (string | number)[][];

/** A JSON value as a cell: numeric strings become numbers (all sample figures round-trip exactly). */
function cel(v: unknown): string | number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) && new Decimal(Number(v)).eq(new Decimal(v))) return Number(v);
  return v === undefined || v === null ? "" : String(v);
}

const META = PRODUCT_META;

/** A submission cell: the figure, or for a parameter where blank and 0 are refused alike the word for "not given". */
function nietIngezonden(naam: string, v: unknown): string | number {
  return v === undefined && NUL_DUBBELZINNIG.has(naam) ? WOORD_NIET_GEGEVEN : cel(v);
}

export interface RegioBereiken {
  regio: Tabel;
  gemeenten: Tabel;
  segmenten: Tabel;
  producten: Tabel;
  normbezetting: Tabel;
  caoIndeling: Tabel;
  aanbieders: Tabel;
  inzendingen: Tabel;
  onderbouwingen: Tabel;
  microregels: Tabel;
  scenarios: Tabel;
  volumes: Tabel;
  plafonds: Tabel;
  indexcijfers: Tabel;
}

export function voorbeeldRegioBereiken(): RegioBereiken {
  const basis = D.basisparameters as Record<string, unknown>;
  const paramNamen = [...new Set([...Object.keys(basis), ...D.producten.flatMap((p) => Object.keys((p as { parameters?: object }).parameters ?? {}))])];
  const producten: Tabel = [[...META, ...paramNamen]];
  for (const p of D.producten as Record<string, unknown>[]) {
    const eigen = (p.parameters ?? {}) as Record<string, unknown>;
    const heeftTarief = p.financieringsvorm === "pxq" || p.verwachte_eenheden !== undefined;
    const samenstelling = (p.samenstelling as { product: string; eenheden: string }[] | undefined)?.map((s) => `${s.product}: ${s.eenheden}`).join("; ");
    producten.push([
      ...META.map((k) => (k === "samenstelling" ? (samenstelling ?? "") : cel(p[k]))),
      ...paramNamen.map((k) => (heeftTarief ? cel(eigen[k] ?? basis[k]) : "")),
    ]);
  }
  const aanbieders: Tabel = [
    ["aanbieder", "cao", "personeel", "jaaromzet", "balanstotaal", "partner_personeel", "partner_jaaromzet", "partner_balanstotaal", "partner_aandeel"],
  ];
  for (const a of D.aanbieders as Record<string, any>[]) {
    const m = a.micro;
    const p = m?.partners?.[0];
    aanbieders.push([
      a.naam,
      a.cao ?? "",
      cel(m?.personeel),
      cel(m?.jaaromzet),
      cel(m?.balanstotaal),
      cel(p?.personeel),
      cel(p?.jaaromzet),
      cel(p?.balanstotaal),
      cel(p?.aandeel),
    ]);
  }
  const inzParams = [...new Set(D.inzendingen.flatMap((i) => Object.keys(i.parameters)))];
  return {
    regio: [
      ["naam", "waarde"],
      ["naam", D.naam],
      ["illustratief", D.illustratief],
      ["referentie_cao", D.referentieCao],
      ["beginjaar", D.beginjaar],
      ["aanbieder_specifiek_product", D.aanbiederSpecifiek[0].product],
      ["aanbieder_specifiek_parameters", D.aanbiederSpecifiek[0].parameters.join("; ")],
      ["microproducten", D.microProducten.join("; ")],
    ],
    gemeenten: [["gemeente"], ...D.gemeenten.map((g) => [g])],
    segmenten: [["code", "naam"], ...D.segmenten.map((s) => [s.code, s.naam])],
    producten,
    normbezetting: [
      ["product", "niveau", "aandeel"],
      ...D.producten.flatMap((p) => ((p as { norm?: { niveau: string; aandeel: string }[] }).norm ?? []).map((n) => [p.product, n.niveau, cel(n.aandeel)])),
    ],
    caoIndeling: [["cao", "niveau", "schaal", "trede"], ...D.caoIndeling.map((c) => [c.cao, c.niveau, c.schaal, c.trede])],
    aanbieders,
    inzendingen: [
      ["aanbieder", "product", ...inzParams],
      // a figure a provider did not submit: 'standaard' (= the base's) where a blank cell would be refused
      ...D.inzendingen.map((i) => [i.aanbieder, i.product, ...inzParams.map((k) => nietIngezonden(k, (i.parameters as Record<string, unknown>)[k]))]),
    ],
    onderbouwingen: [
      ["aanbieder", "product", "parameter", "onderbouwing"],
      ...D.inzendingen.flatMap((i) =>
        Object.entries((i as { onderbouwingen?: Record<string, string> }).onderbouwingen ?? {}).map(([k, v]) => [i.aanbieder, i.product, k, v]),
      ),
    ],
    microregels: [
      ["regel", "parameter", "waarde", "onderbouwing", "gekozen"],
      ...(D.microRegels as Record<string, any>[]).flatMap((m) => {
        const rijen: (string | number)[][] =
          m.soort === "model"
            ? Object.entries(m.wijzigingen).map(([k, v]) => [m.soort, k, cel(v), m.onderbouwing, m.gekozen ? "ja" : ""])
            : [[m.soort, m.soort === "percentage" ? "percentage" : "bedrag", cel(m.percentage ?? m.bedrag), m.onderbouwing, m.gekozen ? "ja" : ""]];
        return rijen;
      }),
    ],
    scenarios: [
      ["scenario", "omschrijving", "product", "parameter", "waarde"],
      ...D.scenarios.flatMap((s) =>
        s.wijzigingen.map((w) => [s.naam, s.omschrijving ?? "", (w as { product?: string }).product ?? "", w.parameter, cel(w.waarde)]),
      ),
    ],
    volumes: [["gemeente", "product", "volume"], ...D.volumes.flatMap((v) => D.gemeenten.map((g) => [g, v.product, cel((v as Record<string, unknown>)[g])]))],
    plafonds: [
      ["gemeente", "segment", "plafond", "jaar"],
      ...D.plafonds.map((p) => [p.gemeente, p.segment, cel(p.bedrag), (p as { jaar?: number }).jaar ?? ""]),
    ],
    indexcijfers: [["jaar", "index"], ...D.indexcijfers.map((x, i) => [D.beginjaar + i + 1, cel(x)])],
  };
}
