/**
 * The tables of a computed region (RegioUitkomst) as named 2-D tables: what the command line and the demo write
 * into a workbook. Amounts stay Decimals (the writer converts them); every table of a region with made-up figures
 * starts with its *illustratief* label.
 */
import { OORDEEL_TEKST } from "./toetsing";
import { excelRound } from "./afronding";
import { Decimal } from "./decimal";
import { EENHEID_INFO } from "./eenheden";
import type { RegioUitkomst } from "./regio";

export type Cel = string | number | boolean | Decimal | null;

export interface RegioTabel {
  naam: string;
  rijen: Cel[][];
}

function zes(d: Decimal | undefined): Cel {
  return d === undefined ? null : excelRound(d, 6);
}

export function regioTabellen(u: RegioUitkomst): RegioTabel[] {
  const label: Cel[][] = u.regio.illustratief ? [[`${u.regio.naam} — ${u.regio.illustratief}`], []] : [[u.regio.naam], []];
  const t = (naam: string, rijen: Cel[][]): RegioTabel => ({ naam, rijen: [...label, ...rijen] });
  const caos = u.caos;

  const tariefgroepen: Cel[][] = [["Product", "Segment", "Productcode", "Eenheid", ...caos, ...caos.map((c) => `Salarisbron ${c}`)]];
  for (const p of u.regio.producten) {
    const cellen = caos.map((c) => u.tariefgroepen.find((x) => x.product === p.product && x.cao === c));
    if (!cellen[0]) continue;
    tariefgroepen.push([
      p.product,
      p.segment,
      p.productcode ?? "",
      EENHEID_INFO[cellen[0].resultaat.eenheid].label,
      ...cellen.map((c) => c!.resultaat.tarief),
      ...cellen.map((c) => c!.salarisbron),
    ]);
  }
  tariefgroepen.push([], ["Aanbieder", "CAO tariefgroep", "Toelichting"], ...u.caoKeuzes.map((k) => [k.aanbieder, k.keuze.cao, k.keuze.toelichting]));

  const banden: Cel[][] = [["Product", "Parameter", "Min", "Norm", "Max", "Herkomst", "Aantal", "Toelichting"]];
  for (const b of u.bandbreedtes)
    for (const x of b.bandbreedtes) {
      banden.push([
        b.product,
        x.parameter,
        x.min,
        x.norm ?? null,
        x.max,
        x.herkomst === "inzendingen" ? "P25–P75 (PERCENTIEL.INC)" : "opgegeven",
        x.aantal ?? null,
        x.waarschuwing ?? "",
      ]);
    }

  const toetsing: Cel[][] = [["Aanbieder", "Product", "Parameter", "Ingediend", "Min", "Max", "Oordeel", "Gebruikt", "Toelichting"]];
  for (const a of u.aanbiederTarieven)
    for (const x of a.toetsing)
      toetsing.push([a.aanbieder, a.product ?? "", x.parameter, x.ingediend, x.min, x.max, OORDEEL_TEKST[x.oordeel], x.gebruikt, x.toelichting]);

  const aanbieders: Cel[][] = [["Aanbieder", "Product", "Aanbieder-specifiek tarief", "CAO tariefgroep", "Tarief tariefgroep", "Afwijkingen", "Toelichting"]];
  for (const a of u.aanbiederTarieven) {
    const afw = a.toetsing.filter((x) => x.oordeel !== "binnen");
    aanbieders.push([
      a.aanbieder,
      a.product ?? "",
      a.resultaat.tarief,
      a.tariefgroep?.cao.cao ?? "",
      a.tariefgroep?.tarief ?? null,
      afw.length,
      a.tariefgroep?.cao.toelichting ?? "",
    ]);
  }
  aanbieders.push(
    [],
    ["Afwijkingenrapport"],
    ["Aanbieder", "Product", "Parameter", "Oordeel", "Toelichting"],
    ...u.afwijkingen.map((x) => [x.aanbieder, x.product ?? "", x.parameter, OORDEEL_TEKST[x.oordeel], x.toelichting]),
  );

  const micro: Cel[][] = [
    ["Aanbieder", "Micro-onderneming", "Toets (EU 2003/361/EG)"],
    ...u.micro.map((m) => [m.aanbieder, m.toets.micro ? "ja" : "nee", m.toets.reden]),
    [],
    ["Aanbieder", "Product", "Regel", "Gekozen door de regio", "Standaardtarief", "Microtarief", "Onderbouwing"],
  ];
  for (const m of u.micro)
    for (const x of m.tarieven) {
      micro.push([
        m.aanbieder,
        x.product,
        x.resultaat.regelOmschrijving,
        x.regel.gekozen ? "ja" : "",
        x.resultaat.standaard.tarief,
        x.resultaat.tarief,
        x.resultaat.onderbouwing,
      ]);
    }

  const namen = u.scenarios.map((s) => s.naam);
  const scenarios: Cel[][] = [["Product", "Eenheid", "Basis", ...namen.flatMap((n) => [n, `Verschil ${n}`, `Verschil % ${n}`])]];
  for (const v of u.vergelijking)
    scenarios.push([
      v.product,
      EENHEID_INFO[v.basis.eenheid].label,
      v.basis.tarief,
      ...v.scenarios.flatMap((s) => [s.resultaat.tarief, s.verschil, zes(s.relatief)]),
    ]);
  scenarios.push([], ["Scenario", "Omschrijving"], ...u.regio.scenarios.map((s) => [s.naam, s.omschrijving ?? ""]));

  // budget: per municipality × segment with totals, one column per year
  const jaren = u.jaren;
  const budget: Cel[][] = [["Scenario", "Gemeente", "Segment", ...jaren.map(String)]];
  const bedrag = (
    lijst: { scenario: string; jaar: number; gemeente?: string; segment?: string; bedrag: Decimal }[],
    s: string,
    j: number,
    g?: string,
    seg?: string,
  ) => lijst.find((x) => x.scenario === s && x.jaar === j && x.gemeente === g && x.segment === seg)?.bedrag ?? null;
  for (const s of ["basis", ...namen]) {
    for (const g of u.regio.gemeenten) {
      for (const seg of u.regio.segmenten) {
        if (!u.budget.perGemeenteSegment.some((x) => x.scenario === s && x.gemeente === g && x.segment === seg.code)) continue;
        budget.push([s, g, `${seg.code} ${seg.naam}`, ...jaren.map((j) => bedrag(u.budget.perGemeenteSegment, s, j, g, seg.code))]);
      }
      budget.push([s, g, "Totaal", ...jaren.map((j) => bedrag(u.budget.perGemeente, s, j, g, undefined))]);
    }
    for (const seg of u.regio.segmenten) {
      if (!u.budget.perSegment.some((x) => x.scenario === s && x.segment === seg.code)) continue;
      budget.push([s, "Regio", `${seg.code} ${seg.naam}`, ...jaren.map((j) => bedrag(u.budget.perSegment, s, j, undefined, seg.code))]);
    }
    budget.push([s, "Regio", "Totaal", ...jaren.map((j) => bedrag(u.budget.totaal, s, j))]);
  }

  const plafonds: Cel[][] = [
    ["Scenario", "Jaar", "Gemeente", "Segment", "Budget", "Plafond", "Overschrijding"],
    ...u.overschrijdingen.map((o) => [o.scenario, o.jaar, o.gemeente, o.segment, o.budget, o.plafond, o.overschrijding]),
  ];

  const producten: Cel[][] = [
    ["Product", "Segment", "Productcategorie", "Productcode", "Financieringsvorm", "Scenario", "Jaar", "Gemeente", "Volume", "Prijs", "Bedrag"],
    ...u.budget.regels.map((r) => {
      const p = u.regio.producten.find((x) => x.product === r.product)!;
      return [
        r.product,
        r.segment,
        p.productcategorie ?? "",
        p.productcode ?? "",
        p.financieringsvorm,
        r.scenario,
        r.jaar,
        r.gemeente,
        r.volume,
        r.prijs,
        r.bedrag,
      ];
    }),
  ];

  return [
    t("Tariefgroepen", tariefgroepen),
    t("Bandbreedtes", banden),
    t("Toetsing", toetsing),
    t("Aanbiedertarieven", aanbieders),
    t("Microtarieven", micro),
    t("Scenariovergelijking", scenarios),
    t("Budget", budget),
    t("Plafondtoets", plafonds),
    t("Budget per product", producten),
  ];
}
