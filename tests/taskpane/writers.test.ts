/**
 * Task-pane writers against a mocked Excel.RequestContext (office-addin-mock). office-addin-mock cannot mock
 * collections, so `workbook.worksheets` is a small hand-written fake (items + add); ranges are mock objects in
 * the context tree so load/sync semantics are enforced.
 */
import { OfficeMockObject } from "office-addin-mock";
import { schrijfParameterSjabloon, sjabloonRijen, SJABLOON_BLADNAAM } from "../../src/taskpane/writers/sjabloon";
import { opbouwVorm, schrijfOpbouw } from "../../src/taskpane/writers/opbouw";
import { overzichtWaarden } from "../../src/taskpane/writers/overzicht-schrijven";
import { elementTabel } from "../../src/taskpane/overzichten";
import { tariefResultaat } from "../../src/functions/adapters/tarief";
import { auditRijen, paneelAuditblok } from "../../src/taskpane/writers/verantwoording";
import { importeerCaoTabel, verwijderCaoTabel } from "../../src/taskpane/writers/cao-import";
import { InstellingenOpslag, type InstellingenLike } from "../../src/taskpane/opslag";
import { AfgebrokenFout, blokLeeg, kolomLetters, schrijfInBlokken } from "../../src/taskpane/writers/gemeenschappelijk";
import * as functies from "../../src/functions/functions";
import { GebruikersTabellen, OPSLAG_SLEUTEL } from "../../src/data";

interface Geschreven {
  rij: number;
  kolom: number;
  rijen: number;
  kolommen: number;
  values?: unknown[][];
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  format: { font: { bold?: boolean }; fill: { color?: string }; autofitColumns: () => void };
}

/** A fake worksheet that records every range written through getRangeByIndexes. */
function nepBlad(naam: string) {
  const schrijfacties: Geschreven[] = [];
  const blad = {
    name: naam,
    geactiveerd: false,
    schrijfacties,
    getRangeByIndexes(rij: number, kolom: number, rijen: number, kolommen: number) {
      const g: Geschreven = { rij, kolom, rijen, kolommen, format: { font: {}, fill: {}, autofitColumns: () => undefined } };
      schrijfacties.push(g);
      return g;
    },
    freezePanes: { freezeRows: jest.fn() },
    activate() {
      blad.geactiveerd = true;
    },
  };
  return blad;
}

function nepBladen(bestaand: string[]) {
  const toegevoegd: ReturnType<typeof nepBlad>[] = [];
  return {
    items: bestaand.map((name) => ({ name })),
    load: jest.fn(),
    toegevoegd,
    add(naam: string) {
      const b = nepBlad(naam);
      toegevoegd.push(b);
      this.items.push({ name: naam });
      return b;
    },
  };
}

/** Mock context with a selection on a sheet whose target range holds `doelWaarden`. */
function maakContext(opties: { selectie?: unknown[][]; doelWaarden?: unknown[][]; bladen?: string[] } = {}) {
  const selectie = opties.selectie ?? [["x", 1]];
  const doel = opties.doelWaarden ?? [[""]];
  const geschreven: Geschreven[] = [];
  let doelGegeven = false;
  const seed = {
    workbook: {
      selectie: {
        values: selectie,
        rowIndex: 1,
        columnIndex: 0,
        rowCount: selectie.length,
        columnCount: selectie[0].length,
        address: "Blad1!A2:B" + (selectie.length + 1),
        worksheet: {
          name: "Blad1",
          doel: { values: doel, formulas: doel },
          getRangeByIndexes(this: { doel: unknown }, rij: number, kolom: number, rijen: number, kolommen: number) {
            // the first request for a block of the target's size is the preflight read (a mock in the context tree)
            if (!doelGegeven && rijen === doel.length && kolommen === doel[0].length) {
              doelGegeven = true;
              (this.doel as { positie?: unknown }).positie = [rij, kolom, rijen, kolommen];
              return this.doel;
            }
            const g: Geschreven = { rij, kolom, rijen, kolommen, format: { font: {}, fill: {}, autofitColumns: () => undefined } };
            geschreven.push(g);
            return g;
          },
        },
      },
      getSelectedRange(this: { selectie: unknown }) {
        return this.selectie;
      },
      application: { calculate: jest.fn(), suspendApiCalculationUntilNextSync: jest.fn() },
    },
  };
  const ctx = new OfficeMockObject(seed) as unknown as { workbook: Record<string, unknown>; sync: () => Promise<void> };
  const bladen = nepBladen(opties.bladen ?? ["Blad1"]);
  ctx.workbook.worksheets = bladen;
  return { ctx: ctx as unknown as Excel.RequestContext, bladen, geschreven, calculate: seed.workbook.application.calculate };
}

