#!/usr/bin/env node
/**
 * `rt`: the Reële Tarieven engine on the command line, on real .xlsx files. Argument parsing by commander
 * (help and its errors in Dutch); each command lives in ./opdrachten/. `main` never exits the process: it returns
 * the exit code (documented in AFSLUITCODES, shown by `rt --help`).
 */
import { Command, CommanderError, Help, Option } from "commander";
import { statusTekst } from "../core/bronnen";
import { isRtFout, type RtFout } from "../core/errors";
import { formatBedrag } from "../core/format";
import { PARAMETER_DEFINITIES } from "../core/parameters/definities";
import { leesDatumWaarde } from "../core/parameters/waarden";
import { SJABLOON_SOORTEN } from "../sjablonen/definities";
import { opdrachtIndex, opdrachtWerkgeverslasten } from "./opdrachten/referentie";
import { maakContext } from "./context";
import { opzoekVerantwoording, tabelOptie } from "./verantwoording";
import { BestandsFout } from "./veilig-schrijven";
import { GebruiksFout, type Uitvoer } from "./uitvoer";
import { opdrachtTarief } from "./opdrachten/tarief";
import { opdrachtSjabloon } from "./opdrachten/sjabloon";
import { opdrachtBereken } from "./opdrachten/bereken";
import { opdrachtExporteer } from "./opdrachten/exporteer";
import { opdrachtVerzamel } from "./opdrachten/verzamel";
import { opdrachtRegio } from "./opdrachten/regio";
import { opdrachtDemo } from "./opdrachten/demo";
import { opdrachtHerbereken } from "./opdrachten/herbereken";

export type { Uitvoer } from "./uitvoer";

export const AFSLUITCODES = `Afsluitcodes:
  0  gelukt
  1  gebruik of bestand (onbekende optie, bestand bestaat niet, geen .xlsx, beschadigd, met wachtwoord, uitvoer bestaat al)
  2  ongeldige invoer (in Excel #WAARDE!); er is niets geschreven
  3  niet gevonden, bijv. een CAO-tabel of trede (in Excel #N/B); er is niets geschreven
  4  rt verzamel: het overzicht is geschreven, maar één of meer bestanden zijn overgeslagen (zie de meldingen)
  5  rt herbereken: een opnieuw berekend tarief wijkt af van het opgeslagen tarief`;

const EXTRA_HULP = `
Elke opdracht kent --json: dan komt er één JSON-object op de standaarduitvoer (ook bij een fout).
Eigen CAO-tabellen (--tabel): CSV die begint met de regels 'cao;<naam>' en 'geldig_vanaf;<datum>', daarna
  de tabel (kopregel met schaalnamen, eerste kolom de treden); of JSON.
Uitvoer wordt via een tijdelijk bestand in dezelfde map geschreven en dan hernoemd: nooit een half bestand,
  en nooit over de invoer (behalve rt bereken --in-place).

${AFSLUITCODES}`;

const TITELS: Record<string, string> = {
  "Usage:": "Gebruik:",
  "Options:": "Opties:",
  "Commands:": "Opdrachten:",
  "Arguments:": "Argumenten:",
  "Global Options:": "Algemene opties:",
};

class NlHelp extends Help {
  override styleTitle(t: string): string {
    return TITELS[t] ?? t;
  }
  override commandUsage(c: Command): string {
    return super.commandUsage(c).replace("[options]", "[opties]").replace("[command]", "<opdracht>");
  }
  override subcommandTerm(c: Command): string {
    return super.subcommandTerm(c).replace(" [options]", "");
  }
}

/** commander's parse errors in Dutch. */
function vertaalCommanderFout(e: CommanderError): string {
  const m = e.message.replace(/^error:\s*/, "");
  const naam = /'([^']+)'/.exec(m)?.[1] ?? "";
  switch (e.code) {
    case "commander.unknownOption":
      return `Onbekende optie '${naam}'. Zie rt --help.`;
    case "commander.unknownCommand":
      return `Onbekende opdracht '${naam}'. Zie rt --help.`;
    case "commander.missingArgument":
      return `Argument '${naam}' ontbreekt. Zie rt <opdracht> --help.`;
    case "commander.optionMissingArgument":
      return `Optie '${naam}' heeft een waarde nodig.`;
    case "commander.excessArguments":
      return `Te veel argumenten. Zie rt <opdracht> --help.`;
    case "commander.invalidArgument":
      return `Ongeldige waarde: ${m}`;
    case "commander.missingMandatoryOptionValue":
      return `Verplichte optie ontbreekt: ${m}`;
    default:
      return m;
  }
}

