/**
 * Office theme colours in the pane (Office.context.officeTheme, incl. the dark themes): the pane's CSS variables
 * follow the host's body and control colours; a dark body switches the accent palette to its dark variant.
 */

export interface OfficeThemaLike {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  controlBackgroundColor?: string;
  controlForegroundColor?: string;
}

function rgb(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Relative luminance (WCAG) of a #rrggbb colour, 0 (black) … 1 (white). */
export function luminantie(hex: string): number | undefined {
  const c = rgb(hex);
  if (!c) return undefined;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The CSS variables and the light/dark mode for an Office theme (undefined: keep the stylesheet's defaults). */
export function themaVariabelen(thema: OfficeThemaLike | undefined | null): { modus: "licht" | "donker"; variabelen: Record<string, string> } | undefined {
  if (!thema || !thema.bodyBackgroundColor || luminantie(thema.bodyBackgroundColor) === undefined) return undefined;
  const variabelen: Record<string, string> = { "--achtergrond": thema.bodyBackgroundColor };
  if (thema.bodyForegroundColor && rgb(thema.bodyForegroundColor)) variabelen["--tekst"] = thema.bodyForegroundColor;
  if (thema.controlBackgroundColor && rgb(thema.controlBackgroundColor)) variabelen["--vlak"] = thema.controlBackgroundColor;
  const modus = (luminantie(thema.bodyBackgroundColor) as number) < 0.2 ? "donker" : "licht";
  return { modus, variabelen };
}

/** Applies the theme to the document root. */
export function pasThemaToe(thema: OfficeThemaLike | undefined | null, root: HTMLElement = document.documentElement): void {
  const t = themaVariabelen(thema);
  if (!t) return;
  root.dataset.thema = t.modus;
  for (const [k, v] of Object.entries(t.variabelen)) root.style.setProperty(k, v);
}