const VOORBEELD = [
  ["loonkosten_per_uur", 42.22],
  ["productiviteit", 0.8],
  ["overhead", 0.2],
];

describe("parametersjabloon", () => {
  test("wordt op een NIEUW blad geschreven met unieke naam, waarden vóór opmaak, en de formule", async () => {
    const { ctx, bladen } = maakContext({ bladen: ["Blad1", SJABLOON_BLADNAAM] });
    const uit = await schrijfParameterSjabloon(ctx, "RT");
    expect(uit.ok).toBe(true);
    expect(bladen.toegevoegd).toHaveLength(1);
    const blad = bladen.toegevoegd[0];
    expect(blad.name).toBe(`${SJABLOON_BLADNAAM} (2)`);
    const [eerste] = blad.schrijfacties;
    expect(eerste.rij).toBe(0);
    expect(eerste.values).toEqual(sjabloonRijen());
    expect(eerste.values![0]).toEqual(["Parameter", "Waarde", "Eenheid", "Omschrijving"]);
    const formule = blad.schrijfacties.find((s) => s.formulas);
    expect(formule!.formulas).toEqual([[`=RT.TARIEF(A2:B${sjabloonRijen().length})`]]);
    // the template itself computes: RT.TARIEF over the written rows works
    expect(functies.tarief(sjabloonRijen() as unknown[][])).toBeGreaterThan(0);
    const indexEersteOpmaak = blad.schrijfacties.findIndex((s) => s.format.font.bold);
    expect(indexEersteOpmaak).toBeGreaterThan(0);
    expect(blad.geactiveerd).toBe(true);
  });

  test("sjabloon bevat geen null en alleen bekende parameternamen", () => {
    const rijen = sjabloonRijen();
    for (const r of rijen) for (const c of r) expect(c === null || c === undefined).toBe(false);
    const namen = functies.parameters().map((r) => r[0]);
    for (const r of rijen.slice(1)) expect(namen).toContain(r[0]);
  });
});

/** The breakdown followed by the audit block (tests/taskpane/verantwoording.test.ts reads that block back). */
function opbouwMetVerantwoording(selectie: string): unknown[][] {
  return [...functies.opbouw(VOORBEELD), ...auditRijen(paneelAuditblok([{ naam: `selectie ${selectie}`, paren: VOORBEELD }], "onbekend"))];
}

/** The empty rectangle "Opbouw uitschrijven" reads before it writes: the breakdown and the element table beside it. */
function leegDoel(opbouwRijen: number): unknown[][] {
  const element = overzichtWaarden({ soort: "opbouw", titel: "x", tabel: elementTabel([{ naam: "x", resultaat: tariefResultaat(VOORBEELD, null) }]) });
  const vorm = opbouwVorm(opbouwRijen, element);
  return Array.from({ length: vorm.rijen }, () => Array<unknown>(vorm.kolommen).fill(""));
}

