/** The data report: every dataset with its validity, status counts, sources and gaps (text and Markdown). */
import type { Status } from "../core/bronnen";
import { figurenVan } from "./figuren";
import { caoDekking, datasetActualiteit } from "./actualiteit";
import { formatDatum } from "./datums";
import { CAO_DATASETS, MEEGELEVERDE_TABELLEN, RUWE_DATASETS } from "./laden";
import { sleutelCao } from "./namen";
import { STATUSSEN, type Ontbreekt } from "./schema";

export interface DatasetSamenvatting {
  naam: string;
  omschrijving: string;
  geldigheid: string;
  statussen: Record<Status, number>;
  bronnen: string[];
  ontbreekt: Ontbreekt[];
  conflicten: string[];
}

function conflictenVan(raw: unknown): string[] {
  const uit: string[] = [];
  const loop = (x: unknown, label: string) => {
    if (Array.isArray(x)) return x.forEach((y) => loop(y, label));
    if (!x || typeof x !== "object") return;
    const o = x as Record<string, unknown>;
    const l = typeof o.naam === "string" ? o.naam : typeof o.geldigVanaf === "string" ? o.geldigVanaf : label;
    const c = o.conflict as { toelichting?: string; bron?: string } | undefined;
    if (c?.toelichting) uit.push(`${l}: ${c.toelichting} (afwijkende bron: ${c.bron})`);
    for (const [k, v] of Object.entries(o)) if (k !== "conflict") loop(v, l);
  };
  loop(raw, "");
  return uit;
}

export function datasetSamenvattingen(): DatasetSamenvatting[] {
  return Object.entries(RUWE_DATASETS).map(([naam, raw]) => {
    const o = raw as { omschrijving?: string; ontbreekt?: Ontbreekt[]; extraBronnen?: string[] };
    const figuren = figurenVan(naam, raw);
    const statussen = Object.fromEntries(STATUSSEN.map((s) => [s, 0])) as Record<Status, number>;
    for (const f of figuren) statussen[f.status as Status]++;
    const datums = figuren.map((f) => f.geldigVanaf ?? "").filter(Boolean).sort();
    const geldigheid = datums.length === 0 ? "—" : datums[0] === datums[datums.length - 1] ? `vanaf ${datums[0]}` : `${datums[0]} … ${datums[datums.length - 1]}`;
    const bronnen = [...new Set(figuren.map((f) => f.bron ?? ""))].filter(Boolean);
    return { naam, omschrijving: o.omschrijving ?? naam, geldigheid, statussen, bronnen, ontbreekt: o.ontbreekt ?? [], conflicten: conflictenVan(raw) };
  });
}

export interface CaoOverzicht {
  cao: string;
  nieuwsteTabel: string;
  afgeleidTot: string;
  looptijd: string;
  gedektTot: string;
  ontbreekt: string[];
}

/** Per CAO: newest shipped table, the newest date lookups derive to, the term and what is missing. */
export function caoOverzicht(): CaoOverzicht[] {
  return CAO_DATASETS.map((d) => {
    const k = sleutelCao(d.cao);
    const tabellen = MEEGELEVERDE_TABELLEN.filter((t) => sleutelCao(t.cao) === k).sort((a, b) => a.geldigVanaf.localeCompare(b.geldigVanaf));
    const nieuwste = tabellen[tabellen.length - 1];
    const later = nieuwste ? d.verhogingen.filter((v) => v.geldigVanaf > nieuwste.geldigVanaf).map((v) => v.geldigVanaf).sort() : [];
    const dekking = caoDekking(d);
    return {
      cao: d.cao,
      nieuwsteTabel: nieuwste ? formatDatum(nieuwste.geldigVanaf) : "geen (alleen eigen tabellen)",
      afgeleidTot: !nieuwste ? "— (geen tabel om af te leiden)" : later.length ? formatDatum(later[later.length - 1]) : "— (geen latere verhoging)",
      looptijd: d.looptijd ? `${formatDatum(d.looptijd.van)} – ${formatDatum(d.looptijd.tot)}` : "niet vastgelegd",
      gedektTot: `${formatDatum(dekking.gedektTot)} (${dekking.grond}); daarna 'mogelijk verouderd'`,
      ontbreekt: [...d.ontbreekt.map((o) => o.wat), ...tabellen.flatMap((t) => (t.ontbreekt ?? []).map((o) => `${t.omschrijving}: ${o.wat}`))],
    };
  });
}

