//! The wire formats read from real agency files (IPTC's published examples,
//! kept with their licences in `crates/masthead/tests/fixtures/wire/iptc/`)
//! and from feeds written here in the shapes RSS and Atom publishers use.
use masthead_core::wire::{PubStatus, read, read_from};

fn fixture(path: &str) -> Vec<u8> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../masthead/tests/fixtures/wire/"
    );
    std::fs::read(format!("{dir}{path}")).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn ninjs_1_and_2_from_agencies() {
    // AP, ninjs 1.x: a story with two pictures in a map of associations.
    let ap = read(&fixture("iptc/ninjs/ninjsExComplex2.json")).unwrap();
    assert_eq!(ap.len(), 1);
    let story = &ap[0];
    assert!(!story.headline.is_empty());
    assert!(story.body_html.contains("<p"), "{}", story.body_html);
    let photo = story.photo.as_ref().expect("AP's picture");
    assert!(photo.url.starts_with("http"), "{photo:?}");
    assert!(!photo.caption.is_empty(), "{photo:?}");

    // TT, ninjs 2.x: headlines[], bodies[] (HTML chosen over text), the
    // picture from associations[] with its renditions and byline.
    let tt = read(&fixture("iptc/ninjs/tt_text_image_2.json")).unwrap();
    let story = &tt[0];
    assert_eq!(story.headline, "Militärövning i jätteformat hålls 2023");
    assert_eq!(story.language.as_deref(), Some("sv"));
    assert_eq!(story.version, Some(1));
    assert!(story.body_html.contains("<blockquote>"));
    assert!(
        !story.body_html.contains("<title>"),
        "the document's head is not the story"
    );
    let photo = story.photo.as_ref().expect("TT's picture");
    assert_eq!(photo.credit, "Karl Melander/TT");
    assert!(photo.caption.starts_with("En stor internationell"));
    assert!(photo.width.is_some_and(|w| w <= 2400), "{photo:?}");

    // The same Business Wire release in ninjs 1.4 and 2.1 reads alike.
    let one = read(&fixture(
        "iptc/ninjs/1.4-businesswire-newsml-20130731006140.json",
    ))
    .unwrap();
    let two = read(&fixture(
        "iptc/ninjs/2.1-businesswire-newsml-20130731006140.json",
    ))
    .unwrap();
    assert_eq!(one[0].headline, two[0].headline);
    assert_eq!(one[0].guid, two[0].guid);
    assert!(!one[0].body_html.is_empty() && !two[0].body_html.is_empty());

    // dpa and NTB: subjects as tags.
    let ntb = read(&fixture("iptc/ninjs/ntb_text.json")).unwrap();
    assert!(!ntb[0].subjects.is_empty(), "{:?}", ntb[0]);
    let dpa = read(&fixture("iptc/ninjs/dpa_text.json")).unwrap();
    assert!(!dpa[0].headline.is_empty());
}

#[test]
fn ninjs_status_embargo_and_lists() {
    let canceled = read(&fixture("iptc/ninjs/023_pubstatus_canceled.json")).unwrap();
    assert_eq!(canceled[0].status, PubStatus::Canceled);
    let withheld = read(&fixture("iptc/ninjs/022_pubstatus_withheld.json")).unwrap();
    assert_eq!(withheld[0].status, PubStatus::Withheld);
    let embargoed = read(&fixture("iptc/ninjs/018_embargoed.json")).unwrap();
    assert!(embargoed[0].embargoed.is_some(), "{:?}", embargoed[0]);
    // A JSON array of items, as a source may answer.
    let array = format!(
        "[{}, {}]",
        String::from_utf8(fixture("iptc/ninjs/dpa_text.json")).unwrap(),
        String::from_utf8(fixture("iptc/ninjs/ntb_text.json")).unwrap()
    );
    assert_eq!(read(array.as_bytes()).unwrap().len(), 2);
    // Not ninjs: a clear refusal.
    assert!(read(b"{\"headline\": \"no uri\"}").is_err());
    assert!(read(b"plain text").is_err());
}

