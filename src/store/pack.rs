//! The stored form of a book: its JSON deflated, laid out in columns first when the book is large (see
//! `columns`), and written 15 bits to a UTF-16 code unit, the unit the browser's quota counts. No
//! maintained crate does this packing (base32768 is unmaintained, base16384 is GPL), and it is a few lines.

use super::columns;
use super::vault::QUOTA_UNITS;

/// Marks a packed value of the JSON as it is. A stored value starting with `{` is plain JSON, as written
/// before packing.
const MARK: char = '\u{1F00}';
/// Marks a packed value of the JSON laid out in columns.
const MARK_COLUMNS: char = '\u{1F01}';
/// Books whose JSON is longer than this, in bytes, are laid out in columns. Deflate alone stores about nine
/// bytes of a book's JSON in a unit, so below this it keeps a book under a third of the quota: room for the
/// new version a save writes beside the last one, and for backups. The columns take about half the room
/// and five times the time, which only large books need: about 15,000 members and up.
const COLUMNS_FROM_BYTES: usize = 3 * QUOTA_UNITS;
/// Packed units start here, so that none is a control character or half of a surrogate pair.
const BASE: u32 = 0x1000;

/// How hard deflate works. A book under the column threshold saves fast: level 3 takes half the time of
/// the default level 6 for 5% more room (the demo: 4.4 against 8.8 ms natively). A large book saves small.
const FAST: u8 = 3;
const SMALL: u8 = 6;

/// True when `pack` lays the JSON out in columns.
pub fn packs_in_columns(text: &str) -> bool {
    text.len() > COLUMNS_FROM_BYTES
}

pub fn pack(text: &str) -> String {
    if packs_in_columns(text) {
        pack_in_columns(text)
    } else {
        deflate(MARK, text, FAST)
    }
}

/// Packs the JSON laid out in columns, or as it is when the layout would not read back the same.
pub fn pack_in_columns(text: &str) -> String {
    match columns::encode(text) {
        Some(layout) => deflate(MARK_COLUMNS, &layout, SMALL),
        None => deflate(MARK, text, SMALL),
    }
}

fn deflate(mark: char, text: &str, level: u8) -> String {
    let bytes = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), level);
    let mut out = String::with_capacity(bytes.len() * 8 / 15 + 3);
    out.push(mark);
    // The number of bytes, so the padding bits of the last unit are not read as data.
    let len = bytes.len() as u32;
    out.extend([len >> 15, len & 0x7fff].map(|v| char::from_u32(BASE + v).unwrap_or(MARK)));
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 15 {
            bits -= 15;
            out.push(char::from_u32(BASE + ((acc >> bits) & 0x7fff)).unwrap_or(MARK));
        }
    }
    if bits > 0 {
        out.push(char::from_u32(BASE + ((acc << (15 - bits)) & 0x7fff)).unwrap_or(MARK));
    }
    out
}

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
    let mut units = packed
        .chars()
        .map(|c| (c as u32).checked_sub(BASE).filter(|v| *v <= 0x7fff));
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
