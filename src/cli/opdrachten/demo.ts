/**
 * `rt demo` (= `npm run demo`): the sample region's tariff round end to end, on real .xlsx files:
 *   1. the sample parameter workbook with `rt tarief` (published build-ups; the region's tables are added to it);
 *   2. empty templates to send out (`rt sjabloon kostprijs` and `regio`);
 *   3. the sample region workbook (`rt regio --voorbeeld`): tariff groups per CAO, provider checks and tariffs,
 *      micro tariffs, scenarios with budget per municipality and segment, indexation over the years;
 *   4. the sample providers fill the cost-price template (one .xlsx each, from the region's submissions);
 *   5. `rt verzamel` reads them back against the region: overview + feedback per provider — its provider tariffs
 *      must equal those of step 3, or the demo fails;
 *   6. `rt exporteer` of the region: the self-contained workbook with native formulas.
 */
import * as fs from "fs";
import * as path from "path";
import { sleutel } from "../../core/differentiatie";
import { Decimal } from "../../core/decimal";
import { berekenRegio } from "../../core/regio";
import { type Regio } from "../../core/regio-definitie";
import { maakContext } from "../context";
import { vulKostprijsSjabloon, type InvulWaarde } from "../inzending";
import { leesRegioWerkmap } from "../regio-werkmap";
import { schrijfVeilig } from "../veilig-schrijven";
import { leesWerkmap } from "../werkmap-lezen";
import { maakVoorbeeldWerkboek } from "../voorbeeld";
import type { Uitvoer } from "../uitvoer";
import { voegRegioToe } from "./regio";

export const DEMO_PEILDATUM = "2025-01-01";

/** One filled cost-price template per provider of the region, from its submissions (values as a provider types them). */
export function inzendingenAlsSjablonen(regio: Regio): { aanbieder: string; wb: ReturnType<typeof vulKostprijsSjabloon> }[] {
  const perAanbieder = new Map<string, Regio["inzendingen"][number][]>();
  for (const i of regio.inzendingen) perAanbieder.set(i.aanbieder, [...(perAanbieder.get(i.aanbieder) ?? []), i]);
  return [...perAanbieder.entries()].map(([naam, inz], n) => {
    const a = regio.aanbieders.find((x) => sleutel(x.naam) === sleutel(naam));
    const eigen = a?.micro?.eigen;
    const waarde = (v: unknown): InvulWaarde => (v instanceof Decimal ? v.toNumber() : (v as InvulWaarde));
    const wb = vulKostprijsSjabloon({
      aanbieder: {
        aanbieder: naam,
        kvk: String(90_000_001 + n),
        cao: a?.cao ?? "geen",
        contactpersoon: "voorbeeld (illustratief)",
        ...(eigen ? { personeel: eigen.personeel.toNumber(), jaaromzet: eigen.jaaromzet.toNumber(), balanstotaal: eigen.balanstotaal.toNumber() } : {}),
      },
      producten: inz.map((i) => ({
        naam: i.product!,
        parameters: Object.fromEntries(
          Object.entries(i.parameters)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, waarde(v)]),
        ),
      })),
    });
    const ob = wb.getWorksheet("Onderbouwing")!;
    let r = 2;
    for (const i of inz) for (const [p, t] of Object.entries(i.onderbouwingen ?? {})) ob.getRow(r++).values = [i.product!, p, t];
    return { aanbieder: naam, wb };
  });
}

function bestandsnaam(naam: string): string {
  return naam
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();
}

export interface DemoOpties {
  map?: string;
  json?: boolean;
}

