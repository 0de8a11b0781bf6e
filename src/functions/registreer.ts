/**
 * Entry for the custom functions in the shared bundle. The metadata plugin appends
 * `CustomFunctions.associate(...)` to functions.ts; when office.js did not load (or the host refuses a
 * registration) that throws. The throw is caught here so the task pane in the same bundle still starts and can
 * show "Open deze invoegtoepassing in Excel" or a warning.
 */
import { registratie } from "./registratie";

try {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./functions");
} catch (e) {
  const tekst = e instanceof Error ? e.message : String(e);
  registratie.fout = /CustomFunctions is not defined/.test(tekst)
    ? "Office.js is niet geladen, dus de functies =RT.… zijn niet geregistreerd."
    : `De functies =RT.… konden niet worden geregistreerd (${tekst}).`;
  // eslint-disable-next-line no-console
  console.warn(`Reële Tarieven: ${registratie.fout}`);
}
