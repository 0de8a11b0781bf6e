/*
 * Stub Office host for the browser tests (loaded with page.addInitScript({ path })): an Office that reports Excel,
 * an Excel.run over an IN-MEMORY WORKBOOK (sheets of cells with values, formulas and number formats, a
 * selection), workbook settings, and a CustomFunctions that records every association in window.__rtFuncs.
 * Options in window.__rtStubOpties (set by an earlier init script):
 *   selectie: { blad, rij, kolom, waarden }   the selected range (0-based row/column) and its contents
 *   saveFaalt: true                           Office.context.document.settings.saveAsync reports failure
 *   runFout: { code, message }                every Excel.run rejects with this Office-style error
 *   wachtInRun: true                          Excel.run waits until window.__rtGaDoor() is called
 *   registratieFaalt: true                    CustomFunctions.associate throws
 *   thema: { bodyBackgroundColor, ... }       Office.context.officeTheme
 *   syncVertraging: 300                        every context.sync takes this many ms (progress state)
 * Charts added with worksheet.charts.add are recorded per sheet in `grafieken` (type, source, series names).
 * Tables added with worksheet.tables.add are recorded per sheet in `tabellen` (name, range, headers) as Excel makes
 * them: the range includes the header row; an empty header cell gets "Kolom1", "Kolom2", … and a repeated header a
 * number ("aandeel2"), written into the cell; table names share the namespace of defined names and must be unique.
 */
