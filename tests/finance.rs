//! The union's money: amount in words, dated rules, dues with and without the cap, voucher numbering and
//! voiding, balances and transfers, charity kept apart, closing and reopening a year.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use so_cong_doan::domain::book::{Book, BookError, UnionDraft};
use so_cong_doan::domain::finance::books::statements;
use so_cong_doan::domain::finance::funds::FundDraft;
use so_cong_doan::domain::finance::rules::{value_on, Dated, RuleKey};
use so_cong_doan::domain::finance::vouchers::{parse_amount, VoucherDraft};
use so_cong_doan::domain::finance::words::amount_in_words;
use so_cong_doan::domain::finance::*;
use so_cong_doan::domain::members::member::{Gender, MemberDraft};
use so_cong_doan::domain::Id;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    date(2026, 11, 25)
}

fn money(n: i64) -> Decimal {
    Decimal::from(n)
}

fn book() -> Book {
    let draft = UnionDraft {
        name: "A".into(),
        superior: "B".into(),
        term_start: "01/01/2024".into(),
        term_end: "31/12/2028".into(),
    };
    Book::new(draft.validate(today()).unwrap())
}

fn cash(b: &Book) -> Id {
    b.finance.funds[0].id
}

fn line(b: &Book, line: Line) -> Id {
    b.finance.categories.iter().find(|c| c.line == line && c.parent.is_none()).unwrap().id
}

fn voucher(b: &Book, kind: VoucherKind, day: &str, amount: &str, on: Line) -> VoucherDraft {
    VoucherDraft {
        date: day.into(),
        fund_id: Some(cash(b)),
        category_id: (kind != VoucherKind::Transfer).then(|| line(b, on)),
        party: "Nguyễn Văn An".into(),
        reason: "Thử".into(),
        amount: amount.into(),
        ..VoucherDraft::new(kind)
    }
}

fn record(b: &mut Book, kind: VoucherKind, day: &str, amount: &str, on: Line) -> Id {
    let draft = voucher(b, kind, day, amount, on);
    b.record_voucher(&draft, today()).unwrap()
}

fn problems(result: Result<Id, BookError>) -> Vec<(Field, Problem)> {
    match result {
        Err(BookError::Finance(FinanceError::Fields(list))) => list.iter().map(|e| (e.field, e.problem)).collect(),
        other => panic!("expected field problems, got {other:?}"),
    }
}

#[test]
fn amounts_in_vietnamese_words() {
    let cases: [(i64, &str); 11] = [
        (0, "Không đồng"),
        (5, "Năm đồng"),
        (10, "Mười đồng"),
        (15, "Mười lăm đồng"),
        (21, "Hai mươi mốt đồng"),
        (24, "Hai mươi tư đồng"),
        (105, "Một trăm linh năm đồng"),
        (1_000_000, "Một triệu đồng"),
        (1_919_980_000, "Một tỷ chín trăm mười chín triệu chín trăm tám mươi nghìn đồng"),
        (2_113_427_000, "Hai tỷ một trăm mười ba triệu bốn trăm hai mươi bảy nghìn đồng"),
        (1_000_000_000_000, "Một nghìn tỷ đồng"),
    ];
    for (n, words) in cases {
        assert_eq!(amount_in_words(money(n)), words, "{n}");
    }
    // Zeros inside: the groups after a higher one speak their hundreds.
    assert_eq!(amount_in_words(money(1_000_005)), "Một triệu không trăm linh năm đồng");
    assert_eq!(amount_in_words(money(2_014)), "Hai nghìn không trăm mười bốn đồng");
    assert_eq!(amount_in_words(money(31_000_001_000)), "Ba mươi mốt tỷ không trăm linh một nghìn đồng");
    assert_eq!(amount_in_words(money(11)), "Mười một đồng");
    assert_eq!(amount_in_words(money(14)), "Mười bốn đồng");
    assert_eq!(amount_in_words(money(25)), "Hai mươi lăm đồng");
    assert_eq!(amount_in_words(money(1_500_000)), "Một triệu năm trăm nghìn đồng");
}

