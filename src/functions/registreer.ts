/**
 * Registration of the custom functions in the shared runtime. functions.ts carries, in the built add-in, the list
 * `associaties` that the build makes of the metadata plugin's `CustomFunctions.associate` calls
 * (scripts/associaties.js); they are made here inside a try: when office.js did not load (or the host refuses a
 * registration) the error is recorded and the task pane in the same bundle still starts and can show
 * "Open deze invoegtoepassing in Excel" or a warning. As before, the first refusal ends the registration.
 */
import * as functies from "./functions";
import { registratie } from "./registratie";

/** (id, function) in the order of functions.ts; absent outside the webpack build (Jest, the CLI). */
export const associaties: readonly (readonly [string, unknown])[] = (functies as unknown as { associaties?: [string, unknown][] }).associaties ?? [];

try {
  for (const [id, f] of associaties) CustomFunctions.associate(id, f as (...args: unknown[]) => unknown);
} catch (e) {
  const tekst = e instanceof Error ? e.message : String(e);
  registratie.fout = /CustomFunctions is not defined/.test(tekst)
    ? "Office.js is niet geladen, dus de functies =RT.… zijn niet geregistreerd."
    : `De functies =RT.… konden niet worden geregistreerd (${tekst}).`;

  console.warn(`Reële Tarieven: ${registratie.fout}`);
}
