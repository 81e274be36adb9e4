// The moderation queue from the keyboard. Without JavaScript every action is
// a button in a form. With it the first comment is focused, and
//   J / K  next / previous comment      A  approve      S  spam
//   T      trash                        U  unapprove    P  pick
//   R      reply (opens the reply box)  B B  ban the author (press twice)
//   X      select for a bulk action     ?  the list of keys
// An action is sent in the background; the comment leaves the list when it
// no longer belongs to the tab shown, and focus moves on to the next one, so
// a queue is cleared with one key per comment and no page load. When few
// comments are left the next ones are fetched into the list.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) return;
  var list = queue.querySelector("ol.queue");
  var said = document.getElementById("queue-said");
  var help = document.getElementById("queue-keys");
  var tab = list ? list.getAttribute("data-tab") : "pending";
  var verbs = { a: "approve", s: "spam", t: "trash", u: "unapprove", p: "pick" };
  var done = {};
  var banArmed = null;
  var refilling = false;

  function rows() {
    return Array.prototype.slice.call(queue.querySelectorAll(".queue-row"));
  }
  function tell(text) {
    if (said) said.textContent = text;
  }
  function words(name) {
    return (said && said.getAttribute("data-" + name)) || "";
  }
  function idOf(row) {
    return row.id.replace("row-", "");
  }
  function focusNear(all, index) {
    var next = all[index] || all[index - 1];
    if (next) next.focus();
  }

  // Whether a comment in `status` (picked or not) still belongs to the tab.
  function belongs(status, picked) {
    if (tab === "all") return true;
    if (tab === "picks") return picked;
    return status === tab;
  }

  function send(row, verb) {
    var id = idOf(row);
    var data = new URLSearchParams();
    data.append("_csrf", queue.querySelector("input[name=_csrf]").value);
    data.append("return_to", queue.querySelector("input[name=return_to]").value);
    data.append("action", verb + ":" + id);
    data.append("_fetch", "1");
    row.setAttribute("aria-busy", "true");
    // Focus moves on at once, so the next key is for the next comment.
    var all = rows();
    var leaving = verb !== "pick" || tab !== "all";
    if (leaving && document.activeElement === row) {
      var next = all[all.indexOf(row) + 1];
      if (next) next.focus();
    }
    return fetch(queue.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (answer) {
        row.removeAttribute("aria-busy");
        var state = (answer.comments || []).filter(function (c) { return String(c.id) === id; })[0];
        tell(answer.said || "");
        if (!state || !belongs(state.status, state.picked)) {
          done[id] = true;
          var index = rows().indexOf(row);
          var hadFocus = document.activeElement === row;
          row.remove();
          if (hadFocus || document.activeElement === document.body) focusNear(rows(), index);
          refill();
        } else {
          var label = row.querySelector(".queue-status");
          if (label && state.label) label.textContent = state.label;
        }
      })
      .catch(function () {
        row.removeAttribute("aria-busy");
        tell(words("failed"));
      });
  }

  // Fewer than five left on a full page: the next comments, into the list.
  function refill() {
    if (refilling || !list || list.getAttribute("data-more") !== "true" || rows().length >= 5) return;
    refilling = true;
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.querySelector("ol.queue");
        if (!fresh) return;
        Array.prototype.forEach.call(fresh.querySelectorAll(".queue-row"), function (r) {
          var id = idOf(r);
          if (!done[id] && !document.getElementById("row-" + id)) list.appendChild(document.importNode(r, true));
        });
        list.setAttribute("data-more", fresh.getAttribute("data-more") || "false");
        if (!queue.contains(document.activeElement) || document.activeElement === document.body) focusNear(rows(), 0);
      })
      .catch(function () {})
      .then(function () { refilling = false; });
  }

  queue.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest(".queue-row");
    if (row && !event.target.closest("button, a, input, textarea, summary")) row.focus();
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest && event.target.closest("input, textarea, select")) return;
    var key = event.key;
    if (key === "?") {
      if (help) {
        help.hidden = !help.hidden;
        event.preventDefault();
      }
      return;
    }
    if (key === "Escape" && help && !help.hidden) {
      help.hidden = true;
      return;
    }
    var row = document.activeElement;
    if (!row || !row.classList || !row.classList.contains("queue-row")) return;
    if (row.getAttribute("aria-busy") === "true") return;
    key = key.toLowerCase();
    var id = idOf(row);
    if (key !== "b") banArmed = null;
    if (verbs[key]) {
      if (row.querySelector('button[value="' + verbs[key] + ":" + id + '"]')) {
        event.preventDefault();
        send(row, verbs[key]);
      }
    } else if (key === "j" || key === "k") {
      var all = rows();
      var next = all[all.indexOf(row) + (key === "j" ? 1 : -1)];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (key === "x") {
      var box = row.querySelector("input[type=checkbox]");
      if (box) {
        event.preventDefault();
        box.checked = !box.checked;
      }
    } else if (key === "r") {
      var reply = row.querySelector("details.queue-reply");
      if (reply) {
        event.preventDefault();
        reply.open = true;
        var text = reply.querySelector("textarea");
        if (text) text.focus();
      }
    } else if (key === "b") {
      event.preventDefault();
      if (banArmed === id) {
        banArmed = null;
        send(row, "ban");
      } else {
        banArmed = id;
        tell(words("ban-again"));
      }
    }
  });

  // Ready to work: the first comment has focus (unless a link named another).
  if (!window.location.hash) {
    var first = rows()[0];
    if (first) first.focus({ preventScroll: true });
  }
})();
