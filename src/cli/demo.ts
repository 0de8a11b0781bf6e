/**
 * `npm run demo`: writes the embedded sample parameter workbook to out/, computes it with the same code as
 * `rt tarief`, and writes out/voorbeeld-parameters-resultaat.xlsx with the sheets Tarieven, Opbouw and Bronnen.
 */
import * as fs from "fs";
import * as path from "path";
import { main } from "./rt";
import { maakVoorbeeldWerkboek } from "./voorbeeld";

async function demo(): Promise<number> {
  const map = "out";
  fs.mkdirSync(map, { recursive: true });
  const invoer = path.join(map, "voorbeeld-parameters.xlsx");
  const uit = path.join(map, "voorbeeld-parameters-resultaat.xlsx");
  await maakVoorbeeldWerkboek().xlsx.writeFile(invoer);
  console.log(`Voorbeeldwerkboek geschreven: ${invoer}\n`);
  return main(["tarief", invoer, "--uit", uit, "--overschrijven", "--peildatum", "2025-01-01"]);
}

void demo().then((c) => (process.exitCode = c));
