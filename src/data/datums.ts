/** Dutch date labels for messages and provenance. */
const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

/** "2024-06-01" → "1 juni 2024" */
export function formatDatum(iso: string): string {
  const [j, m, d] = iso.split("-").map(Number);
  return `${d} ${MAANDEN[m - 1]} ${j}`;
}
