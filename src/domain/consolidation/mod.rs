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

/// The books of `files` (in the order they were added) added up over `period`. Of two files of the same
/// union (the same name, ignoring case and marks), the one exported later is used; `word` says why a file
/// was refused.
pub fn consolidate(files: &[(String, Opened)], period: Period, word: impl Fn(&FileError) -> String) -> Consolidation {
    let union_key = |imported: &Imported| fold(&imported.book.union.on(period.to).name);
    let exported = |imported: &Imported| imported.meta.exported_at;
    // The file used for each union: the latest export, the later added of two alike.
    let mut used: Vec<usize> = Vec::new();
    let mut superseded_by = vec![None; files.len()];
    for (i, (_, opened)) in files.iter().enumerate() {
        let Opened::Read(imported) = opened else { continue };
        let same = used.iter().position(|&u| match &files[u].1 {
            Opened::Read(other) => union_key(other) == union_key(imported),
            _ => false,
        });
        match same {
            None => used.push(i),
            Some(at) => {
                let Opened::Read(other) = &files[used[at]].1 else { continue };
                let (newer, older) = if exported(imported) >= exported(other) { (i, used[at]) } else { (used[at], i) };
                used[at] = newer;
                superseded_by[older] = Some(newer);
            }
        }
    }
    // A union superseded twice points at the file finally used.
    for i in 0..files.len() {
        let mut by = superseded_by[i];
        while let Some(next) = by.and_then(|b| superseded_by[b]) {
            by = Some(next);
        }
        superseded_by[i] = by;
    }
    used.sort_by_cached_key(|&i| match &files[i].1 {
        Opened::Read(imported) => (union_key(imported), i),
        _ => (String::new(), i),
    });
    let mut reports = Vec::with_capacity(used.len());
    let mut listed = Vec::with_capacity(files.len());
    for (i, (name, opened)) in files.iter().enumerate() {
        let mut row = Listed {
            name: name.clone(),
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
        match opened {
            Opened::Locked(at) => row.exported_at = *at,
            Opened::Refused(e) => row.status = Status::Refused { reason: word(e) },
            Opened::Read(imported) => {
                let book = &imported.book;
                let parts = report::parts(book, period);
                let info = book.union.on(period.to);
                row.union = info.name.clone();
                row.superior = info.superior.clone();
                row.exported_at = imported.meta.exported_at;
                row.covers = covers(imported);
                row.drifts = parts.finance.drifts.clone();
                row.balances = Some(parts.finance.balances() && row.drifts.is_empty());
                row.personal_data = imported.meta.personal_data;
                row.status = match superseded_by[i] {
                    Some(by) => Status::Superseded { by },
                    None => Status::Used,
                };
                if row.status == Status::Used {
                    reports.push((i, of_report(&parts)));
                }
            }
        }
        row.stale = row.exported_at.is_none_or(|at| at.date_naive() + Duration::days(STALE_DAYS) < period.to);
        listed.push(row);
    }
    // In the order of the unions' names.
    reports.sort_by_key(|(i, _)| used.iter().position(|u| u == i));
    let (unions, reports): (Vec<usize>, Vec<_>) = reports.into_iter().unzip();
    Consolidation { period: Some(period), files: listed, figures: add_up(unions, &reports) }
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
