/**
 * The audit block (core/verantwoording) under the task pane's results: the same rows (path, value) as the command
 * line's sheet 'Verantwoording', in the 4-column blocks the writers use. Values are written as text, so an amount
 * stays exact and a date is not turned into a date serial.
 */
import { auditblokNaarRijen, maakAuditblok, type Auditblok } from "../../core/verantwoording";
import { gegevensOmgeving } from "../../data/versies";
import { tariefInvoer, tariefResultaat } from "../../functions/adapters/tarief";
import { vandaagIso } from "../../functions/adapters/invoer";
import { alsTekst } from "./sjabloon-invoegen";

/** The audit block of tariffs computed from raw parameter ranges (as RT.TARIEF receives them), with the product's function mix if it has one. */
export function paneelAuditblok(producten: readonly { naam: string; paren: unknown[][]; mix?: unknown[][] | null }[], productversie: string): Auditblok {
  return maakAuditblok(
    {
      productversie,
      standaardPeildatum: vandaagIso(),
      aangemaakt: new Date().toISOString(),
      berekeningen: producten.map((p) => ({ naam: p.naam, invoer: tariefInvoer(p.paren, p.mix ?? null), resultaat: tariefResultaat(p.paren, p.mix ?? null) })),
    },
    gegevensOmgeving(),
  );
}

/** The block as 4-column rows after an empty row, every cell as text (alsTekst: never a number, date or formula). */
export function auditRijen(blok: Auditblok): string[][] {
  return [["", "", "", ""], ...auditblokNaarRijen(blok).map(([pad, waarde]) => [alsTekst(pad), alsTekst(waarde), "", ""])];
}
