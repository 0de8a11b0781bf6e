/** `rt sjabloon <soort>`: writes an empty template (the same layouts the task pane inserts). */
import { SJABLOON_SOORTEN, sjabloonDefinitie, type SjabloonSoort } from "../../sjablonen/definities";
import { schrijfSjabloon } from "../../sjablonen/exceljs";
import { schrijfVeilig } from "../veilig-schrijven";
import { GebruiksFout, type Uitvoer } from "../uitvoer";

export interface SjabloonOpties {
  uit?: string;
  producten?: string;
  overschrijven?: boolean;
  json?: boolean;
}

export async function opdrachtSjabloon(soort: string, o: SjabloonOpties, io: Uitvoer): Promise<number> {
  const s = soort.trim().toLowerCase();
  if (!(SJABLOON_SOORTEN as readonly string[]).includes(s)) {
    throw new GebruiksFout(`Onbekende soort sjabloon '${soort}'; toegestaan: ${SJABLOON_SOORTEN.map((x) => `'${x}'`).join(" of ")}.`);
  }
  const producten = (o.producten ?? "")
    .split(";")
    .map((p) => p.trim())
    .filter(Boolean);
  if (producten.length > 10) throw new GebruiksFout(`--producten noemt ${producten.length} producten; een sjabloon heeft ruimte voor 10.`);
  const uit = o.uit ?? `rt-${s}.xlsx`;
  const def = sjabloonDefinitie(s as SjabloonSoort, producten);
  const wb = schrijfSjabloon(def);
  await schrijfVeilig(uit, async () => new Uint8Array(await wb.xlsx.writeBuffer()), { overschrijven: o.overschrijven ?? false });
  if (o.json) io.out(JSON.stringify({ ok: true, bestand: uit, soort: s, versie: def.versie, bladen: def.bladen.map((b) => b.naam) }));
  else io.out(`Sjabloon '${s}' (versie ${def.versie}) geschreven: ${uit} (bladen ${def.bladen.map((b) => b.naam).join(", ")})`);
  return 0;
}
