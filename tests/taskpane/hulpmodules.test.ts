/** Pure helpers of the task pane: cell addresses, Dutch dates, Dutch Office errors. */
import { bereikStart, celAdres, foutCel, kolomIndex, splitsAdres } from "../../src/taskpane/celadres";
import { leesNlDatum, toonNlDatum } from "../../src/taskpane/datum";
import { isPayloadFout, vertaalFout } from "../../src/taskpane/office-fout";

describe("celadressen", () => {
  test("kolomIndex is de inverse van de kolomletters", () => {
    expect([kolomIndex("A"), kolomIndex("Z"), kolomIndex("AA"), kolomIndex("ZZ")]).toEqual([0, 25, 26, 701]);
  });
  test("begin van een bereik, ook met aanhalingstekens en $", () => {
    expect(bereikStart("Blad1!A10:B12")).toEqual({ blad: "Blad1", rij: 9, kolom: 0 });
    expect(bereikStart("'Mijn ''eigen'' blad'!$C$5")).toEqual({ blad: "Mijn 'eigen' blad", rij: 4, kolom: 2 });
    expect(bereikStart("A1")).toBeUndefined();
  });
  test("fout in rij 2, kolom 2 van A10:B12 ligt in B11; zonder kolom de eerste kolom", () => {
    expect(foutCel("Blad1!A10:B12", 2, 2)).toBe("Blad1!B11");
    expect(foutCel("Blad1!A10:B12", 3, undefined)).toBe("Blad1!A12");
    expect(foutCel("Blad1!A10:B12", undefined, 2)).toBeUndefined();
    expect(foutCel("'Kosten 2026'!D4:F9", 1, 3)).toBe("'Kosten 2026'!F4");
  });
  test("celAdres en splitsAdres", () => {
    expect(celAdres("Blad1", 10, 1)).toBe("Blad1!B11");
    expect(celAdres("Mijn blad", 0, 0)).toBe("'Mijn blad'!A1");
    expect(splitsAdres("'Mijn blad'!B11")).toEqual({ blad: "Mijn blad", cel: "B11" });
  });
});

describe("Nederlandse datums", () => {
  test("dag-maand-jaar, niet maand-dag-jaar", () => {
    expect(leesNlDatum("07-01-2026")).toEqual({ ok: true, iso: "2026-01-07" });
    expect(leesNlDatum("1-7-2026")).toEqual({ ok: true, iso: "2026-07-01" });
    expect(leesNlDatum("01/07/2026")).toEqual({ ok: true, iso: "2026-07-01" });
    expect(leesNlDatum("01.07.2026")).toEqual({ ok: true, iso: "2026-07-01" });
    expect(leesNlDatum("2026-07-01")).toEqual({ ok: true, iso: "2026-07-01" });
  });
  test("ongeldige datums worden geweigerd met veld, waarde en wat mag", () => {
    expect(leesNlDatum("29-02-2025")).toEqual({ ok: false, melding: "Geldig vanaf = '29-02-2025' bestaat niet; toegestaan: een echte datum als dag-maand-jaar, bijvoorbeeld 01-07-2026." });
    expect(leesNlDatum("29-02-2024").ok).toBe(true);
    const r = leesNlDatum("07/01/26");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.melding).toContain("Geldig vanaf = '07/01/26' is geen datum");
  });
  test("tonen als 1 juli 2026", () => {
    expect(toonNlDatum("2026-07-01")).toBe("1 juli 2026");
    expect(toonNlDatum("2025-12-31")).toBe("31 december 2025");
  });
});

describe("Office-fouten in het Nederlands", () => {
  const officeFout = (code: string, message: string) => Object.assign(new Error(message), { code });
  test("bekende codes", () => {
    expect(vertaalFout(officeFout("ItemNotFound", "The requested resource doesn't exist."))).toBe(
      "Het blad, bereik of de naam is niet (meer) gevonden. Is het verwijderd of hernoemd? (Excel-foutcode ItemNotFound)",
    );
    expect(vertaalFout(officeFout("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."))).toContain("U bent een cel aan het bewerken");
  });
  test("onbekende code: geen Engelse tekst, wel de code", () => {
    const t = vertaalFout(officeFout("SomethingNew", "Something went wrong in English."));
    expect(t).not.toContain("Something went wrong");
    expect(t).toContain("SomethingNew");
  });
  test("eigen (Nederlandse) fouten blijven ongewijzigd", () => {
    expect(vertaalFout(new Error("Geen vrije bladnaam gevonden."))).toBe("Geen vrije bladnaam gevonden.");
  });
  test("payload-fout herkend voor de nieuwe poging op halve grootte", () => {
    expect(isPayloadFout(officeFout("RequestPayloadSizeLimitExceeded", "x"))).toBe(true);
    expect(isPayloadFout(officeFout("InvalidArgument", "x"))).toBe(false);
  });
});
