/** One worker thread of the parallel region workload: computes the products [vanaf, tot) of the region. */
import { parentPort } from "worker_threads";
import { maakRegioInvoer, meetRegio, type RegioOpties } from "./workloads/regio";

const invoerPerOpties = new Map<string, ReturnType<typeof maakRegioInvoer>>();

parentPort!.on("message", (m: { o: RegioOpties; vanaf: number; tot: number }) => {
  const sleutel = JSON.stringify(m.o);
  let invoer = invoerPerOpties.get(sleutel);
  if (!invoer) invoerPerOpties.set(sleutel, (invoer = maakRegioInvoer(m.o)));
  const r = meetRegio(m.o, { ...invoer, producten: invoer.producten.slice(m.vanaf, m.tot) });
  parentPort!.postMessage({ uitvoer: r.uitvoer, controlegetal: r.controlegetal, tarieven: r.tarieven, ms: r.ms }, [r.uitvoer.buffer as ArrayBuffer]);
});
