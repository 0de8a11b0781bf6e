/* eslint-disable no-undef */
/**
 * The help page shipped in dist/ (help.html): a section per custom function, generated from functions.json at
 * build time so it can never miss a function, and every function's `helpUrl` pointing at its section.
 * Used by webpack.config.js (HelpPaginaPlugin) and by the tests.
 */
"use strict";

function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Anchor of a function's section: "functie-tarief-detail". */
function anker(id) {
  return `functie-${String(id).toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** functions.json with helpUrl = <basis>help.html#<anker> for every function. */
function metHelpUrls(metadata, basis) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({ ...f, helpUrl: `${basis}help.html#${anker(f.id)}` })),
  };
}

function handtekening(f, namespace) {
  const params = (f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
  return `=${namespace}.${f.name}(${params})`;
}

/** The help page as HTML (Dutch, for users). */
function helpHtml(metadata, namespace) {
  const functies = [...metadata.functions].sort((a, b) => a.name.localeCompare(b.name));
  const inhoud = functies.map((f) => `<li><a href="#${anker(f.id)}">${esc(namespace)}.${esc(f.name)}</a></li>`).join("\n        ");
  const secties = functies
    .map((f) => {
      const rijen = (f.parameters || [])
        .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.optional ? " (optioneel)" : ""}</td><td>${esc(p.description || "")}</td></tr>`)
        .join("\n          ");
      return `
    <section class="kaart" id="${anker(f.id)}">
      <h2>${esc(namespace)}.${esc(f.name)}</h2>
      <p><code>${esc(handtekening(f, namespace))}</code></p>
      <p>${esc(f.description || "")}</p>
      ${rijen ? `<table>
        <thead><tr><th>Parameter</th><th>Betekenis</th></tr></thead>
        <tbody>
          ${rijen}
        </tbody>
      </table>` : "<p>Geen parameters.</p>"}
      <p><a href="#inhoud">Terug naar de inhoud</a></p>
    </section>`;
    })
    .join("\n");
  return `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="UTF-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Handleiding Reële Tarieven</title>
  <link rel="stylesheet" href="taskpane.css" />
  <style>
    main { max-width: 860px; margin: 0 auto; }
    table { width: 100%; border-collapse: collapse; font-size: 13px; }
    th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid var(--rand); }
    .kaart p { color: var(--tekst); }
    ul.kolommen { columns: 2 200px; padding-left: 18px; }
  </style>
</head>
<body>
  <header class="kop">
    <img src="assets/icon-32.png" alt="" width="32" height="32" />
    <div>
      <h1>Handleiding Reële Tarieven</h1>
      <p class="sub">Excel-functies en taakvenster voor reële tarieven Jeugdwet en Wmo 2015</p>
    </div>
  </header>
  <main>
    <section class="kaart" id="aan-de-slag">
      <h2>Aan de slag</h2>
      <p>Typ <code>=${esc(namespace)}.</code> in een cel om de functies te zien. Parameters staan in een bereik met twee
        kolommen: de parameternaam en de waarde. Percentages mogen als 8% of 0,08. <code>=${esc(namespace)}.PARAMETERS()</code>
        geeft alle parameternamen met eenheid en uitleg; <code>=${esc(namespace)}.BRONNEN()</code> de bron van elk cijfer.</p>
      <p>Het taakvenster (<strong>Start &gt; Reële Tarieven</strong>) voegt sjablonen in, schrijft de tariefopbouw uit en
        importeert CAO-tabellen. Het overschrijft nooit cellen met gegevens. Een melding verschijnt bij de knop die haar
        veroorzaakte; bij een fout in een cel kunt u met <em>Ga naar</em> direct naar die cel.</p>
      <p>Foutwaarden: <code>#WAARDE!</code> (<code>#VALUE!</code>) betekent ongeldige invoer, <code>#N/B</code>
        (<code>#N/A</code>) dat een opgezochte waarde (CAO, schaal, jaar) niet bestaat. Wijs de cel aan om de uitleg te lezen.</p>
    </section>
    <section class="kaart" id="inhoud">
      <h2>Functies</h2>
      <ul class="kolommen">
        ${inhoud}
      </ul>
    </section>
${secties}
    <section class="kaart" id="ondersteuning">
      <h2>Ondersteuning</h2>
      <p>Vermeld bij een vraag de functie, de invoer en de volledige foutmelding (inclusief een eventuele Excel-foutcode).</p>
    </section>
  </main>
</body>
</html>
`;
}

/** Webpack plugin: adds helpUrl to functions.json and emits help.html next to it. */
class HelpPaginaPlugin {
  constructor(opties) {
    this.opties = opties;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("HelpPaginaPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "HelpPaginaPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, (assets) => {
        const bron = assets["functions.json"];
        if (!bron) return; // the metadata plugin reported an error
        const metadata = JSON.parse(bron.source().toString());
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify(metHelpUrls(metadata, this.opties.basis), null, 2)));
        compilation.emitAsset("help.html", new sources.RawSource(helpHtml(metadata, this.opties.namespace)));
      });
    });
  }
}

module.exports = { anker, metHelpUrls, helpHtml, HelpPaginaPlugin };
