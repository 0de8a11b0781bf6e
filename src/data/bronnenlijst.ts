/** `bronnen()`: every source behind the shipped data and the user tables, grouped per dataset, source, date and status. */
import type { Status } from "../core/bronnen";
import { figurenVan } from "./figuren";
import { gebruikersTabellen } from "./gebruikers";
import { datasetActualiteit } from "./actualiteit";
import { CAO_DATASETS, RUWE_DATASETS } from "./laden";
import { sleutelCao } from "./namen";

export function bronnen(vandaag: string = new Date().toISOString().slice(0, 10)): Array<{ dataset: string; omschrijving: string; bron: string; geldigVanaf: string; status: Status; actualiteit: string }> {
  const groepen = new Map<string, { dataset: string; labels: string[]; bron: string; geldigVanaf: string; status: Status }>();
  for (const [naam, raw] of Object.entries(RUWE_DATASETS)) {
    const isTabel = naam.startsWith("tabel-");
    for (const f of figurenVan(naam, raw)) {
      const sleutel = [naam, f.bron, f.geldigVanaf, f.status].join("|");
      const g = groepen.get(sleutel) ?? { dataset: naam, labels: [], bron: f.bron ?? "", geldigVanaf: f.geldigVanaf ?? "", status: f.status as Status };
      const label = isTabel ? ((raw as { omschrijving: string }).omschrijving) : f.label;
      if (!g.labels.includes(label)) g.labels.push(label);
      groepen.set(sleutel, g);
    }
  }
  const actualiteit = new Map<string, string>();
  const actueel = (naam: string) => {
    if (!actualiteit.has(naam)) {
      // a table's currency is that of its CAO
      const cao = naam.startsWith("tabel-") ? CAO_DATASETS.find((d) => sleutelCao(d.cao) === sleutelCao(String((RUWE_DATASETS[naam] as { cao?: string }).cao ?? "")))?.dataset : naam;
      actualiteit.set(naam, (cao && datasetActualiteit(cao, vandaag)?.tekst) || "");
    }
    return actualiteit.get(naam) as string;
  };
  const uit = [...groepen.values()].map((g) => ({ dataset: g.dataset, omschrijving: g.labels.join(", "), bron: g.bron, geldigVanaf: g.geldigVanaf, status: g.status, actualiteit: actueel(g.dataset) }));
  for (const t of gebruikersTabellen.lijst()) {
    uit.push({ dataset: "gebruikerstabellen", omschrijving: t.omschrijving, bron: t.bron, geldigVanaf: t.geldigVanaf, status: t.status, actualiteit: "" });
  }
  return uit;
}