describe("opbouw uitschrijven", () => {
  test("rechts van de selectie, met één lege kolom ertussen, als het doel leeg is", async () => {
    const rijen = opbouwMetVerantwoording("Blad1!A2:B4");
    const leeg = leegDoel(rijen.length);
    const { ctx, geschreven } = maakContext({ selectie: VOORBEELD, doelWaarden: leeg });
    const uit = await schrijfOpbouw(ctx, "rechts");
    expect(uit.ok).toBe(true);
    const blok = geschreven.find((g) => g.values)!;
    expect([blok.rij, blok.kolom]).toEqual([1, 3]);
    // the breakdown as RT.OPBOUW gives it, then the audit block (its creation time differs)
    const opbouw = functies.opbouw(VOORBEELD);
    expect(blok.values!.slice(0, opbouw.length)).toEqual(opbouw);
    expect(blok.values!.length).toBe(rijen.length);
    expect(uit.adres).toBe(`D2:G${rijen.length + 1}`);
  });

  test("WEIGERT als het doelbereik niet leeg is en schrijft niets", async () => {
    const rijen = opbouwMetVerantwoording("Blad1!A2:B4");
    const bezet = leegDoel(rijen.length);
    bezet[3][1] = 12.5;
    const { ctx, geschreven } = maakContext({ selectie: VOORBEELD, doelWaarden: bezet });
    const uit = await schrijfOpbouw(ctx, "rechts");
    expect(uit.ok).toBe(false);
    expect(uit.melding).toContain("is niet leeg; er wordt niets overschreven");
    expect(geschreven.filter((g) => g.values)).toHaveLength(0);
  });

  test("WEIGERT als een cel van de elementtabel ernaast niet leeg is, en noemt dat bereik", async () => {
    const rijen = opbouwMetVerantwoording("Blad1!A2:B4");
    const bezet = leegDoel(rijen.length);
    // the element table starts five columns right of the breakdown (D + 5 = I), at the selection's row 2
    bezet[1][6] = "notitie";
    const { ctx, geschreven } = maakContext({ selectie: VOORBEELD, doelWaarden: bezet });
    const uit = await schrijfOpbouw(ctx, "rechts");
    expect(uit.ok).toBe(false);
    expect(uit.melding).toMatch(/^Het doelbereik I2:[A-Z]+4 is niet leeg; er wordt niets overschreven\./);
    expect(geschreven.filter((g) => g.values || g.formulas)).toHaveLength(0);
  });

  test("naar een nieuw blad", async () => {
    const { ctx, bladen } = maakContext({ selectie: VOORBEELD });
    const uit = await schrijfOpbouw(ctx, "nieuw_blad");
    expect(uit.ok).toBe(true);
    expect(bladen.toegevoegd[0].name).toBe("RT Opbouw");
    const opbouw = functies.opbouw(VOORBEELD);
    expect(bladen.toegevoegd[0].schrijfacties[0].values!.slice(0, opbouw.length)).toEqual(opbouw);
    expect(bladen.toegevoegd[0].schrijfacties[0].values![opbouw.length + 1][0]).toBe("Verantwoording");
  });

  test("een fout in de parameters geeft een Nederlandse melding, geen uitzondering", async () => {
    const { ctx } = maakContext({
      selectie: [
        ["overhed", 0.2],
        ["x", 1],
      ],
    });
    const uit = await schrijfOpbouw(ctx, "rechts");
    expect(uit.ok).toBe(false);
    // the selection is Blad1!A2:B3; the unknown name is in its row 1, column 1 → the cell Blad1!A2
    expect(uit.melding).toContain("Blad1!A2: Onbekende parameter 'overhed'");
    expect(uit.cel).toBe("Blad1!A2");
  });

  test("selectie met één kolom wordt geweigerd", async () => {
    const { ctx } = maakContext({ selectie: [["maandsalaris"], ["overhead"]] });
    expect((await schrijfOpbouw(ctx, "rechts")).melding).toContain("twee kolommen");
  });
});

/** A fake Office.Settings: an in-memory map, saveAsync succeeds unless told otherwise. */
function nepInstellingen(mislukt = false): InstellingenLike & { opgeslagen: number; data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    opgeslagen: 0,
    get: (k) => (data.has(k) ? data.get(k) : null),
    set: (k, v) => void data.set(k, v),
    saveAsync(cb) {
      this.opgeslagen++;
      setTimeout(() => cb?.(mislukt ? { status: "failed", error: { message: "schijf vol" } } : { status: "succeeded" }), 0);
    },
  };
}

