/**
 * Every user-facing error text of the engine, as named constants (dinero.js style): tests assert on these,
 * and translators find them in one place. Each names the parameter, the value and what is allowed.
 */
import { toonWaarde } from "./format";

export const MSG = {
  onbekendeParameter: (naam: string, suggestie?: string, waar = "") =>
    `Onbekende parameter ${toonWaarde(naam)}${waar}.` +
    (suggestie ? ` Bedoelt u '${suggestie}'?` : "") +
    " Zie de lijst met parameternamen in de handleiding (RT.PARAMETERS()).",
  dubbeleParameter: (naam: string, rijEerst: number, rijNogmaals: number) =>
    `Parameter '${naam}' staat twee keer in de parameters (rij ${rijEerst} en rij ${rijNogmaals}); geef elke parameter één keer op.`,
  teLangeNaam: (naam: string, max: number) =>
    `Parameternaam ${toonWaarde(naam)} is ${naam.length} tekens lang; een parameternaam heeft hoogstens ${max} tekens. Zie de lijst met parameternamen (RT.PARAMETERS()).`,
  waardeZonderNaam: (waarde: unknown) => `Waarde ${toonWaarde(waarde)} heeft geen parameternaam; vul in de eerste kolom een parameternaam in.`,
  geenGetal: (naam: string, waarde: unknown, toegestaan: string) => `${naam} = ${toonWaarde(waarde)} is geen getal; toegestaan: ${toegestaan}.`,
  geenBedrag: (naam: string, waarde: unknown, toegestaan: string) => `${naam} = ${toonWaarde(waarde)} is geen bedrag; toegestaan: ${toegestaan}.`,
  dubbelzinnigGetal: (naam: string, waarde: unknown, waarom: string, toegestaan: string) =>
    `${naam} = ${toonWaarde(waarde)} is ${waarom.startsWith("dubbelzinnig") ? "" : "niet eenduidig: "}${waarom}; toegestaan: ${toegestaan}.`,
  foutwaarde: (naam: string, code: string) =>
    code.startsWith("#")
      ? `${naam} = ${code} is een foutwaarde, geen invoer: herstel de formule of de cel (een fout wordt nooit als lege cel gelezen).`
      : `${naam}: de cel bevat ${code}; toegestaan: een ingevulde waarde (dit wordt nooit als lege cel gelezen).`,
  foutwaardeAlsNaam: (code: string) =>
    `De parameternaam is ${code.startsWith("#") ? `de foutwaarde ${code}` : code}; vul in de eerste kolom een parameternaam in (een fout wordt nooit als lege cel gelezen).`,
  foutwaardeAlsKolomkop: (code: string) =>
    `De kolomkop in de functiemix is ${code.startsWith("#") ? `de foutwaarde ${code}` : code}; vul een kolomnaam in (bijv. functie, aandeel, maandsalaris); een fout wordt nooit als lege kop gelezen.`,
  getalAlsKolomkop: (waarde: unknown) =>
    `De kolomkop in de functiemix is ${typeof waarde === "boolean" ? "de waarde" : "het getal"} ${toonWaarde(waarde)}, geen kolomnaam: de eerste rij van de functiemix bevat de kolomnamen (bijv. functie, aandeel, maandsalaris); selecteer de kopregel mee of vul daar kolomnamen in.`,
  heelPercentage: (naam: string, waarde: unknown, toegestaan: string) =>
    `${naam} = ${toonWaarde(waarde)} lijkt een percentage als heel getal: gebruik ${toonWaarde(waarde).replace(/'/g, "")}% of ${percentageAlsFractie(waarde)}; toegestaan: ${toegestaan}.`,
  buitenBereik: (naam: string, waarde: unknown, toegestaan: string) => `${naam} = ${toonWaarde(waarde)} ligt buiten het toegestane bereik: ${toegestaan}.`,
  ongeldigeKeuze: (naam: string, waarde: unknown, keuzes: readonly string[]) =>
    `${naam} = ${toonWaarde(waarde)} is geen geldige keuze; toegestaan: ${keuzes.map((k) => `'${k}'`).join(", ")}.`,
  geenJaNee: (naam: string, waarde: unknown) => `${naam} = ${toonWaarde(waarde)} is geen ja/nee-waarde; toegestaan: WAAR of ONWAAR (ook 'ja'/'nee', 1/0).`,
  geenDatum: (naam: string, waarde: unknown) =>
    `${naam} = ${toonWaarde(waarde)} is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.`,
  geenTekst: (naam: string, waarde: unknown) => `${naam} = ${toonWaarde(waarde)} is leeg of geen tekst; vul een naam of code in.`,
  ontbreekt: (naam: string, uitleg: string) => `Parameter '${naam}' ontbreekt: ${uitleg}`,
  conflict: (uitleg: string) => `Tegenstrijdige parameters: ${uitleg}`,
  leegOfNul: (naam: string, waarde: unknown, leeg: string, toegestaan: string) =>
    `${naam} = ${waarde === 0 ? "0" : "een lege cel"} is niet eenduidig: Excel geeft een lege cel op de computer door als 0 en op het web als leeg, ` +
    `en voor ${naam} geeft leeg (${leeg}) een ander tarief dan een echte 0. Toegestaan: ${toegestaan}.`,
  onbekendeLegeRij: () => "Lege rij.",
} as const;

function percentageAlsFractie(waarde: unknown): string {
  const n = typeof waarde === "number" ? waarde : Number(String(waarde).replace(",", "."));
  if (!Number.isFinite(n)) return "een breuk";
  return String(n / 100).replace(".", ",");
}
