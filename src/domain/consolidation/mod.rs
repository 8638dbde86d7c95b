//! Many unions' books added up for the union that oversees them (a commune, ward or special-zone union):
//! their exported files read as any file is (`file::open`), the newest file of each union used, and the
//! figures of each union's own report of a period set side by side and summed (`figures`). Nothing here
//! touches the book of the union the browser holds.

pub mod figures;

pub use figures::{add_up, of_report, Figures, Label, Part, Row};

use crate::domain::file::{self, Content, FileError, Imported};
use crate::domain::finance::Period;
use crate::domain::report;
use crate::domain::text::fold;
use chrono::{DateTime, Duration, FixedOffset};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A file exported more than this many days before the end of the period cannot tell the period's last
/// weeks: it is used, and flagged.
pub const STALE_DAYS: i64 = 30;

/// A chosen file as read: a book, a file waiting for its passphrase, or a file refused and why.
#[derive(Clone, Debug)]
pub enum Opened {
    Read(Box<Imported>),
    Locked(Option<DateTime<FixedOffset>>),
    Refused(FileError),
}

/// Reads a chosen file's bytes as the app reads any file.
pub fn open(bytes: &[u8]) -> Opened {
    let Ok(text) = std::str::from_utf8(bytes) else { return Opened::Refused(FileError::NotOurs) };
    match file::open(text) {
        Ok(Content::Plain(imported)) => Opened::Read(imported),
        Ok(Content::Sealed(sealed)) => Opened::Locked(sealed.exported_at()),
        Err(e) => Opened::Refused(e),
    }
}

/// What became of a file in the consolidation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Status {
    Used,
    /// Another file of the same union, exported later (the file at `by` in the listing), is used instead.
    Superseded {
        by: usize,
    },
    /// Waits for its passphrase.
    Locked,
    /// Refused: the reason, worded for the user.
    Refused {
        reason: String,
    },
}

/// A file as listed: what it says of itself and of its books.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Listed {
    pub name: String,
    pub status: Status,
    /// The union and its superior as they stood at the end of the period; empty for a file not read.
    pub union: String,
    pub superior: String,
    pub exported_at: Option<DateTime<FixedOffset>>,
    /// From the first fund's opening to the last voucher: the span the books cover.
    pub covers: Option<Period>,
    /// Closing = opening + income − expense over the period, and every closed year as the vouchers give it.
    pub balances: Option<bool>,
    /// Closed years whose stored balances differ from the vouchers.
    pub drifts: Vec<i32>,
    pub personal_data: bool,
    /// Exported more than `STALE_DAYS` before the end of the period.
    pub stale: bool,
}

/// The files listed and the figures of the unions used.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Consolidation {
    pub period: Option<Period>,
    pub files: Vec<Listed>,
    pub figures: Figures,
}

impl Consolidation {
    /// The unions in the order of the figures' values, by the file each was read from.
    pub fn union_names(&self) -> Vec<&str> {
        self.figures.unions.iter().map(|&f| self.files.get(f).map_or("", |l| l.union.as_str())).collect()
    }
}

/// A file read for a period: how it is listed, the union it is of, and its own report's figures. Made where
/// the file is held (a worker), then combined with the others' (`combine`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Examined {
    pub listed: Listed,
    /// The union's name folded (case and marks ignored): two files alike are of the same union.
    pub key: String,
    pub figures: Vec<(Label, Decimal)>,
}

