#!/usr/bin/env python3
"""Helpers for the bench scripts: generated data and baselines, standard
library only.

  tools.py wxr OUT POSTS COMMENTS_PER_POST   write a WXR 1.2 file
  tools.py parse FILE                        baseline: expat parse time (s)
  tools.py fill DB ARTICLES COMMENTS         generated rows in a migrated masthead SQLite DB
  tools.py commits DB SECONDS                baseline: durable single-row commits per second
  tools.py timed CMD...                      run CMD; print "seconds max_rss_kb"
  tools.py live DB                           the live-story site: 'hot-story' with 3,000
                                             comments (a third replies), 500 stories x 20
  tools.py writer BASE RATE SECONDS          post approved comments on the hot story at
                                             RATE/s; print acks, latency, seen-on-next-view
  tools.py corpus DB ARTICLES                articles of generated prose (Zipf-distributed
                                             words, ~270 each) for the search bench
  tools.py words                             the search bench's query words, by class
  tools.py wpsearch DB ROUNDS QUERY...       baseline: WordPress's search SQL (LIKE on title,
                                             excerpt, content; count + first page); median ms
"""
import random
import resource
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Bench</title><link>https://bench.example.com</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://bench.example.com</wp:base_site_url>
<wp:base_blog_url>https://bench.example.com</wp:base_blog_url>
<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[desk]]></wp:author_login><wp:author_display_name><![CDATA[News Desk]]></wp:author_display_name></wp:author>
"""


def wxr(out, posts, per_post):
    rnd = random.Random(1)
    cid = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(WXR_HEAD)
        for p in range(1, posts + 1):
            f.write(
                f"<item><title>Generated story {p}</title><link>https://bench.example.com/?p={p}</link>"
                f"<dc:creator><![CDATA[desk]]></dc:creator>"
                f"<content:encoded><![CDATA[<p>Paragraph one of story {p}.</p>\n\n<p>Paragraph two, with <em>emphasis</em>.</p>]]></content:encoded>"
                f"<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>{p}</wp:post_id>"
                f"<wp:post_date>2024-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2024-01-01 10:00:00</wp:post_date_gmt>"
                f"<wp:comment_status>open</wp:comment_status><wp:post_name>generated-story-{p}</wp:post_name>"
                f"<wp:status>publish</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>\n"
            )
            first = cid + 1
            for _ in range(per_post):
                cid += 1
                parent = rnd.randint(first, cid - 1) if cid > first and rnd.random() < 0.3 else 0
                approved = "1" if rnd.random() < 0.9 else rnd.choice(["0", "spam", "trash"])
                f.write(
                    f"<wp:comment><wp:comment_id>{cid}</wp:comment_id><wp:comment_author><![CDATA[Reader {cid}]]></wp:comment_author>"
                    f"<wp:comment_author_email><![CDATA[reader{cid}@example.com]]></wp:comment_author_email>"
                    f"<wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP><![CDATA[192.0.2.{cid % 250}]]></wp:comment_author_IP>"
                    f"<wp:comment_date><![CDATA[2024-01-02 10:00:00]]></wp:comment_date><wp:comment_date_gmt><![CDATA[2024-01-02 10:00:00]]></wp:comment_date_gmt>"
                    f"<wp:comment_content><![CDATA[Comment {cid}: a <b>reasonable</b> remark about story {p}, long enough to look real.]]></wp:comment_content>"
                    f"<wp:comment_approved><![CDATA[{approved}]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type>"
                    f"<wp:comment_parent>{parent}</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n"
                )
            f.write("</item>\n")
        f.write("</channel>\n</rss>\n")


def parse(path):
    start = time.perf_counter()
    n = 0
    for _, elem in ET.iterparse(path, events=("end",)):
        n += 1
        elem.clear()
    print(f"{time.perf_counter() - start:.3f}")


def fill(db, articles, comments):
    """Article 1 ('bench-article') gets exactly 100 approved comments; the
    rest are spread over the other articles, 90 % approved."""
    rnd = random.Random(2)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    body = "<p>Generated paragraph.</p>"
    con.executemany(
        "INSERT INTO articles (slug, title, standfirst, byline, body_markdown, body_html, contributors, "
        "comments_open, status, published_at, created_at, updated_at) VALUES (?, ?, '', 'Desk', ?, ?, '', 1, 'published', ?, ?, ?)",
        (
            ("bench-article" if a == 1 else f"generated-{a}", f"Generated article {a}", "Generated paragraph.", body,
             1700000000 + a, 1700000000, 1700000000)
            for a in range(1, articles + 1)
        ),
    )
    statuses = ["approved"] * 9 + ["pending"]

    def rows():
        for i in range(1, comments + 1):
            if i <= 100:
                article, status = 1, "approved"
            else:
                article, status = rnd.randint(2, articles), rnd.choice(statuses)
            text = f"Comment {i}: a reasonable remark, long enough to look real."
            yield (article, f"Reader {i}", f"reader{i}@example.com", f"192.0.2.{i % 250}", text, f"<p>{text}</p>",
                   status, 1700000000 + i, 1700000000 + i)

    con.executemany(
        "INSERT INTO comments (article_id, author_name, author_email, author_ip, content_source, content_html, "
        "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def commits(db, seconds):
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)")
    n, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        con.execute("BEGIN")
        con.execute("INSERT INTO t (v) VALUES (?)", ("x" * 200,))
        con.execute("COMMIT")
        n += 1
    print(f"{n / (time.perf_counter() - start):.0f}")


def live(db):
    """Article 1 is 'hot-story' with 3,000 approved comments, every third a
    reply to an earlier top-level one; 'story-1'..'story-500' have 20 each."""
    rnd = random.Random(3)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    body = "<p>Generated paragraph of a developing story.</p>"
    slugs = ["hot-story"] + [f"story-{a}" for a in range(1, 501)]
    con.executemany(
        "INSERT INTO articles (slug, title, standfirst, byline, body_markdown, body_html, contributors, "
        "comments_open, status, published_at, created_at, updated_at) VALUES (?, ?, '', 'Desk', ?, ?, '', 1, 'published', ?, ?, ?)",
        ((slug, f"Story {slug}", "Generated paragraph of a developing story.", body, 1700000000 + i, 1700000000, 1700000000)
         for i, slug in enumerate(slugs)),
    )
    t = 1700000000
    roots = []
    cur = con.cursor()
    for i in range(3000):
        t += 1
        text = f"Hot comment {i}: a reasonable remark on the developing story, long enough to look real."
        parent = rnd.choice(roots[-200:]) if i % 3 == 2 and roots else None
        cur.execute(
            "INSERT INTO comments (article_id, parent_id, author_name, author_email, author_ip, content_source, "
            "content_html, status, created_at, updated_at) VALUES (1, ?, ?, ?, '192.0.2.1', ?, ?, 'approved', ?, ?)",
            (parent, f"Reader {i}", f"reader{i}@example.com", text, f"<p>{text}</p>", t, t),
        )
        if parent is None:
            roots.append(cur.lastrowid)

    def rows():
        n = 0
        for a in range(2, 502):
            for _ in range(20):
                n += 1
                text = f"Archive comment {n}: a reasonable remark, long enough to look real."
                yield (a, f"Archive Reader {n}", f"archive{n}@example.com", text, f"<p>{text}</p>", 1690000000 + n, 1690000000 + n)

    con.executemany(
        "INSERT INTO comments (article_id, author_name, author_email, author_ip, content_source, content_html, "
        "status, created_at, updated_at) VALUES (?, ?, ?, '192.0.2.2', ?, ?, 'approved', ?, ?)",
        rows(),
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def writer(base, rate, seconds):
    """Posts comments on the hot story at `rate` per second from 8 threads,
    each acknowledged one then looked for on the page its 303 names, read as
    a reader would (no cookies, through the cache)."""
    import http.client
    import re
    import threading
    import urllib.parse

    host = urllib.parse.urlsplit(base).netloc
    conn = http.client.HTTPConnection(host, timeout=10)
    conn.request("GET", "/articles/hot-story")
    page = conn.getresponse().read().decode()
    token = re.search(r'name="mh_token" value="([^"]+)"', page).group(1)
    lock = threading.Lock()
    latencies, seen, refused = [], [0], [0]
    start = time.perf_counter()
    total = int(rate * seconds)
    nxt = [0]

    def work():
        c = http.client.HTTPConnection(host, timeout=10)
        while True:
            with lock:
                i = nxt[0]
                nxt[0] += 1
            if i >= total:
                return
            due = start + i / rate
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            form = urllib.parse.urlencode({
                "comment_post_ID": "1", "author": f"Live Writer {i % 50}", "email": f"writer{i % 50}@example.com",
                "comment": f"Live comment {i} at {time.time():.3f}: breaking details as they come in.",
                "mh_token": token,
            })
            t0 = time.perf_counter()
            try:
                c.request("POST", "/comments", body=form,
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
                r = c.getresponse()
                r.read()
            except Exception:
                c = http.client.HTTPConnection(host, timeout=10)
                with lock:
                    refused[0] += 1
                continue
            took = time.perf_counter() - t0
            where = r.getheader("Location") or ""
            if r.status != 303 or "#comment-" not in where:
                with lock:
                    refused[0] += 1
                continue
            path, cid = where.split("#comment-")
            c.request("GET", urllib.parse.urlsplit(path).path)
            body = c.getresponse().read().decode()
            found = f'id="comment-{cid}"' in body
            if not found:
                # Another writer's comment may have opened a new page since,
                # moving this one to the one before: its permalink says where.
                c.request("GET", f"/comments/{cid}")
                r = c.getresponse()
                r.read()
                page = urllib.parse.urlsplit(r.getheader("Location") or "/").path
                c.request("GET", page)
                found = f'id="comment-{cid}"' in c.getresponse().read().decode()
            with lock:
                latencies.append(took)
                if found:
                    seen[0] += 1

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    latencies.sort()
    q = lambda f: latencies[min(len(latencies) - 1, int(f * len(latencies)))] * 1000 if latencies else 0
    print(f"{len(latencies)} {total} {len(latencies) / elapsed:.1f} {q(0.5):.1f} {q(0.99):.1f} {seen[0]} {refused[0]}")


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        sys.exit(proc.returncode)
    print(f"{elapsed:.2f} {rss}")


# The search corpus: pseudo-words from syllables, drawn with Zipf's law so a
# few words are in nearly every article and most in a handful, as in prose.
SYLLABLES = ["ba", "ko", "ri", "tel", "mun", "sa", "ver", "do", "len", "pi", "gar", "tu", "ne", "os", "lim", "ca"]


def vocabulary(n=20000):
    rnd = random.Random(7)
    words, seen = [], set()
    while len(words) < n:
        w = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def corpus(db, articles):
    words = vocabulary()
    weights = [1.0 / (r + 1) for r in range(len(words))]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    rnd = random.Random(3)

    def text(n):
        return " ".join(rnd.choices(words, cum_weights=cum, k=n))

    def rows():
        for a in range(1, articles + 1):
            paragraphs = [text(90) for _ in range(3)]
            html = "".join(f"<p>{p}.</p>\n" for p in paragraphs)
            plain = " ".join(f"{p}." for p in paragraphs)
            yield (f"story-{a}", text(8).capitalize(), text(20).capitalize() + ".", "Desk",
                   "\n\n".join(paragraphs), html, plain, 1700000000 + a * 60, 1700000000, 1700000000)

    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.executemany(
        "INSERT INTO articles (slug, title, standfirst, byline, body_markdown, body_html, body_text, contributors, "
        "comments_open, status, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', 1, 'published', ?, ?, ?)",
        rows(),
    )
    con.commit()
    con.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
    con.commit()
    con.execute("ANALYZE")
    con.close()


def words():
    """Query classes by how many articles match: a word in nearly all, one in
    about a tenth, a rare one, two words together, a phrase."""
    v = vocabulary()
    print(f"common {v[0]}")
    print(f"medium {v[500]}")
    print(f"rare {v[15000]}")
    print(f"two-words {v[40]} {v[300]}")
    print(f'phrase "{v[1]} {v[2]}"')


def wpsearch(db, rounds, queries):
    """WordPress's search (WP_Query::parse_search / parse_search_order): each
    term LIKE '%term%' on title, excerpt or content; ordered by a title match,
    then date; SQL_CALC_FOUND_ROWS's count and the first page of 10."""
    con = sqlite3.connect(db)
    out = []
    for q in queries:
        terms = q.replace('"', "").split() if not q.startswith('"') else [q.strip('"')]
        where = " AND ".join(
            "(title LIKE ? OR standfirst LIKE ? OR body_markdown LIKE ?)" for _ in terms)
        args = [a for t in terms for a in (f"%{t}%",) * 3]
        live = "status = 'published' AND kind = 'article'"
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            (n,) = con.execute(f"SELECT COUNT(*) FROM articles WHERE {where} AND {live}", args).fetchone()
            con.execute(
                f"SELECT id, slug, title, body_html FROM articles WHERE {where} AND {live} "
                f"ORDER BY title LIKE ? DESC, published_at DESC LIMIT 10",
                args + [f"%{q.strip(chr(34))}%"]).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        out.append(f"{times[len(times) // 2]:.2f} {n}")
    print("\n".join(out))


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    if what == "wxr":
        wxr(args[0], int(args[1]), int(args[2]))
    elif what == "parse":
        parse(args[0])
    elif what == "fill":
        fill(args[0], int(args[1]), int(args[2]))
    elif what == "commits":
        commits(args[0], float(args[1]))
    elif what == "live":
        live(args[0])
    elif what == "writer":
        writer(args[0], float(args[1]), float(args[2]))
    elif what == "corpus":
        corpus(args[0], int(args[1]))
    elif what == "words":
        words()
    elif what == "wpsearch":
        wpsearch(args[0], int(args[1]), args[2:])
    elif what == "timed":
        timed(args)
    else:
        sys.exit(__doc__)
