//! Rosters as officers keep them in spreadsheets. Reading: a grid of cells (from .csv or .xlsx), its header
//! row found, its columns recognised by their usual Vietnamese headers, each row turned into a member draft.
//! Writing: a table as CSV that Excel and LibreOffice open cleanly.

use crate::domain::members::member::{Education, Gender, MemberDraft, PoliticalTheory};
use crate::domain::text::{fold, format_date, parse_date};
use chrono::{Duration, NaiveDate};

/// A cell as a spreadsheet gives it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
}

pub type Grid = Vec<Vec<Cell>>;

/// What a column of the sheet holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Ignore,
    FullName,
    BirthDate,
    /// The "Nam" half of a birth date split by gender: a date (or a mark) here means a man.
    BirthMale,
    BirthFemale,
    Gender,
    Ethnicity,
    Religion,
    Hometown,
    CitizenId,
    Group,
    JobTitle,
    Education,
    PoliticalTheory,
    PartyMember,
    PartySince,
    JoinedUnion,
    CardNumber,
    Phone,
    Email,
    Salary,
    Notes,
    /// Kept in the notes under its header ("Hệ số lương: 4,98"): what the roster says that the record has no
    /// field for is not lost.
    Note,
}

impl Column {
    pub const ALL: [Column; 23] = [
        Column::Ignore,
        Column::FullName,
        Column::BirthDate,
        Column::BirthMale,
        Column::BirthFemale,
        Column::Gender,
        Column::Ethnicity,
        Column::Religion,
        Column::Hometown,
        Column::CitizenId,
        Column::Group,
        Column::JobTitle,
        Column::Education,
        Column::PoliticalTheory,
        Column::PartyMember,
        Column::PartySince,
        Column::JoinedUnion,
        Column::CardNumber,
        Column::Phone,
        Column::Email,
        Column::Salary,
        Column::Notes,
        Column::Note,
    ];
}

/// Where the table is in the sheet and what each column holds; the user can correct `columns`.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Index of the last row of the header (its second row, or the row of column numbers); data starts on the
    /// next one.
    pub header: usize,
    pub columns: Vec<Column>,
    /// Each column's header as the sheet writes it, a second row's under the merged header above it
    /// ("Trình độ Văn hóa"): the name a value kept in the notes goes by.
    pub names: Vec<String>,
}

