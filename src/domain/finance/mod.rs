//! The union's money (tài chính công đoàn): funds, vouchers, categories, dated rules, dues, books and
//! reports. Single-entry bookkeeping over a fiscal year of 1/1–31/12; every movement of money is a voucher,
//! and every figure is computed here from the vouchers, once.

pub mod allowances;
pub mod books;
pub mod budget;
pub mod cash_count;
pub mod categories;
pub mod commands;
pub mod dues;
pub mod exemptions;
pub mod filing;
pub mod funds;
pub mod gifts;
pub mod reports;
pub mod rules;
pub mod sources;
pub mod units;
pub mod vouchers;
pub mod words;
pub mod years;

pub use categories::{Category, Line};
pub use funds::{Fund, FundKind};
pub use rules::{Dated, Rules};
pub use vouchers::{Voucher, VoucherKind};

use super::Id;
use budget::Budget;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;
use units::Units;
use years::Closing;

/// A calendar month, written "2025-07" in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Month {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        (1..=12).contains(&month).then_some(Month { year, month })
    }

    pub fn of(date: NaiveDate) -> Month {
        Month { year: date.year(), month: date.month() }
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).unwrap_or_default()
    }

    pub fn last_day(self) -> NaiveDate {
        self.next().first_day().pred_opt().unwrap_or_default()
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    /// The twelve months of a year.
    pub fn of_year(year: i32) -> impl Iterator<Item = Month> {
        (1..=12).map(move |month| Month { year, month })
    }

    /// Reads "07/2025", "7/2025" or "2025-07".
    pub fn parse(text: &str) -> Option<Month> {
        let text = text.trim();
        if let Some((y, m)) = text.split_once('-') {
            return Month::new(y.parse().ok()?, m.parse().ok()?).filter(|_| y.len() == 4);
        }
        let (m, y) = text.split_once('/')?;
        Month::new(y.trim().parse().ok()?, m.trim().parse().ok()?).filter(|_| y.trim().len() == 4)
    }
}

/// As on screen: "07/2025".
impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{}", self.month, self.year)
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format!("{:04}-{:02}", self.year, self.month))
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Month::parse(&text)
            .filter(|_| text.contains('-'))
            .ok_or_else(|| serde::de::Error::custom("not a month written YYYY-MM"))
    }
}

/// From one day to another, both included: a year, a quarter, a term, the period of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Period {
    pub fn year(year: i32) -> Period {
        Period { from: Month { year, month: 1 }.first_day(), to: Month { year, month: 12 }.last_day() }
    }

    /// The quarter (1 to 4) of a year.
    pub fn quarter(year: i32, quarter: u32) -> Period {
        let first = Month { year, month: (quarter.clamp(1, 4) - 1) * 3 + 1 };
        let last = Month { year, month: first.month + 2 };
        Period { from: first.first_day(), to: last.last_day() }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    /// The years the period touches, in order.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        chrono::Datelike::year(&self.from)..=chrono::Datelike::year(&self.to)
    }
}

/// Choices of the union about its money.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "SettingsOnFile")]
pub struct FinanceSettings {
    /// The kind of unit over time, which decides the dues.
    pub units: Units,
    /// Names printed under the signature blocks of a voucher.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub accountant: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cashier: String,
}

/// The settings as files and stored books of every schema write them: before schema 4 a book knew only
/// whether dues were capped (`dues_cap`), which becomes a kind of unit to confirm. Read here rather than in a
/// file migration, because a stored book's records are read by these types whatever schema wrote them.
#[derive(Deserialize)]
struct SettingsOnFile {
    units: Option<Units>,
    #[serde(default)]
    dues_cap: bool,
    #[serde(default)]
    accountant: String,
    #[serde(default)]
    cashier: String,
}

impl From<SettingsOnFile> for FinanceSettings {
    fn from(file: SettingsOnFile) -> FinanceSettings {
        FinanceSettings {
            units: file.units.unwrap_or_else(|| Units::from_cap(file.dues_cap)),
            accountant: file.accountant,
            cashier: file.cashier,
        }
    }
}

/// The money of the union. Vouchers are kept in date order (recording order within a day) and shared
/// (`Arc`), so a copy of the book costs a pointer per voucher.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finance {
    #[serde(default)]
    pub settings: FinanceSettings,
    pub funds: Vec<Fund>,
    pub categories: Vec<Category>,
    pub rules: Rules,
    #[serde(default)]
    pub vouchers: Vec<Arc<Voucher>>,
    #[serde(default)]
    pub budgets: Vec<Budget>,
    /// Closed years, oldest first.
    #[serde(default)]
    pub closings: Vec<Closing>,
}

impl Finance {
    /// Sorts what the domain reads in order: vouchers by date (keeping the file's order within a day), dated
    /// rules by date, budgets and closings by year. A program writing the file need not sort.
    pub fn normalise(&mut self) {
        self.vouchers.sort_by_key(|v| v.date);
        let rules = &mut self.rules;
        self.settings.units.schemes.sort_by_key(|d| d.from);
        for list in [&mut rules.dues_rate, &mut rules.budget_dues_rate, &mut rules.dues_cap, &mut rules.base_salary]
            .into_iter()
            .chain(rules.kept.iter_mut().map(|k| &mut k.values))
            .chain(rules.allowances.iter_mut().map(|a| &mut a.values))
        {
            list.sort_by_key(|d| d.from);
        }
        self.budgets.sort_by_key(|b| b.year);
        self.closings.sort_by_key(|c| c.year);
    }

