/**
 * The region workload on worker threads, one per core: the products are split in equal parts, each worker reads
 * its products' ranges and computes their tariffs, indexations and breakdowns; the main thread joins the output
 * matrix. The workers are started (and warmed up) before timing, as a long-running task pane would keep them.
 */
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import type { RegioOpties } from "./workloads/regio";

interface DeelUitkomst {
  uitvoer: Float64Array;
  controlegetal: number;
  tarieven: number;
  ms: number;
}

export class RegioPool {
  private readonly werkers: Worker[];

  constructor(aantal = Math.max(1, os.cpus().length)) {
    this.werkers = Array.from({ length: aantal }, () => new Worker(path.join(__dirname, "regio-werker.cjs")));
  }

  get grootte(): number {
    return this.werkers.length;
  }

  private vraag(w: Worker, bericht: unknown): Promise<DeelUitkomst> {
    return new Promise((resolve, reject) => {
      const ok = (m: DeelUitkomst) => {
        w.off("error", fout);
        resolve(m);
      };
      const fout = (e: Error) => {
        w.off("message", ok);
        reject(e);
      };
      w.once("message", ok);
      w.once("error", fout);
      w.postMessage(bericht);
    });
  }

  /** Computes the whole region; returns the wall time and the joined output (rows in product order). */
  async bereken(o: RegioOpties): Promise<{ ms: number; uitvoer: Float64Array; controlegetal: number; tarieven: number }> {
    const t = performance.now();
    const n = this.werkers.length;
    const delen = this.werkers.map((w, i) => {
      const vanaf = Math.floor((o.producten * i) / n);
      const tot = Math.floor((o.producten * (i + 1)) / n);
      return this.vraag(w, { o, vanaf, tot });
    });
    const uit = await Promise.all(delen);
    const uitvoer = new Float64Array(uit.reduce((a, d) => a + d.uitvoer.length, 0));
    let off = 0;
    for (const d of uit) {
      uitvoer.set(d.uitvoer, off);
      off += d.uitvoer.length;
    }
    return {
      ms: performance.now() - t,
      uitvoer,
      controlegetal: uit.reduce((a, d) => a + d.controlegetal, 0),
      tarieven: uit.reduce((a, d) => a + d.tarieven, 0),
    };
  }

  async stop(): Promise<void> {
    await Promise.all(this.werkers.map((w) => w.terminate()));
  }
}
