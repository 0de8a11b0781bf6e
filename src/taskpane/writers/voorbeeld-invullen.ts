/**
 * "Vul voorbeeldregio in": fills the template in the workbook (kind from the sheet "Sjabloon") with the sample
 * region (../voorbeeld), so a new user sees a working example before typing their own figures. Never over what
 * the user typed: when any target cell is not empty — other than the template's own word 'standaard' (not given) —
 * nothing is written and the message names those cells (as Berekenen does next to the inputs).
 */
import { WOORD_NIET_GEGEVEN } from "../../core/parameters/cellen";
import { BLAD, KENMERK } from "../../sjablonen/definities";
import { REGIO_BLADEN } from "../../sjablonen/regio-bladen";
import { celAdres, kolomIndex } from "../celadres";
import { voorbeeldAanbieder, voorbeeldRegioSjabloon, voorbeeldRegioWerkmap, type Invoer } from "../voorbeeld";
import { bezetteCellen, celLeeg, type BezetteCel, type SchrijfUitkomst } from "./gemeenschappelijk";
import { alsTekst } from "./sjabloon-invoegen";

export interface VoorbeeldUitkomst extends SchrijfUitkomst {
  /** the non-empty cells the sample would have overwritten (nothing was written) */
  bezet?: BezetteCel[];
}

function positie(adres: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(adres)!;
  return [Number(m[2]) - 1, kolomIndex(m[1])];
}

/** The header rows of the region sheets in the workbook (on Regio: column A), for voorbeeldRegioWerkmap. */
async function regioKoppen(context: Excel.RequestContext): Promise<(blad: string) => unknown[] | undefined> {
  const namen = Object.values(REGIO_BLADEN);
  const bladen = namen.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  for (const b of bladen) b.load("isNullObject");
  await context.sync();
  const bereiken = bladen.map((b, i) => {
    if (b.isNullObject) return undefined;
    const r = namen[i] === REGIO_BLADEN.regio ? b.getRange("A1:A20") : b.getRange("A1:AZ1");
    r.load("values");
    return r;
  });
  await context.sync();
  return (naam) => {
    const r = bereiken[namen.indexOf(naam)];
    if (!r) return undefined;
    const w = r.values as unknown[][];
    return naam === REGIO_BLADEN.regio ? w.map((x) => x[0]) : w[0];
  };
}

