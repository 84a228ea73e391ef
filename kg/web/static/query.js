"use strict";
(function () {
  const named = JSON.parse(document.getElementById("named-queries").textContent);
  const form = document.getElementById("query-form");
  const textarea = document.getElementById("query");
  const status = document.getElementById("status");
  const results = document.getElementById("results");

  document.getElementById("named").addEventListener("change", function (event) {
    if (named[event.target.value]) { textarea.value = named[event.target.value]; }
  });

  // [namespace, URL prefix] pairs, longest first: IRIs minted here link to this server, which describes them.
  const localElement = document.getElementById("local-namespaces");
  const local = localElement ? JSON.parse(localElement.textContent) : [];

  // Only web IRIs become links: a javascript: or data: IRI in a result would run in this page.
  function isWebIri(value) { return /^https?:/i.test(value); }

  function localUrl(value) {
    for (const [namespace, url] of local) {
      if (value.startsWith(namespace)) { return url + value.slice(namespace.length); }
    }
    return null;
  }

  function link(href, text) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) { return td; }
    const here = term.type === "uri" ? localUrl(term.value) : null;
    if (here && isWebIri(here)) {
      td.appendChild(link(here, term.value));
    } else if (term.type === "uri" && isWebIri(term.value)) {
      td.appendChild(link(term.value, term.value));
    } else {
      td.textContent = term.value + (term["xml:lang"] ? "@" + term["xml:lang"] : "");
    }
    return td;
  }

  function render(data) {
    results.textContent = "";
    if (typeof data.boolean === "boolean") { results.textContent = data.boolean ? "yes" : "no"; return; }
    const table = document.createElement("table");
    const head = table.insertRow();
    data.head.vars.forEach(function (v) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); });
    data.results.bindings.forEach(function (b) {
      const row = table.insertRow();
      data.head.vars.forEach(function (v) { row.appendChild(cell(b[v])); });
    });
    results.appendChild(table);
    status.textContent = data.results.bindings.length + " rows";
  }

  form.addEventListener("submit", function (event) {
    if (document.getElementById("format").value !== "") { return; }
    event.preventDefault();
    status.textContent = "Running…";
    const body = new URLSearchParams({ query: textarea.value });
    fetch(form.action, { method: "POST", body: body, headers: { Accept: "application/sparql-results+json" } })
      .then(function (response) {
        if (!response.ok) { return response.text().then(function (t) { throw new Error(t); }); }
        return response.json();
      })
      .then(function (data) { status.textContent = ""; render(data); })
      .catch(function (error) { results.textContent = ""; status.textContent = error.message; });
  });
}());
