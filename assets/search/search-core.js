// quanze's search core: the one tokenizer and ranking used both to build the index at publish time (Node) and to query it in the page.
/* A classic script, not a module: module scripts are blocked on file:// pages, and the site must work opened from disk.
   It defines QuanzeSearchCore on the global object and touches no DOM, so Node runs the same bytes in a vm context. */
(function (global) {
  'use strict';

  var FORMAT = 1;
  var han = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  /* Function characters that carry no meaning alone in an inventory; dropped from index and query alike. */
  var stopwords = {};
  '的了和与或及等之其对在由为是以将按并于而被把'.split('').forEach(function (c) { stopwords[c] = true; });
  var segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

  /* Word-like pieces of the text with where they start: ICU's dictionary words where Intl.Segmenter exists, else Han
     characters one by one and runs of letters and digits. */
  function pieces(text) {
    var out = [];
    if (segmenter) {
      var it = segmenter.segment(text)[Symbol.iterator]();
      for (var step = it.next(); !step.done; step = it.next()) if (step.value.isWordLike) out.push({ word: step.value.segment, at: step.value.index });
      return out;
    }
    var re = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[0-9A-Za-z\u00c0-\u024f]+/g;
    for (var m = re.exec(text); m; m = re.exec(text)) out.push({ word: m[0], at: m.index });
    return out;
  }

  /* Terms of a text: the segmenter's words, plus the bigrams of each run of adjacent single Han characters. ICU
     splits unfamiliar compounds (排污, 核发) into single characters; without the bigrams a query for 排污 would match
     any power that has 排 and 污 anywhere. A space or punctuation ends a run. */
  function tokenize(text) {
    var words = pieces(String(text).normalize('NFKC'));
    var terms = [];
    var run = '';
    var end = -1;
    var flush = function () {
      for (var i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
      run = '';
    };
    for (var i = 0; i < words.length; i++) {
      var w = words[i].word;
      terms.push(w);
      if (w.length !== 1 || !han.test(w) || words[i].at !== end) flush();
      if (w.length === 1 && han.test(w)) run += w;
      end = words[i].at + w.length;
    }
    flush();
    return terms;
  }

  function processTerm(term) {
    var t = term.toLowerCase();
    return stopwords[t] ? null : t;
  }

  /* The MiniSearch options, identical when building and when loading the index (MiniSearch requires that). */
  function indexOptions() {
    return {
      idField: 'position',
      fields: ['name', 'code', 'department', 'actType', 'text'],
      tokenize: tokenize,
      processTerm: processTerm,
    };
  }

  /* Text compared for the name tiers: full-width forms folded, spaces and punctuation dropped (查封扣押 is the name
     查封、扣押…), letters lower-cased. */
  function compact(text) {
    return String(text).normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();
  }

  /* Ranking tier: the power whose name (or code) is the query comes first, then names that start with it, then
     names that contain it, then everything else by BM25 score. */
  function tierOf(doc, q) {
    if (q === '') return 3;
    var name = compact(doc.name);
    if (name === q || compact(doc.code) === q) return 0;
    if (name.indexOf(q) === 0) return 1;
    if (name.indexOf(q) !== -1) return 2;
    return 3;
  }

  /* MiniSearch's serialisation from the compact form quanze writes (see build-index.ts): document ids are positions,
     field lengths a list, and each term's postings per field a string of base-36 id gaps, ":tf" where tf is not 1. */
  function expandIndex(c) {
    var documentIds = {};
    var fieldLength = {};
    for (var i = 0; i < c.documentCount; i++) {
      documentIds[i] = i;
      fieldLength[i] = c.fieldLength[i];
    }
    var index = c.terms.map(function (entry) {
      var fields = {};
      for (var k = 1; k < entry.length; k += 2) {
        var postings = {};
        var id = 0;
        var list = entry[k + 1].split(',');
        for (var p = 0; p < list.length; p++) {
          var colon = list[p].indexOf(':');
          id += parseInt(colon === -1 ? list[p] : list[p].slice(0, colon), 36);
          postings[id] = colon === -1 ? 1 : parseInt(list[p].slice(colon + 1), 36);
        }
        fields[entry[k]] = postings;
      }
      return [entry[0], fields];
    });
    return {
      documentCount: c.documentCount, nextId: c.documentCount, documentIds: documentIds, fieldIds: c.fieldIds,
      fieldLength: fieldLength, averageFieldLength: c.averageFieldLength, storedFields: {}, dirtCount: 0,
      index: index, serializationVersion: c.serializationVersion,
    };
  }

  /* A query engine over a built index: `MiniSearch` is the library (the UMD global in the page, the package in Node). */
  function createEngine(MiniSearch, data) {
    if (!data || data.format !== FORMAT) throw new Error('quanze search index has an unknown format');
    var mini = MiniSearch.loadJS(expandIndex(data.index), indexOptions());
    var docs = data.docs.map(function (d, id) {
      return { id: id, url: d[0], name: d[1], code: d[2], department: data.departments[d[3]], actType: data.actTypes[d[4]] };
    });

    /* Hits for `query` within the filters (department and act type labels; '' or absent means all), best first. */
    function query(text, filters, limit) {
      var f = filters || {};
      var keep = function (doc) {
        return (!f.department || doc.department === f.department) && (!f.actType || doc.actType === f.actType);
      };
      var q = compact(text || '');
      var scored;
      if (q === '') {
        scored = docs.filter(keep).map(function (doc) { return { doc: doc, score: 0 }; });
      } else {
        var options = {
          boost: { name: 4, code: 3, department: 1, actType: 1, text: 1 },
          /* Prefix matching for codes and Latin words only: a Han character prefix matches half the dictionary. */
          prefix: function (term) { return !han.test(term); },
          filter: function (r) { return keep(docs[r.id]); },
        };
        var found = mini.search(text, Object.assign({ combineWith: 'AND' }, options));
        /* Every term must match when some power has them all; otherwise the powers that have most of them. */
        if (found.length === 0) found = mini.search(text, Object.assign({ combineWith: 'OR' }, options));
        scored = found.map(function (r) { return { doc: docs[r.id], score: r.score }; });
      }
      scored.forEach(function (s) { s.tier = tierOf(s.doc, q); });
      scored.sort(function (a, b) { return a.tier - b.tier || b.score - a.score || a.doc.id - b.doc.id; });
      var hits = scored.slice(0, limit === undefined ? scored.length : limit).map(function (s) {
        var d = s.doc;
        return { url: d.url, name: d.name, code: d.code, department: d.department, actType: d.actType };
      });
      return { total: scored.length, hits: hits };
    }

    return { query: query, size: docs.length };
  }

  global.QuanzeSearchCore = { format: FORMAT, tokenize: tokenize, indexOptions: indexOptions, createEngine: createEngine };
})(typeof globalThis !== 'undefined' ? globalThis : this);
