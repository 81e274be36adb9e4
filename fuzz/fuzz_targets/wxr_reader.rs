//! Any bytes through the WXR reader: it returns records or an error with an
//! offset inside the input; it never panics, loops or reads past the end. What
//! it reads is written back and must read back the same.
#![no_main]
use libfuzzer_sys::fuzz_target;
use masthead_core::wxr::{WxrEntry, WxrHeader, WxrReader, WxrWriter};

fuzz_target!(|data: &[u8]| {
    let mut reader = WxrReader::new(data);
    let mut items = Vec::new();
    loop {
        match reader.next() {
            Ok(Some(WxrEntry::Item(item))) => items.push(*item),
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(e) => {
                assert!(e.offset() <= data.len() as u64, "offset {} beyond input", e.offset());
                return;
            }
        }
    }
    let mut w = WxrWriter::start(Vec::new(), &WxrHeader::default(), "fuzz", &[], &[]).unwrap();
    for item in &items {
        w.item(item).unwrap();
    }
    let bytes = w.finish().unwrap();
    let mut again = WxrReader::new(bytes.as_slice());
    for item in &items {
        match again.next() {
            Ok(Some(WxrEntry::Item(back))) => {
                assert_eq!(back.title, item.title.trim());
                assert_eq!(back.comments.len(), item.comments.len());
            }
            other => panic!("written item did not read back: {other:?}"),
        }
    }
});
