/**
 * Task pane of Reële Tarieven (shared runtime: this page also hosts the custom functions).
 * `Office.onReady` branches on the host: no host (or no office.js at all) → "Open deze invoegtoepassing in
 * Excel"; Excel → the app. Every button runs ONE `Excel.run` with `delayForCellEdit: true`, one action at a
 * time; its outcome is shown next to the button. The writers live in ./writers.
 */
/* global Office, Excel */
import { gebruikersTabellen } from "../data";
import { registratie } from "../functions/registratie";
import { InstellingenOpslag } from "./opslag";
import { schrijfParameterSjabloon } from "./writers/sjabloon";
import { schrijfOpbouw, type OpbouwDoel } from "./writers/opbouw";
import { importeerCaoTabel, verwijderCaoTabel } from "./writers/cao-import";
import { importeerCijfers, type CijferSoort } from "./writers/cijfers-import";
import type { SchrijfUitkomst } from "./writers/gemeenschappelijk";
import { vertaalFout } from "./office-fout";
import { splitsAdres } from "./celadres";
import { leesNlDatum, toonNlDatum } from "./datum";
import { EenActie, toonMelding, type Melding } from "./paneel";
import { pasThemaToe, type OfficeThemaLike } from "./thema";
import { voegSjabloonIn } from "./writers/sjabloon-invoegen";
import { bereken, controleer, type BerekenDoel, type ControleUitkomst } from "./writers/sjabloon-rekenen";
import { AfgebrokenFout } from "./writers/gemeenschappelijk";
import { kostprijsSjabloon, regioSjabloon } from "../sjablonen/definities";
import { bandbreedteSjabloon, budgetSjabloon } from "../sjablonen/budget";
import { caoTabelSjabloon, indexatieSjabloon } from "../sjablonen/invoertabellen";
import type { Probleem } from "./controle";
import { voegGrafiekToe, type GrafiekAanbod } from "./writers/grafiek";
import { vulVoorbeeldIn } from "./writers/voorbeeld-invullen";

declare const __RT_NAMESPACE__: string;
declare const __RT_VERSIE__: string;
const NAMESPACE = typeof __RT_NAMESPACE__ === "string" ? __RT_NAMESPACE__ : "RT";
const VERSIE = typeof __RT_VERSIE__ === "string" ? __RT_VERSIE__ : "onbekend";
/** Without an answer from Office.onReady after this long, show the "open in Excel" text (the app still starts if it comes). */
const WACHT_OP_OFFICE_MS = 10_000;

function el<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function toon(id: string, zichtbaar: boolean): void {
  const e = document.getElementById(id);
  if (e) e.hidden = !zichtbaar;
}

const eenActie = new EenActie();

/** Selects a cell the user asked to jump to ("Blad1!B11"). */
function gaNaarCel(adres: string): void {
  const d = splitsAdres(adres);
  if (!d) return;
  Excel.run(async (context) => {
    const blad = context.workbook.worksheets.getItem(d.blad);
    blad.activate();
    blad.getRange(d.cel).select();
    await context.sync();
  }).catch((e) => toonMelding(el("algemeen"), { tekst: `Cel ${adres} kon niet worden geselecteerd: ${vertaalFout(e)}`, soort: "fout" }));
}

/** The workbook's own CAO tables with status and source, each with a delete button. */
function toonCaoLijst(): void {
  const lijst = el<HTMLUListElement>("cao-lijst");
  lijst.replaceChildren();
  const tabellen = gebruikersTabellen.lijst();
  for (const t of tabellen) {
    const li = document.createElement("li");
    const tekst = document.createElement("span");
    tekst.textContent = `${t.cao} per ${toonNlDatum(t.geldigVanaf)} — status: ${t.status}; bron: ${t.bron}`;
    const knop = document.createElement("button");
    knop.type = "button";
    knop.className = "secundair";
    knop.dataset.actie = "";
    knop.textContent = "Verwijderen";
    knop.setAttribute("aria-label", `CAO-tabel ${t.cao} per ${toonNlDatum(t.geldigVanaf)} verwijderen`);
    knop.onclick = () => actie(knop, (ctx) => verwijderCaoTabel(ctx, t.cao, t.geldigVanaf, gebruikersTabellen, opslag())).then(() => toonCaoLijst());
    li.append(tekst, knop);
    lijst.appendChild(li);
  }
  lijst.hidden = tabellen.length === 0;
  toon("cao-lijst-leeg", tabellen.length === 0);
}

