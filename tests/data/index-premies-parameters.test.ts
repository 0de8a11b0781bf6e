/** Index figures (OVA/PPC), employer premiums and CAO parameters. */
import { fout } from "../helpers/fout";
import { InvoerFout, NietGevondenFout } from "../../src/core/errors";
import { DATA_MSG } from "../../src/data/berichten";
import { bronnen, caoParameter, indexatieJaarInvoer, ovaPpc, standaardCaoBron, werkgeverslasten } from "../../src/data";

describe("indexation inputs", () => {
  test("ovaPpc(2023) with forecast, final and provenance", () => {
    const r = ovaPpc(2023);
    expect(r.ova.prognose?.toString()).toBe("0.0474");
    expect(r.ova.definitief?.toString()).toBe("0.0636");
    expect(r.ppc.prognose?.toString()).toBe("0.0487");
    expect(r.ppc.definitief?.toString()).toBe("0.0702");
    expect(r.herkomst).toHaveLength(4);
    // geverifieerd only with an official source; the others are secundair
    expect(r.herkomst.every((h) => ["geverifieerd", "secundair"].includes(h.status) && h.bron.startsWith("https://"))).toBe(true);
  });

  test("ovaPpc(2025): forecast only; unknown year refused", () => {
    const r = ovaPpc(2025);
    expect(r.ova).toEqual({ prognose: expect.anything() });
    expect(r.ova.prognose?.toString()).toBe("0.0418");
    expect(r.ppc.prognose?.toString()).toBe("0.0182");
    expect(fout(() => ovaPpc(2030))).toBeInstanceOf(NietGevondenFout);
    expect(fout(() => ovaPpc(2025.5))).toBeInstanceOf(InvoerFout);
  });

  test("indexatieJaarInvoer(2024): the six VNG inputs", () => {
    const r = indexatieJaarInvoer(2024);
    expect({
      ovaNieuw: r.ovaNieuw.toString(),
      ppcNieuw: r.ppcNieuw.toString(),
      ovaVorigPrognose: r.ovaVorigPrognose.toString(),
      ovaVorigDefinitief: r.ovaVorigDefinitief.toString(),
      ppcVorigPrognose: r.ppcVorigPrognose.toString(),
      ppcVorigDefinitief: r.ppcVorigDefinitief.toString(),
    }).toEqual({
      ovaNieuw: "0.0494",
      ppcNieuw: "0.0251",
      ovaVorigPrognose: "0.0474",
      ovaVorigDefinitief: "0.0636",
      ppcVorigPrognose: "0.0487",
      ppcVorigDefinitief: "0.0702",
    });
    expect(r.herkomst).toHaveLength(6);
  });

  test("indexatieJaarInvoer(2025) works too", () => {
    const r = indexatieJaarInvoer(2025);
    expect([r.ovaNieuw, r.ppcNieuw, r.ovaVorigPrognose, r.ovaVorigDefinitief, r.ppcVorigPrognose, r.ppcVorigDefinitief].map((d) => d.toString())).toEqual([
      "0.0418",
      "0.0182",
      "0.0494",
      "0.06",
      "0.0251",
      "0.031",
    ]);
  });

  test("2026 is refused: names each missing figure and the VNG article", () => {
    const e = fout(() => indexatieJaarInvoer(2026));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(
      "De indexatie-invoer voor 2026 is niet compleet: OVA 2026 (prognose), PPC 2026 (prognose), OVA 2025 (definitief), PPC 2025 (definitief) ontbreken in de referentiegegevens. Haal deze cijfers uit het VNG-artikel 'Indexatie bij inkoop Jeugdhulp en Wmo-ondersteuning 2026' (https://vng.nl) en de VWS-tabel 'berekening Lonen Prijzen Kapitaal' (MEV/CEP), bijv. https://rijksoverheid.nl/documenten/publicaties/2024/09/23/tabel-berekening-lonen-prijzen-kapitaal-vws-macro-economische-verkenning-mev-2025. U kunt de cijfers ook zelf toevoegen (taakvenster: 'Indexcijfers registreren', of op de opdrachtregel met --data); ze worden dan als 'gebruiker' gemarkeerd.",
    );
  });
});

describe("werkgeverslasten", () => {
  test("2026 defaults (AWf laag, Aof hoog, Whk average, Wko, Zvw) = 18.49%", () => {
    const r = werkgeverslasten(2026);
    expect(r.componenten.map((c) => [c.naam, c.waarde.toString()])).toEqual([
      ["awf_laag", "0.0274"],
      ["aof_hoog", "0.0763"],
      ["wko", "0.005"],
      ["whk", "0.0152"],
      ["zvw", "0.061"],
    ]);
    expect(r.totaal.toFixed(4)).toBe("0.1849");
    expect(r.componenten.every((c) => ["geverifieerd", "secundair"].includes(c.herkomst.status) && c.herkomst.geldigVanaf === "2026-01-01")).toBe(true);
  });

  test("2026 small employer = 17.13% (the reference's worked example)", () => {
    expect(werkgeverslasten(2026, { aof: "laag" }).totaal.toFixed(4)).toBe("0.1713");
    expect(werkgeverslasten(2026, { awf: "hoog", aof: "laag" }).totaal.toFixed(4)).toBe("0.2213");
  });

  test("2024 uses the preferred values and says the sources differ", () => {
    const r = werkgeverslasten(2024);
    const aof = r.componenten.find((c) => c.naam === "aof_hoog")!;
    expect(aof.waarde.toString()).toBe("0.0754");
    expect(aof.herkomst.omschrijving).toContain("bronnen verschillen");
    expect(r.componenten.find((c) => c.naam === "whk")!.waarde.toString()).toBe("0.0122");
    expect(r.totaal.toFixed(4)).toBe("0.1847"); // 2.64 + 7.54 + 0.50 + 1.22 + 6.57
  });

  test("2025, unknown year, invalid option", () => {
    expect(werkgeverslasten(2025).totaal.toFixed(4)).toBe("0.1872"); // 2.74 + 7.64 + 0.50 + 1.33 + 6.51
    expect(fout(() => werkgeverslasten(2023))).toBeInstanceOf(NietGevondenFout);
    expect(fout(() => werkgeverslasten(2026, { aof: "groot" as "laag" })).message).toBe(DATA_MSG.ongeldigeKeuze("aof", "groot", ["laag", "hoog"]));
  });
});