#[test]
fn a_rule_answers_which_value_held_on_a_date() {
    let rules = Rules::standard();
    let rate = |d| rules.on(RuleKey::DuesRate, d);
    assert_eq!(rate(date(2025, 6, 30)), Some(money(1)));
    assert_eq!(rate(date(2025, 7, 1)), Some(Decimal::new(5, 1)));
    assert_eq!(rate(date(2012, 12, 31)), None);
    let base = |d| rules.on(RuleKey::BaseSalary, d);
    assert_eq!(base(date(2019, 6, 30)), Some(money(1_390_000)));
    assert_eq!(base(date(2019, 7, 1)), Some(money(1_490_000)));
    assert_eq!(base(date(2024, 6, 30)), Some(money(1_800_000)));
    assert_eq!(base(date(2026, 1, 1)), Some(money(2_340_000)));
    assert_eq!(rules.kept_on(Line::Dues, date(2022, 12, 31)), money(60));
    assert_eq!(rules.kept_on(Line::Dues, date(2023, 1, 1)), money(70));
    assert_eq!(rules.kept_on(Line::UnionFee, date(2026, 1, 1)), money(75));
    assert_eq!(rules.kept_on(Line::OtherIncome, date(2026, 1, 1)), money(100));
    // The one lookup every rule uses.
    let list = vec![Dated { from: date(2020, 1, 1), value: 'a' }, Dated { from: date(2021, 1, 1), value: 'b' }];
    assert_eq!(value_on(&list, date(2019, 12, 31)), None);
    assert_eq!(value_on(&list, date(2020, 1, 1)), Some(&'a'));
    assert_eq!(value_on(&list, date(2022, 1, 1)), Some(&'b'));
}

#[test]
fn rules_are_edited_as_dated_values() {
    let mut b = book();
    b.set_rule(RuleKey::DuesRate, "01/01/2027", "0,7", today()).unwrap();
    assert_eq!(b.finance.rules.on(RuleKey::DuesRate, date(2027, 3, 1)), Some(Decimal::new(7, 1)));
    assert_eq!(b.finance.rules.on(RuleKey::DuesRate, date(2026, 3, 1)), Some(Decimal::new(5, 1)));
    b.set_rule(RuleKey::BaseSalary, "01/07/2026", "2.530.000", today()).unwrap();
    assert_eq!(b.finance.rules.on(RuleKey::BaseSalary, date(2026, 8, 1)), Some(money(2_530_000)));
    b.remove_rule(RuleKey::BaseSalary, date(2026, 7, 1)).unwrap();
    assert_eq!(b.finance.rules.on(RuleKey::BaseSalary, date(2026, 8, 1)), Some(money(2_340_000)));
    let before = b.clone();
    let refused = b.set_rule(RuleKey::Kept(Line::Dues), "32/01/2027", "170", today());
    assert_eq!(
        refused,
        Err(BookError::Finance(FinanceError::Fields(vec![
            FieldError { field: Field::Date, problem: Problem::NotADate },
            FieldError { field: Field::Value, problem: Problem::TooLarge },
        ])))
    );
    assert_eq!(b, before);
}

fn member_with_salary(b: &mut Book, name: &str, salary: &str, from: &str, group: Option<Id>) -> Id {
    let draft = MemberDraft {
        full_name: name.into(),
        gender: Some(Gender::Male),
        salary: salary.into(),
        salary_from: from.into(),
        group_id: group,
        ..MemberDraft::default()
    };
    b.add_member(&draft, None, today()).unwrap()
}

#[test]
fn dues_follow_the_salary_and_the_rule_of_the_month_with_or_without_the_cap() {
    use so_cong_doan::domain::finance::units::UnitKind;
    let mut b = book();
    let low = member_with_salary(&mut b, "Trần Thị Lan", "8.000.000", "01/01/2024", None);
    let high = member_with_salary(&mut b, "Lê Văn Hùng", "40.000.000", "01/01/2024", None);
    let due = |b: &Book, id: Id, y: i32, m: u32| b.finance.dues_due(b.member(id).unwrap(), Month::new(y, m).unwrap());
    // With the cap (a new book is an enterprise's until its kind is chosen): 10% of lương cơ sở.
    assert_eq!(b.finance.settings.units.on(today()).kind, UnitKind::OtherEnterprise);
    assert_eq!(due(&b, low, 2025, 6), Some(money(80_000)));
    assert_eq!(due(&b, low, 2025, 7), Some(money(40_000)));
    assert_eq!(due(&b, high, 2024, 6), Some(money(180_000)), "1% of 40m is 400k, capped at 10% of 1.800.000");
    assert_eq!(due(&b, high, 2024, 7), Some(money(234_000)), "capped at 10% of 2.340.000");
    assert_eq!(due(&b, high, 2025, 7), Some(money(200_000)), "0.5% of 40m is under the cap");
    // Without the cap (a public unit).
    b.finance.settings.units.confirm(UnitKind::PublicUnit);
    assert_eq!(due(&b, high, 2024, 6), Some(money(400_000)));
    // Nothing before the first salary recorded.
    assert_eq!(due(&b, low, 2023, 12), None);
}

