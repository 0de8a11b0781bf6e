/**
 * Opening a user's .xlsx with a reason in Dutch when it cannot be read: not an .xlsx at all, an old .xls, a
 * password-protected (encrypted) workbook, or a damaged zip. exceljs' own messages are never shown raw.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { BestandsFout, vertaalFsFout } from "./veilig-schrijven";
import { XLSX_GRENZEN, controleerXlsxBuffer } from "./xlsx-grenzen";

/** A workbook that cannot be read; `reden` is a short Dutch category for overviews. */
export class WerkmapFout extends Error {
  constructor(
    message: string,
    readonly reden: "geen_xlsx" | "wachtwoord" | "xls" | "beschadigd" | "leeg" | "bestand" | "te_groot",
  ) {
    super(message);
    this.name = "WerkmapFout";
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** An encrypted .xlsx is an OLE compound file with the streams EncryptionInfo and EncryptedPackage. */
const VERSLEUTELD = Buffer.from("EncryptionInfo", "utf16le");

/** What kind of file the bytes are; throws a WerkmapFout naming the file for anything but a zip. */
export function controleerSoort(buf: Buffer, pad: string): void {
  if (buf.length === 0) throw new WerkmapFout(`'${pad}' is leeg (0 bytes): geen Excel-werkmap.`, "leeg");
  if (buf.subarray(0, 4).equals(ZIP)) return;
  if (buf.subarray(0, 8).equals(CFB)) {
    if (buf.includes(VERSLEUTELD)) {
      throw new WerkmapFout(
        `'${pad}' is met een wachtwoord beveiligd (versleuteld); rt kan het niet openen. Sla het op zonder wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord: leeg).`,
        "wachtwoord",
      );
    }
    throw new WerkmapFout(`'${pad}' is een oud Excel-bestand (.xls); sla het in Excel op als Excel-werkmap (.xlsx).`, "xls");
  }
  throw new WerkmapFout(
    `'${pad}' is geen Excel-werkmap (.xlsx): het bestand begint niet als een .xlsx (zip). Is het een CSV-, PDF- of tekstbestand met de extensie .xlsx?`,
    "geen_xlsx",
  );
}

/**
 * Reads an .xlsx into exceljs; every failure becomes a WerkmapFout or a BestandsFout with a Dutch message. The file
 * size is checked before reading, the zip's directory and contents against the documented limits before exceljs
 * inflates anything (xlsx-grenzen.ts). Macros and external links are reported through `waarschuwing`.
 */
export async function leesWerkmap(pad: string, waarschuwing?: (tekst: string) => void): Promise<ExcelJS.Workbook> {
  let buf: Buffer;
  try {
    const st = fs.statSync(pad);
    if (st.isFile() && st.size > XLSX_GRENZEN.bestandBytes) {
      throw new WerkmapFout(
        `Kan '${pad}' niet lezen als Excel-werkboek (.xlsx): het bestand is ${Math.round(st.size / 1048576)} MB; toegestaan: hoogstens ${XLSX_GRENZEN.bestandBytes / 1048576} MB.`,
        "te_groot",
      );
    }
    buf = fs.readFileSync(pad);
  } catch (e) {
    if (e instanceof WerkmapFout) throw e;
    throw vertaalFsFout(e, pad, "lezen");
  }
  return leesWerkmapUitBuffer(buf, pad, waarschuwing);
}

export async function leesWerkmapUitBuffer(buf: Buffer, pad: string, waarschuwing?: (tekst: string) => void): Promise<ExcelJS.Workbook> {
  controleerSoort(buf, pad);
  let inhoud;
  try {
    inhoud = controleerXlsxBuffer(buf, pad);
  } catch (e) {
    if (e instanceof BestandsFout) throw new WerkmapFout(e.message, /groter|hoogstens|zip-bom|zip64/.test(e.message) ? "te_groot" : "beschadigd");
    throw e;
  }
  if (inhoud.macros)
    waarschuwing?.(
      `Let op: '${pad}' bevat macro's (VBA). Die worden niet uitgevoerd en niet overgenomen: een geschreven resultaat is een .xlsx zonder macro's.`,
    );
  if (inhoud.externeKoppelingen)
    waarschuwing?.(`Let op: '${pad}' bevat koppelingen naar andere bestanden. Die worden niet gevolgd; alleen de opgeslagen waarden in dit werkboek tellen.`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    const m = String((e as Error)?.message ?? e);
    const uitleg = /end of central directory|corrupt|invalid|unexpected|signature|zip/i.test(m)
      ? "de zip-structuur is beschadigd of onvolledig (afgebroken download of kopie?)"
      : "de inhoud is geen geldige Excel-werkmap";
    throw new WerkmapFout(`'${pad}' is beschadigd: ${uitleg}. Open het in Excel en sla het opnieuw op als .xlsx.`, "beschadigd");
  }
  if (wb.worksheets.length === 0)
    throw new WerkmapFout(`'${pad}' bevat geen werkbladen: geen Excel-werkmap (of een ander Office-bestand met de extensie .xlsx).`, "beschadigd");
  return wb;
}
