/**
 * The custom-function metadata as Excel sees it. Ids, parameter names, order, types, optionality and
 * dimensionality are stored in workbooks: this list is written out explicitly and must NEVER change for an
 * existing id (add new functions or new optional parameters at the end only).
 */
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

type P = [naam: string, type: string, dimensionality: "scalar" | "matrix", optional: boolean];
interface F {
  id: string;
  parameters: P[];
  result: { type?: string; dimensionality: "scalar" | "matrix" };
}

const M = "matrix" as const;
const S = "scalar" as const;

const VERWACHT: F[] = [
  {
    id: "TARIEF",
    parameters: [
      ["parameters", "any", M, false],
      ["functiemix", "any", M, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "OPBOUW",
    parameters: [
      ["parameters", "any", M, false],
      ["functiemix", "any", M, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "TARIEF_DETAIL",
    parameters: [
      ["parameters", "any", M, false],
      ["onderdeel", "string", S, false],
      ["functiemix", "any", M, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  { id: "LOONKOSTEN", parameters: [["parameters", "any", M, false]], result: { type: "number", dimensionality: S } },
  { id: "PRODUCTIVITEIT", parameters: [["parameters", "any", M, false]], result: { type: "number", dimensionality: S } },
  {
    id: "OVERHEAD_OMREKENEN",
    parameters: [
      ["percentage", "number", S, false],
      ["van_conventie", "string", S, false],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "INDEXATIE",
    parameters: [
      ["ova_nieuw", "number", S, false],
      ["ppc_nieuw", "number", S, false],
      ["ova_vorig_prognose", "number", S, false],
      ["ova_vorig_definitief", "number", S, false],
      ["ppc_vorig_prognose", "number", S, false],
      ["ppc_vorig_definitief", "number", S, false],
      ["gewicht_loon", "number", S, true],
      ["methode", "string", S, true],
      ["afronding", "string", S, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "INDEXEER",
    parameters: [
      ["bedrag", "number", S, false],
      ["indexcijfers", "any", M, false],
      ["afronding", "string", S, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "SALARIS",
    parameters: [
      ["cao", "string", S, false],
      ["schaal", "any", S, false],
      ["trede", "any", S, false],
      ["peildatum", "any", S, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "IS_MICRO",
    parameters: [
      ["personeel", "number", S, false],
      ["jaaromzet", "number", S, false],
      ["balanstotaal", "number", S, false],
      ["partnerondernemingen", "any", M, true],
      ["verbonden_ondernemingen", "any", M, true],
    ],
    result: { type: "boolean", dimensionality: S },
  },
  { id: "CAO_TABELLEN", parameters: [], result: { dimensionality: M } },
  {
    id: "CAO_PARAMETER",
    parameters: [
      ["cao", "string", S, false],
      ["naam", "string", S, false],
      ["peildatum", "any", S, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "WERKGEVERSLASTEN",
    parameters: [
      ["jaar", "number", S, false],
      ["opties", "string", S, true],
    ],
    result: { dimensionality: M },
  },
  { id: "BRONNEN", parameters: [], result: { dimensionality: M } },
  {
    id: "INDEXATIE_JAAR",
    parameters: [
      ["jaar", "number", S, false],
      ["gewicht_loon", "number", S, true],
      ["methode", "string", S, true],
      ["afronding", "string", S, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  { id: "PARAMETERS", parameters: [], result: { dimensionality: M } },
  // region functions
  {
    id: "TARIEFGROEPEN",
    parameters: [
      ["producten", "any", M, false],
      ["normbezetting", "any", M, false],
      ["cao_indeling", "any", M, false],
      ["caos", "any", M, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "TARIEFGROEP_OPBOUW",
    parameters: [
      ["producten", "any", M, false],
      ["normbezetting", "any", M, false],
      ["cao_indeling", "any", M, false],
      ["product", "string", S, false],
      ["cao", "string", S, true],
      ["referentie_cao", "string", S, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "BANDBREEDTE",
    parameters: [
      ["inzendingen", "any", M, false],
      ["parameters", "any", M, true],
      ["product", "string", S, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "TOETS_INZENDING",
    parameters: [
      ["inzending", "any", M, false],
      ["bandbreedte", "any", M, false],
      ["onderbouwing", "any", M, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "AANBIEDERTARIEF",
    parameters: [
      ["inzending", "any", M, false],
      ["bandbreedte", "any", M, false],
      ["onderbouwing", "any", M, true],
      ["basis", "any", M, true],
      ["functiemix", "any", M, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "AANBIEDERTARIEF_OPBOUW",
    parameters: [
      ["inzending", "any", M, false],
      ["bandbreedte", "any", M, false],
      ["onderbouwing", "any", M, true],
      ["basis", "any", M, true],
      ["functiemix", "any", M, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "MICROTARIEF",
    parameters: [
      ["parameters", "any", M, false],
      ["regel", "string", S, false],
      ["regelwaarde", "any", M, false],
      ["onderbouwing", "string", S, false],
      ["functiemix", "any", M, true],
    ],
    result: { type: "number", dimensionality: S },
  },
  {
    id: "MICROTARIEF_OPBOUW",
    parameters: [
      ["parameters", "any", M, false],
      ["regel", "string", S, false],
      ["regelwaarde", "any", M, false],
      ["onderbouwing", "string", S, false],
      ["functiemix", "any", M, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "SCENARIO_VERGELIJKING",
    parameters: [
      ["producten", "any", M, false],
      ["scenarios", "any", M, false],
      ["normbezetting", "any", M, true],
      ["cao_indeling", "any", M, true],
      ["referentie_cao", "string", S, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "BUDGET",
    parameters: [
      ["producten", "any", M, false],
      ["volumes", "any", M, false],
      ["indexcijfers", "any", M, true],
      ["beginjaar", "number", S, true],
      ["scenarios", "any", M, true],
      ["plafonds", "any", M, true],
      ["weergave", "string", S, true],
      ["normbezetting", "any", M, true],
      ["cao_indeling", "any", M, true],
      ["referentie_cao", "string", S, true],
    ],
    result: { dimensionality: M },
  },
  {
    id: "INDEXREEKS",
    parameters: [
      ["parameters", "any", M, false],
      ["indexcijfers", "any", M, false],
      ["beginjaar", "number", S, true],
      ["functiemix", "any", M, true],
    ],
    result: { dimensionality: M },
  },
  // the year's index figures
  { id: "INDEXCIJFERS", parameters: [["jaar", "number", S, false]], result: { dimensionality: M } },
];

interface MetaParam {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
}
interface MetaFunctie {
  id: string;
  name: string;
  description?: string;
  parameters: MetaParam[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

let functies: MetaFunctie[];

beforeAll(async () => {
  const r = await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../src/functions/functions.ts"), true);
  expect(r.errors).toEqual([]);
  functies = JSON.parse(r.metadataJson).functions;
});

test("ids in vaste volgorde, zonder verdwenen of hernoemde functies", () => {
  expect(functies.map((f) => f.id)).toEqual(VERWACHT.map((f) => f.id));
});

test.each(VERWACHT.map((f) => [f.id, f] as const))("%s: parameters, volgorde, typen, optionaliteit, dimensie", (_id, verwacht) => {
  const f = functies.find((x) => x.id === verwacht.id)!;
  expect(f.name).toBe(verwacht.id);
  const feitelijk: P[] = f.parameters.map((p) => [p.name, p.type ?? "any", (p.dimensionality ?? "scalar") as "scalar" | "matrix", p.optional === true]);
  expect(feitelijk).toEqual(verwacht.parameters);
  expect({ type: f.result.type, dimensionality: f.result.dimensionality ?? "scalar" }).toEqual({
    type: verwacht.result.type,
    dimensionality: verwacht.result.dimensionality,
  });
  // optional parameters only at the end (Excel passes null for the omitted ones)
  const eersteOptioneel = verwacht.parameters.findIndex((p) => p[3]);
  if (eersteOptioneel >= 0) expect(verwacht.parameters.slice(eersteOptioneel).every((p) => p[3])).toBe(true);
});

test("elke functie en parameter heeft een Nederlandse omschrijving; geen volatile/streaming", () => {
  for (const f of functies) {
    expect(f.description && f.description.length).toBeGreaterThan(10);
    for (const p of f.parameters) expect(p.description && p.description.length).toBeGreaterThan(3);
    expect(f.options?.volatile ?? false).toBe(false);
    expect(f.options?.stream ?? false).toBe(false);
  }
});

test("ids volgen de regels: hoofdletters, cijfers, _ en . ; geen celverwijzing; geen Nederlandse Excel-functienaam", () => {
  const ingebouwd = ["SOM", "ALS", "GEMIDDELDE", "AANTAL", "VERT.ZOEKEN", "AFRONDEN", "VANDAAG", "NU", "INDEX"];
  for (const f of functies) {
    expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(f.id).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
    expect(ingebouwd).not.toContain(f.id);
  }
});
