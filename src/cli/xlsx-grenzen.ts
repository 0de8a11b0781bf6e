/**
 * Checks a workbook file BEFORE exceljs inflates it: the file size, the zip's central directory (entries,
 * declared unzipped sizes, compression ratio), then each entry inflated with a hard output cap (a zip that lies
 * about its sizes is caught), and the rows, cells and string lengths of the sheets. A workbook over a limit is
 * refused with a Dutch message naming the file and the limit; nothing is given to exceljs that could take more
 * memory than the limits allow. Macros and external links are reported so the command can warn.
 *
 * The limits (documented in README.md) are far above any parameter or cost-price workbook (a few hundred kB).
 */
import * as zlib from "zlib";
import { BestandsFout } from "./veilig-schrijven";

export const XLSX_GRENZEN = {
  /** the .xlsx file itself */
  bestandBytes: 20 * 1024 * 1024,
  /** all entries unzipped together */
  uitgepaktBytes: 100 * 1024 * 1024,
  /** entries in the zip */
  onderdelen: 2000,
  /** unzipped / zipped per entry above 1 MB (a zip bomb has thousands) */
  compressieFactor: 200,
  /** rows per sheet */
  rijenPerBlad: 100_000,
  /** cells in all sheets together */
  cellen: 1_000_000,
  /** characters in one text (Excel's own limit per cell) */
  tekstLengte: 32_767,
} as const;

export interface XlsxInhoud {
  /** the file's bytes, checked (for exceljs `load`, so the file is read once) */
  bytes: Buffer;
  /** the workbook holds VBA macros (xl/vbaProject.bin) */
  macros: boolean;
  /** the workbook links to other files (xl/externalLinks/…) */
  externeKoppelingen: boolean;
  rijen: number;
  cellen: number;
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const getal = (n: number) => n.toLocaleString("nl-NL");

function weiger(pad: string, waarom: string): never {
  throw new BestandsFout(`Kan '${pad}' niet lezen als Excel-werkboek (.xlsx): ${waarom}`, "XLSX");
}

interface Onderdeel {
  naam: string;
  methode: number;
  gezipt: number;
  uitgepakt: number;
  lokaal: number;
}

/** The central directory of a zip, with the limits on entries and declared sizes checked. */
function centraleMap(buf: Buffer, pad: string): Onderdeel[] {
  // end of central directory: 22 bytes + a comment of at most 65535 bytes, at the end
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) weiger(pad, "het bestand is afgebroken of beschadigd (het einde van de zip-inhoudsopgave ontbreekt).");
  const aantal = buf.readUInt16LE(eocd + 10);
  const grootte = buf.readUInt32LE(eocd + 12);
  const begin = buf.readUInt32LE(eocd + 16);
  if (aantal === 0xffff || grootte === 0xffffffff || begin === 0xffffffff) weiger(pad, "het is een zip64-bestand; zo groot is een parameterwerkboek nooit.");
  if (aantal > XLSX_GRENZEN.onderdelen) weiger(pad, `het bevat ${getal(aantal)} onderdelen; toegestaan: hoogstens ${getal(XLSX_GRENZEN.onderdelen)}.`);
  if (begin + grootte > eocd) weiger(pad, "het bestand is afgebroken of beschadigd (de zip-inhoudsopgave klopt niet).");
  const uit: Onderdeel[] = [];
  const namen = new Set<string>();
  let totaal = 0;
  let p = begin;
  for (let n = 0; n < aantal; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== 0x02014b50) weiger(pad, "het bestand is beschadigd (een onderdeel in de zip-inhoudsopgave is onleesbaar).");
    const methode = buf.readUInt16LE(p + 10);
    const gezipt = buf.readUInt32LE(p + 20);
    const uitgepakt = buf.readUInt32LE(p + 24);
    const nl = buf.readUInt16LE(p + 28);
    const el = buf.readUInt16LE(p + 30);
    const cl = buf.readUInt16LE(p + 32);
    const lokaal = buf.readUInt32LE(p + 42);
    const naam = buf.toString("utf8", p + 46, p + 46 + nl);
    p += 46 + nl + el + cl;
    if (namen.has(naam)) weiger(pad, `het onderdeel '${naam.slice(0, 80)}' staat twee keer in de zip (dubbelzinnig, mogelijk gemanipuleerd).`);
    namen.add(naam);
    if (methode !== 0 && methode !== 8) weiger(pad, `het onderdeel '${naam.slice(0, 80)}' gebruikt een onbekende compressiemethode (${methode}).`);
    totaal += uitgepakt;
    if (totaal > XLSX_GRENZEN.uitgepaktBytes)
      weiger(
        pad,
        `uitgepakt is het groter dan ${MB(XLSX_GRENZEN.uitgepaktBytes)} (toegestaan: hoogstens ${MB(XLSX_GRENZEN.uitgepaktBytes)}); mogelijk een zip-bom.`,
      );
    if (uitgepakt > 1024 * 1024 && uitgepakt > gezipt * XLSX_GRENZEN.compressieFactor) {
      weiger(
        pad,
        `het onderdeel '${naam.slice(0, 80)}' is ${Math.round(uitgepakt / Math.max(gezipt, 1))} keer zo groot als gezipt (toegestaan: hoogstens ${XLSX_GRENZEN.compressieFactor}); een zip-bom.`,
      );
    }
    uit.push({ naam, methode, gezipt, uitgepakt, lokaal });
  }
  return uit;
}

