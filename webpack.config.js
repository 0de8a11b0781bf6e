/* eslint-disable no-undef */
/**
 * Build of the Excel add-in (shared runtime): one page (taskpane.html) carries the task pane and the custom
 * functions; functions.json is generated from the JSDoc in src/functions/functions.ts by
 * custom-functions-metadata-plugin, which also appends the CustomFunctions.associate calls.
 *
 *   npm run build      production build in dist/ (URLs → PRODUCTIE_URL, namespace RT)
 *   npm run build:dev  development build in dist/ (https://localhost:3000/, namespace RT_DEV)
 *
 *   npm run dev-server development build served over https on localhost:3000 (webpack serve)
 *
 * Types are NOT checked here (ts-loader transpileOnly); run `npm run typecheck`.
 * The dev server's certificate: from RT_DEV_CERTS (a folder with ca.crt, localhost.crt, localhost.key; used by
 * the test, no sudo) or else from office-addin-dev-certs, which installs a trusted CA on first use (Windows/Mac).
 * office-addin-debugging (npm start) is not a dependency: see the README.
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { HelpPaginaPlugin } = require("./scripts/help-pagina");

/** Development base URL as it appears in manifest.xml. */
const ONTWIKKEL_URL = "https://localhost:3000/";
/** Production base URL: MUST be set to the URL where dist/ is hosted (with a trailing slash). */
const PRODUCTIE_URL = process.env.RT_PRODUCTIE_URL || "https://reele-tarieven.nl/addin/";
const NAMESPACE_ONTWIKKEL = "RT_DEV";
const NAMESPACE_PRODUCTIE = "RT";

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites the source manifest for production: EVERY development URL (global replace) and the namespace. */
function productieManifest(inhoud) {
  const basis = ONTWIKKEL_URL.replace(/\/$/, "");
  const doel = PRODUCTIE_URL.replace(/\/$/, "");
  let uit = inhoud.replace(new RegExp(escapeRegExp(ONTWIKKEL_URL), "g"), PRODUCTIE_URL);
  // bare origin (AppDomain) without trailing slash
  uit = uit.replace(new RegExp(escapeRegExp(basis), "g"), new URL(doel).origin);
  uit = uit.replace(`id="Functions.Namespace" DefaultValue="${NAMESPACE_ONTWIKKEL}"`, `id="Functions.Namespace" DefaultValue="${NAMESPACE_PRODUCTIE}"`);
  if (/localhost/i.test(uit)) throw new Error("dist/manifest.xml bevat nog 'localhost'");
  return uit;
}

/**
 * Checks the shipped data files (src/data/datasets/*.json) against their schemas before the first compilation:
 * the add-in loads them without schema work, so a broken file must stop the build (the tests check them too).
 */
class DatasetControlePlugin {
  apply(compiler) {
    let gedaan = false;
    const controleer = () => {
      if (gedaan) return;
      gedaan = true;
      const { require: tsxRequire } = require("tsx/cjs/api");
      tsxRequire("./src/data/datasets-controle.ts", __filename).controleerDatasets();
    };
    compiler.hooks.beforeRun.tap("DatasetControle", controleer);
    compiler.hooks.watchRun.tap("DatasetControle", controleer);
  }
}

/** https options for webpack serve (only computed when serving). */
async function httpsOpties() {
  const map = process.env.RT_DEV_CERTS;
  if (map) {
    const fs = require("fs");
    const lees = (f) => fs.readFileSync(path.join(map, f));
    return { ca: lees("ca.crt"), cert: lees("localhost.crt"), key: lees("localhost.key") };
  }
  const devCerts = require("office-addin-dev-certs");
  const o = await devCerts.getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serveren = Boolean(env && env.WEBPACK_SERVE);
  return {
    devtool: dev ? "source-map" : false,
    // ONE bundle for the shared runtime: the custom functions and the task pane must share one instance of the
    // engine and of the user-table registry (two entries would each get their own copy of src/data). One entry
    // module (not a list of two) so that webpack concatenates every module into one scope.
    entry: {
      functions: "./src/invoegtoepassing.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev, noEmit: false } } },
        },
        {
          // after the metadata plugin's loader: its CustomFunctions.associate calls become a list (scripts/associaties.js)
          test: /[\\/]src[\\/]functions[\\/]functions\.ts$/,
          use: { loader: path.resolve(__dirname, "scripts/associaties.js") },
        },
        {
          // decimal.js without the methods the add-in never calls (scripts/decimal-slank.js)
          test: /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/,
          use: { loader: path.resolve(__dirname, "scripts/decimal-slank.js") },
        },
      ],
    },
    performance: { hints: false },
    optimization: { splitChunks: false },
    plugins: [
      new DatasetControlePlugin(),
      new webpack.DefinePlugin({
        __RT_NAMESPACE__: JSON.stringify(dev ? NAMESPACE_ONTWIKKEL : NAMESPACE_PRODUCTIE),
        __RT_VERSIE__: JSON.stringify(require("./package.json").version),
      }),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // help.html with a section per function, and each function's helpUrl pointing at it
      new HelpPaginaPlugin({ basis: dev ? ONTWIKKEL_URL : PRODUCTIE_URL, namespace: dev ? NAMESPACE_ONTWIKKEL : NAMESPACE_PRODUCTIE }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions"],
        scriptLoading: "defer",
        inject: "head",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : productieManifest(content.toString());
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.RT_DEV_PORT || 3000),
      server: { type: "https", options: serveren ? await httpsOpties() : {} },
      static: false,
      hot: false,
      client: false,
    },
  };
};

module.exports.productieManifest = productieManifest;
module.exports.PRODUCTIE_URL = PRODUCTIE_URL;