export async function opdrachtDemo(o: DemoOpties, io: Uitvoer): Promise<number> {
  // the steps call the commands themselves (same code as on the command line); their output is kept quiet and summarised
  const { main } = await import("../rt");
  const stil: Uitvoer = { out: () => undefined, err: (s) => io.err(s), tty: false };
  const map = o.map ?? "out";
  fs.mkdirSync(map, { recursive: true });
  const p = (...d: string[]) => path.join(map, ...d);
  const stap = async (argv: string[], uitvoer: Uitvoer = stil): Promise<void> => {
    const c = await main([...argv, "--overschrijven"], uitvoer);
    if (c !== 0) throw new Error(`rt ${argv.join(" ")} eindigde met code ${c}`);
  };
  const json: string[] = [];
  const vangJson: Uitvoer = { out: (s) => json.push(s), err: (s) => io.err(s), tty: false };

  // 1. the sample parameter workbook
  await schrijfVeilig(p("voorbeeld-parameters.xlsx"), async () => new Uint8Array(await maakVoorbeeldWerkboek().xlsx.writeBuffer()), { overschrijven: true });
  await stap(["tarief", p("voorbeeld-parameters.xlsx"), "--uit", p("voorbeeld-parameters-resultaat.xlsx"), "--peildatum", DEMO_PEILDATUM]);

  // 2. templates to send out
  fs.mkdirSync(p("sjablonen"), { recursive: true });
  await stap(["sjabloon", "kostprijs", "-o", p("sjablonen", "kostprijs.xlsx")]);
  await stap(["sjabloon", "regio", "-o", p("sjablonen", "regio.xlsx")]);

  // 3. the sample region (tariff groups, provider tariffs, micro, scenarios with budget, indexation)
  await stap(["regio", p("voorbeeldregio.xlsx"), "--voorbeeld", "--peildatum", DEMO_PEILDATUM, "--json"], vangJson);
  const regioSamenvatting = JSON.parse(json.pop()!);
  const regio = leesRegioWerkmap(await leesWerkmap(p("voorbeeldregio.xlsx")));
  const uitkomst = berekenRegio(regio, maakContext([], DEMO_PEILDATUM));
  const bladen = await voegRegioToe(p("voorbeeldregio.xlsx"), p("voorbeeld-parameters-resultaat.xlsx"), DEMO_PEILDATUM);

  // 4. the providers' filled templates
  fs.rmSync(p("inzendingen"), { recursive: true, force: true });
  fs.mkdirSync(p("inzendingen"), { recursive: true });
  for (const s of inzendingenAlsSjablonen(regio)) {
    await schrijfVeilig(p("inzendingen", `${bestandsnaam(s.aanbieder)}.xlsx`), async () => new Uint8Array(await s.wb.xlsx.writeBuffer()), {
      overschrijven: true,
    });
  }

  // 5. collected against the region; the provider tariffs must equal the region's own computation
  await stap(
    [
      "verzamel",
      p("inzendingen"),
      "-o",
      p("inzendingen-overzicht.xlsx"),
      "--regio",
      p("voorbeeldregio.xlsx"),
      "--peildatum",
      DEMO_PEILDATUM,
      "--json",
      "--threads",
      "1",
    ],
    vangJson,
  );
  const verzameld = JSON.parse(json.pop()!);
  const verschillen = uitkomst.aanbiederTarieven.filter((a) => {
    const r = verzameld.rijen.find(
      (x: { aanbieder: string; product: string }) => sleutel(x.aanbieder) === sleutel(a.aanbieder) && sleutel(x.product) === sleutel(a.product ?? ""),
    );
    return !r || r.aanbiederTarief !== a.resultaat.tarief.toFixed(2);
  });
  if (verschillen.length > 0) {
    throw new Error(
      `rt verzamel geeft voor ${verschillen.map((v) => `${v.aanbieder}/${v.product}`).join(", ")} een ander aanbiederstarief dan de regioberekening`,
    );
  }

  // 6. the self-contained export of the region
  await stap(["exporteer", p("voorbeeldregio.xlsx"), "-o", p("voorbeeldregio-zelfstandig.xlsx"), "--peildatum", DEMO_PEILDATUM, "--json"], vangJson);
  const export_ = JSON.parse(json.pop()!);

  const bestanden = {
    parameters: p("voorbeeld-parameters-resultaat.xlsx"),
    sjablonen: [p("sjablonen", "kostprijs.xlsx"), p("sjablonen", "regio.xlsx")],
    regio: p("voorbeeldregio.xlsx"),
    resultaat: p("voorbeeldregio-resultaat.xlsx"),
    inzendingen: p("inzendingen"),
    overzicht: p("inzendingen-overzicht.xlsx"),
    zelfstandig: p("voorbeeldregio-zelfstandig.xlsx"),
  };
  if (o.json) {
    io.out(
      JSON.stringify({
        ok: true,
        regio: regio.naam,
        illustratief: regio.illustratief ?? null,
        bestanden,
        totalen: regioSamenvatting.totalen,
        aanbiederTarieven: verzameld.rijen.length,
        afwijkingen: uitkomst.afwijkingen.length,
        producten: export_.producten,
      }),
    );
    return 0;
  }
  const basisTotaal = regioSamenvatting.totalen.filter((t: { scenario: string }) => t.scenario === "basis");
  io.out(`Reële Tarieven — demo: ${regio.naam}`);
  if (regio.illustratief) io.out(regio.illustratief);
  io.out("");
  io.out(`Sjablonen om te versturen:   ${bestanden.sjablonen.join(", ")}`);
  io.out(`Regio (invoer):              ${bestanden.regio}`);
  io.out(
    `Regio (resultaat):           ${bestanden.resultaat} — ${uitkomst.tariefgroepen.length} tariefgroepcellen, ${uitkomst.aanbiederTarieven.length} aanbiedertarieven, ${uitkomst.micro.filter((m) => m.toets.micro).length} micro-onderneming(en), ${uitkomst.scenarios.length} scenario's`,
  );
  io.out(`Ingevulde kostprijssjablonen: ${bestanden.inzendingen}/ (${verzameld.aanbieders} aanbieders)`);
  io.out(
    `Verzameld:                   ${bestanden.overzicht} — ${verzameld.rijen.length} aanbiedertarieven, gelijk aan de regioberekening; ${uitkomst.afwijkingen.length} afwijking(en) van de bandbreedte`,
  );
  io.out(`Zelfstandige werkmap:        ${bestanden.zelfstandig} — ${export_.producten.length} producten als gewone Excel-formules`);
  io.out(`Parameterwerkboek:           ${bestanden.parameters} (bladen Tarieven, Opbouw, Bronnen en ${bladen.length} regiotabellen)`);
  io.out("");
  for (const x of export_.producten.slice(0, 6)) io.out(`  ${x.product.padEnd(34)} € ${x.tarief.replace(".", ",").padStart(10)}`);
  if (export_.producten.length > 6) io.out(`  … en ${export_.producten.length - 6} producten meer`);
  for (const t of basisTotaal)
    io.out(`  Budget ${t.jaar} (basis): € ${Number(t.bedrag).toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
  return 0;
}
