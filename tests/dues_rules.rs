//! Dues under the rules of 2025–2026: the kind of unit (QĐ 61/QĐ-TLĐ), the stop for budget-funded agencies,
//! the voted rate, the fixed amount, exemptions, and older books' `dues_cap`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::book::{Book, BookError};
use so_cong_doan::domain::finance::dues::{sheet, Dues};
use so_cong_doan::domain::finance::exemptions::{ExemptionDraft, ExemptionKind};
use so_cong_doan::domain::finance::units::{DuesBase, SchemeDraft, UnitKind};
use so_cong_doan::domain::finance::vouchers::{DuesLine, VoucherDraft};
use so_cong_doan::domain::finance::{Field, FinanceError, FinanceSettings, Line, Month, Problem, VoucherKind};
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::Id;

mod common;
use common::{new_book, today};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn money(n: i64) -> Decimal {
    Decimal::from(n)
}

fn book() -> Book {
    new_book("01/01/2024", "31/12/2028")
}

fn member(b: &mut Book, name: &str, salary: &str) -> Id {
    let draft = MemberDraft {
        full_name: name.into(),
        gender: Some(Gender::Female),
        salary: salary.into(),
        salary_from: "01/01/2024".into(),
        ..MemberDraft::default()
    };
    b.add_member(&draft, None, today()).unwrap()
}

fn scheme(kind: UnitKind, from: &str) -> SchemeDraft {
    SchemeDraft { kind, from: from.into(), ..SchemeDraft::default() }
}

fn dues(b: &Book, id: Id, y: i32, m: u32) -> Dues {
    b.finance.dues_of(b.member(id).unwrap(), Month::new(y, m).unwrap())
}

#[test]
fn the_rate_halves_on_1_july_2025_and_the_cap_follows_the_kind_of_unit() {
    let mut b = book();
    let high = member(&mut b, "Lê Thị Hoa", "50.000.000");
    // An enterprise (capped at 10% of lương cơ sở = 234.000 đ).
    b.set_dues_scheme(&scheme(UnitKind::OtherEnterprise, "01/01/2020"), today()).unwrap();
    assert_eq!(b.finance.settings.units.schemes.len(), 1, "the new book's guess gave way to the choice");
    assert_eq!(dues(&b, high, 2025, 6), Dues::Owed(money(234_000)), "1% of 50m, capped");
    assert_eq!(dues(&b, high, 2025, 7), Dues::Owed(money(234_000)), "0.5% of 50m is 250k, capped");
    // A public unit not wholly budget-funded: no cap.
    b.set_dues_scheme(&scheme(UnitKind::PublicUnit, "01/01/2020"), today()).unwrap();
    assert_eq!(dues(&b, high, 2025, 6), Dues::Owed(money(500_000)));
    assert_eq!(dues(&b, high, 2025, 7), Dues::Owed(money(250_000)));
    // A state-owned enterprise: capped, on take-home pay whatever was chosen.
    b.set_dues_scheme(&scheme(UnitKind::StateEnterprise, "01/01/2020"), today()).unwrap();
    let state = b.finance.settings.units.on(today());
    assert_eq!(state.base(), DuesBase::TakeHome);
    assert_eq!(dues(&b, high, 2025, 7), Dues::Owed(money(234_000)));
    assert!(b.finance.settings.units.confirmed, "choosing a kind confirms it");
}

#[test]
fn a_budget_funded_agency_collects_no_dues_from_1_june_2025() {
    let mut b = book();
    let id = member(&mut b, "Phạm Thị Mai", "10.000.000");
    b.set_dues_scheme(&scheme(UnitKind::BudgetAgency, "01/01/2013"), today()).unwrap();
    assert_eq!(dues(&b, id, 2025, 5), Dues::Owed(money(100_000)), "31/05/2025: still 1%, no cap");
    assert_eq!(dues(&b, id, 2025, 6), Dues::Stopped, "01/06/2025: stopped");
    assert_eq!(dues(&b, id, 2026, 1), Dues::Stopped);
    // A union that was an agency and became a public unit from 2026 collects again.
    b.set_dues_scheme(&scheme(UnitKind::PublicUnit, "01/01/2026"), today()).unwrap();
    assert_eq!(dues(&b, id, 2025, 12), Dues::Stopped);
    assert_eq!(dues(&b, id, 2026, 1), Dues::Owed(money(50_000)));
}