#[test]
fn dues_count_only_the_months_on_the_roster() {
    use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind};
    let mut b = book();
    let id = member_with_salary(&mut b, "Phạm Văn Nam", "10.000.000", "01/01/2024", None);
    let out =
        MovementDraft { kind: Some(MovementKind::Retired), date: "15/03/2025".into(), ..MovementDraft::default() };
    b.record_movement(id, &out, today()).unwrap();
    let due = |m: u32| b.finance.dues_due(b.member(id).unwrap(), Month::new(2025, m).unwrap());
    assert_eq!(due(2), Some(money(100_000)));
    assert_eq!(due(3), Some(money(100_000)), "on the roster on the first of March");
    assert_eq!(due(4), None);
}

#[test]
fn collecting_a_groups_dues_in_one_receipt_or_one_per_member() {
    use so_cong_doan::domain::finance::dues::{sheet, DuesCollection, Receipts};
    let mut b = book();
    let g = b.add_group("Tổ Văn phòng").unwrap();
    let other = b.add_group("Tổ Bảo vệ").unwrap();
    let a = member_with_salary(&mut b, "Nguyễn Văn An", "8.000.000", "01/01/2024", Some(g));
    let c = member_with_salary(&mut b, "Trần Văn Cường", "9.500.000", "01/01/2024", Some(g));
    member_with_salary(&mut b, "Lê Văn Bình", "7.000.000", "01/01/2024", Some(other));
    let cash = cash(&b);
    let collect = |receipts| DuesCollection {
        group_id: Some(g),
        month: "07/2025".into(),
        date: "10/07/2025".into(),
        fund_id: Some(cash),
        receipts,
        payer: "Nguyễn Văn An".into(),
        reason: "Thu đoàn phí tháng 07/2025".into(),
    };
    let draft = collect(Receipts::OnePerGroup);
    let ids = b.collect_dues(&draft, today()).unwrap();
    assert_eq!(ids.len(), 1);
    let v = b.finance.voucher(ids[0]).unwrap();
    assert_eq!(v.amount, money(40_000 + 47_500));
    assert_eq!(v.dues.len(), 2);
    assert_eq!(v.code(), "PT-2025-001");
    // Paid: nothing more to collect for July.
    assert_eq!(b.collect_dues(&draft, today()), Err(BookError::Finance(FinanceError::NothingOwed)));
    // August, one per member.
    let mut draft = collect(Receipts::OnePerMember);
    draft.month = "08/2025".into();
    let ids = b.collect_dues(&draft, today()).unwrap();
    assert_eq!(ids.len(), 2);
    let codes: Vec<String> = ids.iter().map(|id| b.finance.voucher(*id).unwrap().code()).collect();
    assert_eq!(codes, ["PT-2025-002", "PT-2025-003"]);
    assert!(ids.iter().all(|id| b.finance.voucher(*id).unwrap().member_id.is_some()));
    // Who owes what in 2025: the group's members, July and August paid.
    let s = sheet(&b, 2025, Some(g), today());
    assert_eq!(s.rows.len(), 2);
    let row = s.rows.iter().find(|r| r.member.id == a).unwrap();
    assert_eq!(row.months[6].owed(), Decimal::ZERO);
    assert_eq!(row.months[7].paid, money(40_000));
    assert_eq!(row.months[5].owed(), money(80_000));
    assert_eq!(s.paid[6], money(87_500));
    let row_c = s.rows.iter().find(|r| r.member.id == c).unwrap();
    assert_eq!(row_c.owed(), money(95_000) * money(6) + money(47_500) * money(4), "Jan–Jun at 1%, Sep–Dec at 0.5%");
    // Voiding a receipt makes the month owed again.
    b.void_voucher(ids[0], "Ghi nhầm", today()).unwrap();
    assert_eq!(b.dues_owed(g, Month::new(2025, 8).unwrap()).len(), 1);
    // A bad month, no group: refused, naming the fields, nothing recorded.
    let before = b.clone();
    let mut bad = collect(Receipts::OnePerGroup);
    bad.group_id = None;
    bad.month = "13/2025".into();
    assert_eq!(
        b.collect_dues(&bad, today()),
        Err(BookError::Finance(FinanceError::Fields(vec![
            FieldError { field: Field::Group, problem: Problem::Required },
            FieldError { field: Field::Month, problem: Problem::NotAMonth },
        ])))
    );
    // A bad date refuses every receipt of the collection.
    let mut bad = collect(Receipts::OnePerMember);
    bad.month = "09/2025".into();
    bad.date = "31/09/2025".into();
    assert!(b.collect_dues(&bad, today()).is_err());
    assert_eq!(b, before);
}