/// The usual headers, folded, most specific first: (what the header contains, or is, → the column). The
/// app's own export, in either language, reads back.
const HEADERS: &[(&str, bool, Column)] = &[
    ("stt", true, Column::Ignore),
    ("tt", true, Column::Ignore),
    ("so tt", true, Column::Ignore),
    ("so thu tu", true, Column::Ignore),
    ("no", true, Column::Ignore),
    // Roles are appointments of the committee, made on its page; the roster's word is kept in the notes.
    ("chuc vu cong doan", false, Column::Note),
    ("chuc vu cd", false, Column::Note),
    ("chuc vu trong cong doan", false, Column::Note),
    ("union role", false, Column::Note),
    // A coefficient (4,98), not a salary; an allowance, not a job title; general schooling (12/12), not
    // professional education; a birthplace, not the home town.
    ("he so", false, Column::Note),
    ("phu cap", false, Column::Note),
    ("trinh do van hoa", false, Column::Note),
    ("van hoa", false, Column::Note),
    ("noi sinh", false, Column::Note),
    ("full name", false, Column::FullName),
    ("date of birth", false, Column::BirthDate),
    ("gender", false, Column::Gender),
    ("ethnicity", false, Column::Ethnicity),
    ("religion", false, Column::Religion),
    ("home town", false, Column::Hometown),
    ("citizen id", false, Column::CitizenId),
    ("union group", false, Column::Group),
    ("job title", false, Column::JobTitle),
    ("political theory", false, Column::PoliticalTheory),
    ("education", false, Column::Education),
    ("party member since", false, Column::PartySince),
    ("party member", false, Column::PartyMember),
    ("joined the union", false, Column::JoinedUnion),
    ("card number", false, Column::CardNumber),
    ("ngay vao dang", false, Column::PartySince),
    ("ngay ket nap dang", false, Column::PartySince),
    ("ngay vao cong doan", false, Column::JoinedUnion),
    ("ngay ket nap cong doan", false, Column::JoinedUnion),
    ("ngay vao cd", false, Column::JoinedUnion),
    ("gia nhap cong doan", false, Column::JoinedUnion),
    ("gia nhap cd", false, Column::JoinedUnion),
    ("ma doan vien", false, Column::CardNumber),
    ("ma dv", false, Column::CardNumber),
    ("cong doan bo phan", false, Column::Group),
    ("bo phan", false, Column::Group),
    ("phong ban", false, Column::Group),
    ("don vi cong tac", false, Column::Group),
    ("dang vien", false, Column::PartyMember),
    ("ho va ten", false, Column::FullName),
    ("ho ten", false, Column::FullName),
    ("ngay sinh", false, Column::BirthDate),
    ("nam sinh", false, Column::BirthDate),
    ("nam", true, Column::BirthMale),
    ("nu", true, Column::BirthFemale),
    ("gioi tinh", false, Column::Gender),
    ("dan toc", false, Column::Ethnicity),
    ("ton giao", false, Column::Religion),
    ("que quan", false, Column::Hometown),
    ("nguyen quan", false, Column::Hometown),
    ("cccd", false, Column::CitizenId),
    ("can cuoc", false, Column::CitizenId),
    ("so the", false, Column::CardNumber),
    ("dien thoai", false, Column::Phone),
    ("sdt", false, Column::Phone),
    ("email", false, Column::Email),
    ("e mail", false, Column::Email),
    ("thu dien tu", false, Column::Email),
    ("luong", false, Column::Salary),
    ("salary", false, Column::Salary),
    ("phone", false, Column::Phone),
    ("notes", false, Column::Notes),
    ("ly luan", false, Column::PoliticalTheory),
    ("llct", false, Column::PoliticalTheory),
    ("trinh do", false, Column::Education),
    ("chuyen mon", false, Column::Education),
    ("chuc vu", false, Column::JobTitle),
    ("chuc danh", false, Column::JobTitle),
    ("to", true, Column::Group),
    ("ghi chu", false, Column::Notes),
];

/// The column a header names, if it is one of the usual ones.
pub fn recognise(header: &str) -> Column {
    known(header).unwrap_or(Column::Ignore)
}

fn known(header: &str) -> Option<Column> {
    let folded = fold(header).split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = folded.trim_matches(|c: char| !c.is_alphanumeric());
    if folded == "to cong doan" || folded == "to cd" {
        return Some(Column::Group);
    }
    HEADERS
        .iter()
        .find(|(words, exact, _)| if *exact { folded == *words } else { folded.contains(words) })
        .map(|(_, _, column)| *column)
}

/// The column of a header in a sheet: one the importer does not know is kept in the notes.
fn column_of(header: &str) -> Column {
    match known(header) {
        Some(column) => column,
        None if header.trim().is_empty() => Column::Ignore,
        None => Column::Note,
    }
}

/// A cell as text: numbers without a fraction are written as whole numbers (a phone keeps its digits).
pub fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.trim().to_string(),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => (*n as i64).to_string(),
        // A coefficient such as 4,98 as Vietnamese write it.
        Cell::Number(n) => n.to_string().replace('.', ","),
        Cell::Date(d) => format_date(*d),
    }
}

