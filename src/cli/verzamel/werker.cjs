// Worker entry of rt verzamel: loads the TypeScript sources through tsx (or the compiled .js next to it).
const fs = require("fs");
const path = require("path");
const ts = path.join(__dirname, "werker.ts");
if (fs.existsSync(ts)) {
  require("tsx/cjs/api").register();
  require(ts);
} else {
  require("./werker.js");
}