#[test]
fn vouchers_are_numbered_per_year_and_kind() {
    let mut b = book();
    let code = |b: &Book, id| b.finance.voucher(id).unwrap().code();
    let r1 = record(&mut b, VoucherKind::Receipt, "05/01/2025", "1.000.000", Line::Superior);
    let p1 = record(&mut b, VoucherKind::Payment, "06/01/2025", "200.000", Line::Members);
    let r2 = record(&mut b, VoucherKind::Receipt, "31/12/2025", "500.000", Line::OtherIncome);
    let r2026 = record(&mut b, VoucherKind::Receipt, "01/01/2026", "300.000", Line::OtherIncome);
    // Back-dated into 2025: the next number of 2025.
    let r3 = record(&mut b, VoucherKind::Receipt, "02/01/2025", "100.000", Line::OtherIncome);
    assert_eq!(code(&b, r1), "PT-2025-001");
    assert_eq!(code(&b, p1), "PC-2025-001");
    assert_eq!(code(&b, r2), "PT-2025-002");
    assert_eq!(code(&b, r2026), "PT-2026-001");
    assert_eq!(code(&b, r3), "PT-2025-003");
    // Kept in date order.
    assert!(b.finance.vouchers.windows(2).all(|w| w[0].date <= w[1].date));
    // A voided voucher keeps its number; the next one does not reuse it.
    b.void_voucher(r2, "Nhầm", today()).unwrap();
    assert_eq!(code(&b, r2), "PT-2025-002");
    assert!(b.finance.voucher(r2).unwrap().is_void());
    assert_eq!(b.void_voucher(r2, "", today()), Err(BookError::Finance(FinanceError::AlreadyVoid)));
    let r4 = record(&mut b, VoucherKind::Receipt, "15/06/2025", "100.000", Line::OtherIncome);
    assert_eq!(code(&b, r4), "PT-2025-004");
}

#[test]
fn numbers_stop_at_the_bound_and_a_book_numbered_to_it_exports_and_reads_back() {
    use so_cong_doan::domain::bounds::MAX_VOUCHER_NUMBER;
    let mut b = book();
    b.finance.funds[0].opened_on = date(2025, 1, 1);
    b.finance.funds[0].opening_balance = money(1_000_000);
    let last = record(&mut b, VoucherKind::Payment, "06/01/2025", "200.000", Line::Members);
    let i = b.finance.vouchers.iter().position(|v| v.id == last).unwrap();
    std::sync::Arc::make_mut(&mut b.finance.vouchers[i]).number = MAX_VOUCHER_NUMBER;
    let next = voucher(&b, VoucherKind::Payment, "07/01/2025", "100.000", Line::Members);
    assert_eq!(problems(b.record_voucher(&next, today())), [(Field::Date, Problem::NoNumberLeft)]);
    assert_eq!(b.finance.voucher(last).unwrap().code(), "PC-2025-999999");
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T09:30:00+07:00").unwrap();
    let text = so_cong_doan::domain::file::write(&b, at);
    assert_eq!(so_cong_doan::domain::file::read(&text).unwrap().book, b);
}