describe("WerkboekOpslag op document.settings", () => {
  test("rondreis: opslaan, opnieuw laden, zelfde tabellen", async () => {
    const instellingen = nepInstellingen();
    const opslag = new InstellingenOpslag(instellingen);
    expect(opslag.lees(OPSLAG_SLEUTEL)).toBeUndefined();
    const reg = new GebruikersTabellen();
    const { ctx, calculate } = maakContext({
      selectie: [
        ["trede", "Schaal 1", "Schaal 2"],
        [0, 2500, 2700],
        [1, 2600, 2800],
      ],
    });
    const uit = await importeerCaoTabel(ctx, { cao: "Testcao Rondreis", geldigVanaf: "2025-01-01", bron: "test" }, reg, opslag);
    expect(uit.ok).toBe(true);
    expect(instellingen.opgeslagen).toBe(1);
    expect(calculate).toHaveBeenCalledWith("Full");
    expect(typeof instellingen.data.get(OPSLAG_SLEUTEL)).toBe("string");
    const terug = GebruikersTabellen.laden(new InstellingenOpslag(instellingen));
    expect(terug.lijst()).toEqual(reg.lijst());
    expect(terug.lijst()[0].cao).toBe("Testcao Rondreis");
  });

  test("mislukte saveAsync → afgewezen belofte met Nederlandse melding", async () => {
    const opslag = new InstellingenOpslag(nepInstellingen(true));
    await expect(opslag.schrijf("a", "b")).rejects.toThrow("De instellingen van de werkmap konden niet worden opgeslagen: schijf vol.");
  });

  test("alles of niets: mislukt het opslaan, dan is de tabel NIET in gebruik en wordt niet herberekend", async () => {
    const reg = new GebruikersTabellen();
    const { ctx, calculate } = maakContext({
      selectie: [
        ["trede", "Schaal 1", "Schaal 2"],
        [0, 2500, 2700],
        [1, 2600, 2800],
      ],
    });
    const uit = await importeerCaoTabel(
      ctx,
      { cao: "Testcao Opslagfout", geldigVanaf: "2025-01-01", bron: "test" },
      reg,
      new InstellingenOpslag(nepInstellingen(true)),
    );
    expect(uit.ok).toBe(false);
    expect(uit.melding).toContain("niet geïmporteerd en niet in gebruik genomen");
    expect(uit.melding).toContain("schijf vol");
    expect(reg.lijst()).toEqual([]);
    expect(reg.versie).toBe(0);
    expect(calculate).not.toHaveBeenCalled();
  });

  test("alles of niets: een eerdere tabel van dezelfde CAO en datum blijft ongewijzigd als opslaan mislukt", async () => {
    const reg = new GebruikersTabellen();
    const instellingen = nepInstellingen();
    await importeerCaoTabel(
      maakContext({
        selectie: [
          ["trede", "Schaal 1"],
          [0, 2500],
        ],
      }).ctx,
      { cao: "Testcao Vervang", geldigVanaf: "2025-01-01", bron: "eerste" },
      reg,
      new InstellingenOpslag(instellingen),
    );
    const voor = JSON.stringify(reg.lijst());
    const uit = await importeerCaoTabel(
      maakContext({
        selectie: [
          ["trede", "Schaal 1"],
          [0, 9999],
        ],
      }).ctx,
      { cao: "Testcao Vervang", geldigVanaf: "2025-01-01", bron: "tweede" },
      reg,
      new InstellingenOpslag(nepInstellingen(true)),
    );
    expect(uit.ok).toBe(false);
    expect(JSON.stringify(reg.lijst())).toBe(voor);
    expect(reg.lijst()[0].schalen[0].treden[0].bedrag).toBe("2500");
  });

  test("een fout in de tabel noemt het celadres (selectie Blad1!A2:C4, rij 2 kolom 3 → Blad1!C3)", async () => {
    const { ctx } = maakContext({
      selectie: [
        ["trede", "Schaal 1", "Schaal 2"],
        [0, 2500, "abc"],
        [1, 2600, 2800],
      ],
    });
    const uit = await importeerCaoTabel(
      ctx,
      { cao: "Testcao", geldigVanaf: "2025-01-01" },
      new GebruikersTabellen(),
      new InstellingenOpslag(nepInstellingen()),
    );
    expect(uit.ok).toBe(false);
    expect(uit.cel).toBe("Blad1!C3");
    expect(uit.melding).toContain("Blad1!C3: ");
  });

  test("verwijderen: opgeslagen zonder de tabel, dan uit gebruik en herberekend; mislukt opslaan → blijft in gebruik", async () => {
    const reg = new GebruikersTabellen();
    const instellingen = nepInstellingen();
    await importeerCaoTabel(
      maakContext({
        selectie: [
          ["trede", "Schaal 1"],
          [0, 2500],
        ],
      }).ctx,
      { cao: "Testcao Weg", geldigVanaf: "2025-01-01", bron: "x" },
      reg,
      new InstellingenOpslag(instellingen),
    );
    expect(reg.lijst()).toHaveLength(1);
    const mislukt = await verwijderCaoTabel(maakContext().ctx, "Testcao Weg", "2025-01-01", reg, new InstellingenOpslag(nepInstellingen(true)));
    expect(mislukt.ok).toBe(false);
    expect(mislukt.melding).toContain("blijft in gebruik");
    expect(reg.lijst()).toHaveLength(1);
    const { ctx, calculate } = maakContext();
    const uit = await verwijderCaoTabel(ctx, "Testcao Weg", "2025-01-01", reg, new InstellingenOpslag(instellingen));
    expect(uit.ok).toBe(true);
    expect(uit.melding).toContain("Testcao Weg per 1 januari 2025 verwijderd");
    expect(reg.lijst()).toEqual([]);
    expect(calculate).toHaveBeenCalledWith("Full");
    expect(GebruikersTabellen.laden(new InstellingenOpslag(instellingen)).lijst()).toEqual([]);
  });

  test("ongeldige tabel → melding, niets opgeslagen, geen herberekening", async () => {
    const instellingen = nepInstellingen();
    const reg = new GebruikersTabellen();
    const { ctx, calculate } = maakContext({ selectie: [["x"]] });
    const uit = await importeerCaoTabel(ctx, { cao: "Testcao", geldigVanaf: "2025-01-01" }, reg, new InstellingenOpslag(instellingen));
    expect(uit.ok).toBe(false);
    expect(uit.melding).toMatch(/^De tabel is niet geïmporteerd: /);
    expect(instellingen.opgeslagen).toBe(0);
    expect(calculate).not.toHaveBeenCalled();
  });
});

