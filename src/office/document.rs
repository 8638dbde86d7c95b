//! A document as the union writes them: the administrative header, a title, then headings, paragraphs and
//! tables in order. Plain text only: the page decides what is said (in the user's language, with the domain's
//! figures), `docx.rs` how it looks on A4.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub header: AdminHeader,
    /// Centred, bold, in capitals as given ("BÁO CÁO").
    pub title: String,
    /// Centred under the title; may be empty.
    #[serde(default)]
    pub subtitle: String,
    pub blocks: Vec<Block>,
}

/// The two columns at the top of an administrative document (Nghị định 30/2020/NĐ-CP): on the left who
/// issues it (the superior union, then the union itself in bold); on the right the national title, the motto
/// (bold, underlined), and the place and date in italics.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AdminHeader {
    /// Top to bottom; the last line is bold.
    pub left: Vec<String>,
    /// Top to bottom, all bold; the last line is underlined.
    pub right: Vec<String>,
    /// "Hà Nội, ngày 31 tháng 12 năm 2025", under the right column in italics; may be empty.
    #[serde(default)]
    pub date_line: String,
    /// "Số: 12/BC-CĐCS", under the left column; may be empty.
    #[serde(default)]
    pub number: String,
}

impl AdminHeader {
    /// The national title and motto, as every administrative document carries them.
    pub fn national(left: Vec<String>, date_line: String) -> AdminHeader {
        AdminHeader {
            left,
            right: vec!["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".into(), "Độc lập - Tự do - Hạnh phúc".into()],
            date_line,
            number: String::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// A part's heading, bold ("I. TÌNH HÌNH ĐOÀN VIÊN").
    Heading(String),
    /// Justified text; a line break in it starts a new paragraph.
    Paragraph(String),
    /// A bordered table under its caption, the header row bold and repeated on each page.
    Table { caption: String, header: Vec<String>, rows: Vec<Vec<String>> },
    /// Side by side at the foot of the document, each centred: its title (bold, a line each), the hint
    /// "(Ký, họ tên)" in italics, room to sign, then the name in bold.
    Signatures(Vec<Signature>),
    /// The foot of an administrative document: "Nơi nhận:" and its lines on the left, the signature on the
    /// right.
    Closing { recipients: Vec<String>, signature: Signature },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Signature {
    pub title: Vec<String>,
    pub hint: String,
    pub name: String,
}