#[test]
fn a_voucher_of_zero_negative_or_fractional_dong_is_refused_with_its_field() {
    assert_eq!(parse_amount("1.919.980.000"), Ok(money(1_919_980_000)));
    assert_eq!(parse_amount("500000 đ"), Ok(money(500_000)));
    assert_eq!(parse_amount("1.000,00"), Ok(money(1000)));
    assert_eq!(parse_amount(""), Err(Problem::Required));
    assert_eq!(parse_amount("0"), Err(Problem::Zero));
    assert_eq!(parse_amount("-500.000"), Err(Problem::Negative));
    assert_eq!(parse_amount("1.000,5"), Err(Problem::NotWhole));
    assert_eq!(parse_amount("12.5"), Err(Problem::NotWhole));
    assert_eq!(parse_amount("năm trăm"), Err(Problem::NotAnAmount));
    assert_eq!(parse_amount("1.000.000.000.000.000"), Ok(money(1_000_000_000_000_000)));
    assert_eq!(parse_amount("1.000.000.000.000.001"), Err(Problem::AboveMax));
    // Decimal's own limit: summing two such amounts would overflow and abort the app.
    assert_eq!(parse_amount("79.228.162.514.264.337.593.543.950.335"), Err(Problem::AboveMax));
    let mut b = book();
    let before = b.clone();
    for (amount, problem) in [("0", Problem::Zero), ("-1", Problem::Negative), ("10,5", Problem::NotWhole)] {
        let draft = voucher(&b, VoucherKind::Payment, "05/01/2025", amount, Line::Members);
        assert_eq!(problems(b.record_voucher(&draft, today())), [(Field::Amount, problem)]);
    }
    // Every problem at once, each with its field.
    let draft = VoucherDraft { date: "31/02/2025".into(), ..VoucherDraft::new(VoucherKind::Receipt) };
    assert_eq!(
        problems(b.record_voucher(&draft, today())),
        [
            (Field::Date, Problem::NotADate),
            (Field::Fund, Problem::Required),
            (Field::Category, Problem::Required),
            (Field::Party, Problem::Required),
            (Field::Reason, Problem::Required),
            (Field::Amount, Problem::Required),
        ]
    );
    // A receipt on an expense line; a date before the fund's books start.
    let wrong = voucher(&b, VoucherKind::Receipt, "05/01/2023", "1000", Line::Members);
    assert_eq!(
        problems(b.record_voucher(&wrong, today())),
        [(Field::Date, Problem::BeforeOpening), (Field::Category, Problem::WrongKind)]
    );
    assert_eq!(b, before);
}

fn bank(b: &mut Book, kind: FundKind, opening: &str) -> Id {
    let draft = FundDraft {
        name: format!("{kind:?} account"),
        kind,
        account: "Vietcombank 0123456789".into(),
        opening_balance: opening.into(),
        opened_on: "01/01/2024".into(),
    };
    b.save_fund(None, &draft, today()).unwrap()
}

#[test]
fn balances_follow_receipts_payments_and_transfers_to_the_dong() {
    let mut b = book();
    let cash = cash(&b);
    let bank = bank(&mut b, FundKind::Bank, "10.000.000");
    record(&mut b, VoucherKind::Receipt, "10/01/2025", "2.113.427.000", Line::Superior);
    record(&mut b, VoucherKind::Payment, "11/01/2025", "1.919.980.000", Line::Members);
    let mut withdraw = voucher(&b, VoucherKind::Transfer, "12/01/2025", "3.000.000", Line::Members);
    withdraw.fund_id = Some(bank);
    withdraw.to_fund_id = Some(cash);
    withdraw.reason = "Rút tiền gửi về quỹ tiền mặt".into();
    b.record_voucher(&withdraw, today()).unwrap();
    let void = record(&mut b, VoucherKind::Payment, "13/01/2025", "999", Line::Members);
    b.void_voucher(void, "", today()).unwrap();
    let year = Period::year(2025);
    let cash_book = b.finance.fund_book(cash, year).unwrap();
    assert_eq!(cash_book.opening, Decimal::ZERO);
    assert_eq!(cash_book.rows.len(), 3, "the void voucher is left out");
    assert_eq!(cash_book.rows[2].balance, money(2_113_427_000 - 1_919_980_000 + 3_000_000));
    assert_eq!(cash_book.closing, money(196_447_000));
    assert_eq!(cash_book.total_in, money(2_116_427_000));
    let bank_book = b.finance.fund_book(bank, year).unwrap();
    assert_eq!((bank_book.opening, bank_book.closing), (money(10_000_000), money(7_000_000)));
    let all = statements(&b.finance, year);
    assert!(all.iter().all(|s| s.balances()));
    let c = all.iter().find(|s| s.fund.id == cash).unwrap();
    assert_eq!(
        (c.income, c.expense, c.transfers_in, c.transfers_out),
        (money(2_113_427_000), money(1_919_980_000), money(3_000_000), Decimal::ZERO)
    );
    // A transfer is neither income nor expense of the union.
    let lines = reports::by_line(&b.finance, year);
    assert_eq!(lines.total_income, money(2_113_427_000));
    assert_eq!(lines.total_expense, money(1_919_980_000));
    // A transfer to the same fund is refused.
    let mut same = withdraw.clone();
    same.to_fund_id = Some(bank);
    assert_eq!(problems(b.record_voucher(&same, today())), [(Field::ToFund, Problem::SameFund)]);
}

