#!/usr/bin/env python3
"""Helpers for the bench scripts: generated data and baselines, standard
library only.

  tools.py wxr OUT POSTS COMMENTS_PER_POST   write a WXR 1.2 file
  tools.py parse FILE                        baseline: expat parse time (s)
  tools.py fill DB ARTICLES COMMENTS         generated rows in a migrated masthead SQLite DB
  tools.py commits DB SECONDS                baseline: durable single-row commits per second
  tools.py timed CMD...                      run CMD; print "seconds max_rss_kb"
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


def timed(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        sys.exit(proc.returncode)
    print(f"{elapsed:.2f} {rss}")


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
    elif what == "timed":
        timed(args)
    else:
        sys.exit(__doc__)