#[test]
fn a_voted_rate_needs_its_resolution_and_only_an_enterprise_may_vote_one() {
    let mut b = book();
    let id = member(&mut b, "Nguyễn Thị Lan", "8.000.000");
    b.set_dues_scheme(&scheme(UnitKind::OtherEnterprise, "01/01/2013"), today()).unwrap();
    let voted = SchemeDraft { rate: "1".into(), ..scheme(UnitKind::OtherEnterprise, "01/01/2026") };
    assert_eq!(
        b.set_dues_scheme(&voted, today()),
        Err(BookError::Finance(FinanceError::field(Field::Reason, Problem::Required)))
    );
    let voted = SchemeDraft { resolution: "05/NQ-BCH".into(), ..voted };
    b.set_dues_scheme(&voted, today()).unwrap();
    assert_eq!(dues(&b, id, 2025, 12), Dues::Owed(money(40_000)), "0.5% before the resolution");
    assert_eq!(dues(&b, id, 2026, 1), Dues::Owed(money(80_000)), "1% voted from 2026");
    // A public unit's typed rate is not kept: the rules' rate holds.
    let public = SchemeDraft { rate: "2".into(), resolution: "x".into(), ..scheme(UnitKind::PublicUnit, "01/06/2026") };
    b.set_dues_scheme(&public, today()).unwrap();
    assert_eq!(dues(&b, id, 2026, 6), Dues::Owed(money(40_000)));
    assert_eq!(b.finance.settings.units.on(date(2026, 6, 1)).rate, None);
}

#[test]
fn a_member_without_a_salary_pays_the_fixed_amount_where_one_is_set() {
    let mut b = book();
    let id = member(&mut b, "Võ Văn Tài", "");
    assert_eq!(dues(&b, id, 2026, 1), Dues::NoBase);
    let fixed = SchemeDraft { fixed: "20.000".into(), ..scheme(UnitKind::OtherEnterprise, "01/01/2026") };
    b.set_dues_scheme(&fixed, today()).unwrap();
    assert_eq!(dues(&b, id, 2026, 1), Dues::Owed(money(20_000)));
    let bad = SchemeDraft { fixed: "-5".into(), ..scheme(UnitKind::OtherEnterprise, "01/02/2026") };
    assert!(
        matches!(b.set_dues_scheme(&bad, today()), Err(BookError::Finance(FinanceError::Fields(f))) if f[0].field == Field::Amount)
    );
}

fn exempt(kind: ExemptionKind, from: &str, to: &str) -> ExemptionDraft {
    ExemptionDraft { kind, from: from.into(), to: to.into(), note: String::new() }
}

#[test]
fn four_months_of_maternity_owe_nothing_and_the_sheet_says_why() {
    let mut b = book();
    let id = member(&mut b, "Đỗ Thị Hạnh", "10.000.000");
    b.set_dues_scheme(&scheme(UnitKind::PublicUnit, "01/01/2013"), today()).unwrap();
    b.add_exemption(id, &exempt(ExemptionKind::Maternity, "03/03/2026", "02/07/2026"), today()).unwrap();
    let months: Vec<Dues> = (2..=8).map(|m| dues(&b, id, 2026, m)).collect();
    assert_eq!(
        months,
        vec![
            Dues::Owed(money(50_000)),
            Dues::Exempt(ExemptionKind::Maternity),
            Dues::Exempt(ExemptionKind::Maternity),
            Dues::Exempt(ExemptionKind::Maternity),
            Dues::Exempt(ExemptionKind::Maternity),
            Dues::Owed(money(50_000)),
            Dues::Owed(money(50_000)),
        ],
        "March (29 of 31 days) to June are exempt; July has only 2 days of leave"
    );
    let s = sheet(&b, 2026, None, today());
    assert_eq!(s.rows[0].months[3].dues, Dues::Exempt(ExemptionKind::Maternity));
    assert_eq!(s.year[0], money(50_000 * 7), "11 months to November, four exempt");
    // Half a month counts: 15 of 30 days of April.
    let other = member(&mut b, "Bùi Thị Nga", "10.000.000");
    b.add_exemption(other, &exempt(ExemptionKind::Sickness, "16/04/2026", "30/05/2026"), today()).unwrap();
    assert_eq!(dues(&b, other, 2026, 4), Dues::Exempt(ExemptionKind::Sickness));
    b.add_exemption(other, &exempt(ExemptionKind::UnpaidLeave, "15/09/2026", "30/09/2026"), today()).unwrap();
    assert_eq!(dues(&b, other, 2026, 9), Dues::Exempt(ExemptionKind::UnpaidLeave), "16 of 30 days");
}

