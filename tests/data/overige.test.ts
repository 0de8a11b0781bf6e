/** PFZW, WML and CPI access. */
import { NietGevondenFout } from "../../src/core/errors";
import { cpi, minimumUurloon, pensioenPfzw } from "../../src/data";

test("PFZW 2026 and the partial 2025", () => {
  const r = pensioenPfzw(2026);
  const w = Object.fromEntries(r.componenten.map((c) => [c.naam, c.waarde.toString()]));
  expect(w).toMatchObject({ premie_basis: "0.259", franchise: "17283", maximum_pensioengevend_salaris: "137800", maximum_jaarpremie: "31214" });
  const j25 = pensioenPfzw(2025);
  expect(j25.componenten.map((c) => c.naam)).toEqual(["maximum_pensioengevend_salaris", "maximum_jaarpremie"]);
  expect(j25.componenten.every((c) => c.herkomst.status === "afgeleid")).toBe(true);
  expect(j25.ontbreekt[0]).toContain("franchises 2025");
  expect(() => pensioenPfzw(2018)).toThrow(NietGevondenFout);
});

test("WML on a date, CPI per year", () => {
  expect(minimumUurloon("2025-09-30").waarde.toFixed(2)).toBe("14.40");
  expect(minimumUurloon("2026-11-23").herkomst.geldigVanaf).toBe("2026-01-01");
  expect(minimumUurloon("2024-01-01").waarde.toFixed(2)).toBe("13.27");
  // before 2024 the law set a monthly amount, not an hourly one
  expect(() => minimumUurloon("2023-12-31")).toThrow(NietGevondenFout);
  expect(cpi(2022).waarde.toString()).toBe("0.1");
  // the 2025 figure is cited from a news site, not CBS itself: secundair
  expect(cpi(2025).herkomst.status).toBe("secundair");
  expect(() => cpi(2026)).toThrow(NietGevondenFout);
});
