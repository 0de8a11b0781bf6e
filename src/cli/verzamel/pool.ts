/**
 * Reads many provider workbooks in parallel on worker threads (one per core by default): each worker takes the
 * next file as soon as it is done, so slow files do not hold up the others. Results come back in file order.
 */
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
  const n = Math.max(1, Math.min(threads, paden.length));
  if (n === 1) {
    for (let i = 0; i < paden.length; i++) {
      uit[i] = await leesInzendingBestand(paden[i]);
      voortgang(++klaar);
    }
    return uit;
  }
  let volgende = 0;
  const werkers = Array.from({ length: n }, () => new Worker(path.join(__dirname, "werker.cjs")));
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
