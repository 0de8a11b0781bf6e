/** The parameter vocabulary as a Markdown table (docs/parameters.md is generated from this and checked by a test). */
import { PARAMETER_DEFINITIES } from "./definities";
import { beschrijfBereik } from "./getallen";

export function parametersAlsMarkdown(): string {
  const regels = [
    "# Parameternamen",
    "",
    "Eén woordenlijst voor elke ingang: het parameterbereik in Excel (`RT.TARIEF`, `RT.OPBOUW`), de functiemix, de",
    "opdrachtregel (`rt`) en JSON. Namen zijn niet hoofdlettergevoelig; spaties mogen in plaats van liggende streepjes.",
    "Percentages zijn breuken: 8% = 0,08 (of typ `8%`). Dit bestand wordt gemaakt uit `src/core/parameters/definities.ts`.",
    "",
    "| naam | § | eenheid | standaard | toegestaan | omschrijving |",
    "|---|---|---|---|---|---|",
  ];
  for (const d of PARAMETER_DEFINITIES) {
    const toegestaan = d.keuzes ? d.keuzes.map((k) => `\`${k}\``).join(", ") : d.bereik ? beschrijfBereik(d) : "";
    const naam = d.alleenFunctiemix ? `\`${d.naam}\` (alleen functiemix)` : `\`${d.naam}\``;
    regels.push(`| ${naam} | ${d.paragraaf} | ${d.eenheid} | ${d.standaard ?? ""} | ${toegestaan.replace(/\|/g, "\\|")} | ${d.omschrijving} |`);
  }
  return regels.join("\n") + "\n";
}