const statusTekst = (s: Record<Status, number>) =>
  STATUSSEN.filter((k) => s[k] > 0).map((k) => `${k} ${s[k]}`).join(", ") || "—";
const cel = (t: string) => t.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** The Markdown document written to docs/data.md. */
export function dataRapportMarkdown(): string {
  const sets = datasetSamenvattingen();
  const r: string[] = [];
  r.push("# Referentiegegevens (gegenereerd)", "");
  r.push("<!-- Gegenereerd door `npm run data:report` (src/cli/data-report.ts) uit src/data/datasets/*.json. Niet met de hand bewerken. -->", "");
  r.push("Elke waarde heeft een bron-URL, een geldigheidsdatum en een status: `geverifieerd` (primaire bron of twee onafhankelijke bronnen), `secundair` (één secundaire bron), `afgeleid` (berekend of niet bevestigd), `gebruiker` (door de gebruiker ingevoerd). Aantallen hieronder tellen de afzonderlijke waarden per status.", "");
  r.push("| dataset | omschrijving | geldigheid | status (aantal waarden) | bronnen |", "|---|---|---|---|---|");
  for (const s of sets) r.push(`| ${s.naam} | ${cel(s.omschrijving)} | ${s.geldigheid} | ${statusTekst(s.statussen)} | ${s.bronnen.length} |`);
  r.push("");
  r.push("## Gedrag van opzoekingen", "");
  r.push(
    "- Een salaris wordt opgezocht in de tabel die op de peildatum geldt (gebruikerstabellen gaan voor meegeleverde tabellen van dezelfde CAO en datum).",
    "- Na de laatste tabel: zolang er geen structurele verhoging is ingegaan, komt het bedrag uit die laatste tabel zelf. Zijn er wel verhogingen ingegaan, dan wordt de tabel afgeleid door die verhogingen op volgorde toe te passen (met minimum- en maximumbedragen en de afronding van de CAO-tabel); de uitkomst heeft status `afgeleid` en `herkomst.toegepast` noemt de verhogingen.",
    "- Schalen die door een verhoging anders zijn opgebouwd (treden vervallen of toegevoegd) worden niet afgeleid: dat is een foutmelding met de officiële bron.",
    "- Een datum vóór de eerste tabel, een onbekende CAO, schaal of trede, een trede boven de schaal of een gat in de tabel geeft een foutmelding (#N/B in Excel) die zegt waar de gegevens te halen zijn; er wordt nooit stil een andere tabel gebruikt.",
    "- Uurtabellen (Sociaal Werk) blijven zoals gepubliceerd; het maandbedrag is uurloon × 156 (36 uur × 52 / 12) en de herkomst zegt dat.",
    "- Werkgeverslasten: standaard AWf laag, Aof hoog, gemiddelde Whk, Wko en Zvw; Ufo (alleen overheid) telt niet mee.",
    "- Wettelijk minimumloon als ondergrens: elk opgezocht salaris (meegeleverde, afgeleide of eigen tabel) is minstens het wettelijk minimumloon op de peildatum voor de voltijduren van de CAO. Vanaf 2024: minimumuurloon × uren_per_week × 52 / 12, naar boven afgerond op centen; tot en met 2023 stelde de wet een bedrag per maand vast voor een volledig dienstverband, ongeacht het aantal uren, en dan is dat maandbedrag de ondergrens. Tilt de ondergrens een bedrag op, dan noemt de salarisregel beide bedragen en beide bronnen en is de status `afgeleid`. Een zelf opgegeven `maandsalaris` onder het minimumloon wordt niet geweigerd, maar de opbouw waarschuwt zichtbaar.",
    "- Loonbodems in CAO's (bijv. Jeugdzorg € 15 per uur per 1 januari 2024, Kinderopvang € 16 per uur per 1 januari 2026) zijn verhogingen met een `bodemUurloon`: bij het afleiden gaat eerst het percentage eroverheen, daarna wordt elke trede onder de bodem naar de bodem gebracht (uurbedrag × de uren per maand van de CAO, naar boven afgerond op de afronding van de tabel).",
    "- *Mogelijk verouderd*: na het einde van de looptijd van een CAO (of, als die niet is vastgelegd, twaalf maanden na het nieuwste cijfer) en na de eerstvolgende wijzigingsdatum van het minimumloon geeft een opzoeking nog steeds de nieuwste cijfers, maar met de markering *mogelijk verouderd* en de datum van het nieuwste gebruikte cijfer (in de status, de bronregel van de opbouw en `RT.BRONNEN()`).",
    "",
  );
  r.push("## Per CAO: nieuwste tabel, afgeleid tot, looptijd en wat ontbreekt", "");
  r.push("Na de datum onder 'bekend tot' geven opzoekingen nog steeds een uitkomst (met de nieuwste cijfers), maar gemarkeerd als *mogelijk verouderd*, met de datum van het nieuwste gebruikte cijfer.", "");
  r.push("| CAO | nieuwste meegeleverde tabel | afgeleid tot | looptijd | bekend tot | ontbreekt |", "|---|---|---|---|---|---|");
  for (const c of caoOverzicht()) r.push(`| ${c.cao} | ${c.nieuwsteTabel} | ${c.afgeleidTot} | ${c.looptijd} | ${cel(c.gedektTot)} | ${cel(c.ontbreekt.join("; ") || "—")} |`);
  r.push("");
  r.push("## Ontbrekende gegevens en waar ze te halen zijn", "");
  for (const s of sets) for (const o of s.ontbreekt) r.push(`- **${s.naam}**: ${cel(o.wat)} — ${cel(o.waar)}`);
  r.push("");
  r.push("## Tegenstrijdige bronnen", "");
  for (const s of sets) for (const c of s.conflicten) r.push(`- **${s.naam}**: ${cel(c)}`);
  r.push("");
  r.push("## Bronnen per dataset", "");
  for (const s of sets) {
    r.push(`### ${s.naam}`, "", cel(s.omschrijving), "");
    for (const b of s.bronnen) r.push(`- ${b}`);
    r.push("");
  }
  return r.join("\n");
}

