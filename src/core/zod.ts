/**
 * zod for everything the user supplies (imported tables, parameter ranges, region data), in its small functional
 * build (`zod/mini`, about a third of the classic API in the add-in bundle) and with Dutch messages for every
 * parse, wherever it runs: our own Dutch messages (zod-meldingen.ts) are set once, here, before any schema is used.
 * Import as `import * as z from "../core/zod"` (a namespace import lets the bundler drop what is not used).
 */
import { config } from "zod/mini";
import { zodMelding } from "./zod-meldingen";

config({ localeError: zodMelding });

export * from "zod/mini";

/**
 * A schema built on its first use instead of at module load: the add-in registers its functions before any
 * schema exists (cold start). `lui(() => z.object({...}))` returns the getter.
 */
export function lui<T>(maak: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= maak());
}
