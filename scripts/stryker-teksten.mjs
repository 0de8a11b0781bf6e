// Stryker ignorer: mutants inside message and explanation texts are left out of the score. A changed Dutch message
// is caught by the message tests (tests/core/foutieve-invoer.test.ts), not by arithmetic; counting every letter of
// every message would hide the mutants that can change a tariff. Only text is ignored: the refusal branch itself
// (the `if`, the `throw`) is still mutated.
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** Properties whose value is text shown to a user (labels, notes, descriptions, what is allowed). */
const TEKST_SLEUTELS = new Set(["label", "toelichting", "omschrijving", "toegestaan", "reden", "melding", "bericht"]);
/** Variables holding explanation lines. */
const TEKST_VARIABELEN = new Set(["conventies", "toelichting"]);

function naam(node) {
  if (!node) return undefined;
  if (node.type === "Identifier") return node.name;
  if (node.type === "StringLiteral") return node.value;
  return undefined;
}

const teksten = {
  shouldIgnore(path) {
    const n = path.node;
    // new InvoerFout(...), new NietGevondenFout(...), new InterneFout(...), new RangeError(...): the message and details
    if (n.type === "NewExpression" && /(Fout|Error)$/.test(naam(n.callee) ?? "")) return "foutmelding (tekst)";
    // MSG.conflict(...), MSG.ontbreekt(...): message builders
    if (n.type === "CallExpression" && n.callee.type === "MemberExpression" && naam(n.callee.object) === "MSG") return "foutmelding (tekst)";
    if (n.type === "StringLiteral" || n.type === "TemplateLiteral") {
      const p = path.parent;
      if (p && p.type === "ObjectProperty" && p.value === n && TEKST_SLEUTELS.has(naam(p.key))) return "toelichting (tekst)";
    }
    if (n.type === "VariableDeclarator" && (TEKST_VARIABELEN.has(naam(n.id)) || /_OMSCHRIJVING$|^OMSCHRIJVING/.test(naam(n.id) ?? ""))) {
      return "toelichting (tekst)";
    }
    // toelichting.push(`...`), conventies.push(...)
    if (
      n.type === "CallExpression" &&
      n.callee.type === "MemberExpression" &&
      naam(n.callee.property) === "push" &&
      TEKST_VARIABELEN.has(naam(n.callee.object))
    ) {
      return "toelichting (tekst)";
    }
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, "teksten", teksten)];
