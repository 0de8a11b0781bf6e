/** The row of a yearly dataset for one year, or the Dutch "not found" naming the available years and where to look. */
import { NietGevondenFout } from "../core/errors";
import { DATA_MSG } from "./berichten";

export function perJaar<T extends { jaar: number }>(
  rijen: readonly T[],
  jaar: number,
  dataset: string,
  waar: string,
  beschikbaar: number[] = rijen.map((r) => r.jaar),
): T {
  const rij = rijen.find((r) => r.jaar === jaar);
  if (!rij) throw new NietGevondenFout(DATA_MSG.jaarOnbekend(dataset, jaar, beschikbaar, waar), { parameter: "jaar", waarde: jaar });
  return rij;
}
