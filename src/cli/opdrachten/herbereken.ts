/**
 * `rt herbereken <bestand>`: recomputes the tariffs of an audit block (sheet 'Verantwoording' of a result workbook,
 * or the JSON that `--json` printed) and compares them with the stored ones. Exit 0 when every tariff is equal,
 * 5 when one differs; a user table the block names must be given again with --tabel.
 */
import * as fs from "fs";
import { formatBedrag } from "../../core/format";
import { herbereken, leesAuditblok, type Auditblok } from "../../core/verantwoording";
import { Decimal } from "../../core/decimal";
import { maakContext } from "../context";
import { leesVerantwoordingBlad, VERANTWOORDINGBLAD } from "../verantwoording";
import { leesWerkmap } from "../werkmap-lezen";
import { GebruiksFout, type Uitvoer } from "../uitvoer";
import { vertaalFsFout } from "../veilig-schrijven";
import { gegevensOmgeving } from "../../data/versies";

export interface HerberekenOpties {
  blad?: string;
  tabel?: string[];
  json?: boolean;
}

/** The largest JSON file read (an audit block of thousands of tariffs is a few MB). */
const MAX_JSON = 50 * 1024 * 1024;

async function leesBlok(bestand: string, blad: string): Promise<Auditblok> {
  if (!bestand.toLowerCase().endsWith(".json")) return leesVerantwoordingBlad(await leesWerkmap(bestand), blad);
  let tekst: string;
  try {
    if (fs.statSync(bestand).size > MAX_JSON) throw new GebruiksFout(`Bestand '${bestand}' is groter dan 50 MB; dat is geen verantwoording van rt.`);
    tekst = fs.readFileSync(bestand, "utf8");
  } catch (e) {
    if (e instanceof GebruiksFout) throw e;
    throw vertaalFsFout(e, bestand, "lezen");
  }
  let data: unknown;
  try {
    data = JSON.parse(tekst);
  } catch (e) {
    throw new GebruiksFout(`Bestand '${bestand}' is geen geldige JSON: ${(e as Error).message}`);
  }
  // the whole --json output of rt tarief/bereken, or the block alone
  const v = (data as { verantwoording?: unknown } | null)?.verantwoording;
  return leesAuditblok(v ?? data);
}

export async function opdrachtHerbereken(bestand: string, o: HerberekenOpties, io: Uitvoer): Promise<number> {
  if (!fs.existsSync(bestand)) throw new GebruiksFout(`Bestand '${bestand}' bestaat niet.`);
  const blok = await leesBlok(bestand, o.blad ?? VERANTWOORDINGBLAD);
  const omgeving = o.tabel?.length ? maakContext(o.tabel).gegevens! : gegevensOmgeving();
  const uitkomsten = herbereken(blok, omgeving);
  const afwijkend = uitkomsten.filter((u) => !u.gelijk);
  if (o.json) {
    io.out(
      JSON.stringify({
        ok: afwijkend.length === 0,
        bestand,
        productversie: blok.productversie,
        berekeningen: uitkomsten.map((u) => ({
          naam: u.naam,
          opgeslagen: u.opgeslagen.tarief,
          herberekend: u.herberekend.tarief.toFixed(),
          gelijk: u.gelijk,
        })),
      }),
    );
  } else {
    io.out(`Verantwoording van Reële Tarieven ${blok.productversie} (${blok.aangemaakt}), standaard peildatum ${blok.standaardPeildatum}:`);
    for (const u of uitkomsten) {
      const op = formatBedrag(new Decimal(u.opgeslagen.tarief));
      io.out(
        `${u.naam.padEnd(44)} opgeslagen ${op.padStart(12)}  herberekend ${formatBedrag(u.herberekend.tarief).padStart(12)}  ${u.gelijk ? "gelijk" : "WIJKT AF"}`,
      );
    }
    io.out(
      afwijkend.length === 0
        ? `Alle ${uitkomsten.length} tarieven opnieuw berekend en gelijk aan de opgeslagen tarieven.`
        : `${afwijkend.length} van ${uitkomsten.length} tarieven wijken af van de opgeslagen tarieven: de verantwoording of het resultaat is gewijzigd.`,
    );
  }
  return afwijkend.length === 0 ? 0 : 5;
}
