//! The funding source of vouchers and the use of the kept dues against QĐ 4290 art. 5 (45/40/15).

use rust_decimal::Decimal;
use so_cong_doan::domain::book::Book;
use so_cong_doan::domain::finance::sources::{dues_use, DuesUsePart, Source};
use so_cong_doan::domain::finance::vouchers::VoucherDraft;
use so_cong_doan::domain::finance::{Line, Period, VoucherKind};
use so_cong_doan::domain::Id;

mod common;
use common::{new_book, today};

fn book() -> Book {
    let mut b = new_book("01/01/2024", "31/12/2028");
    // Enough in the cash box for every payment of the tests.
    b.finance.funds[0].opening_balance = Decimal::from(50_000_000);
    b
}

fn line(b: &Book, line: Line) -> Id {
    b.finance.categories.iter().find(|c| c.line == line && c.parent.is_none()).unwrap().id
}

fn record(b: &mut Book, kind: VoucherKind, on: Line, amount: &str, source: Option<Source>) -> Id {
    let draft = VoucherDraft {
        date: "10/06/2026".into(),
        fund_id: Some(b.finance.funds[0].id),
        category_id: Some(line(b, on)),
        party: "Ban Chấp hành".into(),
        reason: "Chi".into(),
        amount: amount.into(),
        source,
        ..VoucherDraft::new(kind)
    };
    b.record_voucher(&draft, today()).unwrap()
}

fn money(n: i64) -> Decimal {
    Decimal::from(n)
}

#[test]
fn a_voucher_takes_its_lines_source_unless_another_is_chosen() {
    let mut b = book();
    record(&mut b, VoucherKind::Receipt, Line::Dues, "10.000.000", None);
    let allowance = record(&mut b, VoucherKind::Payment, Line::Allowances, "100.000", None);
    let fee = record(&mut b, VoucherKind::Payment, Line::Allowances, "100.000", Some(Source::UnionFee));
    let remitted = record(&mut b, VoucherKind::Payment, Line::Remittance, "100.000", Some(Source::Dues));
    let source = |id: Id| {
        let v = b.finance.voucher(id).unwrap();
        v.source_or(b.finance.category(v.category_id.unwrap()).unwrap().line)
    };
    assert_eq!(source(allowance), Some(Source::Dues));
    assert_eq!(source(fee), Some(Source::UnionFee));
    assert_eq!(source(remitted), None, "the remittance spends no source of the union's");
    assert_eq!(b.finance.voucher(remitted).unwrap().source, None);
}

#[test]
fn the_kept_dues_are_checked_against_45_40_15_as_warnings() {
    let mut b = book();
    // 10.000.000 đ of dues, 70% kept in 2026: 7.000.000 đ.
    record(&mut b, VoucherKind::Receipt, Line::Dues, "10.000.000", None);
    record(&mut b, VoucherKind::Payment, Line::Allowances, "3.500.000", None);
    record(&mut b, VoucherKind::Payment, Line::Members, "2.000.000", None);
    record(&mut b, VoucherKind::Payment, Line::Movement, "1.200.000", Some(Source::Dues));
    // Not from the dues: not counted.
    record(&mut b, VoucherKind::Payment, Line::Admin, "5.000.000", None);
    record(&mut b, VoucherKind::Payment, Line::Allowances, "900.000", Some(Source::UnionFee));
    let year = Period::year(2026);
    let used = dues_use(&b.finance, year, false);
    assert_eq!(used.kept, money(7_000_000));
    let part = |p: DuesUsePart| *used.lines.iter().find(|l| l.part == p).unwrap();
    assert_eq!(part(DuesUsePart::Allowances).spent, money(3_500_000));
    assert_eq!(part(DuesUsePart::Allowances).percent, Some(money(50)));
    assert!(part(DuesUsePart::Allowances).warn, "50% is over 45%");
    assert!(!part(DuesUsePart::Care).warn, "28.6% of care is no fault before the year is over");
    assert!(part(DuesUsePart::Other).warn, "1.200.000 is 17.1%, over 15%");
    let over = dues_use(&b.finance, year, true);
    assert!(over.lines.iter().find(|l| l.part == DuesUsePart::Care).unwrap().warn, "under 40% once the year is over");
    // Within the limits nothing warns; the check never refuses a voucher.
    let mut fine = book();
    record(&mut fine, VoucherKind::Receipt, Line::Dues, "10.000.000", None);
    record(&mut fine, VoucherKind::Payment, Line::Allowances, "3.150.000", None);
    record(&mut fine, VoucherKind::Payment, Line::Members, "2.800.000", None);
    assert!(dues_use(&fine.finance, year, true).lines.iter().all(|l| !l.warn), "45% and 40% exactly are within");
}
