//! The stored form of a book: its JSON deflated and written 15 bits to a UTF-16 code unit, the unit the
//! browser's quota counts. JSON takes one unit a character; this takes about one unit for every seven
//! characters of a large book. No maintained crate does this packing (base32768 is unmaintained,
//! base16384 is GPL), and it is a few lines.

/// Marks a packed value; a stored value starting with `{` is plain JSON, as written before packing.
const MARK: char = '\u{1F00}';
/// Packed units start here, so that none is a control character or half of a surrogate pair.
const BASE: u32 = 0x1000;

/// How hard deflate works: the default level, a good size for a fraction of a second on a large book.
const LEVEL: u8 = 6;

pub fn pack(text: &str) -> String {
    let bytes = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), LEVEL);
    let mut out = String::with_capacity(bytes.len() * 8 / 15 + 3);
    out.push(MARK);
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
    let Some(packed) = stored.strip_prefix(MARK) else { return Some(stored.to_string()) };
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