function code(e: RtFout): number {
  return e.soort === "invoer" ? 2 : 3;
}

function standaardIo(): Uitvoer {
  return { out: (s) => process.stdout.write(s + "\n"), err: (s) => process.stderr.write(s + "\n"), tty: process.stderr.isTTY === true };
}

/** Options shared by the commands that compute. */
function rekenOpties(c: Command): Command {
  return c
    .option("--tabel <bestand>", "eigen CAO-tabel (.csv of .json); mag vaker", (v: string, vorig: string[] = []) => [...vorig, v])
    .option("--peildatum <datum>", "datum voor CAO-opzoekingen zonder peildatum (standaard vandaag)");
}

export async function main(argv: string[], io: Uitvoer = standaardIo()): Promise<number> {
  let afsluitcode = 0;
  let json = argv.includes("--json");
  const program = new Command("rt");
  program
    .description("Reële Tarieven op de opdrachtregel: sjablonen uit, inzendingen in, tarieven en een zelfstandige werkmap voor iedereen.")
    .helpOption("-h, --help", "toon deze hulp")
    .helpCommand("help [opdracht]", "toon de hulp bij een opdracht")
    .addHelpText("after", EXTRA_HULP)
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, "")), writeErr: (s) => io.err(s.replace(/\n$/, "")), outputError: () => undefined })
    .configureHelp({ sortSubcommands: false });
  program.createHelp = () => Object.assign(new NlHelp(), program.configureHelp());
  const metHulp = (c: Command) => {
    c.helpOption("-h, --help", "toon deze hulp")
      .exitOverride()
      .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, "")), writeErr: (s) => io.err(s.replace(/\n$/, "")), outputError: () => undefined });
    c.createHelp = () => Object.assign(new NlHelp(), c.configureHelp());
    return c.option("--json", "machineleesbare uitvoer (één JSON-object)");
  };

  rekenOpties(
    metHulp(
      program
        .command("tarief")
        .argument("<werkboek>", "parameterwerkboek (.xlsx)")
        .description("rekent elk product (kolom) van het parameterblad door; schrijft Tarieven, Opbouw en Bronnen in een kopie")
        .option("--blad <naam>", "naam van het parameterblad", "Parameters")
        .option("-o, --uit <bestand>", "uitvoerbestand (standaard <werkboek>-resultaat.xlsx)")
        .option("--overschrijven", "een bestaand uitvoerbestand vervangen"),
    ),
  ).action(async (werkboek: string, o) => {
    afsluitcode = await opdrachtTarief(werkboek, o, io);
  });

  rekenOpties(
    metHulp(
      program
        .command("salaris")
        .argument("<cao>")
        .argument("<schaal>")
        .argument("<trede>")
        .argument("[peildatum]")
        .description("zoekt een bruto maandsalaris op in de CAO-tabellen (met bron en status)"),
    ),
  ).action(async (cao: string, schaal: string, trede: string, peil: string | undefined, o) => {
    const context = maakContext(o.tabel ?? [], o.peildatum);
    const peildatum = peil !== undefined ? leesDatumWaarde(peil) : context.vandaag;
    if (!peildatum) throw new GebruiksFout(`'${peil}' is geen datum; gebruik bijv. 2024-06-01 of 1-6-2024.`);
    const s = context.caoBron!.salaris({ cao, schaal, trede, peildatum });
    if (o.json)
      io.out(
        JSON.stringify({
          bedrag: s.bedrag.toString(),
          cao: s.cao,
          schaal: s.schaal,
          trede: s.trede,
          peildatum,
          herkomst: s.herkomst,
          verantwoording: opzoekVerantwoording(context, { cao, schaal, trede, peildatum, tabel: tabelOptie(o.tabel) }, [s.herkomst]),
        }),
      );
    else
      io.out(
        `${s.cao} ${s.schaal} trede ${s.trede} per ${peildatum}: ${formatBedrag(s.bedrag)} per maand\nBron: ${s.herkomst.omschrijving} (${statusTekst(s.herkomst)}) ${s.herkomst.bron}` +
          (s.herkomst.toegepast?.length ? `\nAfgeleid met: ${s.herkomst.toegepast.join("; ")}` : ""),
      );
  });

  const dataOptie = (c: Command) =>
    c.option("--data <bestand>", "eigen OVA/PPC-cijfers of werkgeverspremies (.csv of .json); mag vaker", (v: string, vorig: string[] = []) => [...vorig, v]);
  dataOptie(
    metHulp(
      program
        .command("index")
        .argument("<jaar>")
        .description("de VNG-index van een jaar uit de OVA/PPC-cijfers (meegeleverd en eigen met --data), met status en bron per cijfer")
        .option("--methode <methode>", "additief of multiplicatief", "additief")
        .option("--afronding <afronding>", "geen, totaal of componenten", "geen"),
    ),
  ).action((jaar: string, o) => {
    afsluitcode = opdrachtIndex(jaar, o, io);
  });
  dataOptie(
    metHulp(
      program
        .command("werkgeverslasten")
        .argument("<jaar>")
        .description("de werkgeverspremies van een jaar (meegeleverd en eigen met --data), met status en bron"),
    ),
  ).action((jaar: string, o) => {
    afsluitcode = opdrachtWerkgeverslasten(jaar, o, io);
  });

  metHulp(program.command("parameters").description("toont alle parameternamen met eenheid, standaard en omschrijving")).action((o) => {
    if (o.json)
      io.out(
        JSON.stringify({
          parameters: PARAMETER_DEFINITIES.map((d) => ({ naam: d.naam, eenheid: d.eenheid, standaard: d.standaard ?? null, omschrijving: d.omschrijving })),
          verantwoording: opzoekVerantwoording({}, {}),
        }),
      );
    else for (const d of PARAMETER_DEFINITIES) io.out(`${d.naam.padEnd(28)} ${d.eenheid.padEnd(24)} ${(d.standaard ?? "").padEnd(24)} ${d.omschrijving}`);
  });

  metHulp(
    program
      .command("sjabloon")
      .argument("<soort>", `${SJABLOON_SOORTEN.join(" of ")}`)
      .description("schrijft een leeg sjabloon: 'kostprijs' (kostprijsonderzoek voor een aanbieder) of 'regio' (tariefberekening van de regio)")
      .option("-o, --uit <bestand>", "uitvoerbestand (standaard rt-<soort>.xlsx)")
      .option("--producten <namen>", "productnamen vooraf invullen, gescheiden door ;")
      .option("--overschrijven", "een bestaand uitvoerbestand vervangen"),
  ).action(async (soort: string, o) => {
    afsluitcode = await opdrachtSjabloon(soort, o, io);
  });

  rekenOpties(
    metHulp(
      program
        .command("bereken")
        .argument("<werkmap>", "ingevuld sjabloon (.xlsx)")
        .description("leest de sjablonen in een werkmap, controleert en rekent; schrijft de uitkomsten in een kopie (fouten: code 2, niets geschreven)")
        .option("-o, --uit <bestand>", "uitvoerbestand (standaard <werkmap>-berekend.xlsx)")
        .option("--in-place", "de uitkomsten in de werkmap zelf zetten (veilig vervangen)")
        .option("--overschrijven", "een bestaand uitvoerbestand vervangen"),
    ),
  ).action(async (werkmap: string, o) => {
    afsluitcode = await opdrachtBereken(werkmap, o, io);
  });

  rekenOpties(
    metHulp(
      program
        .command("regio")
        .argument("<werkmap>", "regiowerkmap (.xlsx) met de bladen Producten, Normbezetting, CAO-indeling, Volumes, …")
        .description(
          "rekent een regio door: tariefgroepen per CAO, toetsing van inzendingen, microtarieven, scenario's en budget per gemeente en segment over de jaren",
        )
        .option("-o, --uit <bestand>", "uitvoerbestand (standaard <werkmap>-resultaat.xlsx)")
        .option("--voorbeeld", "schrijf eerst de voorbeeldregio Midden-Holland (illustratief) naar <werkmap>")
        .option("--overschrijven", "bestaande bestanden vervangen"),
    ),
  ).action(async (werkmap: string, o) => {
    afsluitcode = await opdrachtRegio(werkmap, o, io);
  });

  metHulp(
    program
      .command("herbereken")
      .argument("<bestand>", "uitvoer van rt tarief/bereken (.xlsx met blad Verantwoording) of hun --json-uitvoer (.json)")
      .description("rekent de tarieven opnieuw uit de verantwoording alleen en vergelijkt ze met de opgeslagen tarieven")
      .option("--blad <naam>", "naam van het verantwoordingsblad", "Verantwoording")
      .option("--tabel <bestand>", "de eigen CAO-tabel die de verantwoording noemt (.csv of .json); mag vaker", (v: string, vorig: string[] = []) => [
        ...vorig,
        v,
      ]),
  ).action(async (bestand: string, o) => {
    afsluitcode = await opdrachtHerbereken(bestand, o, io);
  });

  rekenOpties(
    metHulp(
      program
        .command("exporteer")
        .argument("<werkmap>", "parameterwerkboek of ingevuld sjabloon (.xlsx)")
        .description("schrijft een zelfstandige werkmap: elke uitkomst een gewone Excel-formule (geen RT.*), elke stap van de opbouw een cel")
        .option("-o, --uit <bestand>", "uitvoerbestand (standaard <werkmap>-zelfstandig.xlsx)")
        .option("--overschrijven", "een bestaand uitvoerbestand vervangen"),
    ),
  ).action(async (werkmap: string, o) => {
    afsluitcode = await opdrachtExporteer(werkmap, o, io);
  });

  rekenOpties(
    metHulp(
      program
        .command("verzamel")
        .argument("<map>", "map met ingevulde kostprijssjablonen van aanbieders")
        .description(
          "leest alle ingevulde kostprijssjablonen; per aanbieder en product: kostprijs, bandbreedtetoets, aanbiederstarief, afwijkingen, micro-status",
        )
        .option("-o, --uit <bestand>", "overzichtswerkmap (standaard <map>/overzicht.xlsx)")
        .option("--regio <bestand>", "de regio: een regiowerkmap (rt regio), een regioberekening (sjabloon 'regio') of een regiodefinitie (.json)")
        .addOption(
          new Option(
            "--bandbreedte <parameter=min:max>",
            "bandbreedte van een parameter, bijv. overhead=10%:25%; mag vaker (standaard P25–P75 van de inzendingen)",
          ).argParser((v: string, vorig: string[] = []) => [...vorig, v]),
        )
        .option("--threads <n>", "aantal parallelle werkers (standaard: aantal kernen)")
        .option("--overschrijven", "een bestaand uitvoerbestand vervangen"),
    ),
  ).action(async (map: string, o) => {
    afsluitcode = await opdrachtVerzamel(map, o, io);
  });

  metHulp(
    program
      .command("demo")
      .description("de voorbeeldregio van begin tot eind: sjablonen, inzendingen, verzamelen, tarieven, scenario's, indexatie en de zelfstandige werkmap")
      .option("--map <map>", "uitvoermap", "out"),
  ).action(async (o) => {
    afsluitcode = await opdrachtDemo(o, io);
  });

  try {
    if (argv.length === 0) {
      io.out(program.helpInformation());
      return 1;
    }
    await program.parseAsync(argv, { from: "user" });
    return afsluitcode;
  } catch (e) {
    json = json || argv.includes("--json");
    const fout = (melding: string, c: number, extra: Record<string, unknown> = {}) => {
      if (json) io.out(JSON.stringify({ ok: false, code: c, fout: melding, ...extra }));
      else io.err(melding);
      return c;
    };
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return 0;
      return fout(vertaalCommanderFout(e), 1);
    }
    if (e instanceof GebruiksFout || e instanceof BestandsFout) return fout(e.message, 1);
    if (isRtFout(e)) return fout(`Fout: ${e.message}`, code(e));
    return fout(`Fout: ${(e as Error).message}`, 1);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((c) => (process.exitCode = c));
}
