/**
 * The templates "CAO-tabel" and "Indexatie (eigen OVA/PPC)": inserted through the task pane's writer into the stub
 * host's workbook, filled the way a user types, and read back with the very readers of the pane's import cards
 * (CAO-tabel importeren, Indexcijfers registreren) — the layout is importable as inserted.
 */
import { leesIndexcijfersUitBereik, leesTabelUitBereik } from "../../src/data";
import { CAO_TABEL_BLAD, INDEXCIJFERS_BLAD, caoTabelSjabloon, indexatieSjabloon } from "../../src/sjablonen/invoertabellen";
import { voegSjabloonIn } from "../../src/taskpane/writers/sjabloon-invoegen";
import { laadStubHost, type StubBlad } from "./stub-werkmap";

/** The filled block from A1 (rows and columns up to the last non-empty cell), "" for empty cells. */
function blok(b: StubBlad): unknown[][] {
  const sleutels = Object.keys(b.cellen).map((k) => k.split(",").map(Number));
  const rijen = Math.max(...sleutels.map(([r]) => r)) + 1;
  const kolommen = Math.max(...sleutels.map(([, k]) => k)) + 1;
  return Array.from({ length: rijen }, (_, r) => Array.from({ length: kolommen }, (_, k) => b.cellen[`${r},${k}`] ?? ""));
}

test("CAO-tabel: schalen in rij 1, treden in kolom A, bedragen in euro; leesbaar voor CAO-tabel importeren", async () => {
  const host = laadStubHost();
  const u = await host.run((ctx) => voegSjabloonIn(ctx, caoTabelSjabloon()));
  expect(u.ok).toBe(true);
  const blad = host.blad(CAO_TABEL_BLAD)!;
  expect(blad.cellen["0,0"]).toBe("trede");
  expect(blad.formaten["1,1"]).toBe('"€" #,##0.00');
  expect(blad.opmaak["1,1"].vulling).toBe("#FFF7D6");
  const typ = host.werkmap.typ;
  typ(CAO_TABEL_BLAD, "B1", "FWG 20");
  typ(CAO_TABEL_BLAD, "C1", "FWG 25");
  typ(CAO_TABEL_BLAD, "A2", 0);
  typ(CAO_TABEL_BLAD, "B2", 2338);
  typ(CAO_TABEL_BLAD, "C2", 2500);
  typ(CAO_TABEL_BLAD, "A3", 1);
  typ(CAO_TABEL_BLAD, "B3", 2400);
  typ(CAO_TABEL_BLAD, "C3", 2600);
  const tabel = leesTabelUitBereik(blok(blad), { cao: "Jeugdzorg", geldigVanaf: "2026-07-01", bron: "test", eenheid: "maand" });
  expect(tabel.cao).toBe("Jeugdzorg");
  // (Jeugdzorg names its scales "Schaal": the reader maps "FWG 20" to the CAO's own prefix)
  expect(tabel.schalen.map((x) => [x.naam, ...x.treden.map((t) => `${String(t.trede)}:${String(t.bedrag)}`)])).toEqual([
    ["Schaal 20", "0:2338", "1:2400"],
    ["Schaal 25", "0:2500", "1:2600"],
  ]);
});

test("Indexatie: jaar | soort | ova | ppc | bron | vervang; leesbaar voor Indexcijfers registreren", async () => {
  const host = laadStubHost();
  expect((await host.run((ctx) => voegSjabloonIn(ctx, indexatieSjabloon()))).ok).toBe(true);
  const blad = host.blad(INDEXCIJFERS_BLAD)!;
  expect([0, 1, 2, 3, 4, 5].map((k) => blad.cellen[`0,${k}`])).toEqual(["jaar", "soort", "ova", "ppc", "bron", "vervang"]);
  expect(blad.formaten["1,2"]).toBe("0.00%");
  expect(blad.validaties["1,1"]).toMatchObject({ list: { source: "prognose,definitief" } });
  const typ = host.werkmap.typ;
  typ(INDEXCIJFERS_BLAD, "A2", 2027);
  typ(INDEXCIJFERS_BLAD, "B2", "prognose");
  typ(INDEXCIJFERS_BLAD, "C2", 0.031);
  typ(INDEXCIJFERS_BLAD, "D2", 0.022);
  typ(INDEXCIJFERS_BLAD, "E2", "https://voorbeeld.nl/mev");
  const cijfers = leesIndexcijfersUitBereik(blok(blad), "gebruiker");
  expect(cijfers.map((c) => [c.jaar, c.soort, c.reeks, String(c.waarde), c.vervangt])).toEqual([
    [2027, "prognose", "ova", "0.031", false],
    [2027, "prognose", "ppc", "0.022", false],
  ]);
});
