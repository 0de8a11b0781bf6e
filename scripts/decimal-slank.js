/* eslint-disable no-undef */
/**
 * webpack loader for decimal.js, add-in bundle only (the CLI and the tests use the package as it is): removes the
 * methods the add-in never calls (trigonometry, logarithms, powers, roots, base conversion, fractions, the static
 * helpers) and with them the 1025-digit constants ln 10 and π. What stays is decimal.js's own code, unchanged.
 * Every removal must match exactly once and no removed function may still be called, so another decimal.js version
 * fails the build here instead of shipping a half-cut library. tests/taskpane/decimal-slank.test.ts checks that
 * src/ calls none of the removed methods and that what stays computes as the package does.
 */

/** Prototype methods removed (the first name as decimal.js defines it; its alias goes with it). */
const PROTOTYPE = [
  "ceil",
  "clampedTo",
  "cosine",
  "cubeRoot",
  "dividedToIntegerBy",
  "hyperbolicCosine",
  "hyperbolicSine",
  "hyperbolicTangent",
  "inverseCosine",
  "inverseHyperbolicCosine",
  "inverseHyperbolicSine",
  "inverseHyperbolicTangent",
  "inverseSine",
  "inverseTangent",
  "isPositive",
  "logarithm",
  "max",
  "min",
  "modulo",
  "naturalExponential",
  "naturalLogarithm",
  "negated",
  "precision",
  "round",
  "sine",
  "squareRoot",
  "tangent",
  "toBinary",
  "toFraction",
  "toHexadecimal",
  "toNearest",
  "toOctal",
  "toPower",
  "toPrecision",
  "toSignificantDigits",
  "truncated",
];

/** Static functions removed (Decimal.abs(x), Decimal.sqrt(x), …); config/set, clone and isDecimal stay. */
const STATISCH = [
  ...["abs", "acos", "acosh", "add", "asin", "asinh", "atan", "atanh", "atan2", "cbrt", "ceil", "clamp", "cos", "cosh"],
  ...["div", "exp", "floor", "hypot", "ln", "log", "log10", "log2", "max", "min", "mod", "mul", "pow", "random"],
  ...["round", "sign", "sin", "sinh", "sqrt", "sub", "sum", "tan", "tanh", "trunc"],
];

/** Internal helpers only the removed methods use (π and ln 10 go with getPi and getLn10). */
const HULPFUNCTIES = [
  ...["cosine", "sine", "taylorSeries", "toLessThanHalfPi", "naturalExponential", "naturalLogarithm", "getLn10"],
  ...["getPi", "toStringBinary", "tinyPow", "isOdd", "maxOrMin"],
];

function verwijder(bron, re, wat) {
  const treffers = bron.match(re);
  if (!treffers || treffers.length !== 1) throw new Error(`decimal-slank: ${wat} ${treffers ? treffers.length : 0} keer gevonden (verwacht: 1)`);
  return bron.replace(re, "");
}

function zonderCommentaar(bron) {
  return bron.replace(/\/\*[^]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
}

function decimalSlank(bron) {
  let uit = bron.replace(/\r\n/g, "\n"); // the package ships CRLF
  for (const naam of PROTOTYPE) {
    uit = verwijder(uit, new RegExp(`^P\\.${naam}(?: = P\\.\\w+)? = function[^]*?^};\\n`, "gm"), `P.${naam}`);
  }
  for (const naam of STATISCH) {
    uit = verwijder(uit, new RegExp(`^  Decimal\\.${naam} = ${naam};.*\\n`, "gm"), `Decimal.${naam}`);
  }
  for (const naam of [...new Set([...STATISCH, ...HULPFUNCTIES])]) {
    uit = verwijder(uit, new RegExp(`^function ${naam}\\([^]*?^}\\n`, "gm"), `function ${naam}`);
  }
  // the constants' digits: only getLn10 and getPi read them
  for (const constante of ["LN10", "PI"]) {
    uit = verwijder(uit, new RegExp(`^${constante} = new Decimal\\(${constante}\\);\\n`, "gm"), `${constante} = new Decimal(…)`);
    uit = uit.replace(new RegExp(`^(  ${constante} = )'[0-9.]{1000,}'`, "m"), "$1''");
  }
  const code = zonderCommentaar(uit);
  for (const naam of [...STATISCH, ...HULPFUNCTIES]) {
    if (new RegExp(`(?<![.\\w$])${naam}\\s*\\(`).test(code)) throw new Error(`decimal-slank: ${naam}() wordt nog aangeroepen`);
  }
  for (const naam of PROTOTYPE) {
    if (new RegExp(`(?<!Math)\\.${naam}\\s*\\(`).test(code)) throw new Error(`decimal-slank: .${naam}() wordt nog aangeroepen`);
  }
  if (/[0-9]{200}/.test(code)) throw new Error("decimal-slank: de constanten ln 10 en π staan er nog in");
  return uit;
}

module.exports = function (bron) {
  return decimalSlank(bron);
};
module.exports.decimalSlank = decimalSlank;
module.exports.PROTOTYPE = PROTOTYPE;
module.exports.STATISCH = STATISCH;