#[test]
fn newsml_g2_items_and_messages() {
    let text = read(&fixture(
        "iptc/newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml",
    ))
    .unwrap();
    let story = &text[0];
    assert_eq!(
        story.guid,
        "urn:newsml:acmenews.com:20161121:US-FINANCE-FED"
    );
    assert_eq!(story.version, Some(11));
    assert_eq!(story.headline, "Fed to halt QE to avert \"bubble\"");
    assert_eq!(story.language.as_deref(), Some("en-US"));
    assert!(story.body_html.starts_with("<p>"), "{}", story.body_html);
    assert!(
        story.byline.starts_with("Meredith Jameson"),
        "{}",
        story.byline
    );
    assert!(story.subjects.iter().any(|s| s == "central bank"));
    assert_eq!(story.status, PubStatus::Usable);

    let xhtml = read(&fixture("iptc/newsml-g2/CR00201_charcount.xml")).unwrap();
    assert!(xhtml[0].body_html.contains("<p"), "{}", xhtml[0].body_html);

    // Getty's picture item: the widest rendition up to 2,400 px, its
    // relative address resolved against the source's.
    let base = url::Url::parse("https://wire.example/g2/feed.xml").unwrap();
    let photo = read_from(
        &fixture("iptc/newsml-g2/LISTING_3_Photo_in_NewsML-G2.xml"),
        &base,
    )
    .unwrap();
    let picture = photo[0].photo.as_ref().expect("the picture's rendition");
    assert_eq!(picture.url, "https://wire.example/g2/GYI0062134533.jpg");
    assert_eq!(picture.width, Some(1500));

    let embargo = read(&fixture(
        "iptc/newsml-g2/LISTING_1_A_NewsML-G2_News_Item.xml",
    ))
    .unwrap();
    assert!(embargo[0].embargoed.is_some());

    // TT's newsMessage (no namespace): the text item, with the picture
    // item beside it as its photo.
    let tt = read(&fixture("iptc/newsml-g2/TT_newsmlg2_sample.xml")).unwrap();
    assert!(!tt.is_empty());
    assert!(tt.iter().all(|s| !s.headline.is_empty()));
}

#[test]
fn rss_atom_and_json_feed() {
    let rss = br#"<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description><language>en</language>
<item><title>Talks resume in Geneva</title><link>https://wire.example/talks</link><guid>wire-1</guid>
<pubDate>Tue, 14 Nov 2017 10:00:00 GMT</pubDate><description>Negotiators met again.</description>
<media:content url="https://wire.example/p.jpg" medium="image" type="image/jpeg" width="1200"><media:description>Delegates arrive.</media:description><media:credit>Jane Roe/Wire</media:credit></media:content>
<category>Diplomacy</category></item></channel></rss>"#;
    let items = read(rss).unwrap();
    assert_eq!(items[0].guid, "wire-1");
    assert_eq!(
        items[0].source_url.as_deref(),
        Some("https://wire.example/talks")
    );
    let photo = items[0].photo.as_ref().expect("media:content");
    assert_eq!(photo.url, "https://wire.example/p.jpg");
    assert_eq!(photo.credit, "Jane Roe/Wire");
    assert_eq!(items[0].subjects, ["Diplomacy"]);

    let atom = br#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2017-11-14T10:00:00Z</updated>
<entry><title>Markets steady</title><id>urn:wire:2</id><updated>2017-11-14T11:00:00Z</updated>
<link href="https://wire.example/markets"/><author><name>By John Doe</name></author>
<content type="html">&lt;p&gt;Shares rose.&lt;/p&gt;&lt;p&gt;(Reporting by John Doe; Editing by Jane Roe)&lt;/p&gt;</content></entry></feed>"#;
    let items = read(atom).unwrap();
    assert_eq!(items[0].guid, "urn:wire:2");
    assert_eq!(items[0].byline, "John Doe");
    assert_eq!(items[0].body_html, "<p>Shares rose.</p>");
    assert_eq!(
        items[0].contributors,
        ["Reporting by John Doe; Editing by Jane Roe"]
    );

    let json = br#"{"version": "https://jsonfeed.org/version/1.1", "title": "Wire",
      "items": [{"id": "j-1", "url": "https://wire.example/j", "title": "Rain due", "content_html": "<p>Wet.</p>"}]}"#;
    let items = read(json).unwrap();
    assert_eq!(items[0].guid, "j-1");
    assert_eq!(items[0].body_html, "<p>Wet.</p>");
}

#[test]
fn broken_sources_are_refused_with_a_reason() {
    for bad in [
        &b"<newsItem guid=\"g\"><itemMeta>"[..],
        b"<newsItem guid=\"g\"></wrong>",
        b"[1, 2]",
        b"{\"uri\": ",
        b"<rss><channel><item>",
        b"",
    ] {
        let err = read(bad).expect_err("refused");
        assert!(!err.to_string().is_empty());
    }
    let deep = format!("<newsItem guid=\"g\">{}", "<a>".repeat(500));
    assert!(read(deep.as_bytes()).is_err());
}