describe("caoParameter", () => {
  test("Jeugdzorg eindejaarsuitkering 8.33% is ❓ → afgeleid", () => {
    const r = caoParameter("Jeugdzorg", "eindejaarsuitkering", "2025-01-01");
    expect(r.waarde.toString()).toBe("0.0833");
    expect(r.herkomst.status).toBe("afgeleid");
  });

  test("uren_per_week and vakantietoeslag with status", () => {
    expect(caoParameter("GHZ", "uren_per_week", "2024-01-01")).toMatchObject({ herkomst: { status: "secundair" } });
    expect(caoParameter("GHZ", "uren per week", "2024-01-01").waarde.toString()).toBe("36");
    expect(caoParameter("GHZ", "eindejaarsuitkering", "2024-01-01")).toMatchObject({ herkomst: { status: "geverifieerd", geldigVanaf: "2019-12-01" } });
    const vt = caoParameter("Jeugdzorg", "vakantietoeslag", "2024-08-01");
    expect(vt.waarde.toString()).toBe("0.08");
    expect(vt.herkomst).toMatchObject({ geldigVanaf: "2024-07-01", status: "geverifieerd" });
    expect(vt.herkomst.omschrijving).toContain("minimaal € 211,13 per maand");
  });

  test("Kinderopvang eindejaarsuitkering by date", () => {
    expect(caoParameter("KO", "eindejaarsuitkering", "2025-06-01").waarde.toString()).toBe("0.055");
    expect(caoParameter("KO", "eindejaarsuitkering", "2026-06-01").waarde.toString()).toBe("0.08");
  });

  test("Sociaal Werk eindejaarsuitkering: 8.3% over salary + holiday pay → 8.964% of salary, afgeleid", () => {
    const r = caoParameter("SW", "eindejaarsuitkering", "2025-01-01");
    expect(r.waarde.toString()).toBe("0.08964");
    expect(r.herkomst.status).toBe("afgeleid");
    expect(r.herkomst.toegepast).toEqual(["8,3% over salaris + vakantietoeslag 8% = 8,3% × 1,08 = 8,964% van het salaris"]);
  });

  test("missing parameter says where to get it; before the first date; unknown name", () => {
    const e = fout(() => caoParameter("Kinderopvang", "vakantietoeslag", "2025-06-01"));
    expect(e).toBeInstanceOf(NietGevondenFout);
    expect(e.message).toBe(DATA_MSG.parameterOntbreekt("Kinderopvang", "vakantietoeslag", "CAO Kinderopvang 2025–2026 op https://www.kinderopvang-werkt.nl"));
    expect(fout(() => caoParameter("Jeugdzorg", "vakantietoeslag", "2023-06-01")).message).toBe(
      DATA_MSG.parameterVoorDatum("Jeugdzorg", "vakantietoeslag", "2023-06-01", "2024-01-01"),
    );
    expect(fout(() => caoParameter("GGZ", "salaris", "2025-01-01"))).toBeInstanceOf(InvoerFout);
    expect(fout(() => caoParameter("Horeca", "uren_per_week", "2025-01-01"))).toBeInstanceOf(NietGevondenFout);
  });

  test("through the CaoBron interface: undefined when unknown", () => {
    expect(standaardCaoBron.caoParameter!("KO", "vakantietoeslag", "2025-06-01")).toBeUndefined();
    expect(standaardCaoBron.caoParameter!("VVT", "eindejaarsuitkering", "2025-06-01")?.herkomst.status).toBe("afgeleid");
  });
});

describe("bronnen()", () => {
  test("lists sources per dataset with date and status", () => {
    const b = bronnen();
    expect(b.length).toBeGreaterThan(50);
    expect(b).toContainEqual(expect.objectContaining({ dataset: "tabel-gehandicaptenzorg-2023-12-01", geldigVanaf: "2023-12-01", status: "geverifieerd" }));
    expect(b).toContainEqual(
      expect.objectContaining({ dataset: "werkgeverspremies", bron: "https://github.com/braedonsaunders/openbooks", geldigVanaf: "2026-01-01" }),
    );
    expect(b.every((x) => /^https?:\/\//.test(x.bron) && /^\d{4}-\d{2}-\d{2}$/.test(x.geldigVanaf))).toBe(true);
  });
});
