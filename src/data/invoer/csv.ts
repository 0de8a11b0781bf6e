/** User tables from CSV text: cells split as Excel writes them, then read as a range (./bereik.ts). */
import type { CaoTabel } from "../schema";
import { leesTabelUitBereik, type TabelMeta } from "./bereik";

/** Splits CSV text into cells; detects ';' (Dutch Excel), tab or ',' as separator; supports "quoted" cells. */
export function leesCsvCellen(tekst: string): string[][] {
  const regels = tekst.replace(/^\uFEFF/, "").split(/\r?\n/);
  const eerste = regels.find((r) => r.trim() !== "") ?? "";
  const scheiding = eerste.includes(";") ? ";" : eerste.includes("\t") ? "\t" : ",";
  return regels.map((regel) => {
    const cellen: string[] = [];
    let huidig = "";
    let inQuotes = false;
    for (let i = 0; i < regel.length; i++) {
      const ch = regel[i];
      if (inQuotes) {
        if (ch === '"' && regel[i + 1] === '"') {
          huidig += '"';
          i++;
        } else if (ch === '"') inQuotes = false;
        else huidig += ch;
      } else if (ch === '"') inQuotes = true;
      else if (ch === scheiding) {
        cellen.push(huidig.trim());
        huidig = "";
      } else huidig += ch;
    }
    cellen.push(huidig.trim());
    return cellen;
  });
}

export function leesTabelUitCsv(tekst: string, meta: TabelMeta): CaoTabel {
  return leesTabelUitBereik(leesCsvCellen(tekst), meta);
}
