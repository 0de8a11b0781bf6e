/**
 * *geverifieerd* means an official publication. Every shipped value with that status has its main source
 * (`bron`) on an allow-list of official publishers: the statistics office and planning bureau, the government's
 * own sites (Staatscourant, rijksoverheid, Belastingdienst, UWV, SVB), the association of municipalities that issues
 * the indexation advice, the CAO parties and their CAO sites, and the pension fund. A news site or aggregator
 * makes a value *secundair*.
 */
import * as fs from "fs";
import * as path from "path";

export const OFFICIELE_DOMEINEN = [
  "cbs.nl",
  "cpb.nl",
  "officielebekendmakingen.nl",
  "overheid.nl",
  "rijksoverheid.nl",
  "belastingdienst.nl",
  "uwv.nl",
  "svb.nl",
  "vng.nl",
  // CAO parties (employers and unions) and the CAO sites they run
  "vgn.nl",
  "actiz.nl",
  "fbz.nl",
  "fnv.nl",
  "cnvconnectief.nl",
  "cnv.nl",
  "nu91.nl",
  "lad.nl",
  "jeugdzorgnederland.nl",
  "ggznederland.nl",
  "sociaalwerknederland.nl",
  "kinderopvang.nl",
  "jeugdzorg-werkt.nl",
  "sociaalwerk-werkt.nl",
  "kinderopvang-werkt.nl",
  // the pension fund and its administrator
  "pfzw.nl",
  "pggm.nl",
];

export function isOfficieel(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return OFFICIELE_DOMEINEN.some((d) => host === d || host.endsWith("." + d));
}

const MAP = path.join(__dirname, "../../src/data/datasets");

function geverifieerd(o: unknown, pad: string, uit: { pad: string; bron: unknown }[]): void {
  if (Array.isArray(o)) o.forEach((x, i) => geverifieerd(x, `${pad}[${i}]`, uit));
  else if (o && typeof o === "object") {
    const r = o as Record<string, unknown>;
    if (r.status === "geverifieerd") uit.push({ pad, bron: r.bron });
    for (const [k, v] of Object.entries(r)) geverifieerd(v, `${pad}.${k}`, uit);
  }
}

test("the allow-list check itself: official hosts pass, look-alikes and news sites do not", () => {
  expect(isOfficieel("https://www.cbs.nl/nl-nl/nieuws/2025/03/inflatie")).toBe(true);
  expect(isOfficieel("https://zoek.officielebekendmakingen.nl/stcrt-2024-1")).toBe(true);
  expect(isOfficieel("https://dutch.news-pravda.com/netherlands/2025/01/15/42502.html")).toBe(false);
  expect(isOfficieel("https://cbs.nl.example.com/x")).toBe(false);
  expect(isOfficieel("https://notcbs.nl/x")).toBe(false);
  expect(isOfficieel("geen url")).toBe(false);
});

test("every value marked geverifieerd cites an official publisher as its main source", () => {
  const fout: string[] = [];
  let aantal = 0;
  for (const f of fs
    .readdirSync(MAP)
    .filter((x) => x.endsWith(".json"))
    .sort()) {
    const lijst: { pad: string; bron: unknown }[] = [];
    geverifieerd(JSON.parse(fs.readFileSync(path.join(MAP, f), "utf8")), f, lijst);
    aantal += lijst.length;
    for (const g of lijst) {
      const bron = typeof g.bron === "string" ? g.bron : "";
      if (!isOfficieel(bron)) fout.push(`${g.pad}: ${bron || "(geen bron)"}`);
    }
  }
  expect(aantal).toBeGreaterThan(0);
  expect(fout).toEqual([]);
});
