/**
 * Every user-facing text of the data layer, as named constants (tests assert on these). Dutch; each message names
 * what is missing or wrong, the value, what is allowed and — for missing data — where to obtain it.
 */
import { toonWaarde } from "../core/format";

export const TABEL_TOEVOEGEN_HINT =
  "U kunt de tabel zelf toevoegen als gebruikerstabel (plak de officiële tabel in een bereik en registreer die, of laad een CSV- of JSON-bestand).";

export const CIJFERS_TOEVOEGEN_HINT =
  "U kunt de cijfers ook zelf toevoegen (taakvenster: 'Indexcijfers registreren', of op de opdrachtregel met --data); ze worden dan als 'gebruiker' gemarkeerd.";

export const DATA_MSG = {
  ongeldigBestand: (naam: string, fouten: string[]) => `Databestand '${naam}' is ongeldig: ${fouten.join("; ")}.`,
  onbekendeCao: (cao: string, suggestie: string | undefined, bekend: string[]) =>
    `Onbekende CAO ${toonWaarde(cao)}.` + (suggestie ? ` Bedoelt u '${suggestie}'?` : "") + ` Bekende CAO's: ${bekend.join(", ")}.`,
  geenTabel: (cao: string, waar: string) =>
    `Voor CAO ${cao} wordt geen salaristabel meegeleverd (niet beschikbaar in de referentiegegevens). Haal de tabel uit ${waar}. ${TABEL_TOEVOEGEN_HINT}`,
  datumVoorEersteTabel: (cao: string, peildatum: string, eerste: string, waar: string) =>
    `Geen salaristabel van CAO ${cao} geldig op ${peildatum}: de oudste beschikbare tabel geldt vanaf ${eerste}. Haal de oudere tabel uit ${waar}. ${TABEL_TOEVOEGEN_HINT}`,
  onbekendeSchaal: (cao: string, schaal: string, tabel: string, schalen: string[], waar: string) =>
    `Schaal ${toonWaarde(schaal)} staat niet in de tabel '${tabel}' van CAO ${cao}; beschikbaar: ${schalen.join(", ")}. Ontbrekende schalen: zie ${waar}.`,
  schaalGewijzigd: (schaal: string, tabel: string, verhoging: string, waar: string) =>
    `Schaal ${schaal} kan niet worden afgeleid uit '${tabel}': de schaal is per ${verhoging} anders opgebouwd (treden vervallen of toegevoegd). Haal de officiële tabel uit ${waar}. ${TABEL_TOEVOEGEN_HINT}`,
  geenHeelNummer: (soort: "schaal" | "trede", waarde: unknown) =>
    `${soort} = ${toonWaarde(waarde)} is geen geldige ${soort}: een ${soort}nummer is een heel getal van 0 of hoger, zonder punt, komma of minteken ` +
    `(bijv. ${soort === "schaal" ? "'FWG 20' of 20" : "5"}); er wordt nooit afgerond of een ander nummer van gemaakt.`,
  onbekendeTrede: (schaal: string, trede: string, tabel: string, treden: string[]) =>
    `Trede ${toonWaarde(trede)} bestaat niet in ${schaal} van '${tabel}'; toegestaan: ${treden.join(", ")}.`,
  tredeBovenMaximum: (schaal: string, trede: string, tabel: string, hoogste: string) =>
    `Trede ${toonWaarde(trede)} ligt boven de hoogste trede van ${schaal} in '${tabel}' (hoogste trede: ${hoogste}).`,
  tredeNietInBron: (schaal: string, trede: string, tabel: string, hoogste: string, uitleg: string) =>
    `Trede ${toonWaarde(trede)} van ${schaal} staat niet in '${tabel}' (de tabel gaat tot trede ${hoogste}): ${uitleg}.`,
  gatInTabel: (schaal: string, trede: string, tabel: string, waar: string) =>
    `${schaal} trede ${trede} ontbreekt in '${tabel}' (een gat in de bron). Haal het bedrag uit ${waar}. ${TABEL_TOEVOEGEN_HINT}`,
  verhogingOnbekend: (cao: string, datum: string) =>
    `De tabel van CAO ${cao} kan niet worden afgeleid: bij de verhoging per ${datum} ontbreekt het percentage.`,
  onbekendeParameter: (naam: string, bekend: string[]) => `Onbekende CAO-parameter ${toonWaarde(naam)}; toegestaan: ${bekend.join(", ")}.`,
  parameterOntbreekt: (cao: string, naam: string, waar: string) =>
    `CAO-parameter '${naam}' van CAO ${cao} is niet beschikbaar in de referentiegegevens. Haal de waarde uit ${waar}, of geef '${naam}' zelf op.`,
  parameterVoorDatum: (cao: string, naam: string, peildatum: string, eerste: string) =>
    `CAO-parameter '${naam}' van CAO ${cao} is pas bekend vanaf ${eerste}, niet op ${peildatum}. Geef '${naam}' zelf op.`,
  ongeldigeDatum: (naam: string, waarde: unknown) =>
    `${naam} = ${toonWaarde(waarde)} is geen datum; toegestaan: een Excel-datum of tekst als '2025-01-01' of '1-1-2025'.`,
  jaarOnbekend: (dataset: string, jaar: number, jaren: number[], waar: string) =>
    `Geen ${dataset} voor ${jaar}; beschikbaar: ${jaren.join(", ")}. Haal de cijfers voor ${jaar} uit ${waar}.`,
  premieOntbreekt: (naam: string, jaar: number) => `De premie '${naam}' ontbreekt voor ${jaar} in de referentiegegevens.`,
  ongeldigeKeuze: (naam: string, waarde: unknown, keuzes: string[]) =>
    `${naam} = ${toonWaarde(waarde)} is geen geldige keuze; toegestaan: ${keuzes.map((k) => `'${k}'`).join(", ")}.`,
  indexcijfersOntbreken: (jaar: number, ontbrekend: string[], waar: string) =>
    `De indexatie-invoer voor ${jaar} is niet compleet: ${ontbrekend.join(", ")} ${ontbrekend.length === 1 ? "ontbreekt" : "ontbreken"} in de referentiegegevens. Haal ${ontbrekend.length === 1 ? "dit cijfer" : "deze cijfers"} uit ${waar}. ${CIJFERS_TOEVOEGEN_HINT}`,

  voorWmlHistorie: (datum: string, eerste: string, waar: string) =>
    `Het wettelijk minimumloon op ${datum} is niet opgenomen: de meegeleverde reeks begint op ${eerste}. Zonder minimumloon kan een salaris niet worden getoetst; gebruik een datum vanaf ${eerste} (bedragen van eerdere jaren: ${waar}).`,

  // user index figures (OVA/PPC) and employer premiums
  cijfersLeeg: (wat: string, kop: string) =>
    `Het bereik met ${wat} is leeg of heeft alleen een kopregel; verwacht een kopregel (${kop}) en daaronder minstens één rij.`,
  cijferKolomOnbekend: (wat: string, kolom: unknown, nr: number, suggestie: string | undefined, toegestaan: string[]) =>
    `Onbekende kolom ${toonWaarde(kolom)} in de kopregel van de ${wat} (kolom ${nr}).` +
    (suggestie ? ` Bedoelt u '${suggestie}'?` : "") +
    ` Toegestaan: ${toegestaan.join(", ")}.`,
  cijferKolomOntbreekt: (wat: string, kolom: string) => `De kopregel van de ${wat} mist de kolom '${kolom}'.`,
  cijferJaar: (waarde: unknown, rij: number) => `Jaar ${toonWaarde(waarde)} in rij ${rij} is geen jaartal; toegestaan: een jaar als 2026.`,
  cijferJaarVoorWml: (jaar: number, rij: number, eerste: number) =>
    `Jaar ${jaar} in rij ${rij} ligt vóór het begin van de meegeleverde reeks van het wettelijk minimumloon (${eerste}); toegestaan: ${eerste} of later.`,
  cijferSoort: (waarde: unknown, rij: number) =>
    `Soort ${toonWaarde(waarde)} in rij ${rij} is onbekend; toegestaan: 'prognose' (ook: voorlopig, raming) of 'definitief' (ook: nacalculatie).`,
  cijferDubbel: (wat: string, rij: number, eerder: number) => `${wat} komt twee keer voor (rij ${eerder} en rij ${rij}); geef elk cijfer één keer op.`,
  cijferPrognoseNaDefinitief: (wat: string, rij: number, eerder: number) =>
    `Rij ${rij} geeft een prognose voor ${wat} terwijl rij ${eerder} al het definitieve cijfer geeft; een prognose komt vóór het definitieve cijfer (zet de prognose erboven of laat haar weg).`,
  cijferGeenGetal: (kolom: string, waarde: unknown, rij: number) =>
    `${kolom} = ${toonWaarde(waarde)} in rij ${rij} is geen getal; toegestaan: een fractie als 0,0494 of een percentage als 4,94%.`,
  cijferHeelPercentage: (kolom: string, waarde: unknown, rij: number, procent: string, fractie: string) =>
    `${kolom} = ${toonWaarde(waarde)} in rij ${rij} lijkt een percentage als heel getal; gebruik ${procent}% of ${fractie} (een fractie, of een percentage met %-teken).`,
  cijferBuitenBereik: (kolom: string, waarde: unknown, rij: number, bereik: string) =>
    `${kolom} = ${toonWaarde(waarde)} in rij ${rij} valt buiten het toegestane bereik ${bereik}.`,
  cijferLeeg: (rij: number, wat: string) => `Rij ${rij} heeft geen enkel cijfer; vul ${wat} in of verwijder de rij.`,
  cijferPremieOntbreekt: (kolom: string, jaar: number, rij: number) =>
    `${kolom} ontbreekt voor ${jaar} (rij ${rij}); een jaar met eigen premies heeft alle premies nodig (awf_laag, awf_hoog, aof_laag, aof_hoog, whk, wko, zvw).`,
  cijferVervang: (waarde: unknown, rij: number) => `vervang = ${toonWaarde(waarde)} in rij ${rij} is ongeldig; toegestaan: 'ja' of leeg.`,
  cijferMeegeleverd: (wat: string, rij: number, meegeleverd: string) =>
    `${wat} (rij ${rij}) wordt al meegeleverd (${meegeleverd}). Een eigen cijfer vervangt het meegeleverde alleen als u dat zegt: zet 'ja' in de kolom 'vervang', of laat de rij weg.`,
  cijfersJson: (melding: string) => `Het JSON-bestand met cijfers is ongeldig: ${melding}.`,

  // user tables (range / CSV / JSON)
  bereikTeKlein: () => "Het bereik is te klein: verwacht een kopregel met schaalnamen (of tredenummers) en daaronder minstens één rij met bedragen.",
  onbekendeSchaalnaam: (waarde: unknown, rij: number, kolom: number) =>
    `Onbekende schaalnaam ${toonWaarde(waarde)} in rij ${rij}, kolom ${kolom}; gebruik bijvoorbeeld 'FWG 20', 'Schaal 6', 'U1' of alleen het nummer '20'.`,
  schaalNietInCao: (waarde: unknown, cao: string, bekend: string, rij: number, kolom: number) =>
    `Schaal ${toonWaarde(waarde)} in rij ${rij}, kolom ${kolom} bestaat niet in CAO ${cao}; CAO ${cao} kent ${bekend}.`,
  dubbeleSchaal: (schaal: string, rij: number, kolom: number) =>
    `Schaal '${schaal}' komt twee keer voor (rij ${rij}, kolom ${kolom}); geef elke schaal één keer op.`,
  ongeldigeTrede: (waarde: unknown, rij: number, kolom: number) =>
    `Ongeldig tredenummer ${toonWaarde(waarde)} in rij ${rij}, kolom ${kolom}; gebruik een getal (0, 1, 2 …), 't5', 'periodiek 5' of 'start'.`,
  dubbeleTrede: (trede: string, rij: number, kolom: number) => `Trede ${trede} komt twee keer voor (rij ${rij}, kolom ${kolom}); geef elke trede één keer op.`,
  ontbrekendeTredeNummering: (ontbrekend: string, voor: string, na: string, rij: number, kolom: number) =>
    `Trede ${ontbrekend} ontbreekt tussen trede ${voor} en trede ${na} (rij ${rij}, kolom ${kolom}); de treden moeten aaneengesloten zijn.`,
  onleesbaarBedrag: (reden: string, schaal: string, trede: string, rij: number, kolom: number) =>
    `Het bedrag in rij ${rij}, kolom ${kolom} (${schaal}, trede ${trede}) wordt niet gelezen: ${reden}.`,
  geenBedrag: (waarde: unknown, schaal: string, trede: string, rij: number, kolom: number) =>
    `Het bedrag in rij ${rij}, kolom ${kolom} (${schaal}, trede ${trede}) is geen getal: ${toonWaarde(waarde)}. Vul een bedrag in euro's in, zoals 2338 of 2.338,00.`,
  negatiefBedrag: (waarde: unknown, schaal: string, trede: string, rij: number, kolom: number) =>
    `Het bedrag in rij ${rij}, kolom ${kolom} (${schaal}, trede ${trede}) moet groter dan 0 zijn; gevonden: ${toonWaarde(waarde)}.`,
  ontbrekendeTrede: (schaal: string, trede: string, rij: number, kolom: number) =>
    `${schaal} mist trede ${trede} (rij ${rij}, kolom ${kolom} is leeg) terwijl een hogere trede wel een bedrag heeft; vul het bedrag in of laat de schaal eerder eindigen.`,
  dalendBedrag: (schaal: string, trede: string, bedrag: string, vorige: string, vorigeBedrag: string, rij: number, kolom: number) =>
    `${schaal}: het bedrag van trede ${trede} (${bedrag}, rij ${rij}, kolom ${kolom}) is lager dan dat van trede ${vorige} (${vorigeBedrag}); bedragen moeten binnen een schaal oplopen.`,
  legeSchaal: (schaal: string, rij: number, kolom: number) => `${schaal} (rij ${rij}, kolom ${kolom}) heeft geen enkel bedrag.`,
  ongeldigeJson: (melding: string) => `Het JSON-bestand is geen geldige JSON: ${melding}.`,
  ongeldigeTabelJson: (fouten: string[]) => `De tabel in het JSON-bestand is ongeldig: ${fouten.join("; ")}.`,
  ongeldigeMeta: (naam: string, waarde: unknown, toegestaan: string) => `${naam} = ${toonWaarde(waarde)} is ongeldig; toegestaan: ${toegestaan}.`,
  ongeldigeParameterSet: (fouten: string[]) => `De CAO-parameters zijn ongeldig: ${fouten.join("; ")}.`,
  parameterZonderNaam: (waarde: unknown, rij: number) =>
    `Waarde ${toonWaarde(waarde)} in rij ${rij} heeft geen parameternaam; vul in de eerste kolom een naam in (bijv. 'vakantietoeslag').`,
  parameterWaarde: (naam: string, waarde: unknown, rij: number, toegestaan: string) =>
    `${naam} = ${toonWaarde(waarde)} in rij ${rij}, kolom 2 is ongeldig; toegestaan: ${toegestaan}.`,
  parameterHeelPercentage: (naam: string, waarde: unknown, rij: number) =>
    `${naam} = ${toonWaarde(waarde)} in rij ${rij}, kolom 2 lijkt een percentage als heel getal: gebruik ${String(waarde).replace(".", ",")}% of ${String(Number(String(waarde).replace(",", ".")) / 100).replace(".", ",")}.`,
  onbekendeParameterInRij: (naam: unknown, rij: number, bekend: string[]) =>
    `Onbekende CAO-parameter ${toonWaarde(naam)} in rij ${rij}, kolom 1; toegestaan: ${bekend.join(", ")}.`,
  opslagVersie: (versie: unknown) =>
    `De opgeslagen gebruikerstabellen hebben een onbekende versie ${toonWaarde(versie)}; deze versie van Reële Tarieven leest versie 1.`,
  opslagOngeldig: (melding: string) => `De opgeslagen gebruikerstabellen zijn onleesbaar: ${melding}.`,
} as const;