#[test]
fn charity_is_kept_apart_from_the_unions_income_and_expense() {
    let mut b = book();
    let charity = bank(&mut b, FundKind::Charity, "0");
    let mut gift = voucher(&b, VoucherKind::Receipt, "10/03/2025", "5.000.000", Line::CharityIn);
    // On the union's cash fund, a charity line is refused…
    assert_eq!(problems(b.record_voucher(&gift, today())), [(Field::Category, Problem::CharityMismatch)]);
    gift.fund_id = Some(charity);
    b.record_voucher(&gift, today()).unwrap();
    let mut out = voucher(&b, VoucherKind::Payment, "20/03/2025", "5.000.000", Line::CharityOut);
    out.fund_id = Some(charity);
    b.record_voucher(&out, today()).unwrap();
    // …and a charity fund cannot pay a union expense.
    let mut wrong = voucher(&b, VoucherKind::Payment, "20/03/2025", "1.000", Line::Members);
    wrong.fund_id = Some(charity);
    assert_eq!(problems(b.record_voucher(&wrong, today())), [(Field::Category, Problem::CharityMismatch)]);
    let lines = reports::by_line(&b.finance, Period::year(2025));
    assert_eq!((lines.total_income, lines.total_expense), (Decimal::ZERO, Decimal::ZERO));
    assert_eq!((lines.charity_in, lines.charity_out), (money(5_000_000), money(5_000_000)));
    let s = budget::settlement(&b.finance, 2025);
    assert_eq!(s.total_income, Decimal::ZERO);
    assert_eq!(s.charity, [Decimal::ZERO, money(5_000_000), money(5_000_000), Decimal::ZERO]);
}

#[test]
fn the_share_to_remit_follows_the_rule_of_each_receipts_date() {
    let mut b = book();
    b.finance.funds[0].opened_on = date(2022, 1, 1);
    record(&mut b, VoucherKind::Receipt, "15/12/2022", "1.000.000", Line::Dues);
    record(&mut b, VoucherKind::Receipt, "15/01/2023", "1.000.000", Line::Dues);
    record(&mut b, VoucherKind::Receipt, "16/01/2023", "333", Line::Dues);
    record(&mut b, VoucherKind::Receipt, "20/01/2023", "4.000.000", Line::UnionFee);
    record(&mut b, VoucherKind::Receipt, "21/01/2023", "9.000.000", Line::Superior);
    record(&mut b, VoucherKind::Payment, "31/01/2023", "1.000.000", Line::Remittance);
    let r = reports::remittance(&b.finance, Period { from: date(2022, 12, 1), to: date(2023, 1, 31) });
    // 40% of 1.000.000 in 2022; 30% of 1.000.333 from 2023 (300.099,9 → 300.100); 25% of 4.000.000.
    assert_eq!(r.due, money(400_000 + 300_100 + 1_000_000));
    assert_eq!(r.remitted, money(1_000_000));
    assert_eq!(r.outstanding(), money(700_100));
    assert_eq!(r.parts.len(), 3, "no part for the superior union's own grant");
}

#[test]
fn the_share_due_is_rounded_once_on_the_periods_total_not_receipt_by_receipt() {
    let mut b = book();
    b.finance.funds[0].opened_on = date(2022, 1, 1);
    for day in ["10/02/2023", "10/03/2023", "10/04/2023"] {
        record(&mut b, VoucherKind::Receipt, day, "1.001", Line::Dues);
    }
    let r = reports::remittance(&b.finance, Period::year(2023));
    // 30% of 3.003 is 900,9 → 901; rounding each receipt (300,3 → 300) would give 900.
    assert_eq!(r.due, money(901));
}

