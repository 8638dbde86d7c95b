//! What several test files share: the moment files are written at, the demo's exchange file to break, and
//! the documented example file, and a new book on the day the tests take as today.
// Each test file is its own crate and uses a part of this.
#![allow(dead_code)]

use chrono::{DateTime, FixedOffset};
use serde_json::Value;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, write, FileError};

pub fn at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T09:30:00+07:00").unwrap()
}

/// The demo exported, as a JSON value to break; without its checksum so a change is not caught by that.
pub fn exported() -> Value {
    let mut v: Value = serde_json::from_str(&write(&demo_book(), at())).unwrap();
    v.as_object_mut().unwrap().remove("checksum");
    v
}

/// The example file of docs/file-format.md, as a reader of that page would copy it.
pub fn documented_example() -> String {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/file-format.md")).unwrap();
    doc.split("```json\n").nth(1).and_then(|rest| rest.split("\n```").next()).unwrap().to_string()
}

/// The first fenced block of docs/file-format.md after the line starting with `after`.
pub fn documented_block(after: &str) -> String {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/file-format.md")).unwrap();
    let rest = &doc[doc.find(after).unwrap_or_else(|| panic!("no {after:?} in the page"))..];
    let rest = rest.split_once("```").and_then(|(_, r)| r.split_once('\n')).unwrap().1;
    rest.split("\n```").next().unwrap().to_string()
}

pub fn refused(v: &Value) -> FileError {
    read(&serde_json::to_string(v).unwrap()).expect_err("the file should be refused")
}

/// The result of a future that is ready at once, as every one of the memory database's is.
pub fn ready<F: std::future::Future>(future: F) -> F::Output {
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match std::pin::pin!(future).poll(&mut context) {
        std::task::Poll::Ready(value) => value,
        std::task::Poll::Pending => panic!("a memory database answers at once"),
    }
}

/// Every computation the pages make over a book, for each year its records touch: each must complete. The
/// figures themselves are tested elsewhere; here a book at the bounds, or one a fuzzer made, must not panic.
pub fn walk_computations(book: &so_cong_doan::domain::book::Book) {
    use so_cong_doan::domain::activity::{self, measures};
    use so_cong_doan::domain::finance::{books, budget, cash_count, dues, gifts, reports, vouchers, words, Period};
    use so_cong_doan::domain::members::composition;
    use so_cong_doan::domain::report;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut years = activity::activity_years(book, today);
    if let Some((first, last)) = book.finance.years() {
        years.extend(first..=last);
    }
    years.sort_unstable();
    years.dedup();
    for &year in &years {
        let period = Period::year(year);
        let day = measures::reference_date(year);
        let c = composition::composition(book, day);
        composition::rounding_gap(&c.age);
        composition::headcount(book, day);
        composition::movements_between(book, period.from, period.to);
        let s = budget::settlement(&book.finance, year);
        let _ = (s.discrepancy(), s.income_percent(), s.expense_percent());
        for statement in books::statements(&book.finance, period) {
            words::amount_in_words(statement.closing);
        }
        reports::by_line(&book.finance, period);
        reports::expense_groups(&book.finance, period);
        reports::remittance(&book.finance, period).outstanding();
        vouchers::select(&book.finance, period, None, None);
        dues::sheet(book, year, None, today);
        for group in &book.groups {
            dues::month_sheet(book, group.id, so_cong_doan::domain::finance::Month { year, month: 12 }, today);
        }
        let gifts = gifts::GiftFilter { date: period.to, women_only: true, group: None };
        gifts::recipients(book, gifts);
        for fund in &book.finance.funds {
            cash_count::cash_count(&book.finance, fund, period.to, [u32::MAX / 9; 9]);
        }
        activity::titles_of_year(book, year);
        activity::events_of(book, Some(year), false);
        activity::welfare_between(book, period.from, period.to);
        report::parts(book, period);
    }
    activity::women_by_year(book, &years);
    activity::initiatives_by_year(book);
    for target in &book.activities.targets {
        measures::tally(&measures::evaluate(book, target, today));
    }
    report::parts(book, report::term(book, today));
    book.finance.drifts();
}

/// The day the domain tests take as today.
pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// A new book of a union whose term runs between two dates typed as a person would.
pub fn new_book(term_start: &str, term_end: &str) -> so_cong_doan::domain::book::Book {
    let draft = so_cong_doan::domain::book::UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: term_start.into(),
        term_end: term_end.into(),
    };
    so_cong_doan::domain::book::Book::new(draft.validate(today()).unwrap())
}
