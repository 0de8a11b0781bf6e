/**
 * Task pane of Reële Tarieven (shared runtime: this page also hosts the custom functions).
 * `Office.onReady` branches on the host: no host → "Open deze invoegtoepassing in Excel"; Excel → the app.
 * Every button runs ONE `Excel.run` with `delayForCellEdit: true`; the writers live in ./writers.
 */
/* global Office, Excel */
import { gebruikersTabellen } from "../data";
import { InstellingenOpslag } from "./opslag";
import { schrijfParameterSjabloon } from "./writers/sjabloon";
import { schrijfOpbouw, type OpbouwDoel } from "./writers/opbouw";
import { importeerCaoTabel } from "./writers/cao-import";
import type { SchrijfUitkomst } from "./writers/gemeenschappelijk";

declare const __RT_NAMESPACE__: string;
const NAMESPACE = typeof __RT_NAMESPACE__ === "string" ? __RT_NAMESPACE__ : "RT";

function el<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function toon(id: string, zichtbaar: boolean): void {
  const e = document.getElementById(id);
  if (e) e.hidden = !zichtbaar;
}

function melding(tekst: string, soort: "ok" | "fout" | "info" = "info"): void {
  const m = el<HTMLDivElement>("melding");
  m.textContent = tekst;
  m.className = `melding ${soort === "info" ? "" : soort}`.trim();
  m.hidden = false;
}

function opslag(): InstellingenOpslag {
  return new InstellingenOpslag(Office.context.document.settings as unknown as ConstructorParameters<typeof InstellingenOpslag>[0]);
}

/** Runs one action in one Excel.run and shows its outcome. */
async function actie(knop: HTMLButtonElement, werk: (context: Excel.RequestContext) => Promise<SchrijfUitkomst>): Promise<void> {
  knop.disabled = true;
  melding("Bezig… (als u een cel aan het bewerken bent, wordt gewacht tot u klaar bent)");
  try {
    const uitkomst = await Excel.run({ delayForCellEdit: true }, werk);
    melding(uitkomst.melding, uitkomst.ok ? "ok" : "fout");
  } catch (e) {
    melding(`Er ging iets mis: ${e instanceof Error ? e.message : String(e)}`, "fout");
  } finally {
    knop.disabled = false;
  }
}

/**
 * Loads the user CAO tables stored in the workbook into the registry (used by the custom functions too). When
 * the workbook holds user tables, the workbook is recalculated once, because custom functions may already have
 * run with only the shipped tables before the runtime was ready.
 */
export function laadGebruikersTabellen(): string | undefined {
  try {
    gebruikersTabellen.herlaad(opslag());
    if (gebruikersTabellen.lijst().length > 0 || gebruikersTabellen.parameters().length > 0) {
      Excel.run(async (context) => {
        context.workbook.application.calculate("Full" as Excel.CalculationType);
        await context.sync();
      }).catch(() => undefined);
    }
    return undefined;
  } catch (e) {
    return `De in deze werkmap opgeslagen CAO-tabellen konden niet worden geladen: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function startApp(): void {
  toon("laden", false);
  toon("open-in-excel", false);
  toon("app-body", true);
  const fout = laadGebruikersTabellen();
  if (fout) melding(fout, "fout");

  const sjabloon = el<HTMLButtonElement>("knop-sjabloon");
  sjabloon.onclick = () => actie(sjabloon, (ctx) => schrijfParameterSjabloon(ctx, NAMESPACE));

  const opbouw = el<HTMLButtonElement>("knop-opbouw");
  opbouw.onclick = () => actie(opbouw, (ctx) => schrijfOpbouw(ctx, el<HTMLSelectElement>("opbouw-doel").value as OpbouwDoel));

  const cao = el<HTMLButtonElement>("knop-cao");
  cao.onclick = () => {
    const naam = el<HTMLInputElement>("cao-naam").value.trim();
    const datum = el<HTMLInputElement>("cao-datum").value.trim();
    if (!naam || !datum) {
      melding("Vul de naam van de CAO en de datum 'geldig vanaf' in.", "fout");
      return;
    }
    const bron = el<HTMLInputElement>("cao-bron").value.trim();
    const eenheid = el<HTMLSelectElement>("cao-eenheid").value as "maand" | "uur";
    return actie(cao, (ctx) => importeerCaoTabel(ctx, { cao: naam, geldigVanaf: datum, bron: bron || "gebruiker (taakvenster)", eenheid }, gebruikersTabellen, opslag()));
  };
}

function geenExcel(): void {
  toon("laden", false);
  toon("app-body", false);
  toon("open-in-excel", true);
}

if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady((info) => {
    // compare with the string value of Office.HostType.Excel, so a stub Office without enums works too
    if (info && String(info.host) === "Excel") startApp();
    else geenExcel();
  });
} else if (typeof document !== "undefined") {
  document.addEventListener("DOMContentLoaded", geenExcel);
}
