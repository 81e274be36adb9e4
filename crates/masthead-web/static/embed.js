/* masthead's embed: the discussion of this page, from the masthead server
   this script came from. Plain JavaScript, no framework, no cookies and no
   request to anyone else. The HTML it shows is masthead's own, sanitised on
   the server: this script never builds markup from what readers wrote.
   <script src="https://comments.example.org/embed.js"
           data-masthead-url="https://blog.example.org/a-story/" async></script> */
(function () {
  "use strict";
  var script = document.currentScript ||
    document.querySelector("script[src$='/embed.js']");
  if (!script) return;
  var base = new URL(script.src, location.href).origin;
  var data = script.dataset;
  var canonical = document.querySelector("link[rel=canonical]");
  var pageUrl = data.mastheadUrl || (canonical && canonical.href) || location.href.split("#")[0];
  var title = data.mastheadTitle || document.title;
  var store = "masthead-authored:" + base;

  function tokens() {
    try { return JSON.parse(localStorage.getItem(store) || "[]"); } catch (e) { return []; }
  }
  function keep(token) {
    var list = tokens().filter(function (t) { return t !== token; });
    list.push(token);
    try { localStorage.setItem(store, JSON.stringify(list.slice(-50))); } catch (e) { /* private mode */ }
  }
  function api(path, options) {
    options = options || {};
    options.headers = options.headers || {};
    var own = tokens();
    if (own.length) options.headers["X-Masthead-Authored"] = own.join(" ");
    return fetch(base + path, options).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        return { ok: r.ok, status: r.status, body: body };
      });
    });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Comment counts on index pages: <span data-masthead-count="URL">, one request.
  var counters = document.querySelectorAll("[data-masthead-count]");
  if (counters.length) {
    var q = Array.prototype.map.call(counters, function (c) {
      return "url=" + encodeURIComponent(c.getAttribute("data-masthead-count"));
    }).slice(0, 200).join("&");
    api("/api/counts?" + q).then(function (r) {
      if (!r.ok) return;
      Array.prototype.forEach.call(counters, function (c) {
        var n = r.body.counts[c.getAttribute("data-masthead-count")] || 0;
        c.textContent = n === 0 ? "No comments" : n === 1 ? "One comment" : n + " comments";
      });
    });
  }
  if (!data.mastheadUrl && counters.length) return;

  var css = el("link");
  css.rel = "stylesheet";
  css.href = base + "/static/embed.css?v=__MASTHEAD_ASSET_VERSION__";
  document.head.appendChild(css);
  var root = document.getElementById("masthead-comments");
  if (!root) {
    root = el("div");
    root.id = "masthead-comments";
    script.parentNode.insertBefore(root, script.nextSibling);
  }
  root.className = "masthead-embed";
  root.setAttribute("aria-live", "polite");
  var state = {};

  function load(params, then) {
    var q = "/api/embed?url=" + encodeURIComponent(pageUrl) + (params || "");
    return api(q).then(function (r) {
      if (!r.ok) {
        root.textContent = "";
        root.appendChild(el("p", "masthead-error", r.body.message || "The comments could not be loaded."));
        return;
      }
      state = r.body;
      root.innerHTML = r.body.html;
      wire();
      if (then) then();
    }, function () {
      // A network failure, or a site masthead does not serve (no CORS).
      root.textContent = "";
      root.appendChild(el("p", "masthead-error", "The comments could not be loaded."));
    });
  }

  function $(id) { return document.getElementById("mh-" + id); }

  function wire() {
    var respond = $("respond"), form = $("commentform");
    if (form) {
      var place = el("div");
      place.hidden = true;
      respond.parentNode.insertBefore(place, respond);
      form.addEventListener("submit", function (e) { e.preventDefault(); post(form); });
      var cancel = $("cancel-comment-reply-link");
      cancel.addEventListener("click", function (e) {
        e.preventDefault();
        place.parentNode.insertBefore(respond, place);
        $("comment_parent").value = "0";
        cancel.hidden = true;
      });
    }
    more();
  }

  // Reply links move the form under the comment (without JavaScript they
  // lead to masthead's page with ?replytocom=ID).
  root.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest(".comment-reply-link");
    var respond = $("respond");
    if (!link || !respond) return;
    var item = document.getElementById("comment-" + link.dataset.commentid);
    if (!item) return;
    e.preventDefault();
    var body = item.querySelector(".comment-body");
    body.parentNode.insertBefore(respond, body.nextSibling);
    $("comment_parent").value = link.dataset.commentid;
    $("cancel-comment-reply-link").hidden = false;
    $("comment").focus();
  });

  // Long discussions: the pages beyond the first come with a button.
  function more() {
    var navs = root.querySelectorAll(".comment-navigation");
    var older = root.querySelector(".comments-older");
    var newer = root.querySelector(".comments-newer");
    var list = root.querySelector(".comment-list");
    Array.prototype.forEach.call(navs, function (n) { n.remove(); });
    var step = state.default_page === state.pages ? -1 : 1;
    var next = state.page + step;
    if (!list || !(step < 0 ? older : newer) || next < 1 || next > state.pages) return;
    var button = el("button", "masthead-more", "Load more comments");
    button.type = "button";
    if (step < 0) list.parentNode.insertBefore(button, list); else list.parentNode.insertBefore(button, list.nextSibling);
    button.addEventListener("click", function () {
      button.disabled = true;
      api("/api/embed?url=" + encodeURIComponent(pageUrl) + "&page=" + next).then(function (r) {
        if (!r.ok) { button.disabled = false; return; }
        var box = el("div");
        box.innerHTML = r.body.html;
        var items = box.querySelector(".comment-list");
        var first = list.firstChild;
        while (items && items.firstChild) {
          if (step < 0) list.insertBefore(items.firstChild, first); else list.appendChild(items.firstChild);
        }
        button.remove();
        state.page = next;
        more();
      });
    });
  }

  function post(form) {
    var f = form.elements;
    var button = $("submit");
    button.disabled = true;
    var body = {
      url: pageUrl,
      title: title,
      parent: Number(f.comment_parent.value) || null,
      author: f.author.value,
      email: f.email.value,
      website: f.url.value,
      comment: f.comment.value,
      token: f.mh_token.value,
      hp: f.mh_hp.value
    };
    api("/api/comments", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (r) {
      button.disabled = false;
      if (r.ok) {
        keep(r.body.author_token);
        var id = r.body.comment.id;
        load("&comment=" + id, function () {
          var item = document.getElementById("comment-" + id);
          if (item) { item.tabIndex = -1; item.scrollIntoView(); item.focus(); }
        });
      } else {
        fail(form, r.body);
      }
    }, function () {
      button.disabled = false;
      fail(form, { message: "The comment could not be sent. Please try again." });
    });
  }

  // Refusals as masthead's own form shows them: a message at the top, one
  // next to each wrong field, and the focus on the first thing to fix.
  function fail(form, body) {
    Array.prototype.forEach.call(form.querySelectorAll(".field-error, .form-error"), function (n) { n.remove(); });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (n) {
      n.removeAttribute("aria-invalid");
    });
    var box = el("div", "form-error");
    box.setAttribute("role", "alert");
    box.id = "mh-form-error";
    box.tabIndex = -1;
    var p = el("p");
    p.appendChild(el("strong", "", "Error:"));
    p.appendChild(document.createTextNode(" " + (body.message || "Your comment was not posted.")));
    box.appendChild(p);
    form.insertBefore(box, form.firstChild);
    var first = null;
    var fields = body.fields || {};
    Object.keys(fields).forEach(function (name) {
      var input = $(name === "website" ? "url" : name);
      if (!input) return;
      var note = el("span", "field-error", fields[name]);
      note.id = input.id + "-error";
      input.parentNode.appendChild(note);
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", note.id);
      first = first || input;
    });
    if (body.code === "expired_token" || body.code === "invalid_token") {
      // A fresh form token; the reader's text stays where it is.
      api("/api/embed?url=" + encodeURIComponent(pageUrl)).then(function (r) {
        var fresh = r.ok && /name="mh_token" value="([^"]+)"/.exec(r.body.html);
        if (fresh) form.elements.mh_token.value = fresh[1];
      });
    }
    (first || box).focus();
  }

  var hash = /^#comment-(\d+)$/.exec(location.hash);
  load(hash ? "&comment=" + hash[1] : "", function () {
    if (!hash) return;
    var item = document.getElementById("comment-" + hash[1]);
    if (item) item.scrollIntoView();
  });
})();
