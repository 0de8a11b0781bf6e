/** The plain-TypeScript SHA-256 behind the audit block's version fingerprints agrees with Node's crypto. */
import * as crypto from "crypto";
import { sha256, vingerafdruk } from "../../src/data/vingerafdruk";

test.each([
  ["empty", ""],
  ["abc", "abc"],
  ["55 bytes (padding fits one block)", "a".repeat(55)],
  ["56 bytes (padding needs a second block)", "a".repeat(56)],
  ["64 bytes", "a".repeat(64)],
  ["multi-byte UTF-8", "é€𝄞".repeat(100)],
  ["100 kB", "x".repeat(100_000)],
])("sha256 of %s equals Node's", (_naam, s) => {
  expect(sha256(s)).toBe(crypto.createHash("sha256").update(s, "utf8").digest("hex"));
});

test("the fingerprint is 16 hex digits and changes with one character of the data", () => {
  const a = vingerafdruk({ waarde: "0.0264" });
  expect(a).toMatch(/^[0-9a-f]{16}$/);
  expect(vingerafdruk({ waarde: "0.0265" })).not.toBe(a);
});
