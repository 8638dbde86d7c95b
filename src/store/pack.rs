//! How the localStorage store packed a book, read back for the move to IndexedDB (`legacy.rs`): its JSON
//! deflated, laid out in columns first when the book was large (see `columns`), and written 15 bits to a
//! UTF-16 code unit, the unit localStorage's quota counts.

use super::columns;

/// Marks a packed value of the JSON as it is. A stored value starting with `{` is plain JSON, as written
/// before packing.
const MARK: char = '\u{1F00}';
/// Marks a packed value of the JSON laid out in columns.
const MARK_COLUMNS: char = '\u{1F01}';
/// Packed units start here, so that none is a control character or half of a surrogate pair.
const BASE: u32 = 0x1000;

/// The JSON of a stored value, packed or plain; `None` when a packed value is damaged.
pub fn unpack(stored: &str) -> Option<String> {
    if let Some(packed) = stored.strip_prefix(MARK_COLUMNS) {
        return columns::decode(&inflate(packed)?);
    }
    match stored.strip_prefix(MARK) {
        Some(packed) => inflate(packed),
        None => Some(stored.to_string()),
    }
}

fn inflate(packed: &str) -> Option<String> {
    let mut units = packed.chars().map(|c| (c as u32).checked_sub(BASE).filter(|v| *v <= 0x7fff));
    let len = ((units.next()?? << 15) | units.next()??) as usize;
    let mut bytes = Vec::with_capacity(len);
    let (mut acc, mut bits) = (0u32, 0u32);
    for unit in units {
        acc = (acc << 15) | unit?;
        bits += 15;
        while bits >= 8 && bytes.len() < len {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
        }
        acc &= (1 << bits) - 1;
    }
    if bytes.len() != len {
        return None;
    }
    let text = miniz_oxide::inflate::decompress_to_vec(&bytes).ok()?;
    String::from_utf8(text).ok()
}
