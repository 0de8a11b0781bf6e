/**
 * Office's own errors (OfficeExtension.Error: `code` + an English `message`) in Dutch. The common codes of
 * Excel's JavaScript API get a Dutch explanation; an unknown code keeps its code (for support) but never only the
 * English text.
 */

const VERTALING: Record<string, string> = {
  AccessDenied: "Excel staat deze handeling niet toe (geen toegang). Is de werkmap of het blad beveiligd of alleen-lezen?",
  ActivityLimitReached: "Excel heeft de limiet voor activiteit bereikt. Wacht even en probeer het opnieuw.",
  ApiNotFound: "Deze versie van Excel ondersteunt deze functie van de invoegtoepassing niet. Werk Excel bij.",
  BadPassword: "Het wachtwoord is onjuist.",
  Conflict: "Een ander tegelijk uitgevoerde wijziging botst met deze handeling. Probeer het opnieuw.",
  ContentLengthRequired: "Excel weigerde de aanvraag (lengte ontbreekt). Probeer het opnieuw.",
  EditModeCellEditing: "U bent een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.",
  InvalidOperationInCellEditMode: "U bent een cel aan het bewerken. Druk op Enter of Esc en probeer het opnieuw.",
  GeneralException: "Excel meldt een algemene fout bij het uitvoeren van deze handeling. Probeer het opnieuw.",
  InsertDeleteConflict: "Invoegen of verwijderen botst met bestaande cellen (bijvoorbeeld een tabel of samengevoegde cellen).",
  InvalidArgument: "Excel weigerde een ongeldige waarde of een ongeldig bereik.",
  InvalidBinding: "De koppeling met het bereik is niet meer geldig.",
  InvalidOperation: "Deze handeling is in de huidige toestand van de werkmap niet toegestaan.",
  InvalidReference: "De verwijzing naar het bereik of blad is ongeldig.",
  InvalidRequest: "Excel kon de aanvraag niet verwerken.",
  InvalidSelection: "De huidige selectie is hiervoor niet geschikt. Selecteer één aaneengesloten bereik.",
  ItemAlreadyExists: "Er bestaat al een blad, tabel of naam met deze naam.",
  ItemNotFound: "Het blad, bereik of de naam is niet (meer) gevonden. Is het verwijderd of hernoemd?",
  MemoryLimitReached: "Excel heeft onvoldoende geheugen voor deze handeling. Kies een kleiner bereik.",
  NotImplemented: "Deze functie is in deze versie van Excel niet beschikbaar.",
  RequestAborted: "De aanvraag aan Excel is afgebroken. Probeer het opnieuw.",
  RequestPayloadSizeLimitExceeded: "De aanvraag aan Excel was te groot. Kies een kleiner bereik.",
  ResponsePayloadSizeLimitExceeded: "Het antwoord van Excel was te groot. Kies een kleiner bereik.",
  ServiceNotAvailable: "De Excel-service is tijdelijk niet beschikbaar. Probeer het later opnieuw.",
  Unauthenticated: "U bent niet (meer) aangemeld. Meld u opnieuw aan en probeer het opnieuw.",
  UnsupportedOperation: "Deze handeling wordt niet ondersteund.",
  UnsupportedSheet: "Dit type blad (bijvoorbeeld een grafiekblad) wordt niet ondersteund. Kies een gewoon werkblad.",
};

/** Common English messages without a code (e.g. from the host bridge). */
const TEKSTEN: Array<[RegExp, string]> = [
  [/cell edit|editing a cell/i, VERTALING.EditModeCellEditing],
  [/payload size|request.*too large/i, VERTALING.RequestPayloadSizeLimitExceeded],
  [/network|failed to fetch/i, "Er is geen verbinding met Excel of het netwerk. Probeer het opnieuw."],
];

/** Looks like an Office error: has a string `code`. */
function officeCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** Dutch text for anything thrown during an action. Our own (Dutch) errors pass unchanged. */
export function vertaalFout(e: unknown): string {
  const code = officeCode(e);
  const tekst = e instanceof Error ? e.message : typeof e === "string" ? e : String((e as { message?: unknown } | null)?.message ?? e);
  if (code && VERTALING[code]) return `${VERTALING[code]} (Excel-foutcode ${code})`;
  for (const [patroon, nl] of TEKSTEN) if (patroon.test(tekst)) return `${nl}${code ? ` (Excel-foutcode ${code})` : ""}`;
  if (code) return `Excel meldt een fout die de invoegtoepassing niet kent (Excel-foutcode ${code}). Probeer het opnieuw; blijft het gebeuren, meld dan deze code.`;
  return tekst;
}

/** Is this Excel's "request payload too large" error (for the retry at half size)? */
export function isPayloadFout(e: unknown): boolean {
  const code = officeCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || /payload size/i.test(e instanceof Error ? e.message : "");
}
