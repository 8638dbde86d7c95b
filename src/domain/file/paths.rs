//! Where in a file a problem is: serde's message turned into a problem at a path like `members[12].birth_date`.

use super::{FileError, ValueProblem};

/// Turns serde's message into a problem a person can act on, at the path where it is.
pub(super) fn classify(message: &str, at: &[String]) -> FileError {
    let detail = message.split(" at line ").next().unwrap_or_default().to_string();
    let path = at.concat();
    if let Some(field) = detail.strip_prefix("missing field `").and_then(|f| f.split('`').next()) {
        // Reported at the end of the object: the member read last is not the one missing.
        let object = at.iter().take(at.len().saturating_sub(1)).cloned().collect::<String>();
        let object = if at.last().is_some_and(|last| last.starts_with('.')) { object } else { path };
        return FileError::Missing { path: format!("{object}.{field}") };
    }
    if detail.starts_with("invalid type") {
        return FileError::WrongType { path };
    }
    const DATE_ERRORS: [&str; 6] = [
        "input contains invalid characters",
        "input is out of range",
        "premature end of input",
        "trailing input",
        "input is not enough for unique date and time",
        "impossible",
    ];
    if DATE_ERRORS.iter().any(|e| detail.contains(e)) {
        return FileError::BadDate { path };
    }
    // serde names the value it refused between backticks: "unknown variant `national`, expected …".
    let value = detail.split('`').nth(1).map(str::to_string);
    FileError::BadValue { path, problem: ValueProblem::Unreadable(value) }
}

/// A container being read: an object and the key of its current member, or an array and its index.
enum Frame {
    Object(Option<String>),
    Array(usize),
}

/// The path, from `book`, of the value the parser had reached at a line and column of the book's text, as
/// steps: `book`, `.members`, `[12]`, `.birth_date`. Walking the text again is far smaller in the app than tracking the path
/// while deserialising every type (serde_path_to_error cost about 45 KB of gzipped wasm here).
pub(super) fn path_at(text: &str, line: usize, column: usize) -> Vec<String> {
    // serde_json counts columns in bytes from 1; the parser stopped just before that byte.
    let offset: usize =
        text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum::<usize>() + column.saturating_sub(1);
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut expecting_key = false;
    while let Some((at, c)) = chars.next() {
        if at >= offset {
            break;
        }
        match c {
            '{' => {
                stack.push(Frame::Object(None));
                expecting_key = true;
            }
            '[' => stack.push(Frame::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(i)) => *i += 1,
                Some(Frame::Object(_)) => expecting_key = true,
                None => {}
            },
            '"' => {
                let mut string = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        c => string.push(c),
                    }
                }
                if let (true, Some(Frame::Object(key))) = (expecting_key, stack.last_mut()) {
                    *key = Some(string);
                    expecting_key = false;
                }
            }
            _ => {}
        }
    }
    let steps = stack.iter().filter_map(|frame| match frame {
        Frame::Object(Some(key)) => Some(format!(".{key}")),
        Frame::Object(None) => None,
        Frame::Array(i) => Some(format!("[{i}]")),
    });
    std::iter::once("book".to_string()).chain(steps).collect()
}