/// Finds the header row among the first rows (below any title block): the one naming the most known
/// columns. A second row of headers under it ("Nam" | "Nữ" under a merged "Ngày sinh", "Chuyên môn" | "Lý
/// luận chính trị" under "Trình độ") and a row of column numbers ("(1) (2) (3)") are part of the header.
pub fn detect(grid: &Grid) -> Layout {
    let width = grid.iter().map(Vec::len).max().unwrap_or(0);
    let count = |row: &Vec<Cell>| row.iter().filter(|c| recognise(&cell_text(c)) != Column::Ignore).count();
    let header = grid
        .iter()
        .take(30)
        .enumerate()
        .max_by_key(|(i, row)| (count(row), std::cmp::Reverse(*i)))
        .map_or(0, |(i, _)| i);
    let text = |r: usize, c: usize| grid.get(r).and_then(|row| row.get(c)).map(cell_text).unwrap_or_default();
    let mut names: Vec<String> = (0..width).map(|c| text(header, c)).collect();
    let mut columns: Vec<Column> = names.iter().map(|n| column_of(n)).collect();
    let mut last = header;
    let name_column = columns.iter().position(|c| *c == Column::FullName);
    if grid.get(header + 1).is_some_and(|row| is_sub_header(row, name_column)) {
        // A merged header's text is in its first cell only: it names every column under it.
        let mut parent = String::new();
        for c in 0..width {
            let top = text(header, c);
            if !top.is_empty() {
                parent = top;
            }
            let sub = text(header + 1, c);
            if sub.is_empty() {
                continue;
            }
            match known(&sub) {
                Some(column) => {
                    columns[c] = column;
                    names[c] = sub;
                }
                None => {
                    columns[c] = Column::Note;
                    names[c] = format!("{parent} {sub}");
                }
            }
        }
        last = header + 1;
    }
    if grid.get(last + 1).is_some_and(|row| is_numbering(row)) {
        last += 1;
    }
    Layout { header: last, columns, names }
}

/// A second header row holds headers only, at least one known: text without digits, and nothing under the
/// name (whose header spans both rows), where a data row always has a name.
fn is_sub_header(row: &[Cell], name_column: Option<usize>) -> bool {
    let filled: Vec<&Cell> = row.iter().filter(|c| **c != Cell::Empty).collect();
    let words = filled.iter().all(|c| matches!(c, Cell::Text(t) if !t.chars().any(|ch| ch.is_ascii_digit())));
    let no_name = name_column.is_none_or(|c| row.get(c).is_none_or(|cell| cell_text(cell).is_empty()));
    words && no_name && filled.iter().any(|c| known(&cell_text(c)).is_some_and(|k| k != Column::Ignore))
}

/// A row of column numbers under the header: "(1) (2) (3) …" or 1 2 3.
fn is_numbering(row: &[Cell]) -> bool {
    let filled: Vec<String> = row.iter().map(cell_text).filter(|t| !t.is_empty()).collect();
    filled.len() >= 2
        && filled.iter().all(|t| {
            let inner = t.trim_start_matches('(').trim_end_matches(')');
            !inner.is_empty() && inner.len() <= 3 && inner.chars().all(|c| c.is_ascii_digit())
        })
}

/// Where the table ends: a total ("Tổng cộng: 30 đoàn viên") or a signature block ("NGƯỜI LẬP BIỂU", "TM. BAN
/// CHẤP HÀNH", "Hà Nội, ngày …"), none of them a member.
fn ends_table(row: &[Cell]) -> bool {
    let texts: Vec<String> = row.iter().map(cell_text).filter(|t| !t.is_empty()).map(|t| fold(&t)).collect();
    let total = texts.iter().any(|t| t.starts_with("tong cong") || t.starts_with("tong so") || t == "cong");
    // Its first cell, as a member's row starts with a number or a name (a role further on may say "Chủ tịch").
    let signature = texts.len() <= 3
        && texts.first().is_some_and(|t| {
            SIGNATURES.iter().any(|s| t.starts_with(s))
                || (t.contains(" ngay ") && t.contains(" thang ") && t.contains(" nam "))
        });
    total || signature
}

/// How the lines of a signature block begin, folded.
const SIGNATURES: [&str; 9] =
    ["nguoi lap", "tm.", "tm ", "thu truong", "chu tich", "ke toan truong", "xac nhan", "ky ten", "(ky"];

/// A row of the sheet turned into a member draft, with what could not be read in it.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
    /// The row's number as the spreadsheet shows it (1 for the first row).
    pub line: usize,
    pub draft: MemberDraft,
    /// The group named in the row, to be found or created by name.
    pub group: String,
    pub problems: Vec<RowProblem>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowProblem {
    /// A date in both the "Nam" and the "Nữ" column.
    BothGenders,
    /// A gender written in a way not understood.
    UnknownGender(String),
    /// Only a year of birth: kept in the notes, the date left empty.
    YearOnly(String),
    UnknownEducation(String),
    UnknownTheory(String),
    /// A CCCD of 11 digits: typed as a number, it lost its leading zero, which is put back.
    CitizenIdZero(String),
}

