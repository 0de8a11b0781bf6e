/** Worker thread of rt verzamel: reads one provider workbook per message, answers with plain data. */
import { parentPort } from "worker_threads";
import { leesInzendingBestand } from "./lezen";

async function verwerk(m: { id: number; pad: string }): Promise<void> {
  try {
    parentPort!.postMessage({ id: m.id, uitkomst: await leesInzendingBestand(m.pad) });
  } catch (e) {
    parentPort!.postMessage({
      id: m.id,
      uitkomst: {
        bestand: m.pad,
        ok: false,
        reden: `onverwachte fout bij het lezen: ${(e as Error).message}`,
        problemen: [],
        producten: [],
        onderbouwingen: [],
      },
    });
  }
}

parentPort!.on("message", (m: { id: number; pad: string }) => void verwerk(m));
