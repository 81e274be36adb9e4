// Proof of work for the comment form (ALTCHA's algorithm), when the site
// asks for one (the form's data-proof names where a challenge comes from).
// Solving starts when the reader starts writing and is done long before
// they post; if they post first, the post waits for it (a second at most).
// Without JavaScript nothing is sent and the comment is held instead.
(function () {
  "use strict";
  var form = document.querySelector("form[data-proof]");
  if (!form || !window.crypto || !crypto.subtle || !window.fetch) return;
  var field = form.querySelector("input[name=altcha]");
  var work = null;

  function hex(buffer) {
    return Array.prototype.map
      .call(new Uint8Array(buffer), function (b) { return ("0" + b.toString(16)).slice(-2); })
      .join("");
  }

  async function solve() {
    var response = await fetch(form.dataset.proof, { credentials: "same-origin", cache: "no-store" });
    if (!response.ok) return;
    var c = await response.json();
    var encoder = new TextEncoder();
    for (var n = 0; n <= c.maxnumber; n++) {
      var digest = await crypto.subtle.digest("SHA-256", encoder.encode(c.salt + n));
      if (hex(digest) === c.challenge) {
        field.value = btoa(JSON.stringify({
          algorithm: c.algorithm, challenge: c.challenge, number: n, salt: c.salt, signature: c.signature
        }));
        return;
      }
    }
  }

  function start() {
    if (!work) work = solve().catch(function () {});
    return work;
  }

  form.addEventListener("focusin", start);
  form.addEventListener("submit", function (event) {
    if (field.value) return;
    event.preventDefault();
    var timeout = new Promise(function (resolve) { setTimeout(resolve, 5000); });
    Promise.race([start(), timeout]).then(function () { form.submit(); });
  });
})();
