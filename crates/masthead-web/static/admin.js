// Moderation queue shortcuts. Without JavaScript every action is a button.
// With it: focus a row (click it, or Tab), then A approves, S marks as spam,
// T moves to the trash; J and K move between rows; X selects the row.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) return;
  var rows = function () { return Array.prototype.slice.call(queue.querySelectorAll(".queue-row")); };
  var keys = { a: "approve", s: "spam", t: "trash" };

  queue.addEventListener("click", function (event) {
    var row = event.target.closest && event.target.closest(".queue-row");
    if (row && !event.target.closest("button, a, input")) row.focus();
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var row = document.activeElement;
    if (!row || !row.classList || !row.classList.contains("queue-row")) return;
    var key = event.key.toLowerCase();
    var id = row.id.replace("row-", "");
    if (keys[key]) {
      var button = row.querySelector('button[value="' + keys[key] + ":" + id + '"]');
      if (button) {
        event.preventDefault();
        button.click();
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
    }
  });
})();
