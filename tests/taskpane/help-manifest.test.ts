/**
 * Help page and manifest of the production build (dist/): a section per function, each function's helpUrl
 * pointing at it, SupportUrl/LearnMoreUrl pointing at help, high-resolution ribbon icons that exist, the
 * CustomFunctionsRuntime requirement. Plus the Office theme mapping.
 */
import * as fs from "fs";
import * as path from "path";
import { DIST, zorgVoorProductieBuild } from "../functions/bouw";
import { luminantie, themaVariabelen } from "../../src/taskpane/thema";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { anker, helpHtml, metHelpUrls } = require("../../scripts/help-pagina");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PRODUCTIE_URL } = require("../../webpack.config.js");

interface Functie {
  id: string;
  name: string;
  helpUrl?: string;
  parameters: { name: string; optional?: boolean; description?: string }[];
}

describe("help en manifest in dist/", () => {
  let functies: Functie[];
  let help: string;
  let manifest: string;
  beforeAll(async () => {
    await zorgVoorProductieBuild();
    functies = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;
    help = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    manifest = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  }, 180_000);

  test("help.html heeft een sectie per functie, en de helpUrl van elke functie wijst ernaar", () => {
    expect(functies.length).toBeGreaterThanOrEqual(16);
    for (const f of functies) {
      // (the production build minifies the page: attribute quotes may be dropped)
      expect(help).toMatch(new RegExp(`<section class="?kaart"? id="?${anker(f.id)}"?>\\s*<h2>RT\\.${f.name}</h2>`));
      expect(f.helpUrl).toBe(`${PRODUCTIE_URL}help.html#${anker(f.id)}`);
      for (const p of f.parameters) expect(help).toContain(`<code>${p.name}</code>`);
    }
    expect(anker("TARIEF_DETAIL")).toBe("functie-tarief-detail");
  });

  test("SupportUrl en LearnMoreUrl wijzen naar de help, niet naar het taakvenster", () => {
    expect(manifest).toContain(`<SupportUrl DefaultValue="${PRODUCTIE_URL}help.html"/>`);
    expect(manifest).toContain(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${PRODUCTIE_URL}help.html"/>`);
  });

  test("CustomFunctionsRuntime-vereiste en lintpictogrammen in hoge resolutie die bestaan", () => {
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.1"\/>/);
    for (const maat of [16, 20, 24, 32, 40, 48, 64, 80]) {
      expect(manifest).toContain(`<bt:Image size="${maat}" resid="Icon.${maat}x${maat}"/>`);
      expect(manifest).toContain(`<bt:Image id="Icon.${maat}x${maat}" DefaultValue="${PRODUCTIE_URL}assets/icon-${maat}.png"/>`);
      const png = fs.readFileSync(path.join(DIST, "assets", `icon-${maat}.png`));
      // PNG IHDR: width and height at bytes 16 and 20
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([maat, maat]);
    }
  });

  test("helpHtml ontsnapt HTML in beschrijvingen", () => {
    const html = helpHtml({ functions: [{ id: "X", name: "X", description: "a < b & c", parameters: [] }] }, "RT");
    expect(html).toContain("a &lt; b &amp; c");
    expect(metHelpUrls({ functions: [{ id: "X", name: "X" }] }, "https://h/").functions[0].helpUrl).toBe("https://h/help.html#functie-x");
  });
});

describe("Office-thema", () => {
  test("luminantie: zwart 0, wit 1", () => {
    expect(luminantie("#000000")).toBe(0);
    expect(luminantie("#ffffff")).toBe(1);
    expect(luminantie("rood")).toBeUndefined();
  });
  test("donker thema (Office 'Zwart': body #262626) schakelt naar donker, wit ('#FFFFFF') naar licht", () => {
    expect(themaVariabelen({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636" })).toEqual({
      modus: "donker",
      variabelen: { "--achtergrond": "#262626", "--tekst": "#FFFFFF", "--vlak": "#363636" },
    });
    expect(themaVariabelen({ bodyBackgroundColor: "#FFFFFF" })?.modus).toBe("licht");
    expect(themaVariabelen(undefined)).toBeUndefined();
  });
});
