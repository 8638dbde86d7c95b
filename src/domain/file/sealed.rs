//! A file protected by a passphrase: the plain file, compressed, then encrypted with AES-256-GCM under a key
//! derived from the passphrase by PBKDF2-SHA-256, wrapped in a small JSON envelope whose header is
//! authenticated with it (docs/file-format.md, "A file with a passphrase"). The cipher itself is the
//! browser's (`ui/widgets/crypto.rs`); here is only what the bytes are.

use super::{read, FileError, Imported, FORMAT};
use crate::domain::book::Book;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Value;

pub const ENCRYPTION: &str = "AES-256-GCM";
pub const KDF: &str = "PBKDF2-SHA-256";
pub const COMPRESSION: &str = "deflate-raw";
/// OWASP's figure for PBKDF2-HMAC-SHA-256 (2023).
pub const ITERATIONS: u32 = 600_000;
/// A file asking for more would hold the page for minutes before it could be refused.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_LEN: usize = 16;
pub const IV_LEN: usize = 12;
/// AES-GCM's tag, at the end of the ciphertext.
const TAG_LEN: usize = 16;
/// The most a file may inflate to: far above a 50,000-member book (about 60 MB).
const MAX_PLAIN: usize = 1 << 30;

/// The header: what a reader needs before the passphrase, authenticated as the cipher's additional data.
/// Its members, in this order, are the additional data (`aad`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub format: String,
    pub encryption: String,
    pub kdf: String,
    pub iterations: u32,
    /// Base64 (RFC 4648, with padding).
    pub salt: String,
    pub iv: String,
    pub compression: String,
    pub schema_version: u64,
    pub app_version: String,
    pub exported_at: String,
}

impl Header {
    /// The header of a file written now, with a fresh salt and IV from the caller.
    pub fn new(exported_at: DateTime<FixedOffset>, salt: &[u8], iv: &[u8]) -> Header {
        Header {
            format: FORMAT.into(),
            encryption: ENCRYPTION.into(),
            kdf: KDF.into(),
            iterations: ITERATIONS,
            salt: STANDARD.encode(salt),
            iv: STANDARD.encode(iv),
            compression: COMPRESSION.into(),
            schema_version: super::SCHEMA_VERSION,
            app_version: super::APP_VERSION.into(),
            exported_at: exported_at.to_rfc3339(),
        }
    }

    /// The additional data: the header as JSON without whitespace, members in the order above.
    pub fn aad(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }
}

/// A file with a passphrase as read, before the passphrase: its header and its bytes, checked for shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    pub header: Header,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// The encrypted, compressed file followed by the 16-byte tag.
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    pub fn exported_at(&self) -> Option<DateTime<FixedOffset>> {
        DateTime::parse_from_rfc3339(&self.header.exported_at).ok()
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    header: &'a Header,
    ciphertext: String,
}

/// The book as the bytes to encrypt, the plain file deflated, and the header of the file with a passphrase
/// that will hold them. The plain file without whitespace (`write_compact`), and the fastest level of
/// deflate: no one reads the inside but a program, and at 10,000 members the indented file took a third
/// longer to write and compress (the budget of an export is 1 s, the key derivation included).
pub fn plain(book: &Book, exported_at: DateTime<FixedOffset>, salt: &[u8], iv: &[u8]) -> (Header, Vec<u8>) {
    let text = super::write_compact(book, exported_at);
    (Header::new(exported_at, salt, iv), miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 1))
}

/// The file with a passphrase: its header and the ciphertext, in base64.
pub fn write(header: &Header, ciphertext: &[u8]) -> String {
    let envelope = Envelope { format: FORMAT, header, ciphertext: STANDARD.encode(ciphertext) };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// The header and ciphertext of an envelope already known to be ours, checked for what this app can open.
pub(super) fn from_parts(header: Option<Value>, ciphertext: Value) -> Result<Sealed, FileError> {
    let header: Header = header.and_then(|h| serde_json::from_value(h).ok()).ok_or(FileError::SealedDamaged)?;
    if header.schema_version > super::SCHEMA_VERSION {
        return Err(FileError::NewerSchema { found: header.schema_version });
    }
    let known = header.format == FORMAT
        && header.encryption == ENCRYPTION
        && header.kdf == KDF
        && header.compression == COMPRESSION
        && (1..=MAX_ITERATIONS).contains(&header.iterations)
        && DateTime::parse_from_rfc3339(&header.exported_at).is_ok();
    let bytes = |text: &str| STANDARD.decode(text).ok();
    let (Some(salt), Some(iv), Some(ciphertext)) =
        (bytes(&header.salt), bytes(&header.iv), ciphertext.as_str().and_then(bytes))
    else {
        return Err(FileError::SealedDamaged);
    };
    if !known || salt.len() < SALT_LEN || iv.len() != IV_LEN || ciphertext.len() < TAG_LEN {
        return Err(FileError::SealedDamaged);
    }
    Ok(Sealed { header, salt, iv, ciphertext })
}

/// The decrypted bytes read as the plain file they hold, through the same reader and checks as any file.
pub fn open(decrypted: &[u8]) -> Result<Imported, FileError> {
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(decrypted, MAX_PLAIN)
        .map_err(|_| FileError::SealedDamaged)?;
    read(std::str::from_utf8(&plain).map_err(|_| FileError::SealedDamaged)?)
}

/// The shortest passphrase the app accepts, in characters.
pub const MIN_PASSPHRASE: usize = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    Mismatch,
}

/// Whether a passphrase typed twice may protect a file.
pub fn passphrase_problem(passphrase: &str, again: &str) -> Option<PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE {
        Some(PassphraseProblem::TooShort)
    } else if passphrase != again {
        Some(PassphraseProblem::Mismatch)
    } else {
        None
    }
}
