// see lui.js; an absolute path, so Jest's moduleNameMapper does not send this require back here
const path = require("path");
module.exports = require("./lui")(() => require(path.join(__dirname, "..", "..", "node_modules", "hyperformula")), true);
