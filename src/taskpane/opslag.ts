/**
 * `WerkboekOpslag` on `Office.context.document.settings`: the user's CAO tables travel with the workbook.
 * `schrijf` sets the value and persists it with `saveAsync` (rejects with a Dutch message when saving fails).
 */
import type { WerkboekOpslag } from "../data";

/** The part of `Office.Settings` we use (so tests can pass a fake). */
export interface InstellingenLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: string } | null }) => void): void;
}

export class InstellingenOpslag implements WerkboekOpslag {
  constructor(private readonly instellingen: InstellingenLike) {}

  lees(sleutel: string): string | undefined {
    const v = this.instellingen.get(sleutel);
    if (v === null || v === undefined) return undefined;
    return typeof v === "string" ? v : JSON.stringify(v);
  }

  schrijf(sleutel: string, waarde: string): Promise<void> {
    this.instellingen.set(sleutel, waarde);
    return new Promise<void>((resolve, reject) => {
      this.instellingen.saveAsync((result) => {
        // Office.AsyncResultStatus.Succeeded === "succeeded"
        if (result && String(result.status).toLowerCase() === "succeeded") resolve();
        else reject(new Error(`De instellingen van de werkmap konden niet worden opgeslagen${result?.error?.message ? `: ${result.error.message}` : ""}.`));
      });
    });
  }
}
