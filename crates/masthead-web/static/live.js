// New comments and live updates while the page is open (issue 29). The comments section
// names its live stream (data-live); new approved comments wait behind a
// "N new comments — show them" button and go in only when the reader asks,
// so nothing moves under their eyes; the count is in the title too. Edits
// and removals apply at once to comments out of view, or with the next
// click. Without JavaScript (or EventSource) the page is as it was.
// The embed starts it itself (window.mastheadLive) for the discussion it
// shows on another site's page, without touching that page's title.
(function () {
  "use strict";
  if (!window.EventSource || !window.Intl || !Intl.PluralRules) return;
  var embedded = document.currentScript && document.currentScript.dataset.mastheadEmbed;

  /* Follows `section`'s stream, with its button in `host`; returns what stops it. */
  function start(section, host, ownPage) {
    var words = JSON.parse(section.dataset.liveWords);
    var rules = new Intl.PluralRules((section.closest("[lang]") || document.documentElement).lang || undefined);
    var title = document.title;
    // Fragments from masthead on another site's page: their links lead home.
    var origin = new URL(section.dataset.live, location.href).origin;
    var waiting = []; // events not yet applied, in order
    var fresh = 0; // new comments among them
    var updates = 0; // new live updates among them
    var reload = false;

    var bar = document.createElement("div");
    bar.className = "live-bar";
    bar.setAttribute("role", "status");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "live-new";
    button.hidden = true;
    bar.appendChild(button);
    host.appendChild(bar);

    function label(n, forms) {
      var form = rules.select(n);
      for (var sample in forms) {
        if (rules.select(Number(sample)) === form) return forms[sample].replace(sample, String(n));
      }
      return String(n);
    }

    function show() {
      if (reload) {
        button.textContent = words.reload;
        button.hidden = false;
      } else if (fresh + updates > 0) {
        // Updates to the story come first: they are what the page is about.
        button.textContent = updates > 0 ? label(updates, words.updates) : label(fresh, words.counts);
        button.hidden = false;
        if (ownPage) document.title = "(" + (fresh + updates) + ") " + title;
      }
    }

    function element(html) {
      var t = document.createElement("template");
      t.innerHTML = html.trim();
      if (origin !== location.origin) {
        Array.prototype.forEach.call(t.content.querySelectorAll("[href^='/'], [action^='/'], [src^='/']"), function (n) {
          ["href", "action", "src"].forEach(function (a) {
            var v = n.getAttribute(a);
            if (v && v.charAt(0) === "/" && v.charAt(1) !== "/") n.setAttribute(a, origin + v);
          });
        });
      }
      return t.content.firstElementChild;
    }

    function depthOf(li) {
      var m = /\bdepth-(\d+)\b/.exec(li.className);
      return m ? Number(m[1]) : 1;
    }

    function list() {
      var ol = section.querySelector("ol.comment-list");
      if (ol) return ol;
      ol = document.createElement("ol");
      ol.className = "comment-list";
      var respond = section.querySelector(".comment-respond");
      section.insertBefore(ol, respond);
      return ol;
    }

    function insert(data) {
      var li = element(data.html);
      var parent = data.parent && document.getElementById("comment-" + data.parent);
      if (parent) {
        var children = parent.querySelector(":scope > ol.children");
        if (!children) {
          children = document.createElement("ol");
          children.className = "children";
          parent.appendChild(children);
        }
        li.className = li.className.replace(/\bdepth-\d+\b/, "depth-" + (depthOf(parent) + 1));
        children.appendChild(li);
      } else {
        list().appendChild(li);
      }
    }

    function apply(e) {
      if (e.type === "entry") {
        var entries = document.getElementById("live-entries");
        if (entries && !document.getElementById("entry-" + e.data.id)) entries.insertBefore(element(e.data.html), entries.firstChild);
        return;
      }
      var old = document.getElementById("comment-" + e.data.id);
      if (e.type === "removed") {
        if (old) old.remove();
      } else if (old) {
        var body = old.querySelector(":scope > .comment-body");
        var now = element(e.data.html).querySelector(".comment-body");
        if (body && now) body.replaceWith(now);
      } else {
        insert(e.data);
      }
    }

    function outOfView(id) {
      var el = document.getElementById("comment-" + id);
      if (!el) return false;
      var r = el.getBoundingClientRect();
      return r.bottom < 0 || r.top > window.innerHeight;
    }

    function take(type) {
      return function (message) {
        var e = { type: type, data: JSON.parse(message.data) };
        var known = document.getElementById("comment-" + e.data.id);
        var same = function (w) { return w.type !== "entry" && w.data.id === e.data.id; };
        var queued = waiting.some(same);
        if (known && !queued && outOfView(e.data.id)) return apply(e);
        if (type === "comment" && !known && !queued) fresh += 1;
        if (type === "removed" && queued && !known) {
          // Gone before it was shown: never shown.
          waiting = waiting.filter(function (w) { return !same(w); });
          fresh = waiting.filter(function (w) { return w.type === "comment"; }).length;
          button.hidden = fresh + updates === 0;
          if (ownPage) document.title = fresh + updates ? "(" + (fresh + updates) + ") " + title : title;
          return;
        }
        waiting.push(e);
        show();
      };
    }

    var source;
    // Opens the stream, from `from` (an event id) when given, else from
    // where the page stood when it was made.
    function open(from) {
      var url = section.dataset.live;
      if (from) {
        var param = "last_event_id=" + encodeURIComponent(from);
        url = /[?&]last_event_id=/.test(url)
          ? url.replace(/([?&])last_event_id=[^&]*/, "$1" + param)
          : url + (url.indexOf("?") < 0 ? "?" : "&") + param;
      }
      var s = new EventSource(url);
      s.addEventListener("comment", take("comment"));
      s.addEventListener("removed", take("removed"));
      s.addEventListener("entry", function (message) {
        var data = JSON.parse(message.data);
        if (document.getElementById("entry-" + data.id)) return;
        if (!document.getElementById("live-entries")) {
          // The page was made before coverage began: only a reload shows it.
          reload = true;
        } else {
          waiting.push({ type: "entry", data: data });
          updates += 1;
        }
        show();
      });
      s.addEventListener("reload", function () {
        s.close();
        reload = true;
        show();
      });
      // Behind a GRIP proxy each item names the one before it; a stream the
      // proxy took on while an item went out missed that one, and is opened
      // again from the last event it got (the server sends what it missed).
      s.addEventListener("chain", function (message) {
        if (String(JSON.parse(message.data).prev) === message.lastEventId) return;
        s.close();
        open(message.lastEventId);
      });
      source = s;
    }
    open(null);

    button.addEventListener("click", function () {
      if (reload) return window.location.reload();
      var first = null;
      waiting.forEach(function (e) {
        apply(e);
        if (e.type === "comment" && !first) first = document.getElementById("comment-" + e.data.id);
        if (e.type === "entry") first = document.getElementById("entry-" + e.data.id);
      });
      waiting = [];
      fresh = 0;
      updates = 0;
      button.hidden = true;
      if (ownPage) document.title = title;
      if (first) {
        first.setAttribute("tabindex", "-1");
        first.focus();
      }
    });

    return function stop() {
      source.close();
      bar.remove();
      if (ownPage) document.title = title;
    };
  }

  window.mastheadLive = start;
  var section = !embedded && document.querySelector("[data-live]");
  if (section) start(section, document.body, true);
})();
