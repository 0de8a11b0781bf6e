import * as z from "../../src/core/zod";

/** Every zod issue a user can meet gets a Dutch sentence without English words (zod's own locale mixes them in). */
function melding(schema: z.ZodMiniType, waarde: unknown): string {
  const r = schema.safeParse(waarde);
  if (r.success) throw new Error("verwacht een weigering");
  return r.error.issues.map((i) => i.message).join(" | ");
}

const ENGELS = /\b(key|keys|string|number|array|object|boolean|expected|received|instanceof|undefined|null)\b/;

test.each([
  ["wrong type", z.number(), "12", "ongeldige waarde: verwacht getal, gekregen tekst"],
  ["missing field", z.object({ a: z.string() }), {}, "ongeldige waarde: verwacht tekst, gekregen niets (leeg)"],
  ["list where a table is expected", z.object({}), [], "ongeldige waarde: verwacht tabel (velden met waarden), gekregen lijst"],
  ["choice", z.enum(["pxq", "lumpsum"]), "per uur", 'ongeldige keuze: kies uit "pxq", "lumpsum"'],
  ["single literal", z.literal(2), 3, "ongeldige waarde: alleen 2 is toegestaan"],
  ["number too small", z.number().check(z.gte(1900)), 1800, "te klein: ten minste 1900 toegestaan"],
  ["number too big (exclusive)", z.number().check(z.lt(1)), 1, "te groot: minder dan 1 toegestaan"],
  ["empty list", z.array(z.string()).check(z.minLength(1)), [], "te kort: ten minste 1 element toegestaan"],
  ["long text", z.string().check(z.maxLength(3)), "abcd", "te lang: ten hoogste 3 tekens toegestaan"],
  ["unknown fields", z.strictObject({ a: z.string() }), { a: "x", b: 1, c: 2 }, "onbekende velden: b, c"],
  ["unknown field", z.strictObject({ a: z.string() }), { a: "x", b: 1 }, "onbekend veld: b"],
  ["union", z.union([z.number(), z.boolean()]), "x", "ongeldige waarde: past bij geen van de toegestane vormen"],
])("%s", (_naam, schema, waarde, verwacht) => {
  const m = melding(schema as z.ZodMiniType, waarde);
  expect(m).toBe(verwacht);
  expect(m).not.toMatch(ENGELS);
});
