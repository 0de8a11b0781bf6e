/**
 * Offline manifest checks (no online validator, no usable XSD for a shared-runtime manifest): well-formedness, shared-runtime structure and order, resid
 * integrity, XSD facets, and for the production build in dist/: no localhost, https only, files exist.
 */
import { execFileSync, execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DIST, ROOT, zorgVoorProductieBuild } from "./bouw";

type Knoop = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", preserveOrder: true, allowBooleanAttributes: true });
const parserPlat = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (_naam: string, _pad: unknown, _blad: boolean, isAttribuut: boolean) => !isAttribuut,
});

/** Element names of the children of an ordered node, in order. */
function kinderen(knoop: Knoop[]): string[] {
  return knoop.flatMap((k) => Object.keys(k).filter((n) => n !== ":@" && n !== "#text"));
}
/** First child element `naam` of an ordered node list. */
function kind(knoop: Knoop[], naam: string): Knoop[] {
  const k = knoop.find((x) => naam in x);
  if (!k) throw new Error(`element ${naam} ontbreekt`);
  return k[naam] as Knoop[];
}
function pad(wortel: Knoop[], ...namen: string[]): Knoop[] {
  return namen.reduce((k, n) => kind(k, n), wortel);
}
function attributen(knoop: Knoop[], naam: string): Record<string, string> {
  const k = knoop.find((x) => naam in x);
  return (k?.[":@"] ?? {}) as Record<string, string>;
}

function alleAttributen(xml: string, attr: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${attr}="([^"]*)"`, "g"))].map((m) => m[1]);
}

