//! Officers' allowances by QĐ 3226: bands of members who paid dues the year before, five groups of roles,
//! the highest of several roles, the month's sheet and its payment voucher.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::book::{Book, BookError};
use so_cong_doan::domain::finance::allowances::{group_of, sheet, Headcount};
use so_cong_doan::domain::finance::rules::{Allowance, Dated};
use so_cong_doan::domain::finance::sources::Source;
use so_cong_doan::domain::finance::vouchers::{DuesLine, VoucherDraft};
use so_cong_doan::domain::finance::{FinanceError, Line, Month, VoucherKind};
use so_cong_doan::domain::members::committee::{AppointmentDraft, AppointmentProblem, Body, Role};
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::Id;

mod common;
use common::{new_book, today};

fn money(n: i64) -> Decimal {
    Decimal::from(n)
}

fn book_of(members: usize) -> (Book, Vec<Id>) {
    let mut b = new_book("01/01/2024", "31/12/2028");
    b.finance.funds[0].opening_balance = money(100_000_000);
    let ids = (0..members)
        .map(|i| {
            let draft = MemberDraft {
                full_name: format!("Nguyễn Văn {i}"),
                gender: Some(Gender::Male),
                ..MemberDraft::default()
            };
            b.add_member(&draft, None, today()).unwrap()
        })
        .collect();
    (b, ids)
}

fn appoint(b: &mut Book, member: Id, body: Body, role: Role) -> Result<Id, BookError> {
    let draft = AppointmentDraft {
        member_id: Some(member),
        body: Some(body),
        role: Some(role),
        from: "01/01/2025".into(),
        ..AppointmentDraft::default()
    };
    b.appoint(None, &draft, today())
}

/// Dues of January `year` paid for the first `count` members, in one receipt.
fn pay_dues(b: &mut Book, ids: &[Id], count: usize, year: i32) {
    let month = Month::new(year, 1).unwrap();
    let dues: Vec<DuesLine> =
        ids.iter().take(count).map(|&m| DuesLine { member_id: m, month, amount: money(10_000) }).collect();
    let line = b.finance.categories.iter().find(|c| c.line == Line::Dues && c.parent.is_none()).unwrap().id;
    let draft = VoucherDraft {
        date: format!("20/01/{year}"),
        fund_id: Some(b.finance.funds[0].id),
        category_id: Some(line),
        party: "Các tổ".into(),
        reason: "Đoàn phí".into(),
        amount: (10_000 * count).to_string(),
        dues,
        ..VoucherDraft::new(VoucherKind::Receipt)
    };
    b.record_voucher(&draft, today()).unwrap();
}

#[test]
fn the_five_groups_of_roles_follow_qd_3226() {
    assert_eq!(group_of(Body::Executive, Role::Head), Some(1));
    assert_eq!(group_of(Body::Finance, Role::Accountant), Some(2));
    assert_eq!(group_of(Body::Finance, Role::Treasurer), Some(3));
    assert_eq!(group_of(Body::Women, Role::Head), Some(3));
    assert_eq!(group_of(Body::Inspection, Role::Member), Some(4));
    assert_eq!(group_of(Body::Group, Role::Deputy), Some(5));
    // The accountant and the treasurer are roles of their own body, one person each.
    let (mut b, ids) = book_of(3);
    appoint(&mut b, ids[0], Body::Finance, Role::Accountant).unwrap();
    assert_eq!(
        appoint(&mut b, ids[1], Body::Finance, Role::Accountant),
        Err(BookError::Appointment(AppointmentProblem::SeatTaken))
    );
    assert_eq!(
        appoint(&mut b, ids[1], Body::Finance, Role::Head),
        Err(BookError::Appointment(AppointmentProblem::NotARoleOfTheBody))
    );
    assert_eq!(
        appoint(&mut b, ids[1], Body::Executive, Role::Treasurer),
        Err(BookError::Appointment(AppointmentProblem::NotARoleOfTheBody))
    );
}

