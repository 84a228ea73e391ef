"use strict";
// The query page: YASGUI's editor (Yasqe) and results view (Yasr), pointed at this endpoint and nothing else.
// Without script (or without the vendored bundle) the plain form in the page still sends the query.
(function () {
  const FILE_EXTENSIONS = { json: "json", xml: "xml", csv: "csv", tsv: "tsv", turtle: "ttl", nt: "nt", jsonld: "jsonld", rdfxml: "rdf" };
  // Longer queries stay out of the address bar (servers and proxies cap URL lengths).
  const MAX_PERMALINK = 8000;

  // Only web IRIs become links: a javascript: or data: IRI in a result would run in this page.
  function isWebIri(value) { return /^https?:/i.test(value); }

  // IRIs minted here link to this server, which describes them; `local` is [namespace, URL prefix] pairs, longest first.
  function localUrl(value, local) {
    for (const [namespace, url] of local) {
      if (value.startsWith(namespace)) { return url + value.slice(namespace.length); }
    }
    return null;
  }

  function linkTarget(iri, local) {
    const here = localUrl(iri, local);
    if (here && isWebIri(here)) { return here; }
    return isWebIri(iri) ? iri : null;
  }

  // A named query run as it is downloads under its name; anything else as spacekg-results.
  function fileBase(text, named) {
    for (const name of Object.keys(named)) {
      if (named[name].trim() === text.trim()) { return "spacekg-" + name.replace(/[^A-Za-z0-9._-]/g, "_"); }
    }
    return "spacekg-results";
  }

  function permalink(endpoint, text, config) {
    const url = new URL(endpoint);
    const params = new URLSearchParams();
    params.append("query", text);
    (config.defaultGraphs || []).forEach(function (iri) { params.append("default-graph-uri", iri); });
    (config.namedGraphs || []).forEach(function (iri) { params.append("named-graph-uri", iri); });
    url.search = params.toString();
    url.hash = "";
    return url.href;
  }

  function readJson(id) { return JSON.parse(document.getElementById(id).textContent); }

  function errorElement(error) {
    const pre = document.createElement("pre");
    pre.className = "editor-error";
    pre.textContent = (error && (error.text || error.statusText)) || "The query failed.";
    return pre;
  }

  // Yasr draws its links itself (table pages are drawn as they are shown): each new one is pointed here or dropped.
  function watchLinks(root, local) {
    function fix(anchor) {
      const target = linkTarget(anchor.getAttribute("href") || "", local);
      if (target === null) { anchor.removeAttribute("href"); } else if (anchor.getAttribute("href") !== target) { anchor.setAttribute("href", target); }
    }
    new MutationObserver(function () {
      root.querySelectorAll(".yasr_results a[href]").forEach(fix);
    }).observe(root, { childList: true, subtree: true });
  }

  function saveBlob(blob, filename) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  function start() {
    const config = readJson("editor-config");
    const named = readJson("named-queries");
    const form = document.getElementById("query-form");
    const textarea = document.getElementById("query");
    const picker = document.getElementById("named");
    const status = document.getElementById("status");
    const results = document.getElementById("results");
    const host = document.getElementById("editor");
    const endpoint = new URL(config.endpoint, document.baseURI).href;
    const Yasqe = window.Yasqe;
    const Yasr = window.Yasr;
    if (!Yasqe || !Yasr) { return; }

    // Yasqe's default completers include two that ask lov.linkeddata.es; the prefix one gets this server's prefixes.
    Yasqe.forkAutocompleter("prefixes", {
      name: "kg-prefixes",
      persistenceId: null,
      get: function () {
        return Promise.resolve(Object.keys(config.prefixes).sort().map(function (p) { return p + ": <" + config.prefixes[p] + ">"; }));
      },
    }, false);
    Yasqe.defaults.autocompleters = ["variables", "kg-prefixes"];
    Yasqe.defaults.prefixCcApi = null;

    host.hidden = false;
    textarea.closest(".editor-fallback").hidden = true;
    const yasqe = new Yasqe(host, {
      value: textarea.value,
      persistenceId: null,
      consumeShareLink: null,
      createShareableLink: function (editor) { return permalink(endpoint, editor.getValue(), config); },
      editorHeight: "320px",
      requestConfig: {
        endpoint: endpoint,
        method: "POST",
        acceptHeaderSelect: "application/sparql-results+json",
        acceptHeaderGraph: "text/turtle",
        acceptHeaderUpdate: "text/plain",
        defaultGraphs: config.defaultGraphs,
        namedGraphs: config.namedGraphs,
      },
    });
    const yasr = new Yasr(results, {
      prefixes: config.prefixes,
      persistenceId: null,
      pluginOrder: ["table", "response"],
      defaultPlugin: "table",
      getDownloadFileName: function () { return fileBase(yasqe.getValue(), named); },
      errorRenderers: [function (error) { return Promise.resolve(errorElement(error)); }],
    });
    watchLinks(results, config.local);
    // Yasr's help button links to the vendor's documentation site: this page links only to this server.
    results.querySelectorAll(".yasr_external_ref_btn").forEach(function (button) { button.remove(); });

    yasqe.on("change", function () { textarea.value = yasqe.getValue(); });
    yasqe.on("query", function () {
      results.dataset.state = "running";
      const link = permalink(endpoint, yasqe.getValue(), config);
      if (link.length <= MAX_PERMALINK) { history.replaceState(null, "", link); }
    });
    yasqe.on("queryResponse", function (_editor, response, duration) {
      yasr.setResponse(response, duration);
      results.dataset.state = yasr.results && yasr.results.hasError() ? "error" : "done";
    });

    picker.addEventListener("change", function () {
      if (named[picker.value]) { yasqe.setValue(named[picker.value]); }
    });
    for (const name of Object.keys(named)) {
      if (named[name].trim() === textarea.value.trim()) { picker.value = name; }
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const format = document.getElementById("format").value;
      const body = new URLSearchParams({ query: yasqe.getValue(), format: format });
      status.textContent = "Preparing the download…";
      fetch(endpoint, { method: "POST", body: body })
        .then(function (response) {
          if (!response.ok) { return response.text().then(function (t) { throw new Error(t); }); }
          return response.blob();
        })
        .then(function (blob) {
          saveBlob(blob, fileBase(yasqe.getValue(), named) + "." + (FILE_EXTENSIONS[format] || "txt"));
          status.textContent = "";
        })
        .catch(function (error) { status.textContent = error.message; });
    });

    if (config.run) { yasqe.query().catch(function () {}); }
  }

  if (typeof document !== "undefined" && document.getElementById("editor-config")) {
    start();
  } else if (typeof module !== "undefined") {
    module.exports = { linkTarget: linkTarget, fileBase: fileBase, permalink: permalink };
  }
}());
