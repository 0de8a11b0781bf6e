/** Parameters from cost price to tariff: overhead (domain spec §3.5), risk (§3.6) and rounding (§6). */
import { AFRONDINGSREGELS, OVERHEAD_CONVENTIES, PCT, type ParameterDefinitie } from "./soorten";

export const TARIEF_DEFINITIES = [
  {
    naam: "overhead",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.5",
    bereik: { min: "0", max: "1" },
    omschrijving: "Overhead (o) volgens overhead_conventie: opslag op de directe kosten of aandeel in de kostprijs.",
  },
  {
    naam: "overhead_conventie",
    soort: "keuze",
    eenheid: "keuze",
    paragraaf: "§3.5",
    keuzes: OVERHEAD_CONVENTIES,
    standaard: "opslag",
    omschrijving: "'opslag': T = D × (1 + o); 'aandeel': T = D / (1 − o).",
  },
  {
    naam: "overhead_over_materieel",
    soort: "ja_nee",
    eenheid: "WAAR/ONWAAR",
    paragraaf: "§3.5",
    standaard: "WAAR",
    omschrijving: "Of de overhead ook over de materiële kosten wordt berekend.",
  },
  {
    naam: "risico_opslag",
    soort: "fractie",
    eenheid: PCT,
    paragraaf: "§3.6",
    bereik: { min: "0", max: "0.5" },
    standaard: "0",
    omschrijving: "Opslag voor risico en innovatie (geen wettelijk kostprijselement; eigen regel in de opbouw).",
  },
  {
    naam: "afronding",
    soort: "keuze",
    eenheid: "keuze",
    paragraaf: "§6",
    keuzes: AFRONDINGSREGELS,
    standaard: "cent",
    omschrijving: "Afronding van het tarief: cent, zestigvoud (veelvoud van € 0,60), euro of geen.",
  },
] as const satisfies readonly ParameterDefinitie[];
