#!/usr/bin/env python3
"""Replays a labelled comment file (YouTube Spam Collection columns) through
the Leave a Reply form of a running masthead, in time order, with a
moderator deciding each held comment as it arrives through the REST API
(approved for ham, spam for spam), as staff tools do. Prints JSON: how many
comments needed a person, how much spam readers were shown and how much ham
went to spam. Loopback only; one comment at a time.

  python3 bench/filter_replay.py BASE_URL USER APP_PASSWORD ARTICLE_PATH FILE.csv [--markdown]
"""
import base64, csv, html, json, re, sys, urllib.error, urllib.parse, urllib.request

base, user, password, article_path, path = sys.argv[1:6]
markdown = sys.argv[6:] == ["--markdown"]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def request(method, url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with opener.open(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


status, _, page = request("GET", base + article_path)
page = page.decode()
token = re.search(r'name="(mh_token|_token|[a-z_]*token)" value="([^"]+)"', page)
post_id = re.search(r'name="comment_post_ID" value="(\d+)"', page).group(1)
rows = list(csv.DictReader(open(path, encoding="utf-8-sig")))
rows.sort(key=lambda r: (r["DATE"] == "", r["DATE"]))
label_key = "label" if "label" in rows[0] else "CLASS"
n = held = ham = spam = ham_to_spam = spam_shown = refused = 0
for i, r in enumerate(rows):
    author = r["AUTHOR"].strip() or "Anonymous reader"
    slug = re.sub(r"[^a-z0-9]+", ".", author.lower()).strip(".") or f"reader{i}"
    fields = {
        "comment_post_ID": post_id,
        "comment_parent": "0",
        "author": author[:245],
        "email": f"{slug[:60]}@example.com",
        "url": "",
        "comment": r["CONTENT"],
    }
    if token:
        fields[token.group(1)] = html.unescape(token.group(2))
    status, headers, body = request(
        "POST", base + "/comments", urllib.parse.urlencode(fields).encode(),
        {"Content-Type": "application/x-www-form-urlencoded"})
    if status != 303:
        refused += 1
        continue
    cid = int(headers.get("Location").rsplit("comment-", 1)[1])
    is_spam = r[label_key].strip() == "1"
    n += 1
    spam += is_spam
    ham += not is_spam
    _, _, got = request("GET", f"{base}/wp-json/wp/v2/comments/{cid}?context=edit",
                        headers={"Authorization": auth})
    where = json.loads(got)["status"]
    if where == "hold":
        held += 1
        decision = json.dumps({"status": "spam" if is_spam else "approved"}).encode()
        s, _, b = request("POST", f"{base}/wp-json/wp/v2/comments/{cid}", decision,
                          {"Authorization": auth, "Content-Type": "application/json"})
        assert s == 200, (s, b)
    elif where == "spam" and not is_spam:
        ham_to_spam += 1
    elif where == "approved" and is_spam:
        spam_shown += 1
result = {
    "file": path, "comments": n, "refused": refused, "ham": ham, "spam": spam,
    "needs_human": held / max(n, 1), "ham_to_spam": ham_to_spam / max(ham, 1),
    "ham_to_spam_count": ham_to_spam, "spam_shown": spam_shown / max(spam, 1),
    "spam_shown_count": spam_shown,
}
if markdown:
    pct = lambda x: f"{x * 100:.1f}%"
    name = path.rsplit("/", 1)[-1].removesuffix(".csv")
    print(f"| {name} | {n} | **{pct(result['needs_human'])}** | {pct(result['ham_to_spam'])} "
          f"({ham_to_spam}) | {pct(result['spam_shown'])} ({spam_shown}) |")
else:
    print(json.dumps(result))
