/**
 * Two small templates with the layouts the task pane's import cards read from a selection: "CAO-tabellen" (a
 * salary table: row 1 the scales, column A the steps — CAO-tabel importeren) and "Indexatie" (the user's own
 * OVA/PPC figures per year: jaar | soort | ova | ppc | bron | vervang — Indexcijfers registreren).
 */
import { FORMAAT, invoerTabel, kenmerkBlad, kenmerkNamen, kolomLetter, type SjabloonCel, type SjabloonDefinitie } from "./definities";

export const CAO_TABEL_BLAD = "CAO-tabel";
export const INDEXCIJFERS_BLAD = "OVA-PPC";

/** Columns of the own OVA/PPC figures (as leesIndexcijfersUitBereik reads them). */
export const INDEXCIJFER_KOLOMMEN = ["jaar", "soort", "ova", "ppc", "bron", "vervang"] as const;

export function caoTabelSjabloon(): SjabloonDefinitie {
  const schalen = 10;
  const treden = 30;
  const cellen: SjabloonCel[] = [
    {
      adres: "A1",
      waarde: "trede",
      stijl: "kop",
      opmerking: "Kolom A: de treden (0, 1, 2, …); rij 1: de schalen of functiegroepen (bijv. FWG 20 of Schaal 8).",
    },
  ];
  for (let k = 2; k <= schalen + 1; k++)
    cellen.push({
      adres: `${kolomLetter(k)}1`,
      stijl: "invoer",
      formaat: FORMAAT.tekst,
      opmerking: k === 2 ? "De naam van de schaal, zoals in de CAO (bijv. FWG 20)." : undefined,
    });
  for (let r = 2; r <= treden + 1; r++) {
    cellen.push({ adres: `A${r}`, stijl: "invoer", formaat: FORMAAT.geheel, validatie: { soort: "geheel", min: 0, max: 100 } });
    for (let k = 2; k <= schalen + 1; k++)
      cellen.push({ adres: `${kolomLetter(k)}${r}`, stijl: "invoer", formaat: FORMAAT.euro, validatie: { soort: "decimaal", min: 0 } });
  }
  return {
    soort: "cao",
    versie: 1,
    titel: "Reële Tarieven — eigen CAO-tabel",
    omschrijving: "Een salaristabel in de indeling die 'CAO-tabel importeren' leest.",
    bladen: [
      kenmerkBlad("cao", "Reële Tarieven — eigen CAO-tabel", [
        "1. Blad CAO-tabel: zet in rij 1 de schalen (bijv. FWG 20) en in kolom A de treden; daaronder de bruto bedragen.",
        "2. Selecteer de tabel (vanaf cel A1 tot de laatste gevulde cel).",
        "3. Vul in het taakvenster bij 'CAO-tabel importeren' de naam van de CAO, de datum 'geldig vanaf' en de bron in, en kies importeren.",
      ]),
      { naam: CAO_TABEL_BLAD, kolombreedtes: [10, ...Array(schalen).fill(14)], bevroren: { rijen: 1, kolommen: 1 }, cellen },
    ],
    namen: kenmerkNamen(),
  };
}

export function indexatieSjabloon(): SjabloonDefinitie {
  const rijen = 20;
  const uitleg: Record<(typeof INDEXCIJFER_KOLOMMEN)[number], string> = {
    jaar: "Het jaar waarvoor de cijfers gelden.",
    soort: "prognose of definitief.",
    ova: "OVA (overheidsbijdrage in de arbeidskostenontwikkeling) als fractie (4,94% = 0,0494).",
    ppc: "Prijs particuliere consumptie als fractie.",
    bron: "Waar het cijfer vandaan komt (URL of omschrijving).",
    vervang: "ja: vervangt het meegeleverde cijfer van hetzelfde jaar en dezelfde soort; anders leeg.",
  };
  const cellen: SjabloonCel[] = INDEXCIJFER_KOLOMMEN.map((k, i) => ({
    adres: `${kolomLetter(i + 1)}1`,
    waarde: k,
    stijl: "kop" as const,
    opmerking: uitleg[k],
  }));
  for (let r = 2; r <= rijen + 1; r++) {
    cellen.push(
      { adres: `A${r}`, stijl: "invoer", formaat: FORMAAT.geheel, validatie: { soort: "geheel", min: 2000, max: 2100 } },
      { adres: `B${r}`, stijl: "invoer", validatie: { soort: "lijst", waarden: ["prognose", "definitief"] } },
      { adres: `C${r}`, stijl: "invoer", formaat: FORMAAT.procent, validatie: { soort: "decimaal", min: -0.5, max: 0.5 } },
      { adres: `D${r}`, stijl: "invoer", formaat: FORMAAT.procent, validatie: { soort: "decimaal", min: -0.5, max: 0.5 } },
      { adres: `E${r}`, stijl: "invoer", formaat: FORMAAT.tekst },
      { adres: `F${r}`, stijl: "invoer", validatie: { soort: "lijst", waarden: ["ja", "nee"] } },
    );
  }
  return {
    soort: "indexatie",
    versie: 1,
    titel: "Reële Tarieven — eigen indexcijfers (OVA/PPC)",
    omschrijving: "OVA- en PPC-cijfers per jaar in de indeling die 'Indexcijfers registreren' leest.",
    bladen: [
      kenmerkBlad("indexatie", "Reële Tarieven — eigen indexcijfers (OVA/PPC)", [
        "1. Blad OVA-PPC: per jaar en soort (prognose of definitief) de OVA en de PPC als percentage, met de bron.",
        "2. Selecteer de tabel vanaf A1 en kies in het taakvenster 'Indexcijfers registreren' (soort OVA/PPC-indexcijfers).",
        "3. Daarna rekenen RT.INDEXATIE_JAAR en RT.INDEXCIJFERS met deze cijfers (status 'gebruiker').",
      ]),
      {
        naam: INDEXCIJFERS_BLAD,
        kolombreedtes: [8, 12, 10, 10, 40, 10],
        bevroren: { rijen: 1, kolommen: 0 },
        tabellen: [invoerTabel("RT_OVA_PPC", INDEXCIJFER_KOLOMMEN.length, rijen)],
        cellen,
      },
    ],
    namen: kenmerkNamen(),
  };
}
