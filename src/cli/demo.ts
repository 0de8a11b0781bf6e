/** `npm run demo` = `rt demo`: the sample region's tariff round end to end (see opdrachten/demo.ts). */
import { main } from "./rt";

void main(["demo", ...process.argv.slice(2)]).then((c) => (process.exitCode = c));
