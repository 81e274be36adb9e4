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
  // The embed's language: the page's choice, else the site's. Every word
  // comes from masthead in it (state.strings, counts' labels); only "could
  // not be loaded" is here, for when masthead cannot be reached.
  var lang = (data.mastheadLang || "").trim();
  var offline = "__MASTHEAD_OFFLINE__";
  var unreachable = offline[lang.slice(0, 2).toLowerCase()] || offline["__MASTHEAD_LANG__"];
  var words = {};
  function w(name) { return words[name] || ""; }
  function withLang(path) {
    return lang ? path + (path.indexOf("?") < 0 ? "?" : "&") + "lang=" + encodeURIComponent(lang) : path;
  }

  function tokens() {
    try { return JSON.parse(localStorage.getItem(store) || "[]"); } catch (e) { return []; }
  }
  function keep(token) {
    var list = tokens().filter(function (t) { return t !== token; });
    list.push(token);
    try { localStorage.setItem(store, JSON.stringify(list.slice(-50))); } catch (e) { /* private mode */ }
  }
  var readerKey = "masthead-reader:" + base;
  function keepReader(token) {
    if (token) try { localStorage.setItem(readerKey, token); } catch (e) { /* private mode */ }
  }
  function api(path, options) {
    options = options || {};
    options.headers = options.headers || {};
    var own = tokens();
    if (own.length) options.headers["X-Masthead-Authored"] = own.join(" ");
    var reader = null;
    try { reader = localStorage.getItem(readerKey); } catch (e) { /* private mode */ }
    if (reader) options.headers["X-Masthead-Reader"] = reader;
    return fetch(base + withLang(path), options).then(function (r) {
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
        var label = r.body.labels[c.getAttribute("data-masthead-count")];
        if (label) c.textContent = label;
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

  var sort = "";
  function load(params, then) {
    var q = "/api/embed?url=" + encodeURIComponent(pageUrl) + (sort ? "&sort=" + sort : "") + (params || "");
    return api(q).then(function (r) {
      if (!r.ok) {
        root.textContent = "";
        root.appendChild(el("p", "masthead-error", r.body.message || unreachable));
        return;
      }
      state = r.body;
      words = r.body.strings || words;
      root.lang = r.body.lang;
      root.dir = r.body.dir;
      root.innerHTML = r.body.html;
      wire();
      follow();
      if (then) then();
    }, function () {
      // A network failure, or a site masthead does not serve (no CORS).
      root.textContent = "";
      root.appendChild(el("p", "masthead-error", unreachable));
    });
  }

  function $(id) { return document.getElementById("mh-" + id); }

  // New comments while the page is open: masthead's live script, fetched
  // once, follows the discussion shown (a fresh one after every load).
  var liveScript = null, stopLive = null;
  function follow() {
    if (stopLive) { stopLive(); stopLive = null; }
    var section = root.querySelector("[data-live]");
    if (!section) return;
    if (window.mastheadLive) { stopLive = window.mastheadLive(section, root, false); return; }
    if (liveScript) return;
    liveScript = el("script");
    liveScript.src = base + "/static/live.js?v=__MASTHEAD_ASSET_VERSION__";
    liveScript.dataset.mastheadEmbed = "1";
    liveScript.onload = function () { if (window.mastheadLive) follow(); };
    document.head.appendChild(liveScript);
  }

  var commenterKey = "masthead-commenter:" + base;
  function wire() {
    var respond = $("respond"), form = $("commentform");
    if (form) {
      // "Save my name, email, and website in this browser": only when ticked.
      var saved = null;
      try { saved = JSON.parse(localStorage.getItem(commenterKey) || "null"); } catch (e) { /* none */ }
      if (saved) {
        form.elements.author.value = saved.author || "";
        form.elements.email.value = saved.email || "";
        form.elements.url.value = saved.url || "";
        $("wp-comment-cookies-consent").checked = true;
      }
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

  // Orders (newest, most recommended, picks), recommends, reports and the
  // commenter's own edits: the links and forms work without this script
  // (on masthead's pages); here they stay on the embedding page.
  root.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target : null;
    if (!t) return;
    var order = t.closest(".comment-orders a");
    if (order) {
      e.preventDefault();
      var m = /[?&]csort=([a-z]+)/.exec(order.getAttribute("href"));
      sort = m ? m[1] : "";
      load("", function () { var n = root.querySelector(".comment-orders [aria-current]"); if (n) n.focus(); });
      return;
    }
    var report = t.closest(".comment-report-link");
    if (report) { e.preventDefault(); reportForm(report); return; }
    var edit = t.closest(".comment-edit-link");
    if (edit) { e.preventDefault(); editForm(edit); }
  });
  root.addEventListener("submit", function (e) {
    var form = e.target.closest(".recommend-form");
    if (!form) return;
    e.preventDefault();
    var button = form.querySelector("button");
    var id = button.dataset.commentid;
    button.disabled = true;
    api("/api/comments/" + id + "/recommend", { method: "POST" }).then(function (r) {
      if (r.ok) {
        keepReader(r.body.reader_token);
        form.querySelector(".recommend-count").textContent = r.body.recommends;
        button.textContent = w("recommended");
        button.setAttribute("aria-pressed", "true");
      } else {
        button.disabled = false;
        note(form, r.body.message || w("retry"));
      }
    });
  });
  function note(after, text) {
    var p = el("p", "masthead-note", text);
    p.setAttribute("role", "status");
    after.parentNode.insertBefore(p, after.nextSibling);
    return p;
  }
  function reportForm(link) {
    var id = link.dataset.commentid;
    if (document.getElementById("mh-report-" + id)) return;
    var form = el("form", "masthead-report");
    form.id = "mh-report-" + id;
    var label = el("label", "", w("report_question"));
    label.htmlFor = "mh-reason-" + id;
    var select = el("select");
    select.id = "mh-reason-" + id;
    ["spam", "abusive", "off-topic", "misinformation", "other"].forEach(function (o) {
      var opt = el("option", "", w("reason_" + o));
      opt.value = o;
      select.appendChild(opt);
    });
    var send = el("button", "", w("send_report"));
    send.type = "submit";
    form.appendChild(label);
    form.appendChild(select);
    form.appendChild(send);
    link.parentNode.insertBefore(form, link.nextSibling);
    select.focus();
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      send.disabled = true;
      api("/api/comments/" + id + "/report", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ reason: select.value })
      }).then(function (r) {
        if (r.ok) keepReader(r.body.reader_token);
        var done = note(form, r.ok ? w("report_thanks") : (r.body.message || w("report_failed")));
        form.remove();
        done.tabIndex = -1;
        done.focus();
      });
    });
  }
  function editForm(link) {
    var id = link.dataset.commentid;
    var item = document.getElementById("comment-" + id);
    var source = item && item.querySelector(".comment-source");
    if (!source || document.getElementById("mh-edit-" + id)) return;
    var form = el("form", "masthead-edit");
    form.id = "mh-edit-" + id;
    var label = el("label", "", w("edit_label"));
    label.htmlFor = "mh-edit-text-" + id;
    var text = el("textarea");
    text.id = "mh-edit-text-" + id;
    text.rows = 6;
    text.value = source.value;
    var save = el("button", "", w("save"));
    save.type = "submit";
    var del = el("button", "masthead-delete", w("delete"));
    del.type = "button";
    [label, text, save, del].forEach(function (n) { form.appendChild(n); });
    link.parentNode.insertBefore(form, link.nextSibling);
    text.focus();
    function done(r) {
      if (r.ok) {
        load("&comment=" + id, function () {
          var again = document.getElementById("comment-" + id);
          if (again) { again.tabIndex = -1; again.focus(); }
        });
      } else {
        save.disabled = del.disabled = false;
        var old = form.querySelector(".masthead-note");
        if (old) old.remove();
        var p = el("p", "masthead-note field-error", r.body.message || w("failed"));
        p.setAttribute("role", "alert");
        form.insertBefore(p, form.firstChild);
        text.setAttribute("aria-invalid", "true");
        text.focus();
      }
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      save.disabled = del.disabled = true;
      api("/api/comments/" + id, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ comment: text.value })
      }).then(done);
    });
    del.addEventListener("click", function () {
      if (!window.confirm(w("delete_confirm"))) return;
      save.disabled = del.disabled = true;
      api("/api/comments/" + id, { method: "DELETE" }).then(function (r) {
        if (r.status === 204) r.ok = true;
        done(r);
      });
    });
  }

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
    var button = el("button", "masthead-more", w("more"));
    button.type = "button";
    if (step < 0) list.parentNode.insertBefore(button, list); else list.parentNode.insertBefore(button, list.nextSibling);
    button.addEventListener("click", function () {
      button.disabled = true;
      api("/api/embed?url=" + encodeURIComponent(pageUrl) + (sort ? "&sort=" + sort : "") + "&page=" + next).then(function (r) {
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
      hp: f.mh_hp.value,
      // The form (the same template as masthead's pages) has the box.
      subscribe: !!(f.subscribe_comments && f.subscribe_comments.checked)
    };
    try {
      if (f["wp-comment-cookies-consent"].checked) {
        localStorage.setItem(commenterKey, JSON.stringify({ author: body.author, email: body.email, url: body.website }));
      } else {
        localStorage.removeItem(commenterKey);
      }
    } catch (e) { /* private mode */ }
    api("/api/comments", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (r) {
      button.disabled = false;
      if (r.ok) {
        keep(r.body.author_token);
        keepReader(r.body.reader_token);
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
      fail(form, { message: w("send_failed") });
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
    p.appendChild(el("strong", "", w("error_label")));
    p.appendChild(document.createTextNode(" " + (body.message || w("not_posted"))));
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