/** Fills the template of this workbook with the sample region; refuses over non-empty cells. */
export async function vulVoorbeeldIn(context: Excel.RequestContext): Promise<VoorbeeldUitkomst> {
  const kenmerk = context.workbook.worksheets.getItemOrNullObject(BLAD.sjabloon);
  kenmerk.load("isNullObject");
  await context.sync();
  let soort = "";
  if (!kenmerk.isNullObject) {
    const c = kenmerk.getRange(KENMERK.soort);
    c.load("values");
    await context.sync();
    soort = String((c.values as unknown[][])[0][0]).trim();
  }
  let cellen: Invoer[];
  if (soort === "kostprijs") cellen = voorbeeldAanbieder().cellen;
  else if (soort === "regio") cellen = voorbeeldRegioSjabloon();
  else if (soort === "budget" || soort === "bandbreedte") cellen = voorbeeldRegioWerkmap(await regioKoppen(context));
  else
    return {
      ok: false,
      melding: soort
        ? `De voorbeeldregio heeft geen gegevens voor dit sjabloon (soort '${soort}' op het blad '${BLAD.sjabloon}', cel ${KENMERK.soort}); kan wel: Kostprijsmodel aanbieder, Tariefberekening regio, Scenario's en budget, Bandbreedte en toetsing. Er is niets ingevuld.`
        : `Deze werkmap heeft geen sjabloon (blad '${BLAD.sjabloon}' ontbreekt). Voeg eerst een sjabloon in (Kostprijsmodel aanbieder, Tariefberekening regio, Scenario's en budget of Bandbreedte en toetsing); daarna vult deze knop het met de voorbeeldregio.`,
    };

  // per sheet: the rectangle around its target cells, read once (values and formulas)
  const perBlad = new Map<string, Invoer[]>();
  for (const c of cellen) perBlad.set(c.blad, [...(perBlad.get(c.blad) ?? []), c]);
  const bladen = [...perBlad.keys()].map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  for (const b of bladen) b.load("isNullObject");
  await context.sync();
  const weg = [...perBlad.keys()].filter((_, i) => bladen[i].isNullObject);
  if (weg.length)
    return {
      ok: false,
      melding: `Er is niets ingevuld: het sjabloon mist ${weg.length === 1 ? "het blad" : "de bladen"} ${weg.map((n) => `'${n}'`).join(", ")}. Voeg het sjabloon opnieuw in een nieuwe werkmap in.`,
    };
  const gelezen = [...perBlad.entries()].map(([naam, lijst], i) => {
    const pos = lijst.map((c) => positie(c.adres));
    const r0 = Math.min(...pos.map((p) => p[0]));
    const c0 = Math.min(...pos.map((p) => p[1]));
    const bereik = bladen[i].getRangeByIndexes(r0, c0, Math.max(...pos.map((p) => p[0])) - r0 + 1, Math.max(...pos.map((p) => p[1])) - c0 + 1);
    bereik.load("values, formulas");
    return { naam, lijst, pos, r0, c0, bereik, blad: bladen[i] };
  });
  await context.sync();
  const bezet: BezetteCel[] = [];
  for (const g of gelezen) {
    const w = g.bereik.values as unknown[][];
    const f = g.bereik.formulas as unknown[][];
    g.pos.forEach(([r, k]) => {
      const v = w[r - g.r0][k - g.c0];
      const fo = f[r - g.r0][k - g.c0];
      // the template's own 'standaard' (= not given) is no input of the user: the sample may fill that cell
      const nietGegeven = typeof v === "string" && v.trim().toLowerCase() === WOORD_NIET_GEGEVEN && !String(fo).startsWith("=");
      if ((!celLeeg(v) || !celLeeg(fo)) && !nietGegeven) bezet.push({ cel: celAdres(g.naam, r, k), waarde: String(celLeeg(v) ? fo : v) });
    });
  }
  if (bezet.length) {
    return {
      ok: false,
      melding: `Er is niets ingevuld: de voorbeeldregio zou ${bezet.length} niet-lege ${bezet.length === 1 ? "cel" : "cellen"} overschrijven: ${bezetteCellen(bezet)}. Uw invoer blijft staan; probeer het voorbeeld in een nieuwe werkmap.`,
      cel: bezet[0].cel,
      bezet,
    };
  }

  // write runs of adjacent cells per row; texts stay texts (a date or number-like word is not converted)
  for (const g of gelezen) {
    const rijen = new Map<number, { k: number; w: string | number }[]>();
    g.lijst.forEach((c, i) => {
      const [r, k] = g.pos[i];
      rijen.set(r, [...(rijen.get(r) ?? []), { k, w: typeof c.waarde === "string" ? alsTekst(c.waarde) : c.waarde }]);
    });
    for (const [r, lijst] of rijen) {
      lijst.sort((a, b) => a.k - b.k);
      let start = 0;
      for (let i = 1; i <= lijst.length; i++) {
        if (i < lijst.length && lijst[i].k === lijst[i - 1].k + 1) continue;
        g.blad.getRangeByIndexes(r, lijst[start].k, 1, i - start).formulas = [lijst.slice(start, i).map((x) => x.w)];
        start = i;
      }
    }
  }
  await context.sync();
  const namen = [...perBlad.keys()];
  return {
    ok: true,
    melding: `Voorbeeldregio Midden-Holland (illustratieve cijfers) ingevuld: ${cellen.length} cellen op ${namen.length === 1 ? "het blad" : "de bladen"} ${namen.map((n) => `'${n}'`).join(", ")}. Kies nu Controleren en Berekenen.`,
  };
}