test("hulpjes: kolomLetters en blokLeeg", () => {
  expect([kolomLetters(0), kolomLetters(25), kolomLetters(26), kolomLetters(701)]).toEqual(["A", "Z", "AA", "ZZ"]);
  expect(blokLeeg([["", null]])).toBe(true);
  expect(blokLeeg([["", 0]])).toBe(false);
});

test("grote tabellen worden in blokken per sync geschreven (byte-budget), samen precies de hele tabel", async () => {
  const blad = nepBlad("Groot");
  const sync = jest.fn(async () => undefined);
  const suspend = jest.fn();
  const ctx = { sync, workbook: { application: { suspendApiCalculationUntilNextSync: suspend } } } as unknown as Excel.RequestContext;
  const tekst = "x".repeat(100);
  const waarden = Array.from({ length: 20000 }, (_, i) => [i, tekst, `regel ${i}`]);
  await schrijfInBlokken(ctx, blad as unknown as Excel.Worksheet, 5, 2, waarden);
  const blokken = blad.schrijfacties;
  expect(blokken.length).toBeGreaterThan(1);
  expect(sync).toHaveBeenCalledTimes(blokken.length);
  expect(suspend).toHaveBeenCalledTimes(blokken.length);
  expect(blokken.reduce((a, b) => a + b.rijen, 0)).toBe(20000);
  expect(blokken[0].rij).toBe(5);
  expect(blokken.every((b) => b.kolom === 2 && b.kolommen === 3 && b.values!.length === b.rijen)).toBe(true);
  expect(blokken.every((b) => JSON.stringify(b.values).length < 1.6 * 1024 * 1024)).toBe(true);
  expect(blokken.flatMap((b) => b.values!)).toEqual(waarden);
});