#[test]
fn money_leaves_a_fund_only_while_it_holds_it_on_that_day_and_after() {
    let mut b = book();
    b.finance.funds[0].opened_on = date(2025, 1, 1);
    record(&mut b, VoucherKind::Receipt, "10/03/2025", "4.841.805", Line::OtherIncome);
    let big = voucher(&b, VoucherKind::Payment, "15/03/2025", "50.000.000", Line::Members);
    let refused = b.record_voucher(&big, today()).unwrap_err();
    let named =
        FinanceError::Overdrawn { fund: "Tiền mặt".into(), day: date(2025, 3, 15), balance: money(4_841_805) };
    assert_eq!(refused, BookError::Finance(named));
    // A back-dated payment may not take a later day below zero either.
    record(&mut b, VoucherKind::Payment, "20/03/2025", "4.000.000", Line::Members);
    let early = voucher(&b, VoucherKind::Payment, "12/03/2025", "1.000.000", Line::Members);
    let later =
        FinanceError::Overdrawn { fund: "Tiền mặt".into(), day: date(2025, 3, 20), balance: money(841_805) };
    assert_eq!(b.record_voucher(&early, today()).unwrap_err(), BookError::Finance(later));
    record(&mut b, VoucherKind::Payment, "12/03/2025", "841.805", Line::Members);
    assert!(b.finance.overdrawn().is_empty());
    // A book that went below zero (from a file, or from before the rule) opens, and says on which day.
    let i = b.finance.vouchers.iter().position(|v| v.amount == money(4_000_000)).unwrap();
    std::sync::Arc::make_mut(&mut b.finance.vouchers[i]).amount = money(5_000_000);
    assert_eq!(b.finance.overdrawn(), [(cash(&b), date(2025, 3, 20), money(-1_000_000))]);
}

#[test]
fn the_settlement_sets_budget_against_actual_and_balances() {
    let mut b = book();
    b.finance.funds[0].opening_balance = money(193_440_000);
    record(&mut b, VoucherKind::Receipt, "10/02/2025", "190.706.000", Line::Dues);
    record(&mut b, VoucherKind::Receipt, "10/03/2025", "189.100.000", Line::Superior);
    record(&mut b, VoucherKind::Payment, "10/04/2025", "45.502.000", Line::Movement);
    record(&mut b, VoucherKind::Payment, "10/05/2025", "46.095.000", Line::Allowances);
    let dues = line(&b, Line::Dues);
    b.set_budget(2025, &[(dues, "200.000.000".into())]).unwrap();
    let s = budget::settlement(&b.finance, 2025);
    assert_eq!(s.opening, money(193_440_000));
    assert_eq!(s.total_income, money(379_806_000));
    assert_eq!(s.total_expense, money(91_597_000));
    assert_eq!(s.closing, money(193_440_000 + 379_806_000 - 91_597_000));
    assert!(s.balances());
    let dues_line = s.income.iter().find(|l| l.line.category.id == dues).unwrap();
    assert_eq!(dues_line.budget, money(200_000_000));
    assert_eq!(dues_line.percent().unwrap().round_dp(2), Decimal::new(9535, 2));
    // The seed's three groups.
    let groups = reports::expense_groups(&b.finance, Period::year(2025));
    assert_eq!(groups[&categories::ExpenseGroup::Movement], money(45_502_000));
    assert_eq!(groups[&categories::ExpenseGroup::Allowances], money(46_095_000));
    // A bad budget amount is refused whole.
    let before = b.clone();
    assert!(b.set_budget(2025, &[(dues, "-5".into())]).is_err());
    assert_eq!(b, before);
}