/// A file over `period`, read or not; `word` says why a file was refused.
pub fn examine(name: &str, opened: &Opened, period: Period, word: impl Fn(&FileError) -> String) -> Examined {
    let mut listed = Listed {
        name: name.to_string(),
        status: Status::Locked,
        union: String::new(),
        superior: String::new(),
        exported_at: None,
        covers: None,
        balances: None,
        drifts: Vec::new(),
        personal_data: true,
        stale: false,
    };
    let mut figures = Vec::new();
    match opened {
        Opened::Locked(at) => listed.exported_at = *at,
        Opened::Refused(e) => listed.status = Status::Refused { reason: word(e) },
        Opened::Read(imported) => {
            let book = &imported.book;
            let parts = report::parts(book, period);
            let info = book.union.on(period.to);
            listed.union = info.name.clone();
            listed.superior = info.superior.clone();
            listed.exported_at = imported.meta.exported_at;
            listed.covers = covers(imported);
            listed.drifts = parts.finance.drifts.clone();
            listed.balances = Some(parts.finance.balances() && listed.drifts.is_empty());
            listed.personal_data = imported.meta.personal_data;
            listed.status = Status::Used;
            figures = of_report(&parts);
        }
    }
    listed.stale = listed.exported_at.is_none_or(|at| at.date_naive() + Duration::days(STALE_DAYS) < period.to);
    Examined { key: fold(&listed.union), listed, figures }
}

/// The files examined (in the order they were added) added up over `period`. Of two files of the same union,
/// the one exported later is used (the later added of two alike); the unions in the order of their names,
/// numbers by their value.
pub fn combine(examined: Vec<Examined>, period: Period) -> Consolidation {
    let mut used: Vec<usize> = Vec::new();
    let mut superseded_by: Vec<Option<usize>> = vec![None; examined.len()];
    for (i, file) in examined.iter().enumerate().filter(|(_, f)| f.listed.status == Status::Used) {
        match used.iter().position(|&u| examined[u].key == file.key) {
            None => used.push(i),
            Some(at) => {
                let other = used[at];
                let later = file.listed.exported_at >= examined[other].listed.exported_at;
                let (newer, older) = if later { (i, other) } else { (other, i) };
                used[at] = newer;
                superseded_by[older] = Some(newer);
            }
        }
    }
    used.sort_by_cached_key(|&i| (reading_order(&examined[i].key), i));
    let mut files = Vec::with_capacity(examined.len());
    let mut reports = vec![Vec::new(); used.len()];
    for (i, file) in examined.into_iter().enumerate() {
        let mut listed = file.listed;
        // A union superseded twice points at the file finally used.
        let mut by = superseded_by[i];
        while let Some(next) = by.and_then(|b| superseded_by[b]) {
            by = Some(next);
        }
        if let Some(by) = by {
            listed.status = Status::Superseded { by };
        } else if let Some(at) = used.iter().position(|&u| u == i) {
            reports[at] = file.figures;
        }
        files.push(listed);
    }
    Consolidation { period: Some(period), files, figures: add_up(used, &reports) }
}

/// The books of `files` (in the order they were added) added up over `period`: each examined, then combined.
pub fn consolidate(files: &[(String, Opened)], period: Period, word: impl Fn(&FileError) -> String) -> Consolidation {
    combine(files.iter().map(|(name, opened)| examine(name, opened, period, &word)).collect(), period)
}

/// The span a book's money covers: from its first fund's opening to its last voucher.
fn covers(imported: &Imported) -> Option<Period> {
    let finance = &imported.book.finance;
    let opened = finance.funds.iter().map(|f| f.opened_on).min();
    let first = finance.vouchers.first().map(|v| v.date);
    let from = opened.into_iter().chain(first).min()?;
    let to = finance.vouchers.last().map_or(from, |v| v.date).max(from);
    Some(Period { from, to })
}

/// A name in the order people read it: the numbers in it by their value ("số 2" before "số 11"). Each part is
/// the text before a number and the number.
fn reading_order(name: &str) -> Vec<(String, u64)> {
    let mut parts: Vec<(String, u64)> = Vec::new();
    let mut in_number = false;
    for c in name.chars() {
        let digit = c.to_digit(10);
        if parts.is_empty() || (in_number && digit.is_none()) {
            parts.push((String::new(), 0));
        }
        in_number = digit.is_some();
        let Some(part) = parts.last_mut() else { continue };
        match digit {
            Some(d) => part.1 = part.1.saturating_mul(10).saturating_add(u64::from(d)),
            None => part.0.push(c),
        }
    }
    parts
}