(function () {
  "use strict";
  var opties = window.__rtStubOpties || {};
  var funcs = {};
  window.__rtFuncs = funcs;

  // ---- in-memory workbook ---------------------------------------------------------------------------------
  var bladen = [];
  function maakBlad(naam) {
    var b = { name: naam, cellen: {}, formules: {}, formaten: {}, opmaak: {}, validaties: {}, breedtes: {}, bevroren: null, tabellen: [], grafieken: [] };
    bladen.push(b);
    return b;
  }
  function zoekBlad(naam) {
    for (var i = 0; i < bladen.length; i++) if (bladen[i].name.toLowerCase() === String(naam).toLowerCase()) return bladen[i];
    return undefined;
  }
  maakBlad("Blad1");
  var actief = bladen[0];
  var selectie = opties.selectie || { blad: "Blad1", rij: 0, kolom: 0, waarden: [[""]] };
  var selBlad = zoekBlad(selectie.blad) || maakBlad(selectie.blad);
  selectie.waarden.forEach(function (r, i) {
    r.forEach(function (v, j) {
      if (v !== "" && v !== null) selBlad.cellen[selectie.rij + i + "," + (selectie.kolom + j)] = v;
    });
  });
  window.__rtWerkmap = {
    bladen: bladen,
    cel: function (blad, adres) {
      var m = /^([A-Z]+)(\d+)$/.exec(adres);
      var k = 0;
      for (var i = 0; i < m[1].length; i++) k = k * 26 + (m[1].charCodeAt(i) - 64);
      var b = zoekBlad(blad);
      var sleutel = Number(m[2]) - 1 + "," + (k - 1);
      return b ? { waarde: b.cellen[sleutel], formule: b.formules[sleutel], formaat: b.formaten[sleutel] } : undefined;
    },
    geselecteerd: [],
    runs: 0,
    /** the user typing: sets a value on a sheet ("B12") */
    typ: function (blad, adres, waarde) {
      var m = /^([A-Z]+)(\d+)$/.exec(adres);
      var k = 0;
      for (var i = 0; i < m[1].length; i++) k = k * 26 + (m[1].charCodeAt(i) - 64);
      var b = zoekBlad(blad);
      var sleutel = Number(m[2]) - 1 + "," + (k - 1);
      delete b.formules[sleutel];
      if (waarde === "" || waarde === null) delete b.cellen[sleutel];
      else b.cellen[sleutel] = waarde;
    },
  };

  function kolomLetters(i) {
    var s = "",
      n = i + 1;
    while (n > 0) {
      var r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  function adres(blad, rij, kolom, rijen, kolommen) {
    var naam = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blad.name) ? blad.name : "'" + blad.name.replace(/'/g, "''") + "'";
    var a = naam + "!" + kolomLetters(kolom) + (rij + 1);
    if (rijen > 1 || kolommen > 1) a += ":" + kolomLetters(kolom + kolommen - 1) + (rij + rijen);
    return a;
  }
  function raster(blad, rij, kolom, rijen, kolommen, bron) {
    var uit = [];
    for (var i = 0; i < rijen; i++) {
      var r = [];
      for (var j = 0; j < kolommen; j++) {
        var v = bron[rij + i + "," + (kolom + j)];
        r.push(v === undefined ? "" : v);
      }
      uit.push(r);
    }
    return uit;
  }
  function zet(bron, rij, kolom, waarden) {
    waarden.forEach(function (r, i) {
      r.forEach(function (v, j) {
        var s = rij + i + "," + (kolom + j);
        if (v === "" || v === null) delete bron[s];
        else bron[s] = v;
      });
    });
  }
  function maakBereik(blad, rij, kolom, rijen, kolommen) {
    var bereik = {
      rowIndex: rij,
      columnIndex: kolom,
      rowCount: rijen,
      columnCount: kolommen,
      get address() {
        return adres(blad, rij, kolom, rijen, kolommen);
      },
      get values() {
        return raster(blad, rij, kolom, rijen, kolommen, blad.cellen);
      },
      set values(w) {
        zet(blad.cellen, rij, kolom, w);
      },
      get formulas() {
        var f = raster(blad, rij, kolom, rijen, kolommen, blad.formules);
        var w = raster(blad, rij, kolom, rijen, kolommen, blad.cellen);
        return f.map(function (r, i) {
          return r.map(function (v, j) {
            return v === "" ? w[i][j] : v;
          });
        });
      },
      set formulas(w) {
        // as Excel: "=…" is a formula (its value is not calculated here), "'…" is text, anything else a value
        w.forEach(function (r, i) {
          r.forEach(function (v, j) {
            var k = rij + i + "," + (kolom + j);
            delete blad.formules[k];
            delete blad.cellen[k];
            if (typeof v === "string" && v.charAt(0) === "=") blad.formules[k] = v;
            else if (typeof v === "string" && v.charAt(0) === "'") blad.cellen[k] = v.slice(1);
            else if (v !== "" && v !== null) blad.cellen[k] = v;
          });
        });
      },
      get numberFormat() {
        return raster(blad, rij, kolom, rijen, kolommen, blad.formaten);
      },
      set numberFormat(w) {
        zet(blad.formaten, rij, kolom, w);
      },
      format: opmaakVan(blad, rij, kolom, rijen, kolommen),
      dataValidation: {
        set rule(r) {
          elkeCel(rij, kolom, rijen, kolommen, function (k) {
            blad.validaties[k] = r;
          });
        },
        set errorAlert(a) {
          elkeCel(rij, kolom, rijen, kolommen, function (k) {
            if (blad.validaties[k]) blad.validaties[k].errorAlert = a;
          });
        },
      },
      getCell: function (r, c) {
        return maakBereik(blad, rij + r, kolom + c, 1, 1);
      },
      getRowsAbove: undefined,
      worksheet: null,
      load: function () {
        return bereik;
      },
      select: function () {
        actief = blad;
        window.__rtWerkmap.geselecteerd.push(bereik.address);
      },
    };
    bereik.worksheet = werkblad(blad);
    return bereik;
  }
  function elkeCel(rij, kolom, rijen, kolommen, f) {
    for (var i = 0; i < rijen; i++) for (var j = 0; j < kolommen; j++) f(rij + i + "," + (kolom + j));
  }
  function opmaakVan(blad, rij, kolom, rijen, kolommen) {
    function zetStijl(sleutel, waarde) {
      elkeCel(rij, kolom, rijen, kolommen, function (k) {
        (blad.opmaak[k] = blad.opmaak[k] || {})[sleutel] = waarde;
      });
    }
    return {
      font: {
        set bold(v) {
          zetStijl("vet", v);
        },
        set italic(v) {
          zetStijl("cursief", v);
        },
        set color(v) {
          zetStijl("tekstkleur", v);
        },
        set size(v) {
          zetStijl("grootte", v);
        },
      },
      fill: {
        set color(v) {
          zetStijl("vulling", v);
        },
      },
      protection: {
        set locked(v) {
          zetStijl("vergrendeld", v);
        },
      },
      set columnWidth(w) {
        for (var j = 0; j < kolommen; j++) blad.breedtes[kolom + j] = w;
      },
      set wrapText(v) {
        zetStijl("terugloop", v);
      },
      autofitColumns: function () {},
    };
  }
  function celIndex(a) {
    var m = /^\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?$/.exec(a);
    function k(l) {
      var n = 0;
      for (var i = 0; i < l.length; i++) n = n * 26 + (l.toUpperCase().charCodeAt(i) - 64);
      return n - 1;
    }
    var r0 = Number(m[2]) - 1,
      c0 = k(m[1]);
    var r1 = m[4] ? Number(m[4]) - 1 : r0,
      c1 = m[3] ? k(m[3]) : c0;
    return [r0, c0, r1 - r0 + 1, c1 - c0 + 1];
  }
  var werkbladCache = new Map();
  function werkblad(blad) {
    if (werkbladCache.has(blad)) return werkbladCache.get(blad);
    var w = {
      get name() {
        return blad.name;
      },
      getRangeByIndexes: function (r, c, rr, cc) {
        return maakBereik(blad, r, c, rr, cc);
      },
      getRange: function (a) {
        var i = celIndex(a);
        return maakBereik(blad, i[0], i[1], i[2], i[3]);
      },
      // charts.add as Excel does it for seriesBy "Columns": the source range's first row names the series, its
      // first column holds the categories; recorded in blad.grafieken (type, source address, series, title, place)
      charts: {
        add: function (type, bron, seriesBy) {
          var w = bron.values;
          var g = {
            type: String(type),
            bron: bron.address,
            seriesBy: String(seriesBy),
            reeksen: w[0].slice(1).map(String),
            categorieen: w.slice(1).map(function (r) {
              return r[0];
            }),
            naam: "",
            titel: "",
            plaats: null,
            legenda: null,
            asFormaat: null,
          };
          blad.grafieken.push(g);
          var grafiek = {
            set name(v) {
              g.naam = v;
            },
            title: {
              set text(v) {
                g.titel = v;
              },
            },
            legend: {
              set position(v) {
                g.legenda = v;
              },
            },
            axes: {
              valueAxis: {
                set numberFormat(v) {
                  g.asFormaat = v;
                },
              },
            },
            setPosition: function (van, tot) {
              g.plaats = van + ":" + tot;
            },
            series: {
              load: function () {},
              get items() {
                return g.reeksen.map(function (n) {
                  return { name: n };
                });
              },
            },
          };
          return grafiek;
        },
      },
      tables: {
        add: function (a, metKoppen) {
          var i = celIndex(String(a).replace(/^.*!/, ""));
          if (!metKoppen) throw new Error("stub: alleen tabellen met een kopregel");
          var koppen = [];
          for (var j = 0; j < i[3]; j++) {
            var sl = i[0] + "," + (i[1] + j);
            var k = blad.cellen[sl];
            k = k === undefined || k === null || k === "" ? "Kolom" + (j + 1) : String(k);
            var basis = k,
              n = 2;
            while (
              koppen.some(function (x) {
                return x.toLowerCase() === k.toLowerCase();
              })
            )
              k = basis + n++;
            blad.cellen[sl] = k;
            koppen.push(k);
          }
          var t = { naam: "Tabel" + (alleTabellen().length + 1), bereik: adres(blad, i[0], i[1], i[2], i[3]), koppen: koppen, stijl: null, banden: true };
          blad.tabellen.push(t);
          return {
            set name(v) {
              if (
                namen[v] ||
                alleTabellen().some(function (x) {
                  return x !== t && x.naam.toLowerCase() === String(v).toLowerCase();
                })
              ) {
                var e = new Error("A table or name with this name already exists.");
                e.code = "InvalidArgument";
                throw e;
              }
              t.naam = v;
            },
            set style(v) {
              t.stijl = v;
            },
            set showBandedRows(v) {
              t.banden = v;
            },
          };
        },
      },
      freezePanes: {
        freezeRows: function (n) {
          blad.bevroren = { rijen: n, kolommen: 0 };
        },
        freezeColumns: function (n) {
          blad.bevroren = { rijen: 0, kolommen: n };
        },
        freezeAt: function (r) {
          blad.bevroren = { rijen: r.rowCount, kolommen: r.columnCount };
        },
      },
      activate: function () {
        actief = blad;
      },
      load: function () {
        return w;
      },
      getUsedRangeOrNullObject: function () {
        var rs = [],
          cs = [];
        Object.keys(blad.cellen)
          .concat(Object.keys(blad.formules))
          .forEach(function (k) {
            var d = k.split(",");
            rs.push(Number(d[0]));
            cs.push(Number(d[1]));
          });
        if (!rs.length) return { isNullObject: true, load: function () {} };
        var r0 = Math.min.apply(null, rs),
          c0 = Math.min.apply(null, cs);
        var b = maakBereik(blad, r0, c0, Math.max.apply(null, rs) - r0 + 1, Math.max.apply(null, cs) - c0 + 1);
        b.isNullObject = false;
        return b;
      },
    };
    werkbladCache.set(blad, w);
    return w;
  }
  var worksheets = {
    get items() {
      return bladen.map(werkblad);
    },
    load: function () {},
    add: function (naam) {
      if (zoekBlad(naam)) {
        var e = new Error("The resource already exists.");
        e.code = "ItemAlreadyExists";
        throw e;
      }
      return werkblad(maakBlad(naam));
    },
    getItem: function (naam) {
      var b = zoekBlad(naam);
      if (!b) {
        var e = new Error("The requested resource doesn't exist.");
        e.code = "ItemNotFound";
        throw e;
      }
      return werkblad(b);
    },
    getActiveWorksheet: function () {
      return werkblad(actief);
    },
    getItemOrNullObject: function (naam) {
      var b = zoekBlad(naam);
      if (!b) return { isNullObject: true, load: function () {} };
      var w = werkblad(b);
      w.isNullObject = false;
      return w;
    },
  };
  var namen = {};
  var opmerkingen = {};
  function alleTabellen() {
    return bladen.reduce(function (a, b) {
      return a.concat(b.tabellen);
    }, []);
  }
  window.__rtWerkmap.namen = namen;
  window.__rtWerkmap.opmerkingen = opmerkingen;
  var ctx = {
    workbook: {
      worksheets: worksheets,
      names: {
        add: function (naam, verwijzing) {
          if (namen[naam]) {
            var e = new Error("The name already exists.");
            e.code = "ItemAlreadyExists";
            throw e;
          }
          namen[naam] = String(verwijzing);
        },
        getItemOrNullObject: function (naam) {
          return namen[naam]
            ? { isNullObject: false, formula: "=" + namen[naam].replace(/^=/, ""), load: function () {} }
            : { isNullObject: true, load: function () {} };
        },
      },
      tables: {
        getItemOrNullObject: function (naam) {
          var t = alleTabellen().filter(function (x) {
            return x.naam.toLowerCase() === String(naam).toLowerCase();
          })[0];
          return t ? { isNullObject: false, name: t.naam, load: function () {} } : { isNullObject: true, load: function () {} };
        },
      },
      comments: {
        add: function (adres, tekst) {
          opmerkingen[String(adres)] = tekst;
        },
      },
      getSelectedRange: function () {
        return maakBereik(selBlad, selectie.rij, selectie.kolom, selectie.waarden.length, selectie.waarden[0].length);
      },
      application: {
        suspendApiCalculationUntilNextSync: function () {},
        calculate: function () {
          window.__rtWerkmap.herberekend = (window.__rtWerkmap.herberekend || 0) + 1;
        },
      },
    },
    sync: function () {
      return opties.syncVertraging
        ? new Promise(function (r) {
            setTimeout(r, opties.syncVertraging);
          })
        : Promise.resolve();
    },
  };

  // ---- Excel, Office, CustomFunctions ---------------------------------------------------------------------
  window.Excel = {
    run: function (a, b) {
      var werk = typeof a === "function" ? a : b;
      window.__rtWerkmap.runs++;
      var start = opties.wachtInRun
        ? new Promise(function (resolve) {
            window.__rtGaDoor = resolve;
          })
        : Promise.resolve();
      return start.then(function () {
        if (opties.runFout) {
          var e = new Error(opties.runFout.message);
          e.code = opties.runFout.code;
          e.name = "RichApi.Error";
          throw e;
        }
        return werk(ctx);
      });
    },
  };
  var instellingen = {};
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function (cb) {
      setTimeout(function () {
        if (cb) cb(info);
      }, 0);
      return Promise.resolve(info);
    },
    context: {
      officeTheme: opties.thema,
      document: {
        settings: {
          get: function (k) {
            return Object.prototype.hasOwnProperty.call(instellingen, k) ? instellingen[k] : null;
          },
          set: function (k, v) {
            instellingen[k] = v;
          },
          saveAsync: function (cb) {
            setTimeout(function () {
              if (opties.saveFaalt) cb({ status: "failed", error: { message: "Het opslaan is mislukt (stub)" } });
              else {
                window.__rtOpgeslagen = JSON.parse(JSON.stringify(instellingen));
                cb({ status: "succeeded" });
              }
            }, 0);
          },
        },
      },
    },
  };
  function FoutStub(code, message) {
    this.code = code;
    this.message = message;
  }
  FoutStub.prototype = Object.create(Error.prototype);
  window.CustomFunctions = {
    associate: function (id, f) {
      if (opties.registratieFaalt) throw new Error("Registratie geweigerd door de host (stub)");
      funcs[String(id).toUpperCase()] = f;
    },
    Error: FoutStub,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
  };
})();
