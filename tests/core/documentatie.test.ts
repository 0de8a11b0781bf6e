import * as fs from "fs";
import * as path from "path";
import { parametersAlsMarkdown } from "../../src/core/parameters/documentatie";

test("docs/parameters.md is generated from the vocabulary and up to date (regenerate: RT_UPDATE_DOCS=1 npx jest documentatie)", () => {
  const file = path.join(__dirname, "../../docs/parameters.md");
  const md = parametersAlsMarkdown();
  if (process.env.RT_UPDATE_DOCS) fs.writeFileSync(file, md);
  expect(fs.readFileSync(file, "utf8")).toBe(md);
});
