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

  // Only web IRIs become links: a javascript: or data: IRI in a result would run in this page.
  function isWebIri(value) { return /^https?:/i.test(value); }

  function cell(term) {
    const td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri" && isWebIri(term.value)) {
      const a = document.createElement("a");
      a.href = term.value;
      a.textContent = term.value;
      td.appendChild(a);
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
