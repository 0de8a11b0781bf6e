/**
 * Safe output writing for every command that writes a file:
 * - the output may never be one of the inputs: compared by real path (symbolic links resolved) and by device +
 *   inode (hard links), before anything is written;
 * - an existing output is only replaced with `overschrijven`, and only by an atomic rename: the content is written
 *   to a temporary file in the same folder, fsync'ed, then renamed over the target (then the folder is fsync'ed).
 *   An interrupted run (kill -9, full disk, an exception) leaves the old output, or no output, never half a file;
 * - file-system errors become Dutch messages naming the path (`vertaalFsFout`).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

/** A problem with a file or path: exit code 1 on the command line, the message names the file. */
export class BestandsFout extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = "BestandsFout";
  }
}

const FS_MELDINGEN: Record<string, (pad: string) => string> = {
  ENOENT: (p) => `'${p}' of de map waarin het moet staan bestaat niet`,
  ENOTDIR: (p) => `een deel van het pad '${p}' is geen map`,
  EISDIR: (p) => `'${p}' is een map, geen bestand`,
  EACCES: (p) => `geen toegang tot '${p}' (rechten)`,
  EPERM: (p) => `de bewerking op '${p}' is niet toegestaan (rechten of het bestand is vergrendeld)`,
  EROFS: (p) => `'${p}' staat op een alleen-lezen schijf`,
  ENOSPC: (p) => `de schijf is vol bij het schrijven van '${p}'`,
  EDQUOT: (p) => `de schijfruimte (quotum) is op bij het schrijven van '${p}'`,
  EEXIST: (p) => `'${p}' bestaat al`,
  ENAMETOOLONG: (p) => `de bestandsnaam '${p.slice(0, 200)}…' is te lang`,
  ELOOP: (p) => `'${p}' is een kring van symbolische koppelingen`,
  EMFILE: (p) => `te veel open bestanden bij '${p}'`,
  EBUSY: (p) => `'${p}' is in gebruik door een ander programma`,
  EXDEV: (p) => `'${p}' ligt op een ander station dan de tijdelijke kopie`,
  EIO: (p) => `lees- of schrijffout van de schijf bij '${p}'`,
};

/** A Node fs error as a Dutch message: "Kan 'x.xlsx' niet schrijven: de map … bestaat niet (ENOENT)." */
export function vertaalFsFout(e: unknown, pad: string, handeling: "lezen" | "schrijven" | "openen" | "vervangen" = "schrijven"): BestandsFout {
  if (e instanceof BestandsFout) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const melding = code && FS_MELDINGEN[code] ? FS_MELDINGEN[code](pad) : `onbekende fout van het bestandssysteem`;
  return new BestandsFout(`Kan '${pad}' niet ${handeling}: ${melding}${code ? ` (${code})` : ""}.`, code);
}

function statOfNiets(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function echtPad(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    // does not exist (yet): the real folder plus the name
    try {
      return path.join(fs.realpathSync(path.dirname(path.resolve(p))), path.basename(p));
    } catch {
      return path.resolve(p);
    }
  }
}

/**
 * Checks an output path before any work is done: not an input (real path or same inode), not a folder, and not an
 * existing file unless `overschrijven`. Throws a BestandsFout with a Dutch message.
 */
export function controleerUitvoerPad(uit: string, invoer: readonly string[], overschrijven: boolean): void {
  const uitEcht = echtPad(uit);
  const uitStat = statOfNiets(uit); // follows symbolic links
  for (const i of invoer) {
    const iStat = statOfNiets(i);
    const zelfdeInode = uitStat !== undefined && iStat !== undefined && uitStat.dev === iStat.dev && uitStat.ino === iStat.ino;
    if (zelfdeInode || echtPad(i) === uitEcht) {
      throw new BestandsFout(
        `Het uitvoerbestand '${uit}' is (via een koppeling) hetzelfde bestand als de invoer '${i}'; de invoer wordt nooit overschreven. Kies een andere naam met --uit.`,
      );
    }
  }
  if (uitStat?.isDirectory()) throw new BestandsFout(`Kan '${uit}' niet schrijven: '${uit}' is een map, geen bestand (EISDIR).`, "EISDIR");
  let bestaat = uitStat !== undefined;
  if (!bestaat) {
    try {
      fs.lstatSync(uit); // a dangling symbolic link still occupies the name
      bestaat = true;
    } catch {
      bestaat = false;
    }
  }
  if (bestaat && !overschrijven) throw new BestandsFout(`'${uit}' bestaat al; kies een andere naam met --uit of geef --overschrijven.`, "EEXIST");
  const map = path.dirname(path.resolve(uit));
  const mapStat = statOfNiets(map);
  if (!mapStat) throw new BestandsFout(`Kan '${uit}' niet schrijven: de map '${map}' bestaat niet (ENOENT).`, "ENOENT");
  if (!mapStat.isDirectory()) throw new BestandsFout(`Kan '${uit}' niet schrijven: '${map}' is geen map (ENOTDIR).`, "ENOTDIR");
}

export interface SchrijfOpties {
  /** files that must never be written (the inputs of the command) */
  invoer?: readonly string[];
  /** replace an existing output (atomically) */
  overschrijven?: boolean;
}

/** The temporary file name next to the target: hidden, unique, recognisable. */
function tijdelijkPad(doel: string): string {
  const abs = path.resolve(doel);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.${crypto.randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Writes `inhoud` to `doel` safely (see the module comment). `inhoud` may be a function that produces the bytes
 * (called after the path checks, so nothing is computed for a refused path).
 */
export async function schrijfVeilig(
  doel: string,
  inhoud: Uint8Array | string | (() => Promise<Uint8Array | string>),
  opties: SchrijfOpties = {},
): Promise<void> {
  controleerUitvoerPad(doel, opties.invoer ?? [], opties.overschrijven ?? false);
  const data = typeof inhoud === "function" ? await inhoud() : inhoud;
  const tmp = tijdelijkPad(doel);
  let fd: number | undefined;
  try {
    try {
      fd = fs.openSync(tmp, "wx", 0o644);
      const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let geschreven = 0;
      while (geschreven < buf.length) geschreven += fs.writeSync(fd, buf, geschreven, buf.length - geschreven);
      fs.fsyncSync(fd);
      fs.closeSync(fd);
      fd = undefined;
    } catch (e) {
      throw vertaalFsFout(e, doel, "schrijven");
    }
    // checked again right before the rename: the target may have appeared (or become a link) meanwhile
    controleerUitvoerPad(doel, opties.invoer ?? [], opties.overschrijven ?? false);
    try {
      fs.renameSync(tmp, doel);
    } catch (e) {
      throw vertaalFsFout(e, doel, "vervangen");
    }
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* not created */
    }
    throw e;
  }
  try {
    const dfd = fs.openSync(path.dirname(path.resolve(doel)), "r");
    try {
      fs.fsyncSync(dfd);
    } finally {
      fs.closeSync(dfd);
    }
  } catch {
    /* fsync of a folder is not supported everywhere (Windows); the rename itself is done */
  }
}