/// Days from Excel's day zero; 1900 serials are counted as Excel counts them (after its 29/02/1900).
fn excel_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30).map(|zero| zero + Duration::days(serial.trunc() as i64))
}

/// A date cell as the form's text: a real date, an Excel serial, or text in any usual form. A bare year is
/// not a date: it comes back as `Err` with the year.
fn date_text(cell: &Cell, pivot_year: i32) -> Result<String, String> {
    match cell {
        Cell::Date(d) => Ok(format_date(*d)),
        Cell::Number(n) if (1900.0..=2100.0).contains(n) && n.fract() == 0.0 => Err(cell_text(cell)),
        Cell::Number(n) => Ok(excel_date(*n).map(format_date).unwrap_or_else(|| cell_text(cell))),
        Cell::Text(t) if t.trim().len() == 4 && t.trim().chars().all(|c| c.is_ascii_digit()) => Err(t.trim().into()),
        other => {
            let raw = cell_text(other);
            Ok(parse_date(&raw, pivot_year).map(format_date).unwrap_or(raw))
        }
    }
}

fn education_of(text: &str) -> Option<Education> {
    let f = fold(text);
    let has = |w: &str| f.split(|c: char| !c.is_alphanumeric()).any(|x| x == w) || f.contains(w);
    Some(if has("tien si") || has("tien sy") || f == "ts" {
        Education::Doctorate
    } else if has("thac si") || has("thac sy") || f == "ths" {
        Education::Master
    } else if has("dai hoc") || has("cu nhan") || has("ky su") || f == "dh" || f == "đh" {
        Education::Bachelor
    } else if has("cao dang") || f == "cd" {
        Education::College
    } else if has("trung cap") || f == "tc" {
        Education::Vocational
    } else if f.is_empty() || has("so cap") || has("khong") {
        Education::None
    } else {
        return None;
    })
}

fn theory_of(text: &str) -> Option<PoliticalTheory> {
    let f = fold(text);
    Some(if f.contains("cao cap") || f.contains("cu nhan") || f == "cc" {
        PoliticalTheory::Advanced
    } else if f.contains("trung cap") || f == "tc" {
        PoliticalTheory::Intermediate
    } else if f.contains("so cap") || f == "sc" {
        PoliticalTheory::Elementary
    } else if f.is_empty() || f.contains("chua") || f.contains("khong") {
        PoliticalTheory::None
    } else {
        return None;
    })
}

fn gender_of(text: &str) -> Option<Gender> {
    match fold(text).as_str() {
        "nam" | "male" | "m" => Some(Gender::Male),
        "nu" | "female" | "f" => Some(Gender::Female),
        _ => None,
    }
}

/// True for a cell that says yes: a mark, "có", a date.
fn marked(cell: &Cell) -> bool {
    let f = fold(&cell_text(cell));
    !f.is_empty() && !matches!(f.as_str(), "khong" | "0" | "-" | "no")
}

