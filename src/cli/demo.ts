/**
 * `npm run demo`: writes the embedded sample parameter workbook to out/, computes it with the same code as
 * `rt tarief`, and writes out/voorbeeld-parameters-resultaat.xlsx with the sheets Tarieven, Opbouw and Bronnen.
 * Then the sample region (illustratief): out/voorbeeldregio.xlsx is computed with `rt regio`, and its tables
 * (tariff groups, provider checks, micro tariffs, scenario comparison, budget over five years) are also added to
 * the result workbook.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "./rt";
import { maakVoorbeeldWerkboek } from "./voorbeeld";
import { voegRegioToe } from "./opdrachten/regio";

async function demo(): Promise<number> {
  const map = "out";
  fs.mkdirSync(map, { recursive: true });
  const invoer = path.join(map, "voorbeeld-parameters.xlsx");
  const uit = path.join(map, "voorbeeld-parameters-resultaat.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
  console.log(`Voorbeeldwerkboek geschreven: ${invoer}\n`);
  const code = await main(["tarief", invoer, "--uit", uit, "--overschrijven", "--peildatum", "2025-01-01"]);
  if (code !== 0) return code;
  // the sample region
  const regio = path.join(map, "voorbeeldregio.xlsx");
  console.log("");
  const codeRegio = await main(["regio", regio, "--voorbeeld", "--overschrijven", "--peildatum", "2025-01-01"]);
  if (codeRegio !== 0) return codeRegio;
  const bladen = await voegRegioToe(regio, uit, "2025-01-01");
  console.log(`Voorbeeldregio toegevoegd aan ${uit} (bladen ${bladen.join(", ")})`);
  return 0;
}

demo().then((c) => (process.exitCode = c));