    /// A cash fund with no money yet from `opened_on`, the standard lines and today's rules; `id` makes the
    /// ids (random in the app, seeded in the demo).
    pub fn standard(opened_on: NaiveDate, id: &mut impl FnMut() -> Id) -> Finance {
        Finance {
            settings: FinanceSettings::default(),
            funds: vec![Fund::cash(id(), opened_on)],
            categories: categories::standard(id),
            rules: Rules::standard(),
            vouchers: Vec::new(),
            budgets: Vec::new(),
            closings: Vec::new(),
        }
    }

    pub fn fund(&self, id: Id) -> Option<&Fund> {
        self.funds.iter().find(|f| f.id == id)
    }

    pub fn category(&self, id: Id) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn voucher(&self, id: Id) -> Option<&Voucher> {
        self.vouchers.iter().find(|v| v.id == id).map(|v| v.as_ref())
    }

    /// The vouchers dated within a period, in book order, void ones included.
    pub fn vouchers_in(&self, period: Period) -> &[Arc<Voucher>] {
        let start = self.vouchers.partition_point(|v| v.date < period.from);
        let end = self.vouchers.partition_point(|v| v.date <= period.to);
        &self.vouchers[start..end.max(start)]
    }

    /// The years that have vouchers or a fund opening, first to last; none when the book has neither.
    pub fn years(&self) -> Option<(i32, i32)> {
        let opened = self.funds.iter().map(|f| f.opened_on.year());
        let dated = self.vouchers.first().into_iter().chain(self.vouchers.last()).map(|v| v.date.year());
        let all: Vec<i32> = opened.chain(dated).collect();
        Some((*all.iter().min()?, *all.iter().max()?))
    }
}

/// A field of a finance form, to say where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Date,
    Fund,
    ToFund,
    Category,
    Party,
    Reason,
    Amount,
    Name,
    Code,
    Parent,
    OpeningBalance,
    OpenedOn,
    Value,
    Month,
    Group,
    /// The last day of a period.
    Until,
    /// B07's basic indicators and the superior's approval.
    Headcount,
    FeeSalaryFund,
    DuesSalaryFund,
    Approved,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    NotADate,
    NotAnAmount,
    Zero,
    Negative,
    NotWhole,
    /// Above `bounds::MAX_DONG`.
    AboveMax,
    TooLarge,
    NotANumber,
    BeforeOpening,
    Unknown,
    WrongKind,
    CharityMismatch,
    SameFund,
    Duplicate,
    NotAMonth,
    /// The year has used every number of this kind of voucher (`bounds::MAX_VOUCHER_NUMBER`).
    NoNumberLeft,
    /// The end of a period before its start.
    BeforeStart,
    /// A period that overlaps another of the same member.
    Overlaps,
    /// A pause of membership longer than `exemptions::MAX_PAUSE_MONTHS`.
    PauseTooLong,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// Why a finance command was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FinanceError {
    /// Problems with the fields of a form, each naming its field.
    Fields(Vec<FieldError>),
    /// The year is closed: nothing dated in it can change until it is reopened.
    YearClosed(i32),
    AlreadyVoid,
    /// A year can be closed only after the year before it.
    EarlierYearOpen(i32),
    /// Only the last closed year can be reopened.
    LaterYearClosed(i32),
    NotClosed(i32),
    AlreadyClosed(i32),
    /// The year has not ended on the day given.
    YearNotOver(i32),
    /// No member of the group owes dues for the month.
    NothingOwed,
    /// A gift list with nobody on it.
    NobodyListed,
    /// A standard line, or a line or fund that vouchers use, cannot be removed.
    InUse,
    /// A payment or transfer larger than the fund holds: on `day` its balance would be only `balance`.
    Overdrawn {
        fund: String,
        day: NaiveDate,
        balance: rust_decimal::Decimal,
    },
}

impl FinanceError {
    pub fn field(field: Field, problem: Problem) -> FinanceError {
        FinanceError::Fields(vec![FieldError { field, problem }])
    }
}

/// Collects the problems of a form and turns them into one error.
#[derive(Default)]
pub(crate) struct Problems(Vec<FieldError>);

impl Problems {
    pub fn add(&mut self, field: Field, problem: Problem) {
        self.0.push(FieldError { field, problem });
    }

    pub fn check(self) -> Result<(), FinanceError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(FinanceError::Fields(self.0))
        }
    }
}

/// A change to the money, named for backups and the undo button; the words come from the translation table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "subject", rename_all = "snake_case")]
pub enum FinanceChange {
    /// The kind and the reason written on it.
    RecordVoucher(VoucherKind, String),
    /// The voucher's number, PT-2026-001.
    VoidVoucher(String),
    /// The group and the month.
    CollectDues(String, String),
    SaveFund(String),
    RemoveFund(String),
    SaveCategory(String),
    RemoveCategory(String),
    EditRules,
    EditSettings,
    SetBudget(i32),
    /// B07's indicators or the superior's approval of a year.
    SetFiling(i32),
    /// The member's name.
    SaveExemption(String),
    RemoveExemption(String),
    CloseYear(i32),
    ReopenYear(i32),
}