describe("schrijven in blokken: nieuwe poging op halve grootte, voortgang en afbreken", () => {
  /** A fake context whose sync refuses (like Excel on the web) any batch above `grens` estimated bytes. */
  function contextMetGrens(grens: number) {
    const geschreven: { rij: number; kolom: number; rijen: number; kolommen: number; bytes: number }[] = [];
    let wachtrij: { rij: number; kolom: number; rijen: number; kolommen: number; waarden: unknown[][] } | undefined;
    let geweigerd = 0;
    const blad = {
      getRangeByIndexes(rij: number, kolom: number, rijen: number, kolommen: number) {
        return {
          set values(w: unknown[][]) {
            wachtrij = { rij, kolom, rijen, kolommen, waarden: w };
          },
        };
      },
    };
    const ctx = {
      workbook: { application: { suspendApiCalculationUntilNextSync: () => undefined } },
      async sync() {
        if (!wachtrij) return;
        const bytes = JSON.stringify(wachtrij.waarden).length;
        const w = wachtrij;
        wachtrij = undefined;
        if (bytes > grens) {
          geweigerd++;
          throw Object.assign(new Error("The request payload size has exceeded the limit."), { code: "RequestPayloadSizeLimitExceeded" });
        }
        geschreven.push({ rij: w.rij, kolom: w.kolom, rijen: w.rijen, kolommen: w.kolommen, bytes });
      },
    };
    return { ctx: ctx as unknown as Excel.RequestContext, blad: blad as unknown as Excel.Worksheet, geschreven, geweigerd: () => geweigerd };
  }

  test("een geweigerd blok wordt opnieuw geschreven in blokken van de halve grootte, samen precies de hele tabel", async () => {
    // 4,000 rows of ~110 bytes ≈ 440 KB: one block under the default budget, refused above 200 KB
    const waarden = Array.from({ length: 4000 }, (_, i) => [i, "y".repeat(100)]);
    const { ctx, blad, geschreven, geweigerd } = contextMetGrens(200 * 1024);
    await schrijfInBlokken(ctx, blad, 5, 2, waarden);
    expect(geweigerd()).toBeGreaterThanOrEqual(1);
    expect(geschreven.length).toBeGreaterThanOrEqual(3);
    for (const g of geschreven) expect(g.bytes).toBeLessThanOrEqual(200 * 1024);
    // the written blocks cover rows 5 … 4004 exactly once, in order
    let volgende = 5;
    for (const g of geschreven) {
      expect(g.rij).toBe(volgende);
      expect([g.kolom, g.kolommen]).toEqual([2, 2]);
      volgende += g.rijen;
    }
    expect(volgende).toBe(4005);
  });

  test("een andere fout dan de payload-limiet wordt niet opnieuw geprobeerd", async () => {
    const { ctx, blad } = contextMetGrens(Infinity);
    (ctx as unknown as { sync: () => Promise<void> }).sync = async () => {
      throw Object.assign(new Error("Access denied"), { code: "AccessDenied" });
    };
    await expect(schrijfInBlokken(ctx, blad, 0, 0, [[1]])).rejects.toThrow("Access denied");
  });

  test("voortgang per blok en afbreken tussen blokken (wat geschreven is blijft)", async () => {
    const waarden = Array.from({ length: 2000 }, (_, i) => [i, "z".repeat(100)]);
    const { ctx, blad, geschreven } = contextMetGrens(Infinity);
    const voortgang: number[] = [];
    let afbreken = false;
    const fout = await schrijfInBlokken(ctx, blad, 0, 0, waarden, "values", {
      budgetBytes: 64 * 1024,
      voortgang: (gedaan, totaal) => {
        voortgang.push(gedaan);
        expect(totaal).toBe(4000);
        if (voortgang.length === 2) afbreken = true;
      },
      afbreken: () => afbreken,
    }).catch((e) => e);
    expect(fout).toBeInstanceOf(AfgebrokenFout);
    expect(geschreven).toHaveLength(2);
    expect(voortgang).toEqual([geschreven[0].rijen * 2, (geschreven[0].rijen + geschreven[1].rijen) * 2]);
    expect((fout as AfgebrokenFout).gedaan).toBe(voortgang[1]);
  });
});
