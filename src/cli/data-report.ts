/**
 * `npm run data:report`: prints every dataset (validity, status counts, sources, gaps and where to get them)
 * and writes the same as Markdown to docs/data.md (a test checks that file is up to date).
 * `--check` only compares docs/data.md with the generator output (exit code 1 when stale).
 */
import * as fs from "fs";
import * as path from "path";
import { dataRapportMarkdown, dataRapportTekst } from "../data/rapport";

const DOEL = path.resolve(__dirname, "../../docs/data.md");

function main(): number {
  const markdown = dataRapportMarkdown();
  if (process.argv.includes("--check")) {
    const huidig = fs.existsSync(DOEL) ? fs.readFileSync(DOEL, "utf8") : "";
    if (huidig !== markdown) {
      console.error("docs/data.md is verouderd; voer 'npm run data:report' uit.");
      return 1;
    }
    console.log("docs/data.md is actueel.");
    return 0;
  }
  console.log(dataRapportTekst());
  fs.mkdirSync(path.dirname(DOEL), { recursive: true });
  fs.writeFileSync(DOEL, markdown);
  console.log(`\nGeschreven: ${path.relative(process.cwd(), DOEL)}`);
  return 0;
}

process.exitCode = main();
