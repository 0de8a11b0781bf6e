/**
 * The header row of a template table (pure): the texts of the definition's header cells, checked to be what Excel
 * demands of a table header — every cell a non-empty text, unique regardless of case — so Excel never fills in a
 * "Kolom1" of its own.
 */
import { kolomLetter, type SjabloonBlad, type SjabloonTabel } from "./definities";

/** Header texts of table `t` on sheet `b`; throws on an empty or repeated header. */
export function tabelKoppen(b: SjabloonBlad, t: SjabloonTabel): string[] {
  const perAdres = new Map(b.cellen.map((c) => [c.adres, c]));
  const koppen: string[] = [];
  for (let k = 1; k <= t.kolommen; k++) {
    const adres = `${kolomLetter(k)}${t.kopRij}`;
    const w = perAdres.get(adres)?.waarde;
    if (typeof w !== "string" || w.trim() === "") throw new Error(`Tabel ${t.naam} op blad '${b.naam}': kopcel ${adres} is leeg of geen tekst.`);
    if (koppen.some((x) => x.toLowerCase() === w.toLowerCase())) throw new Error(`Tabel ${t.naam} op blad '${b.naam}': kop '${w}' komt twee keer voor.`);
    koppen.push(w);
  }
  return koppen;
}