/** The problem list of "Controleren": one button per problem, which selects its cell. */
function toonProblemen(u: ControleUitkomst): void {
  const lijst = el<HTMLUListElement>("problemen");
  lijst.replaceChildren();
  for (const p of u.problemen as Probleem[]) {
    const li = document.createElement("li");
    const knop = document.createElement("button");
    knop.type = "button";
    const cel = document.createElement("span");
    cel.className = "cel";
    cel.textContent = p.cel;
    knop.append(cel, `${p.product ? `${p.product}: ` : ""}${p.melding}`);
    knop.title = `Ga naar ${p.cel}`;
    knop.onclick = () => gaNaarCel(p.cel);
    li.appendChild(knop);
    lijst.appendChild(li);
  }
  lijst.hidden = u.problemen.length === 0;
}

/** After Berekenen (or Opbouw uitschrijven): one button per chart the written tables offer, in that card's chart group. */
function toonGrafieken(aanbod: readonly GrafiekAanbod[] | undefined, groep = "grafieken", knoppenId = "grafiek-knoppen"): void {
  const knoppen = el<HTMLDivElement>(knoppenId);
  knoppen.replaceChildren();
  for (const a of aanbod ?? []) {
    const knop = document.createElement("button");
    knop.type = "button";
    knop.className = "secundair";
    knop.dataset.actie = "";
    knop.dataset.grafiek = a.soort;
    knop.textContent = GRAFIEK_KNOP[a.soort];
    knop.title = `${a.titel} (bron ${a.bron})`;
    knop.onclick = () =>
      actie(knop, async (ctx) => {
        const u = await voegGrafiekToe(ctx, a);
        if (u.ok) knop.dataset.gemaakt = "ja";
        return u;
      }).then(() => {
        // one chart per table: made once, the button stays off
        if (knop.dataset.gemaakt) {
          knop.disabled = true;
          knop.textContent = `${GRAFIEK_KNOP[a.soort]} ✓`;
          knop.setAttribute("aria-label", `${GRAFIEK_KNOP[a.soort]}: grafiek gemaakt`);
        }
      });
    knoppen.appendChild(knop);
  }
  toon(groep, (aanbod ?? []).length > 0);
}

const GRAFIEK_KNOP: Record<GrafiekAanbod["soort"], string> = {
  opbouw: "Opbouw per kostprijselement",
  scenarios: "Scenariovergelijking",
  budget: "Budget per gemeente en jaar",
  budget_scenarios: "Budget per scenario en jaar",
  indexatie: "Tarief per jaar (indexatie)",
  aanbieders: "Tarief per aanbieder",
};

function melding(kaart: HTMLElement, m: Melding): void {
  toonMelding(kaart, m, gaNaarCel);
}

function opslag(): InstellingenOpslag {
  return new InstellingenOpslag(Office.context.document.settings as unknown as ConstructorParameters<typeof InstellingenOpslag>[0]);
}

/** The card (section) a button belongs to. */
function kaartVan(knop: HTMLElement): HTMLElement {
  return (knop.closest("section") as HTMLElement | null) ?? el("algemeen");
}

/** Runs one action in one Excel.run and shows its outcome next to the button; refused while another runs. */
function actie(
  knop: HTMLButtonElement,
  werk: (context: Excel.RequestContext) => Promise<SchrijfUitkomst>,
  vervolg?: (uitkomst: SchrijfUitkomst) => Melding["knop"],
): Promise<boolean> {
  const kaart = kaartVan(knop);
  return eenActie.voer(async () => {
    melding(kaart, { tekst: "Bezig… (als u een cel aan het bewerken bent, wordt gewacht tot u klaar bent)", soort: "bezig" });
    try {
      const uitkomst = await Excel.run({ delayForCellEdit: true }, werk);
      melding(kaart, { tekst: uitkomst.melding, soort: uitkomst.ok ? "ok" : "fout", cel: uitkomst.cel, knop: vervolg?.(uitkomst) });
    } catch (e) {
      melding(kaart, { tekst: `Er ging iets mis: ${vertaalFout(e)}`, soort: "fout" });
    }
  });
}