#[test]
fn the_band_is_counted_on_the_members_who_paid_dues_the_year_before_149_or_150() {
    let (mut b, ids) = book_of(151);
    let chair = ids[0];
    appoint(&mut b, chair, Body::Executive, Role::Head).unwrap();
    // No dues of 2025 in the book: the roster at 31/12/2025 (151 members) is counted, and says so.
    assert_eq!(b.allowance_headcount(2026), Headcount::Roster(151));
    pay_dues(&mut b, &ids, 149, 2025);
    assert_eq!(b.allowance_headcount(2026), Headcount::PaidDues(149));
    let march = Month::new(2026, 3).unwrap();
    let s = sheet(&b, march);
    assert_eq!((s.rows[0].coefficient, s.rows[0].amount), (Decimal::new(15, 2), money(351_000)), "0,15 × 2.340.000");
    let (mut b, ids) = book_of(150);
    appoint(&mut b, ids[0], Body::Executive, Role::Head).unwrap();
    pay_dues(&mut b, &ids, 150, 2025);
    assert_eq!(sheet(&b, march).rows[0].coefficient, Decimal::new(25, 2), "150 members: the next band");
}

#[test]
fn several_roles_pay_the_highest_and_the_month_is_paid_in_one_voucher_from_the_dues() {
    let (mut b, ids) = book_of(20);
    appoint(&mut b, ids[0], Body::Executive, Role::Member).unwrap();
    let group = b.add_group("Tổ 1").unwrap();
    let leads = AppointmentDraft {
        member_id: Some(ids[0]),
        body: Some(Body::Group),
        group_id: Some(group),
        role: Some(Role::Head),
        from: "01/01/2025".into(),
        ..AppointmentDraft::default()
    };
    b.appoint(None, &leads, today()).unwrap();
    appoint(&mut b, ids[1], Body::Finance, Role::Treasurer).unwrap();
    let month = Month::new(2026, 10).unwrap();
    let s = sheet(&b, month);
    assert_eq!(s.rows.len(), 2);
    let first = s.rows.iter().find(|r| r.member_id == ids[0]).unwrap();
    assert_eq!(first.roles.len(), 2);
    assert_eq!(first.coefficient, Decimal::new(10, 2), "ủy viên BCH (0,10) over tổ trưởng (0,08)");
    assert_eq!(s.total, money(234_000 + 234_000));
    let fund = Some(b.finance.funds[0].id);
    let id = b.pay_allowances(month, "31/10/2026", fund, "Ban Chấp hành", "Phụ cấp tháng 10/2026", today()).unwrap();
    let v = b.finance.voucher(id).unwrap();
    assert_eq!((v.kind, v.amount, v.source), (VoucherKind::Payment, money(468_000), Some(Source::Dues)));
    assert_eq!(b.finance.category(v.category_id.unwrap()).unwrap().line, Line::Allowances);
    // A month nobody held a role pays nothing and is refused.
    assert_eq!(
        b.pay_allowances(Month::new(2024, 1).unwrap(), "31/01/2024", fund, "x", "y", today()),
        Err(BookError::Finance(FinanceError::NothingOwed))
    );
}

#[test]
fn an_older_book_keeps_its_own_coefficients_until_it_takes_up_the_table() {
    let (mut b, ids) = book_of(10);
    appoint(&mut b, ids[0], Body::Executive, Role::Head).unwrap();
    let since = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap();
    b.finance.rules.allowance_table.clear();
    b.finance.rules.allowances = vec![Allowance {
        body: Body::Executive,
        role: Role::Head,
        values: vec![Dated { from: since, value: Decimal::new(20, 2) }],
    }];
    let month = Month::new(2026, 1).unwrap();
    assert_eq!(sheet(&b, month).rows[0].coefficient, Decimal::new(20, 2));
    b.use_standard_allowances().unwrap();
    assert_eq!(sheet(&b, month).rows[0].coefficient, Decimal::new(15, 2));
    assert_eq!(sheet(&b, Month::new(2021, 12).unwrap()).total, money(0), "no appointment yet in 2021");
    // The table is corrected from a date; a value beyond 10 is refused and nothing changes.
    let mut typed: Vec<[String; 5]> =
        (0..6).map(|_| ["0,15".into(), "0,12".into(), "0,1".into(), "0,08".into(), "0,05".into()]).collect();
    typed[0][0] = "0,18".into();
    b.set_allowance_table("01/01/2026", &typed, today()).unwrap();
    assert_eq!(sheet(&b, month).rows[0].coefficient, Decimal::new(18, 2));
    assert_eq!(sheet(&b, Month::new(2025, 12).unwrap()).rows[0].coefficient, Decimal::new(15, 2));
    let before = b.clone();
    typed[0][0] = "12".into();
    assert!(b.set_allowance_table("01/02/2026", &typed, today()).is_err());
    assert_eq!(b, before);
}
