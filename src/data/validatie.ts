/** zod validation with Dutch messages that name the field path (e.g. "schalen.0.treden.3.bedrag"). */
import * as z from "../core/zod";
import { InvoerFout } from "../core/errors";

/** Validates `raw` and returns the issues as "pad: melding" lines, or the parsed value. */
export function controleer<S extends z.ZodMiniType>(schema: S, raw: unknown): { ok: true; waarde: z.infer<S> } | { ok: false; fouten: string[] } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, waarde: r.data as z.infer<S> };
  const fouten = r.error.issues.slice(0, 8).map((i) => `${i.path.length ? i.path.join(".") : "(bestand)"}: ${i.message}`);
  if (r.error.issues.length > 8) fouten.push(`en nog ${r.error.issues.length - 8} fout(en)`);
  return { ok: false, fouten };
}

export function valideer<S extends z.ZodMiniType>(schema: S, raw: unknown, melding: (fouten: string[]) => string): z.infer<S> {
  const r = controleer(schema, raw);
  if (!r.ok) throw new InvoerFout(melding(r.fouten));
  return r.waarde;
}
