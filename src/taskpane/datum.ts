/**
 * Dutch dates in the pane, whatever the browser locale: the user types dd-mm-jjjj (also d-m-jjjj, with '-', '/'
 * or '.'); the engine gets ISO yyyy-mm-dd. A typed ISO date is accepted too.
 */

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

function bestaat(j: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(j, m - 1, d));
  return dt.getUTCFullYear() === j && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export type DatumUitkomst = { ok: true; iso: string } | { ok: false; melding: string };

/** Parses a Dutch date; `veld` names the field in the message. */
export function leesNlDatum(tekst: string, veld = "Geldig vanaf"): DatumUitkomst {
  const t = tekst.trim();
  let j: number, m: number, d: number;
  let r = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (r) [d, m, j] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [j, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else return { ok: false, melding: `${veld} = '${t}' is geen datum; toegestaan: dag-maand-jaar, bijvoorbeeld 01-07-2026.` };
  if (!bestaat(j, m, d) || j < 1900 || j > 2200) return { ok: false, melding: `${veld} = '${t}' bestaat niet; toegestaan: een echte datum als dag-maand-jaar, bijvoorbeeld 01-07-2026.` };
  return { ok: true, iso: `${j}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

/** "2026-07-01" → "1 juli 2026" (ISO strings that are not dates pass unchanged). */
export function toonNlDatum(iso: string): string {
  const r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!r) return iso;
  return `${Number(r[3])} ${MAANDEN[Number(r[2]) - 1]} ${r[1]}`;
}
