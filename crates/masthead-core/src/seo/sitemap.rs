//! The sitemap (sitemaps.org 0.9): an index at `/sitemap.xml` naming pages
//! of at most [`MAX_URLS`] addresses each. The home page comes first, then
//! every live article and static page in id order, so an old article keeps
//! its page as new ones are added at the end.
use super::{SitemapEntry, absolute, w3c};
use crate::Timestamp;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io;

pub const NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
/// The protocol's limit of addresses in one sitemap file.
pub const MAX_URLS: u64 = 50_000;

/// Where the `n`th page of the sitemap lives (1-based).
pub fn page_path(n: u64) -> String {
    format!("/sitemap-{n}.xml")
}

/// How many pages `entries` articles and pages fill, `limit` addresses a
/// page, the home page included (at least one page: the home page).
pub fn page_count(entries: u64, limit: u64) -> u64 {
    (entries + 1).div_ceil(limit.max(1))
}

/// What page `n` holds: the home page or not, and which entries (an offset
/// and a count into the id-ordered list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageSlice {
    pub home: bool,
    pub offset: u64,
    pub count: u64,
}

/// Page `n` (1-based) of `entries` entries at `limit` addresses a page;
/// `None` past the end.
pub fn page_slice(n: u64, entries: u64, limit: u64) -> Option<PageSlice> {
    let limit = limit.max(1);
    if n == 0 || n > page_count(entries, limit) {
        return None;
    }
    // Position 0 is the home page; entry i is position i + 1.
    let first = (n - 1) * limit;
    let last = (first + limit).min(entries + 1);
    let home = first == 0;
    let offset = first.saturating_sub(1);
    let count = last - first - u64::from(home);
    Some(PageSlice {
        home,
        offset,
        count,
    })
}

fn start(w: &mut Writer<Vec<u8>>) -> io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
}

fn finish(w: Writer<Vec<u8>>) -> io::Result<String> {
    String::from_utf8(w.into_inner()).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// The index: one `<sitemap>` per page.
pub fn write_index(base: &str, pages: u64, lastmods: &[Timestamp]) -> io::Result<String> {
    let mut w = Writer::new(Vec::new());
    start(&mut w)?;
    w.create_element("sitemapindex")
        .with_attribute(("xmlns", NS))
        .write_inner_content(|w| {
            for n in 1..=pages {
                let lastmod = usize::try_from(n - 1).ok().and_then(|i| lastmods.get(i));
                w.create_element("sitemap").write_inner_content(|w| {
                    w.create_element("loc")
                        .write_text_content(BytesText::new(&absolute(base, &page_path(n))))?;
                    if let Some(t) = lastmod {
                        w.create_element("lastmod")
                            .write_text_content(BytesText::new(&w3c(*t)))?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    finish(w)
}

/// One page: the home page (when it is on this page, with the newest
/// change as its date) and the entries.
pub fn write_page(
    base: &str,
    home: Option<Option<Timestamp>>,
    entries: &[SitemapEntry],
) -> io::Result<String> {
    let mut w = Writer::new(Vec::new());
    start(&mut w)?;
    w.create_element("urlset")
        .with_attribute(("xmlns", NS))
        .write_inner_content(|w| {
            if let Some(changed) = home {
                url(w, &absolute(base, "/"), changed)?;
            }
            for e in entries {
                url(w, &absolute(base, &e.path()), Some(e.last_modified()))?;
            }
            Ok(())
        })?;
    finish(w)
}

fn url(w: &mut Writer<Vec<u8>>, loc: &str, lastmod: Option<Timestamp>) -> io::Result<()> {
    w.create_element("url").write_inner_content(|w| {
        w.create_element("loc")
            .write_text_content(BytesText::new(loc))?;
        if let Some(t) = lastmod {
            w.create_element("lastmod")
                .write_text_content(BytesText::new(&w3c(t)))?;
        }
        Ok(())
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ArticleKind;
    use chrono::TimeZone;

    #[test]
    fn pages_hold_at_most_the_limit_with_the_home_page_first() {
        assert_eq!(page_count(0, 3), 1);
        assert_eq!(page_count(2, 3), 1);
        assert_eq!(page_count(3, 3), 2);
        assert_eq!(page_count(49_999, MAX_URLS), 1);
        assert_eq!(page_count(50_000, MAX_URLS), 2);
        // 7 entries + home = 8 addresses, 3 a page: 3 pages.
        let pages: Vec<_> = (1..=4).map(|n| page_slice(n, 7, 3)).collect();
        assert_eq!(
            pages,
            vec![
                Some(PageSlice {
                    home: true,
                    offset: 0,
                    count: 2
                }),
                Some(PageSlice {
                    home: false,
                    offset: 2,
                    count: 3
                }),
                Some(PageSlice {
                    home: false,
                    offset: 5,
                    count: 2
                }),
                None,
            ]
        );
        assert_eq!(page_slice(0, 7, 3), None);
        assert_eq!(
            page_slice(1, 0, MAX_URLS),
            Some(PageSlice {
                home: true,
                offset: 0,
                count: 0
            })
        );
        // Every entry on exactly one page, whatever the limit.
        for limit in 1..6 {
            for total in 0..20 {
                let mut next = 0;
                let mut n = 1;
                while let Some(s) = page_slice(n, total, limit) {
                    assert_eq!(s.offset, next);
                    assert!(s.count + u64::from(s.home) <= limit);
                    next += s.count;
                    n += 1;
                }
                assert_eq!(next, total, "limit {limit}, total {total}");
                assert_eq!(n - 1, page_count(total, limit));
            }
        }
    }

    #[test]
    fn writes_escaped_absolute_addresses_and_dates() {
        let t = chrono::Utc.with_ymd_and_hms(2024, 5, 1, 10, 0, 0).unwrap();
        let e = SitemapEntry {
            slug: "a&b".into(),
            kind: ArticleKind::Page,
            title: String::new(),
            published_at: t,
            updated_at: t - chrono::Duration::days(1),
        };
        let xml = write_page("https://x.org", Some(None), &[e]).unwrap();
        assert!(
            xml.contains("<url><loc>https://x.org/</loc></url>"),
            "{xml}"
        );
        assert!(
            xml.contains("<loc>https://x.org/a&amp;b</loc><lastmod>2024-05-01T10:00:00Z</lastmod>"),
            "{xml}"
        );
        let index = write_index("https://x.org", 2, &[]).unwrap();
        assert!(
            index.contains("<loc>https://x.org/sitemap-2.xml</loc>"),
            "{index}"
        );
        let at = chrono::Utc.with_ymd_and_hms(2024, 5, 1, 10, 0, 0).unwrap();
        let index = write_index("https://x.org", 2, &[at]).unwrap();
        assert!(
            index.contains(
                "<loc>https://x.org/sitemap-1.xml</loc><lastmod>2024-05-01T10:00:00Z</lastmod>"
            ) && index.contains("<loc>https://x.org/sitemap-2.xml</loc></sitemap>"),
            "{index}"
        );
    }
}