#[test]
fn closing_a_year_carries_balances_forward_and_locks_it_until_reopened() {
    let mut b = book();
    record(&mut b, VoucherKind::Receipt, "10/02/2024", "5.000.000", Line::Superior);
    record(&mut b, VoucherKind::Payment, "10/03/2024", "1.200.000", Line::Members);
    let late = record(&mut b, VoucherKind::Receipt, "10/02/2025", "700.000", Line::OtherIncome);
    let fin = |e| Err(BookError::Finance(e));
    // Not before the year is over, nor out of order.
    assert_eq!(b.close_year(2026, today()), fin(FinanceError::YearNotOver(2026)));
    assert_eq!(b.close_year(2025, today()), fin(FinanceError::EarlierYearOpen(2024)));
    b.close_year(2024, today()).unwrap();
    assert_eq!(b.finance.closing(2024).unwrap().balances[0].balance, money(3_800_000));
    // The next year opens with the balance carried forward.
    let cash = cash(&b);
    assert_eq!(b.finance.fund_book(cash, Period::year(2025)).unwrap().opening, money(3_800_000));
    // A closed year is read-only.
    let before = b.clone();
    let draft = voucher(&b, VoucherKind::Payment, "31/12/2024", "1000", Line::Members);
    assert_eq!(b.record_voucher(&draft, today()).map(|_| ()), fin(FinanceError::YearClosed(2024)));
    let first = b.finance.vouchers[0].id;
    assert_eq!(b.void_voucher(first, "", today()), fin(FinanceError::YearClosed(2024)));
    assert_eq!(b.set_budget(2024, &[]), fin(FinanceError::YearClosed(2024)));
    let mut fund = FundDraft::from_fund(&b.finance.funds[0]);
    fund.opening_balance = "1".into();
    assert_eq!(b.save_fund(Some(cash), &fund, today()).map(|_| ()), fin(FinanceError::YearClosed(2024)));
    assert_eq!(b, before);
    // 2025 is still open.
    b.void_voucher(late, "", today()).unwrap();
    b.close_year(2025, today()).unwrap();
    assert!(b.finance.drifts().is_empty());
    // Reopen the last closed year first.
    assert_eq!(b.reopen_year(2024), fin(FinanceError::LaterYearClosed(2025)));
    b.reopen_year(2025).unwrap();
    b.reopen_year(2024).unwrap();
    assert_eq!(b.reopen_year(2024), fin(FinanceError::NotClosed(2024)));
    b.record_voucher(&draft, today()).unwrap();
    assert_eq!(b.finance.fund_book(cash, Period::year(2025)).unwrap().opening, money(3_799_000));
}

#[test]
fn funds_and_lines_are_data_the_union_edits() {
    use so_cong_doan::domain::finance::categories::CategoryDraft;
    let mut b = book();
    let members = line(&b, Line::Members);
    let sub = CategoryDraft { code: "1.9".into(), name: "Hỗ trợ thiên tai".into(), parent: Some(members) };
    let id = b.save_category(None, &sub).unwrap();
    assert_eq!(b.finance.category(id).unwrap().line, Line::Members);
    // Codes are unique on their side; an income code may repeat an expense code.
    let dup = CategoryDraft { code: "1.9".into(), name: "X".into(), parent: Some(members) };
    assert_eq!(problems(b.save_category(None, &dup)), [(Field::Code, Problem::Duplicate)]);
    let income = CategoryDraft { code: "1.9".into(), name: "Y".into(), parent: Some(line(&b, Line::Dues)) };
    b.save_category(None, &income).unwrap();
    // A standard line cannot go; a used sub-line neither.
    assert_eq!(b.remove_category(members), Err(BookError::Finance(FinanceError::InUse)));
    b.finance.funds[0].opened_on = date(2025, 1, 1);
    record(&mut b, VoucherKind::Receipt, "01/05/2025", "1000", Line::OtherIncome);
    let mut pay = voucher(&b, VoucherKind::Payment, "05/05/2025", "1000", Line::Members);
    pay.category_id = Some(id);
    b.record_voucher(&pay, today()).unwrap();
    assert_eq!(b.remove_category(id), Err(BookError::Finance(FinanceError::InUse)));
    // The sub-line's total rolls up into its line.
    let lines = reports::by_line(&b.finance, Period::year(2025));
    let l = lines.expense.iter().find(|l| l.category.id == members).unwrap();
    assert_eq!(l.total, money(1000));
    assert_eq!(l.subs.iter().find(|(c, _)| c.id == id).unwrap().1, money(1000));
    // A fund cannot change kind once it has vouchers.
    let cash = cash(&b);
    let mut draft = FundDraft::from_fund(&b.finance.funds[0]);
    draft.kind = FundKind::Charity;
    assert_eq!(b.save_fund(Some(cash), &draft, today()).map(|_| ()), Err(BookError::Finance(FinanceError::InUse)));
}