/** Plain-text table for the terminal. */
export function dataRapportTekst(vandaag: string = new Date().toISOString().slice(0, 10)): string {
  const sets = datasetSamenvattingen();
  const rijen = [["dataset", "geldigheid", "status", "bronnen"], ...sets.map((s) => [s.naam, s.geldigheid, statusTekst(s.statussen), String(s.bronnen.length)])];
  const breedte = rijen[0].map((_, i) => Math.max(...rijen.map((r) => r[i].length)));
  const regel = (r: string[]) => r.map((c, i) => c.padEnd(breedte[i])).join("  ");
  const uit = [regel(rijen[0]), breedte.map((b) => "-".repeat(b)).join("  "), ...rijen.slice(1).map(regel), "", `Actualiteit op ${formatDatum(vandaag)}:`];
  for (const s of sets) {
    const a = datasetActualiteit(s.naam, vandaag);
    if (a) uit.push(`  ${s.naam}: ${a.tekst}`);
  }
  uit.push("", "Per CAO:");
  for (const c of caoOverzicht()) {
    uit.push(`  ${c.cao}: nieuwste tabel ${c.nieuwsteTabel}; afgeleid tot ${c.afgeleidTot}; looptijd ${c.looptijd}; bekend tot ${c.gedektTot}`);
    for (const o of c.ontbreekt) uit.push(`    ontbreekt: ${o}`);
  }
  uit.push("", "Ontbrekend (en waar te halen):");
  for (const s of sets) for (const o of s.ontbreekt) uit.push(`  ${s.naam}: ${o.wat} — ${o.waar}`);
  uit.push("", "Tegenstrijdige bronnen:");
  for (const s of sets) for (const c of s.conflicten) uit.push(`  ${s.naam}: ${c}`);
  return uit.join("\n");
}
