/**
 * Reads many provider workbooks in parallel on worker threads (one per core by default): each worker takes the
 * next file as soon as it is done, so slow files do not hold up the others. Results come back in file order.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { leesInzendingBestand, type GelezenBestand } from "./lezen";

export function standaardThreads(): number {
  return Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);
}

export async function leesAlleBestanden(paden: readonly string[], threads: number, voortgang: (klaar: number) => void = () => undefined): Promise<GelezenBestand[]> {
  const uit: GelezenBestand[] = new Array(paden.length);
  let klaar = 0;
  // the TypeScript sources (werker.cjs registers tsx) or the compiled command line (werker.js next to this file)
  const ingang = [path.join(__dirname, "werker.cjs"), path.join(__dirname, "werker.js")].find((f) => fs.existsSync(f));
  const n = ingang ? Math.max(1, Math.min(threads, paden.length)) : 1;
  if (n === 1) {
    for (let i = 0; i < paden.length; i++) {
      uit[i] = await leesInzendingBestand(paden[i]);
      voortgang(++klaar);
    }
    return uit;
  }
  let volgende = 0;
  const werkers = Array.from({ length: n }, () => new Worker(ingang!));
  try {
    await Promise.all(werkers.map((w) => new Promise<void>((resolve, reject) => {
      const geef = () => {
        if (volgende >= paden.length) return resolve();
        const id = volgende++;
        w.postMessage({ id, pad: paden[id] });
      };
      w.on("message", (m: { id: number; uitkomst: GelezenBestand }) => {
        uit[m.id] = m.uitkomst;
        voortgang(++klaar);
        geef();
      });
      w.once("error", reject);
      geef();
    })));
  } finally {
    await Promise.all(werkers.map((w) => w.terminate()));
  }
  return uit;
}