function xmllintBeschikbaar(): boolean {
  try {
    execSync("command -v xmllint", { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

interface Bronnen {
  urls: Map<string, string>;
  ids: Set<string>;
  shortStrings: Map<string, string>;
  longStrings: Map<string, string>;
}

function resources(xml: string): Bronnen {
  const doc = parserPlat.parse(xml) as Knoop;
  const vo = ((doc.OfficeApp as Knoop[])[0].VersionOverrides as Knoop[])[0];
  const res = (vo.Resources as Knoop[])[0];
  const lijst = (groep: string, el: string) =>
    (((res[groep] as Knoop[])[0][el] ?? []) as Knoop[]).map((x) => [x["@id"] as string, x["@DefaultValue"] as string] as [string, string]);
  const images = lijst("bt:Images", "bt:Image");
  const urls = lijst("bt:Urls", "bt:Url");
  const shorts = lijst("bt:ShortStrings", "bt:String");
  const longs = lijst("bt:LongStrings", "bt:String");
  return {
    urls: new Map([...images, ...urls]),
    ids: new Set([...images, ...urls, ...shorts, ...longs].map(([id]) => id)),
    shortStrings: new Map(shorts),
    longStrings: new Map(longs),
  };
}

function structuurControles(naam: string, lees: () => string) {
  describe(`${naam}: structuur`, () => {
    let xml: string;
    let wortel: Knoop[];
    beforeAll(() => {
      xml = lees();
      wortel = kind(parser.parse(xml) as Knoop[], "OfficeApp");
    });

    test("goed gevormd (fast-xml-parser en xmllint)", () => {
      expect(XMLValidator.validate(xml)).toBe(true);
      if (xmllintBeschikbaar()) {
        const bestand = path.join(require("os").tmpdir(), `rt-manifest-${process.pid}.xml`);
        fs.writeFileSync(bestand, xml);
        expect(() => execFileSync("xmllint", ["--noout", bestand], { stdio: "pipe" })).not.toThrow();
      }
    });

    test("Id is een GUID, Version, DefaultLocale, DisplayName ≤ 125, Description ≤ 250", () => {
      expect(String(kind(wortel, "Id")[0]["#text"])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      expect(String(kind(wortel, "Version")[0]["#text"])).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
      expect(String(kind(wortel, "DefaultLocale")[0]["#text"])).toBe("nl-NL");
      const dn = attributen(wortel, "DisplayName")["@DefaultValue"];
      expect(dn).toBe("Reële Tarieven");
      const desc = attributen(wortel, "Description")["@DefaultValue"];
      expect(desc.length).toBeGreaterThan(0);
      expect(desc.length).toBeLessThanOrEqual(250);
    });

    test("SharedRuntime 1.1 en ReadWriteDocument", () => {
      const sets = pad(wortel, "Requirements", "Sets");
      expect(attributen(sets, "Set")).toEqual(expect.objectContaining({ "@Name": "SharedRuntime", "@MinVersion": "1.1" }));
      expect(String(kind(wortel, "Permissions")[0]["#text"])).toBe("ReadWriteDocument");
    });

    test("Runtimes vóór AllFormFactors, precies één Runtime met lifetime long; Script, Page, Metadata, Namespace op volgorde", () => {
      const host = pad(wortel, "VersionOverrides", "Hosts", "Host");
      const volgorde = kinderen(host);
      expect(volgorde.indexOf("Runtimes")).toBeGreaterThanOrEqual(0);
      expect(volgorde.indexOf("Runtimes")).toBeLessThan(volgorde.indexOf("AllFormFactors"));
      const runtimes = kind(host, "Runtimes");
      expect(kinderen(runtimes)).toEqual(["Runtime"]);
      expect(attributen(runtimes, "Runtime")["@lifetime"]).toBe("long");
      const ep = kind(kind(host, "AllFormFactors"), "ExtensionPoint");
      expect(attributen(kind(host, "AllFormFactors"), "ExtensionPoint")["@xsi:type"]).toBe("CustomFunctions");
      expect(kinderen(ep)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    });

    test("Runtime, Page en FunctionFile delen dezelfde resid; geen TaskpaneId onder de long-lifetime host", () => {
      const host = pad(wortel, "VersionOverrides", "Hosts", "Host");
      const runtime = attributen(kind(host, "Runtimes"), "Runtime")["@resid"];
      const page = attributen(pad(host, "AllFormFactors", "ExtensionPoint", "Page"), "SourceLocation")["@resid"];
      const ff = attributen(kind(host, "DesktopFormFactor"), "FunctionFile")["@resid"];
      expect(runtime).toBe("Taskpane.Url");
      expect(page).toBe(runtime);
      expect(ff).toBe(runtime);
      expect(xml).not.toMatch(/<TaskpaneId>/i);
      expect(xml).toMatch(/xsi:type="ShowTaskpane"/);
    });

    test("elke resid bestaat; resid-ids 1–32 tekens; ShortString ≤ 125, LongString ≤ 250, URL ≤ 2048", () => {
      const r = resources(xml);
      const gebruikt = alleAttributen(xml, "resid");
      expect(gebruikt.length).toBeGreaterThan(5);
      for (const id of gebruikt) expect(r.ids.has(id)).toBe(true);
      for (const id of r.ids) {
        expect(id.length).toBeGreaterThanOrEqual(1);
        expect(id.length).toBeLessThanOrEqual(32);
      }
      for (const v of r.shortStrings.values()) expect(v.length).toBeLessThanOrEqual(125);
      for (const v of r.longStrings.values()) expect(v.length).toBeLessThanOrEqual(250);
      for (const v of r.urls.values()) expect(v.length).toBeLessThanOrEqual(2048);
    });
  });
}

const bronManifest = () => fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
structuurControles("manifest.xml (ontwikkeling)", bronManifest);

test("manifest.xml (ontwikkeling): namespace RT_DEV, localhost-URL's", () => {
  const r = resources(bronManifest());
  expect(r.shortStrings.get("Functions.Namespace")).toBe("RT_DEV");
  for (const v of r.urls.values()) expect(v.startsWith("https://localhost:3000/")).toBe(true);
});

describe("dist/manifest.xml (productie)", () => {
  beforeAll(async () => {
    await zorgVoorProductieBuild();
  }, 180_000);

  const prod = () => fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
  structuurControles("dist/manifest.xml", prod);

  test("geen localhost, alleen https, namespace RT", () => {
    const xml = prod();
    expect(xml).not.toMatch(/localhost/i);
    // http:// only in XML namespace declarations (xmlns…="http://schemas.microsoft.com/…")
    expect(xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "")).not.toMatch(/http:\/\//);
    const urls = [
      ...alleAttributen(xml, "DefaultValue").filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    expect(resources(xml).shortStrings.get("Functions.Namespace")).toBe("RT");
  });

  test("de bestanden waar de URL's naar wijzen bestaan in dist/", () => {
    const xml = prod();
    const r = resources(xml);
    const basis = new URL(r.urls.get("Taskpane.Url")!).href.replace(/taskpane\.html$/, "");
    const bestanden = new Set<string>();
    for (const u of [...r.urls.values(), ...alleAttributen(xml, "DefaultValue").filter((v) => v.startsWith(basis))]) {
      expect(u.startsWith(basis)).toBe(true);
      bestanden.add(u.slice(basis.length).split(/[?#]/)[0]);
    }
    expect([...bestanden]).toEqual(
      expect.arrayContaining(["functions.js", "functions.json", "taskpane.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png"]),
    );
    for (const b of bestanden) expect(fs.existsSync(path.join(DIST, b))).toBe(true);
  });

  test("functions.json is gelijk aan de gegenereerde metadata (28 functies) en taskpane.html laadt office.js van het CDN", () => {
    const json = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8"));
    expect(json.functions).toHaveLength(28);
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(html).toMatch(/src="?functions\.js/);
    expect(html).not.toMatch(/localhost/);
  });
});