#[test]
fn exemptions_are_checked_and_removed_and_kept_through_an_edit_of_the_member() {
    let mut b = book();
    let id = member(&mut b, "Hồ Thị Yến", "10.000.000");
    let before = b.clone();
    let refused = |r: Result<Id, BookError>| match r {
        Err(BookError::Finance(FinanceError::Fields(f))) => f.iter().map(|e| (e.field, e.problem)).collect::<Vec<_>>(),
        other => panic!("refused expected, got {other:?}"),
    };
    assert_eq!(
        refused(b.add_exemption(id, &exempt(ExemptionKind::Maternity, "01/05/2026", "01/04/2026"), today())),
        vec![(Field::Until, Problem::BeforeStart)]
    );
    assert_eq!(
        refused(b.add_exemption(id, &exempt(ExemptionKind::Pause, "01/01/2026", "15/01/2027"), today())),
        vec![(Field::Until, Problem::PauseTooLong)]
    );
    assert_eq!(
        refused(b.add_exemption(id, &exempt(ExemptionKind::Pause, "01/01/2026", ""), today())),
        vec![(Field::Until, Problem::Required)]
    );
    assert_eq!(b, before);
    let leave = b.add_exemption(id, &exempt(ExemptionKind::UnpaidLeave, "01/02/2026", ""), today()).unwrap();
    assert_eq!(dues(&b, id, 2026, 11), Dues::Exempt(ExemptionKind::UnpaidLeave), "open-ended: still on leave");
    assert_eq!(
        refused(b.add_exemption(id, &exempt(ExemptionKind::Sickness, "01/06/2026", "31/07/2026"), today())),
        vec![(Field::Date, Problem::Overlaps)]
    );
    let mut draft = MemberDraft::from_member(b.member(id).unwrap());
    draft.phone = "0912345678".into();
    b.update_member(id, &draft, today()).unwrap();
    assert_eq!(b.member(id).unwrap().exemptions.len(), 1, "an edit of the member keeps the exemptions");
    b.remove_exemption(id, leave).unwrap();
    assert_eq!(dues(&b, id, 2026, 11), Dues::Owed(money(50_000)));
    assert_eq!(b.remove_exemption(id, leave), Err(BookError::NotFound));
}

#[test]
fn july_2025_collected_at_one_percent_is_a_credit_not_a_debt() {
    let mut b = book();
    let id = member(&mut b, "Lý Thị Thu", "10.000.000");
    b.set_dues_scheme(&scheme(UnitKind::PublicUnit, "01/01/2013"), today()).unwrap();
    let dues_line = b.finance.categories.iter().find(|c| c.line == Line::Dues && c.parent.is_none()).unwrap().id;
    let receipt = VoucherDraft {
        date: "25/07/2025".into(),
        fund_id: Some(b.finance.funds[0].id),
        category_id: Some(dues_line),
        party: "Lý Thị Thu".into(),
        reason: "Đoàn phí tháng 7/2025".into(),
        amount: "100.000".into(),
        dues: vec![DuesLine { member_id: id, month: Month::new(2025, 7).unwrap(), amount: money(100_000) }],
        ..VoucherDraft::new(VoucherKind::Receipt)
    };
    b.record_voucher(&receipt, today()).unwrap();
    let s = sheet(&b, 2025, None, today());
    let july = s.rows[0].months[6];
    assert_eq!(july.dues, Dues::Owed(money(50_000)));
    assert_eq!((july.owed(), july.credit()), (Decimal::ZERO, money(50_000)));
    assert_eq!(s.credit[6], money(50_000));
    assert_eq!(s.year[3], money(50_000));
}

#[test]
fn an_older_books_dues_cap_becomes_a_kind_of_unit_to_confirm() {
    let read = |json: &str| serde_json::from_str::<FinanceSettings>(json).unwrap().units;
    let capped = read(r#"{"dues_cap": true, "accountant": "Lê An"}"#);
    assert_eq!((capped.on(today()).kind, capped.confirmed), (UnitKind::OtherEnterprise, false));
    let not_capped = read(r#"{"dues_cap": false}"#);
    assert_eq!((not_capped.on(date(2020, 1, 1)).kind, not_capped.confirmed), (UnitKind::PublicUnit, false));
    let mut b = book();
    b.finance.settings.units = not_capped;
    b.confirm_unit_kind(UnitKind::BudgetAgency).unwrap();
    assert!(b.finance.settings.units.confirmed);
    let id = member(&mut b, "Mai Văn Sơn", "10.000.000");
    assert_eq!(dues(&b, id, 2025, 6), Dues::Stopped);
    // Written and read again, the kind stays as confirmed.
    let text = serde_json::to_string(&b.finance.settings).unwrap();
    assert!(!text.contains("dues_cap"));
    assert_eq!(serde_json::from_str::<FinanceSettings>(&text).unwrap(), b.finance.settings);
}