/// Reads every data row below the header into a member draft, up to a total or a signature block; rows
/// without a name are skipped. A value not understood is kept in the notes under its header.
pub fn rows(grid: &Grid, layout: &Layout, pivot_year: i32) -> Vec<SheetRow> {
    let mut out = Vec::new();
    for (index, row) in grid.iter().enumerate().skip(layout.header + 1) {
        if ends_table(row) {
            break;
        }
        let mut draft = MemberDraft::default();
        let mut group = String::new();
        let mut problems = Vec::new();
        let mut notes = Vec::new();
        let mut genders = Vec::new();
        for ((column, cell), name) in layout.columns.iter().zip(row.iter()).zip(layout.names.iter()) {
            let raw = cell_text(cell);
            if raw.is_empty() {
                continue;
            }
            let noted = format!("{name}: {raw}");
            let mut date = |target: &mut String| match date_text(cell, pivot_year) {
                Ok(t) => *target = t,
                Err(year) => {
                    problems.push(RowProblem::YearOnly(year.clone()));
                    notes.push(format!("Năm sinh: {year}"));
                }
            };
            match column {
                Column::Ignore => {}
                Column::FullName => draft.full_name = raw,
                Column::BirthDate => date(&mut draft.birth_date),
                Column::BirthMale | Column::BirthFemale => {
                    genders.push(if *column == Column::BirthMale { Gender::Male } else { Gender::Female });
                    if !matches!(fold(&raw).as_str(), "x" | "v") {
                        date(&mut draft.birth_date);
                    }
                }
                Column::Gender => match gender_of(&raw) {
                    Some(g) => genders.push(g),
                    None => problems.push(RowProblem::UnknownGender(raw)),
                },
                Column::Ethnicity => draft.ethnicity = raw,
                Column::Religion => draft.religion = raw,
                Column::Hometown => draft.hometown = raw,
                Column::CitizenId if raw.len() == 11 && raw.chars().all(|c| c.is_ascii_digit()) => {
                    draft.citizen_id = format!("0{raw}");
                    problems.push(RowProblem::CitizenIdZero(raw));
                }
                Column::CitizenId => draft.citizen_id = raw,
                Column::Group => group = raw,
                Column::JobTitle => draft.job_title = raw,
                Column::Education => match education_of(&raw) {
                    Some(e) => draft.education = e,
                    None => {
                        problems.push(RowProblem::UnknownEducation(raw));
                        notes.push(noted);
                    }
                },
                Column::PoliticalTheory => match theory_of(&raw) {
                    Some(p) => draft.political_theory = p,
                    None => {
                        problems.push(RowProblem::UnknownTheory(raw));
                        notes.push(noted);
                    }
                },
                Column::PartyMember => {
                    draft.party_member = marked(cell);
                    if let Ok(d) = date_text(cell, pivot_year).map(|t| parse_date(&t, pivot_year)) {
                        draft.party_since = d.map(format_date).unwrap_or_default();
                    }
                }
                Column::PartySince => {
                    draft.party_member = true;
                    date(&mut draft.party_since);
                }
                Column::JoinedUnion => date(&mut draft.joined_union),
                Column::CardNumber => draft.card_number = raw,
                Column::Phone => draft.phone = phone_digits(&raw),
                Column::Email => draft.email = raw,
                Column::Salary => draft.salary = raw,
                Column::Notes => notes.insert(0, raw),
                Column::Note => notes.push(noted),
            }
        }
        genders.dedup();
        match genders.as_slice() {
            [g] => draft.gender = Some(*g),
            [] => {}
            _ => problems.push(RowProblem::BothGenders),
        }
        draft.notes = notes.join("; ");
        if draft.full_name.trim().is_empty() {
            continue;
        }
        out.push(SheetRow { line: index + 1, draft, group, problems });
    }
    out
}

/// A phone number as a spreadsheet may have stored it: as a number, its leading zero lost.
fn phone_digits(raw: &str) -> String {
    let digits = raw.chars().all(|c| c.is_ascii_digit());
    if digits && raw.len() == 9 && !raw.starts_with('0') {
        format!("0{raw}")
    } else {
        raw.to_string()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetError {
    NotUtf8,
    Empty,
    /// A line the CSV reader could not take (an unclosed quote, say), counted from 1.
    Unreadable {
        line: u64,
    },
}

/// Reads a CSV file: UTF-8 (with or without a byte order mark), separated by commas, semicolons or tabs,
/// whichever the first line uses most.
pub fn read_csv(bytes: &[u8]) -> Result<Grid, SheetError> {
    let text = std::str::from_utf8(bytes).map_err(|_| SheetError::NotUtf8)?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(SheetError::Empty);
    }
    let first = text.lines().next().unwrap_or_default();
    let delimiter =
        [b',', b';', b'\t'].into_iter().max_by_key(|d| first.bytes().filter(|b| b == d).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut grid = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Unreadable { line: e.position().map_or(0, |p| p.line()) })?;
        grid.push(
            record.iter().map(|c| if c.trim().is_empty() { Cell::Empty } else { Cell::Text(c.to_string()) }).collect(),
        );
    }
    Ok(grid)
}

/// A cell that a spreadsheet would run as a formula is made plain text with a leading apostrophe.
fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// A table as CSV for Excel and LibreOffice: UTF-8 with a byte order mark (so Excel reads the diacritics),
/// commas, CRLF line ends, formulas neutralised.
pub fn write_csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    for row in std::iter::once(header.to_vec()).chain(rows.iter().cloned()) {
        let _ = writer.write_record(row.iter().map(|c| neutralise(c)));
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}
