//! Labelled comments in the YouTube Spam Collection's shape
//! (`COMMENT_ID,AUTHOR,DATE,CONTENT,label`, or `CLASS` for the label as the
//! UCI copy spells it; `1` spam, `0` not), put in the order they were
//! written, for training and for `masthead moderation evaluate --csv`.

/// One labelled comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub author: String,
    /// ISO 8601, or empty when the set does not know.
    pub date: String,
    /// As written (it may hold HTML).
    pub content: String,
    pub spam: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("the file has no {0} column (it needs AUTHOR, DATE, CONTENT and label or CLASS)")]
    MissingColumn(&'static str),
    #[error("line {line}: the label is {value:?}; it must be 0 (not spam) or 1 (spam)")]
    BadLabel { line: u64, value: String },
    #[error("line {line}: {message}")]
    Csv { line: u64, message: String },
}

/// The comments of one file, oldest first (undated ones last, in file order).
pub fn read(bytes: &[u8]) -> Result<Vec<Labelled>, CorpusError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| CorpusError::Csv {
            line: 1,
            message: e.to_string(),
        })?
        .clone();
    let column = |names: &[&str], shown: &'static str| {
        headers
            .iter()
            .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
            .ok_or(CorpusError::MissingColumn(shown))
    };
    let author = column(&["AUTHOR"], "AUTHOR")?;
    let date = column(&["DATE"], "DATE")?;
    let content = column(&["CONTENT"], "CONTENT")?;
    let label = column(&["label", "CLASS"], "label")?;
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| CorpusError::Csv {
            line: e.position().map_or(0, csv::Position::line),
            message: e.to_string(),
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        let field = |i: usize| record.get(i).unwrap_or("").to_string();
        let spam = match field(label).trim() {
            "1" => true,
            "0" => false,
            other => {
                return Err(CorpusError::BadLabel {
                    line,
                    value: other.into(),
                });
            }
        };
        out.push(Labelled {
            author: field(author),
            date: field(date).trim().to_string(),
            content: field(content),
            spam,
        });
    }
    // Stable: comments of one moment, and the undated, keep file order.
    out.sort_by(|a, b| (a.date.is_empty(), &a.date).cmp(&(b.date.is_empty(), &b.date)));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_put_in_time_order_and_bad_labels_refused() {
        let csv = "\u{feff}COMMENT_ID,AUTHOR,DATE,CONTENT,label\n\
                   a,Ann,2014-01-02T00:00:00,\"later, with a comma\",0\n\
                   b,Bob,,undated,1\n\
                   c,Cy,2013-01-01T00:00:00,\"multi\nline\",1\n";
        let rows = read(csv.as_bytes()).unwrap();
        let authors: Vec<&str> = rows.iter().map(|r| r.author.as_str()).collect();
        assert_eq!(authors, ["Cy", "Ann", "Bob"]);
        assert_eq!(rows[0].content, "multi\nline");
        assert!(rows[0].spam && !rows[1].spam);
        let bad = "AUTHOR,DATE,CONTENT,CLASS\nA,,x,maybe\n";
        assert!(matches!(
            read(bad.as_bytes()),
            Err(CorpusError::BadLabel { .. })
        ));
        assert!(matches!(
            read(b"AUTHOR,CONTENT\n"),
            Err(CorpusError::MissingColumn("DATE"))
        ));
    }
}