/** One entry inflated, never beyond its declared size (a zip that lies about its size is refused). */
function pakUit(buf: Buffer, o: Onderdeel, pad: string): Buffer {
  const l = o.lokaal;
  if (l + 30 > buf.length || buf.readUInt32LE(l) !== 0x04034b50)
    weiger(pad, `het onderdeel '${o.naam.slice(0, 80)}' is onleesbaar (beschadigd of afgebroken bestand).`);
  const data = l + 30 + buf.readUInt16LE(l + 26) + buf.readUInt16LE(l + 28);
  if (data + o.gezipt > buf.length) weiger(pad, `het onderdeel '${o.naam.slice(0, 80)}' is afgebroken (het bestand is niet volledig).`);
  const ruw = buf.subarray(data, data + o.gezipt);
  if (o.methode === 0) {
    if (o.gezipt !== o.uitgepakt) weiger(pad, `het onderdeel '${o.naam.slice(0, 80)}' is beschadigd (de opgegeven grootte klopt niet).`);
    return ruw;
  }
  let uit: Buffer;
  try {
    uit = zlib.inflateRawSync(ruw, { maxOutputLength: Math.max(o.uitgepakt, 1) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE")
      weiger(pad, `het onderdeel '${o.naam.slice(0, 80)}' is groter dan de zip opgeeft; een zip-bom of een gemanipuleerd bestand.`);
    weiger(pad, `het onderdeel '${o.naam.slice(0, 80)}' is beschadigd (het uitpakken mislukt).`);
  }
  if (uit.length !== o.uitgepakt) weiger(pad, `het onderdeel '${o.naam.slice(0, 80)}' is beschadigd (de opgegeven grootte klopt niet).`);
  return uit;
}

/** Counts occurrences of an opening tag (`<row` followed by a space or '>') without building anything. */
function telTags(xml: string, tag: string): number {
  let n = 0;
  let i = xml.indexOf(tag);
  while (i >= 0) {
    const c = xml.charCodeAt(i + tag.length);
    if (c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13) n++;
    i = xml.indexOf(tag, i + tag.length);
  }
  return n;
}

/** The longest text between <t …> and </t> (shared strings, inline strings). */
function langsteTekst(xml: string): number {
  let max = 0;
  let i = xml.indexOf("<t");
  while (i >= 0) {
    const c = xml.charCodeAt(i + 2);
    if (c === 62 || c === 32) {
      const start = xml.indexOf(">", i) + 1;
      const eind = xml.indexOf("</t>", start);
      if (start <= 0 || eind < 0) break;
      if (eind - start > max) max = eind - start;
      i = xml.indexOf("<t", eind);
    } else i = xml.indexOf("<t", i + 2);
  }
  return max;
}

/** The same checks on bytes already read (the caller has checked that they start as a zip). */
export function controleerXlsxBuffer(buf: Buffer, pad: string): XlsxInhoud {
  if (buf.length > XLSX_GRENZEN.bestandBytes) weiger(pad, `het bestand is ${MB(buf.length)}; toegestaan: hoogstens ${MB(XLSX_GRENZEN.bestandBytes)}.`);
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) {
    if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0)
      weiger(pad, "het is een oud Excel-bestand (.xls, Excel 97-2003) of een versleuteld werkboek; sla het in Excel op als .xlsx zonder wachtwoord.");
    if (buf.length === 0) weiger(pad, "het bestand is leeg (0 bytes).");
    weiger(pad, "het is geen zip-bestand, dus geen .xlsx (misschien CSV, tekst of een ander formaat; sla het in Excel op als .xlsx).");
  }
  const onderdelen = centraleMap(buf, pad);
  if (!onderdelen.some((o) => o.naam === "[Content_Types].xml") || !onderdelen.some((o) => o.naam === "xl/workbook.xml")) {
    weiger(pad, "de zip bevat geen Excel-werkboek (xl/workbook.xml of [Content_Types].xml ontbreekt).");
  }
  let rijen = 0;
  let cellen = 0;
  for (const o of onderdelen) {
    const isBlad = /^xl\/worksheets\/[^/]+\.xml$/i.test(o.naam);
    const isTekst = o.naam === "xl/sharedStrings.xml";
    const bytes = pakUit(buf, o, pad); // every entry: a lying size or a broken stream is caught here, not in exceljs
    if (!isBlad && !isTekst) continue;
    const xml = bytes.toString("utf8");
    if (isBlad) {
      const r = telTags(xml, "<row");
      if (r > XLSX_GRENZEN.rijenPerBlad)
        weiger(
          pad,
          `blad '${o.naam.replace(/^xl\/worksheets\//, "")}' heeft ${getal(r)} rijen; toegestaan: hoogstens ${getal(XLSX_GRENZEN.rijenPerBlad)} per blad.`,
        );
      rijen += r;
      cellen += telTags(xml, "<c");
      if (cellen > XLSX_GRENZEN.cellen)
        weiger(pad, `het werkboek heeft meer dan ${getal(XLSX_GRENZEN.cellen)} cellen; toegestaan: hoogstens ${getal(XLSX_GRENZEN.cellen)}.`);
    }
    const langst = langsteTekst(xml);
    if (langst > XLSX_GRENZEN.tekstLengte * 6) {
      // the XML may hold entities (&amp;): a bound in characters of the XML, generous by the factor 6
      weiger(pad, `een tekst in '${o.naam}' is ${getal(langst)} tekens lang; toegestaan: hoogstens ${getal(XLSX_GRENZEN.tekstLengte)} tekens per cel.`);
    }
  }
  return {
    bytes: buf,
    macros: onderdelen.some((o) => /^xl\/vbaProject\.bin$/i.test(o.naam)),
    externeKoppelingen: onderdelen.some((o) => /^xl\/externalLinks\//i.test(o.naam)),
    rijen,
    cellen,
  };
}
