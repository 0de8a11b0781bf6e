/**
 * A minimal zip writer for hostile test files: stored or deflated entries, and the option to lie about an entry's
 * unzipped size in the headers (a zip bomb that hides its size). Independent of exceljs/jszip.
 */
import * as zlib from "zlib";

export interface ZipOnderdeel {
  naam: string;
  data: Buffer | string;
  /** deflate (default) or store */
  opslaan?: boolean;
  /** the unzipped size written in the headers (default: the real size) */
  opgegevenGrootte?: number;
}

export function maakZip(onderdelen: readonly ZipOnderdeel[]): Buffer {
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let offset = 0;
  for (const o of onderdelen) {
    const ruw = typeof o.data === "string" ? Buffer.from(o.data, "utf8") : o.data;
    const gezipt = o.opslaan ? ruw : zlib.deflateRawSync(ruw, { level: 9 });
    const crc = zlib.crc32(ruw);
    const naam = Buffer.from(o.naam, "utf8");
    const grootte = o.opgegevenGrootte ?? ruw.length;
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    kop.writeUInt16LE(0x0800, 6);
    kop.writeUInt16LE(o.opslaan ? 0 : 8, 8);
    kop.writeUInt32LE(crc >>> 0, 14);
    kop.writeUInt32LE(gezipt.length, 18);
    kop.writeUInt32LE(grootte, 22);
    kop.writeUInt16LE(naam.length, 26);
    lokaal.push(kop, naam, gezipt);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(o.opslaan ? 0 : 8, 10);
    c.writeUInt32LE(crc >>> 0, 16);
    c.writeUInt32LE(gezipt.length, 20);
    c.writeUInt32LE(grootte, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(offset, 42);
    centraal.push(c, naam);
    offset += 30 + naam.length + gezipt.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(onderdelen.length, 8);
  eind.writeUInt16LE(onderdelen.length, 10);
  eind.writeUInt32LE(cd.length, 12);
  eind.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokaal, cd, eind]);
}

/** The entries of a zip written by exceljs (or any zip without data descriptors we need to honour). */
export function leesZip(buf: Buffer): ZipOnderdeel[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const aantal = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const uit: ZipOnderdeel[] = [];
  for (let n = 0; n < aantal; n++) {
    const methode = buf.readUInt16LE(p + 10);
    const gezipt = buf.readUInt32LE(p + 20);
    const nl = buf.readUInt16LE(p + 28);
    const el = buf.readUInt16LE(p + 30);
    const cl = buf.readUInt16LE(p + 32);
    const lokaal = buf.readUInt32LE(p + 42);
    const naam = buf.toString("utf8", p + 46, p + 46 + nl);
    const data = lokaal + 30 + buf.readUInt16LE(lokaal + 26) + buf.readUInt16LE(lokaal + 28);
    const ruw = buf.subarray(data, data + gezipt);
    uit.push({ naam, data: methode === 0 ? Buffer.from(ruw) : zlib.inflateRawSync(ruw) });
    p += 46 + nl + el + cl;
  }
  return uit;
}
