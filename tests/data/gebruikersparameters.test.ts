/** User parameter sets: added without a release, take precedence, travel with the workbook. */
import { InvoerFout } from "../../src/core/errors";
import { DATA_MSG } from "../../src/data/berichten";
import { GebruikersTabellen, caoParameter, leesParametersUitBereik, maakCaoBron, type WerkboekOpslag } from "../../src/data";

class NepWerkboek implements WerkboekOpslag {
  readonly inhoud = new Map<string, string>();
  lees(s: string) {
    return this.inhoud.get(s);
  }
  async schrijf(s: string, w: string) {
    this.inhoud.set(s, w);
  }
}

const SET = [
  ["naam", "waarde"],
  ["Vakantietoeslag", "8%"],
  ["eindejaarsuitkering", "0,08"],
  ["uren per week", 36],
];

test("a parameter set fills a gap (Kinderopvang vakantietoeslag) with status gebruiker", () => {
  const reg = new GebruikersTabellen();
  reg.voegParametersToe(leesParametersUitBereik(SET, { cao: "KO", geldigVanaf: "2025-01-01", bron: "CAO Kinderopvang 2025–2026, art. 6" }));
  const vt = caoParameter("Kinderopvang", "vakantietoeslag", "2025-06-01", reg);
  expect(vt.waarde.toString()).toBe("0.08");
  expect(vt.herkomst).toMatchObject({ status: "gebruiker", bron: "CAO Kinderopvang 2025–2026, art. 6", geldigVanaf: "2025-01-01" });
  // a user value on an earlier date does not hide a later shipped value (8% per 1 Jan 2026)
  expect(caoParameter("KO", "eindejaarsuitkering", "2025-06-01", reg).herkomst.status).toBe("gebruiker");
  // the shipped value's main source is not a CAO party's own publication: secundair
  expect(caoParameter("KO", "eindejaarsuitkering", "2026-06-01", reg).herkomst.status).toBe("secundair");
  expect(maakCaoBron(reg).caoParameter!("KO", "vakantietoeslag", "2025-06-01")?.waarde.toString()).toBe("0.08");
});

test("on the same date the user value replaces the shipped one", () => {
  const reg = new GebruikersTabellen();
  reg.voegParametersToe(leesParametersUitBereik([["eindejaarsuitkering", "8,5%"]], { cao: "Jeugdzorg", geldigVanaf: "2024-01-01" }));
  const r = caoParameter("Jeugdzorg", "eindejaarsuitkering", "2025-01-01", reg);
  expect(r.waarde.toString()).toBe("0.085");
  expect(r.herkomst.status).toBe("gebruiker");
});

test("parameter sets survive the workbook store round-trip", async () => {
  const w = new NepWerkboek();
  const reg = new GebruikersTabellen();
  reg.voegParametersToe(leesParametersUitBereik(SET, { cao: "KO", geldigVanaf: "2025-01-01" }));
  await reg.opslaan(w);
  const terug = GebruikersTabellen.laden(w);
  expect(terug.parameters()).toEqual(reg.parameters());
  expect(caoParameter("KO", "vakantietoeslag", "2025-06-01", terug).waarde.toString()).toBe("0.08");
  reg.verwijderParameter("KO", "vakantietoeslag", "2025-01-01");
  expect(reg.parameters()).toHaveLength(2);
});

test("validation names the row: whole-number percentage, unknown name, missing name, not a number", () => {
  const meta = { cao: "KO", geldigVanaf: "2025-01-01" };
  const fout = (bereik: unknown[][]) => {
    try {
      leesParametersUitBereik(bereik, meta);
    } catch (e) {
      expect(e).toBeInstanceOf(InvoerFout);
      return (e as Error).message;
    }
    throw new Error("geen fout");
  };
  expect(fout([["vakantietoeslag", 8]])).toBe("vakantietoeslag = 8 in rij 1, kolom 2 lijkt een percentage als heel getal: gebruik 8% of 0,08.");
  expect(
    fout([
      ["naam", "waarde"],
      ["vakantiegeld", "8%"],
    ]),
  ).toMatch(/^Onbekende CAO-parameter 'vakantiegeld' in rij 2, kolom 1; toegestaan: uren_per_week, vakantietoeslag, eindejaarsuitkering/);
  expect(fout([[null, "8%"]])).toBe(DATA_MSG.parameterZonderNaam("8%", 1));
  expect(fout([["uren_per_week", "veel"]])).toBe("uren_per_week = 'veel' in rij 1, kolom 2 is ongeldig; toegestaan: een getal groter dan 0.");
});
