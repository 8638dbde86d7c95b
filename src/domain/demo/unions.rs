//! The unions a commune or ward union oversees, generated for the consolidation's tests and bench: each shaped
//! like the demo union, with its activities and its money (2023 to November 2026), of its own size and name.

use super::{activities, finance, generate};
use crate::domain::book::{Book, UnionInfo};
use crate::domain::finance::vouchers::VoucherDraft;
use crate::domain::finance::{Finance, Line, VoucherKind};
use crate::domain::new_id;
use crate::domain::text::format_date;
use crate::domain::union::UnionHistory;
use chrono::NaiveDate;
use std::ops::RangeInclusive;
use std::sync::Arc;

/// The superior union the generated unions name.
pub const COMMUNE: &str = "Công đoàn phường Hòa An";

/// The `index`th union of the commune (from 0), with `members` on its roster and the demo's activities and
/// money: dues receipts that list every member's dues, welfare visits, titles, remittances.
pub fn commune_union(index: usize, members: usize) -> Book {
    let mut book = named(index, generate(members, members * 19 / 45));
    book.activities = Arc::new(activities::activities(&book));
    finance::fill(&mut book, 0xC0DE_0000 + index as u64);
    book
}

/// The `index`th union of the commune with `members` on its roster and only a year of money, 2026
/// (`money_of_years`): the files of the consolidation's bench.
pub fn plain_union(index: usize, members: usize) -> Book {
    money_of_years(named(index, generate(members, members * 19 / 45)), 2026..=2026)
}

fn named(index: usize, mut book: Book) -> Book {
    let info = UnionInfo {
        name: format!("Công đoàn cơ sở Trường học số {}", index + 1),
        superior: COMMUNE.into(),
        ..book.union.current().clone()
    };
    book.union = UnionHistory::new(info);
    book
}

/// Years of a union's money: each month every group hands in its dues as one receipt, and the committee
/// makes ten payments. At this size dues are kept off pay by the agency, whose list is the detail, so a
/// receipt carries no line per member.
pub fn money_of_years(mut book: Book, years: RangeInclusive<i32>) -> Book {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let (first, last) = (*years.start(), *years.end());
    book.finance = Finance::standard(day(first, 1, 1), &mut new_id);
    let cash = book.finance.funds[0].id;
    let line = |l: Line| book.finance.categories.iter().find(|c| c.line == l).map(|c| c.id);
    let dues = line(Line::Dues);
    let spending = [Line::Members, Line::Movement, Line::Admin, Line::Allowances, Line::OtherExpense].map(line);
    let groups: Vec<String> = book.groups.iter().map(|g| g.name.clone()).collect();
    let today = day(last, 12, 31);
    for year in years {
        for month in 1..=12 {
            for (g, name) in groups.iter().enumerate() {
                let draft = VoucherDraft {
                    date: format_date(day(year, month, 10)),
                    fund_id: Some(cash),
                    category_id: dues,
                    party: format!("Tổ trưởng {name}"),
                    reason: format!("Thu đoàn phí tháng {month:02}/{year} {name}"),
                    amount: (2_400_000 + (g % 97) * 13_000 + (year - first) as usize * 120_000).to_string(),
                    ..VoucherDraft::new(VoucherKind::Receipt)
                };
                let _ = book.record_voucher(&draft, today);
            }
            for (i, category) in spending.iter().cycle().take(10).enumerate() {
                let draft = VoucherDraft {
                    date: format_date(day(year, month, 15 + i as u32)),
                    fund_id: Some(cash),
                    category_id: *category,
                    party: "Ban Chấp hành".into(),
                    reason: format!("Chi hoạt động tháng {month:02}/{year}, khoản {}", i + 1),
                    amount: (1_500_000 + i * 250_000).to_string(),
                    ..VoucherDraft::new(VoucherKind::Payment)
                };
                let _ = book.record_voucher(&draft, today);
            }
        }
    }
    book
}
