// Moves the comment form under the comment being replied to. Without
// JavaScript the Reply link reloads the page with ?replytocom=ID instead.
(function () {
  "use strict";
  var respond = document.getElementById("respond");
  if (!respond) return;
  var parentField = document.getElementById("comment_parent");
  var cancel = document.getElementById("cancel-comment-reply-link");
  var placeholder = document.createElement("div");
  placeholder.hidden = true;
  respond.parentNode.insertBefore(placeholder, respond);

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".comment-reply-link");
    if (!link) return;
    var item = document.getElementById("comment-" + link.dataset.commentid);
    if (!item) return;
    event.preventDefault();
    var body = item.querySelector(".comment-body");
    body.parentNode.insertBefore(respond, body.nextSibling);
    parentField.value = link.dataset.commentid;
    cancel.hidden = false;
    document.getElementById("comment").focus();
  });

  cancel.addEventListener("click", function (event) {
    event.preventDefault();
    placeholder.parentNode.insertBefore(respond, placeholder);
    parentField.value = "0";
    cancel.hidden = true;
  });
})();