/**
 * Loads the user CAO tables stored in the workbook into the registry (used by the custom functions too). When
 * the workbook holds user tables, the workbook is recalculated once, because custom functions may already have
 * run with only the shipped tables before the runtime was ready.
 */
export function laadGebruikersTabellen(): string | undefined {
  try {
    gebruikersTabellen.herlaad(opslag());
    if (
      gebruikersTabellen.lijst().length > 0 ||
      gebruikersTabellen.parameters().length > 0 ||
      gebruikersTabellen.indexcijfers().length > 0 ||
      gebruikersTabellen.premies().length > 0
    ) {
      Excel.run(async (context) => {
        context.workbook.application.calculate("Full" as Excel.CalculationType);
        await context.sync();
      }).catch(() => undefined);
    }
    return undefined;
  } catch (e) {
    return `De in deze werkmap opgeslagen CAO-tabellen konden niet worden geladen: ${vertaalFout(e)}`;
  }
}

let gestart = false;

function startApp(): void {
  if (gestart) return;
  gestart = true;
  toon("laden", false);
  toon("open-in-excel", false);
  toon("app-body", true);
  // Office theme colours (light, dark, coloured); without a theme the stylesheet follows prefers-color-scheme
  pasThemaToe((Office.context as unknown as { officeTheme?: OfficeThemaLike }).officeTheme);
  const algemeen = el("algemeen");
  if (registratie.fout)
    melding(algemeen, { tekst: `${registratie.fout} Het taakvenster werkt wel; sluit en heropen de werkmap om de functies te laden.`, soort: "fout" });
  const fout = laadGebruikersTabellen();
  if (fout) melding(algemeen, { tekst: fout, soort: "fout" });

  const sjabloon = el<HTMLButtonElement>("knop-sjabloon");
  sjabloon.onclick = () => {
    const soort = el<HTMLSelectElement>("sjabloon-soort").value;
    // comments need ExcelApi 1.10; without it the explanation column still carries the same text
    const opmerkingen = typeof Office.context.requirements?.isSetSupported !== "function" || Office.context.requirements.isSetSupported("ExcelApi", "1.10");
    return actie(sjabloon, (ctx) =>
      soort === "kostprijs"
        ? voegSjabloonIn(ctx, kostprijsSjabloon(), { opmerkingen })
        : soort === "regio"
          ? voegSjabloonIn(ctx, regioSjabloon(), { opmerkingen })
          : soort === "budget"
            ? voegSjabloonIn(ctx, budgetSjabloon(), { opmerkingen })
            : soort === "bandbreedte"
              ? voegSjabloonIn(ctx, bandbreedteSjabloon(), { opmerkingen })
              : soort === "cao"
                ? voegSjabloonIn(ctx, caoTabelSjabloon(), { opmerkingen })
                : soort === "indexatie"
                  ? voegSjabloonIn(ctx, indexatieSjabloon(), { opmerkingen })
                  : schrijfParameterSjabloon(ctx, NAMESPACE),
    );
  };

  const voorbeeld = el<HTMLButtonElement>("knop-voorbeeld");
  voorbeeld.onclick = () => actie(voorbeeld, vulVoorbeeldIn);

  const controleerKnop = el<HTMLButtonElement>("knop-controleer");
  controleerKnop.onclick = () =>
    actie(controleerKnop, async (ctx) => {
      const u = await controleer(ctx);
      toonProblemen(u);
      return u;
    });

  const berekenKnop = el<HTMLButtonElement>("knop-bereken");
  let afbreken = false;
  el<HTMLButtonElement>("knop-afbreken").onclick = () => {
    afbreken = true;
  };
  const berekenNaar = (doel: BerekenDoel): Promise<boolean> => {
    afbreken = false;
    toonGrafieken([]);
    const formules = (document.querySelector('input[name="bereken-soort"]:checked') as HTMLInputElement | null)?.value === "formules";
    const balk = el<HTMLProgressElement>("voortgang-balk");
    // progress (with cancel) only for writes that take longer than a second
    const toonVoortgang = setTimeout(() => toon("voortgang", true), 1000);
    return actie(
      berekenKnop,
      async (ctx) => {
        try {
          const u = await bereken(ctx, {
            doel,
            formules,
            namespace: NAMESPACE,
            versie: VERSIE,
            voortgang: (gedaan, totaal) => {
              balk.value = Math.round((100 * gedaan) / Math.max(1, totaal));
            },
            afbreken: () => afbreken,
          });
          toonProblemen(u);
          toonGrafieken(u.grafieken);
          return u;
        } catch (e) {
          if (e instanceof AfgebrokenFout)
            return {
              ok: false,
              melding: `Berekenen afgebroken: ${e.gedaan} van ${e.totaal} cellen zijn al geschreven (${doel === "naast_invoer" ? "naast de invoer; maak die cellen leeg als u ze niet wilt houden" : "op het nieuwe werkblad; verwijder dat blad als u het niet wilt houden"}).`,
            };
          throw e;
        } finally {
          clearTimeout(toonVoortgang);
          toon("voortgang", false);
        }
      },
      // next to the inputs refused because cells are not empty: offer a new sheet instead
      (u) => ((u as ControleUitkomst).bezet?.length ? { tekst: "Op een nieuw werkblad schrijven", actie: () => void berekenNaar("nieuw_blad") } : undefined),
    );
  };
  berekenKnop.onclick = () =>
    berekenNaar(
      (document.querySelector('input[name="bereken-doel"]:checked') as HTMLInputElement | null)?.value === "naast_invoer" ? "naast_invoer" : "nieuw_blad",
    );

  const opbouw = el<HTMLButtonElement>("knop-opbouw");
  opbouw.onclick = () => {
    toonGrafieken([], "opbouw-grafieken", "opbouw-grafieken-knoppen");
    return actie(opbouw, async (ctx) => {
      const u = await schrijfOpbouw(ctx, el<HTMLSelectElement>("opbouw-doel").value as OpbouwDoel, VERSIE);
      toonGrafieken(u.grafieken, "opbouw-grafieken", "opbouw-grafieken-knoppen");
      return u;
    });
  };

  const cao = el<HTMLButtonElement>("knop-cao");
  cao.onclick = () => {
    if (eenActie.isBezig) return;
    const kaart = kaartVan(cao);
    const naam = el<HTMLInputElement>("cao-naam").value.trim();
    const datumTekst = el<HTMLInputElement>("cao-datum").value.trim();
    if (!naam || !datumTekst) {
      melding(kaart, { tekst: "Vul de naam van de CAO en de datum 'geldig vanaf' (dd-mm-jjjj) in.", soort: "fout" });
      return;
    }
    const datum = leesNlDatum(datumTekst);
    if (!datum.ok) {
      melding(kaart, { tekst: datum.melding, soort: "fout" });
      return;
    }
    const bron = el<HTMLInputElement>("cao-bron").value.trim();
    const eenheid = el<HTMLSelectElement>("cao-eenheid").value as "maand" | "uur";
    return actie(cao, (ctx) =>
      importeerCaoTabel(ctx, { cao: naam, geldigVanaf: datum.iso, bron: bron || "gebruiker (taakvenster)", eenheid }, gebruikersTabellen, opslag()),
    ).then(() => toonCaoLijst());
  };
  toonCaoLijst();

  const cijfers = el<HTMLButtonElement>("knop-cijfers");
  cijfers.onclick = () => {
    if (eenActie.isBezig) return;
    const soort = el<HTMLSelectElement>("cijfers-soort").value as CijferSoort;
    const bron = el<HTMLInputElement>("cijfers-bron").value.trim();
    return actie(cijfers, (ctx) => importeerCijfers(ctx, soort, bron || "gebruiker (taakvenster)", gebruikersTabellen, opslag()));
  };
}

function geenExcel(): void {
  if (gestart) return;
  toon("laden", false);
  toon("app-body", false);
  toon("open-in-excel", true);
}

function officeAanwezig(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

if (typeof document !== "undefined") {
  if (officeAanwezig()) {
    const wacht = setTimeout(geenExcel, WACHT_OP_OFFICE_MS);
    void Office.onReady((info) => {
      clearTimeout(wacht);
      // compare with the string value of Office.HostType.Excel, so a stub Office without enums works too
      if (info && String(info.host) === "Excel") startApp();
      else geenExcel();
    });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", geenExcel);
  } else {
    geenExcel();
  }
}
