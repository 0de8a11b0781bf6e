/** `npm run demo` = `rt demo`: the sample region's tariff round end to end (see opdrachten/demo.ts). */
import { main } from "./rt";

<<<<<<< HEAD
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

void demo().then((c) => (process.exitCode = c));
=======
main(["demo", ...process.argv.slice(2)]).then((c) => (process.exitCode = c));
>>>>>>> main
