/**
 * DOM side of the pane's actions: a message next to the action that caused it (scrolled into view, focused for
 * screen readers, closable, with "Ga naar <cel>" when a problem has a cell address), and one action at a time.
 */

export type Soort = "ok" | "fout" | "info" | "bezig";

export interface Melding {
  tekst: string;
  soort: Soort;
  /** cell to offer a jump to ("Blad1!B11") */
  cel?: string;
}

/** Called when the user clicks "Ga naar …" in a message. */
export type NaarCel = (adres: string) => void;

/** The message box of a card (`.melding` inside it), created on first use. */
function meldingVak(kaart: HTMLElement): HTMLElement {
  let m = kaart.querySelector<HTMLElement>(":scope > .melding");
  if (!m) {
    m = document.createElement("div");
    m.className = "melding";
    m.hidden = true;
    kaart.appendChild(m);
  }
  return m;
}

/** Shows a message in `kaart`, scrolls it into view and moves focus to it. */
export function toonMelding(kaart: HTMLElement, melding: Melding, naarCel?: NaarCel): HTMLElement {
  const m = meldingVak(kaart);
  m.replaceChildren();
  m.className = `melding ${melding.soort}`;
  // errors interrupt the screen reader; other messages are read politely
  m.setAttribute("role", melding.soort === "fout" ? "alert" : "status");
  m.setAttribute("aria-live", melding.soort === "fout" ? "assertive" : "polite");
  m.tabIndex = -1;
  const tekst = document.createElement("span");
  tekst.className = "melding-tekst";
  tekst.textContent = melding.tekst;
  m.appendChild(tekst);
  if (melding.cel && naarCel) {
    const ga = document.createElement("button");
    ga.type = "button";
    ga.className = "link";
    ga.textContent = `Ga naar ${melding.cel}`;
    ga.onclick = () => naarCel(melding.cel as string);
    m.appendChild(ga);
  }
  if (melding.soort !== "bezig") {
    const sluit = document.createElement("button");
    sluit.type = "button";
    sluit.className = "sluit";
    sluit.setAttribute("aria-label", "Melding sluiten");
    sluit.title = "Melding sluiten";
    sluit.textContent = "×";
    sluit.onclick = () => {
      m.hidden = true;
      kaart.querySelector<HTMLElement>("button[data-actie]")?.focus();
    };
    m.appendChild(sluit);
  }
  m.hidden = false;
  m.focus({ preventScroll: true });
  m.scrollIntoView({ block: "nearest" });
  return m;
}

/** One action at a time: while one runs, every action button is disabled and the page is marked busy. */
export class EenActie {
  private bezig = false;

  get isBezig(): boolean {
    return this.bezig;
  }

  /** Runs `werk` unless another action is running (then returns false without running it). */
  async voer(werk: () => Promise<void>): Promise<boolean> {
    if (this.bezig) return false;
    this.bezig = true;
    this.zetKnoppen(true);
    try {
      await werk();
    } finally {
      this.bezig = false;
      this.zetKnoppen(false);
    }
    return true;
  }

  private zetKnoppen(uit: boolean): void {
    for (const k of Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-actie]"))) k.disabled = uit;
    document.querySelector("main")?.setAttribute("aria-busy", String(uit));
  }
}
