/**
 * Names practitioners type for canonical parameters: colloquial Dutch (vakantiegeld, dertiende maand,
 * werkgeverslasten, overheadpercentage …) and the words of the VNG/Berenschot rekentool Wmo (declarabiliteit,
 * niet-productieve uren, reiskosten, indirecte kosten …). They are NEVER accepted silently: an unknown name that
 * is (or is a typo of) one of these gets "Bedoelt u '<canonical name>'?" in the error message.
 * Keys are in the normal form of `normaliseerNaam` (lower case, accents removed, spaces as underscores).
 */
export const SYNONIEMEN: Readonly<Record<string, string>> = {
  // salary
  salaris: "maandsalaris",
  brutosalaris: "maandsalaris",
  bruto_salaris: "maandsalaris",
  maandloon: "maandsalaris",
  bruto_maandloon: "maandsalaris",
  bruto_maandsalaris: "maandsalaris",
  brutoloon: "maandsalaris",
  salarisschaal: "schaal",
  loonschaal: "schaal",
  functieschaal: "schaal",
  inschaling: "schaal",
  periodiek: "trede",
  salaristrede: "trede",
  // holiday pay and year-end bonus
  vakantiegeld: "vakantietoeslag",
  vakantiebijslag: "vakantietoeslag",
  vakantie_geld: "vakantietoeslag",
  dertiende_maand: "eindejaarsuitkering",
  "13e_maand": "eindejaarsuitkering",
  "13de_maand": "eindejaarsuitkering",
  eindejaarsbonus: "eindejaarsuitkering",
  eju: "eindejaarsuitkering",
  onregelmatigheidstoeslag: "ort",
  toeslag_onregelmatige_uren: "ort",
  // employer charges and pension
  werkgeverslasten: "sociale_lasten",
  werkgeverspremies: "sociale_lasten",
  sociale_premies: "sociale_lasten",
  premies_werkgever: "sociale_lasten",
  pensioen: "pensioenpremie",
  pensioenlasten: "pensioenpremie",
  pensioenbijdrage: "pensioenpremie",
  reiskosten: "overige_personeelskosten",
  opleidingskosten: "overige_personeelskosten",
  opleidingsbudget: "overige_personeelskosten",
  // hours and productivity (rekentool: declarabele tijd, niet-productieve uren)
  declarabiliteit: "productiviteit",
  declarabele_tijd: "productiviteit",
  declarabel_percentage: "productiviteit",
  productieve_tijd: "productiviteit",
  contracturen: "uren_per_week",
  werkweek: "uren_per_week",
  arbeidsduur: "uren_per_week",
  ziekteverzuim: "verzuim",
  verzuimpercentage: "verzuim",
  vakantie_uren: "verlofuren",
  vakantieuren: "verlofuren",
  verlof: "verlofuren",
  feestdagen: "feestdaguren",
  scholing: "scholingsuren",
  opleidingsuren: "scholingsuren",
  overleg: "overleguren",
  reistijd: "reisuren",
  // overhead, risk, material
  overheadpercentage: "overhead",
  overhead_percentage: "overhead",
  overheadopslag: "overhead",
  opslag_overhead: "overhead",
  indirecte_kosten: "overhead",
  overheadkosten: "overhead",
  risico: "risico_opslag",
  winstopslag: "risico_opslag",
  ondernemersrisico: "risico_opslag",
  risico_en_winst: "risico_opslag",
  clientgebonden_materiele_kosten: "materiele_kosten",
  materiele: "materiele_kosten",
  bezetting: "bezettingsgraad",
};

/**
 * The canonical name for a colloquial name or a typo of one (edit distance at most 1, or 2 for names of 9+ letters),
 * if that canonical name is allowed here; with the distance (0 = the colloquial name itself).
 */
export function synoniemVoor(naam: string, bekend: readonly string[], afstand: (a: string, b: string) => number): { naam: string; afstand: number } | undefined {
  const exact = SYNONIEMEN[naam];
  if (exact !== undefined) return bekend.includes(exact) ? { naam: exact, afstand: 0 } : undefined;
  const max = naam.length >= 9 ? 2 : 1;
  let beste: { naam: string; afstand: number } | undefined;
  for (const [s, canoniek] of Object.entries(SYNONIEMEN)) {
    if (!bekend.includes(canoniek) || Math.abs(s.length - naam.length) > max) continue;
    const d = afstand(naam, s);
    if (d <= max && (!beste || d < beste.afstand)) beste = { naam: canoniek, afstand: d };
  }
  return beste;
}
