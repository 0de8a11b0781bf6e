/** Task pane "Indexcijfers registreren": all or nothing, stored in the workbook settings, then in use. */
import { GebruikersTabellen, indexatieJaarInvoer, OPSLAG_SLEUTEL } from "../../src/data";
import { InstellingenOpslag, type InstellingenLike } from "../../src/taskpane/opslag";
import { importeerCijfers } from "../../src/taskpane/writers/cijfers-import";

function nepContext(values: unknown[][]) {
  const calculate = jest.fn();
  const ctx = {
    workbook: {
      getSelectedRange: () => ({ values, address: "Blad1!A1:D4", load: () => undefined }),
      application: { calculate },
    },
    sync: async () => undefined,
  } as unknown as Excel.RequestContext;
  return { ctx, calculate };
}

function nepInstellingen(mislukt = false): InstellingenLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (k) => (data.has(k) ? data.get(k) : null),
    set: (k, v) => void data.set(k, v),
    saveAsync: (cb) => setTimeout(() => cb?.(mislukt ? { status: "failed", error: { message: "schijf vol" } } : { status: "succeeded" }), 0),
  };
}

const BEREIK = [["jaar", "soort", "ova", "ppc"], [2026, "prognose", 0.04, 0.02], [2026, "definitief", 0.045, 0.025], [2027, "prognose", 0.035, 0.02]];

test("registered, saved in the workbook, in use, recalculated", async () => {
  const reg = new GebruikersTabellen();
  const instellingen = nepInstellingen();
  const { ctx, calculate } = nepContext(BEREIK);
  const uit = await importeerCijfers(ctx, "indexcijfers", "VWS-tabel (test)", reg, new InstellingenOpslag(instellingen));
  expect(uit.ok).toBe(true);
  expect(uit.melding).toBe("6 OVA/PPC-cijfer(s) voor 2026, 2027 geregistreerd uit Blad1!A1:D4 en in de werkmap opgeslagen (status 'gebruiker'); de werkmap is herberekend.");
  expect(calculate).toHaveBeenCalledWith("Full");
  expect(indexatieJaarInvoer(2027, reg).herkomst.every((h) => h.status === "gebruiker" && h.bron === "VWS-tabel (test)")).toBe(true);
  const terug = GebruikersTabellen.laden(new InstellingenOpslag(instellingen));
  expect(terug.indexcijfers()).toEqual(reg.indexcijfers());
  expect(typeof instellingen.data.get(OPSLAG_SLEUTEL)).toBe("string");
});

test("a bad row: nothing registered, the message names the cell", async () => {
  const reg = new GebruikersTabellen();
  const { ctx, calculate } = nepContext([...BEREIK, [2027, "prognose", 0.03, 0.02]]);
  const uit = await importeerCijfers(ctx, "indexcijfers", "x", reg, new InstellingenOpslag(nepInstellingen()));
  expect(uit.ok).toBe(false);
  expect(uit.melding).toContain("2027 prognose komt twee keer voor (rij 4 en rij 5)");
  expect(uit.cel).toBe("Blad1!A5");
  expect(reg.indexcijfers()).toEqual([]);
  expect(calculate).not.toHaveBeenCalled();
});

test("saving fails: not in use, not recalculated", async () => {
  const reg = new GebruikersTabellen();
  const { ctx, calculate } = nepContext(BEREIK);
  const uit = await importeerCijfers(ctx, "indexcijfers", "x", reg, new InstellingenOpslag(nepInstellingen(true)));
  expect(uit.ok).toBe(false);
  expect(uit.melding).toContain("schijf vol");
  expect(reg.indexcijfers()).toEqual([]);
  expect(calculate).not.toHaveBeenCalled();
});
