//! Bad input never breaks the book: every bound of `domain::bounds`, the same for the forms and the file, and
//! each hostile file case refused with the path of the value, the stored book untouched.

use rust_decimal::Decimal;
use serde_json::{json, Value};
use so_cong_doan::domain::activity::{parse_year, ActivityProblem};
use so_cong_doan::domain::bounds::{self, MAX_DONG};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::{read, FileError, FinanceProblem, ValueProblem};
use so_cong_doan::domain::finance::words::amount_in_words;
use so_cong_doan::domain::members::member::{MemberDraft, MemberField, Problem, Taken};
use so_cong_doan::domain::text::parse_date;

mod common;
use common::{exported, refused, walk_computations};

fn bad_value(v: &Value) -> (String, ValueProblem) {
    match refused(v) {
        FileError::BadValue { path, problem } => (path, problem),
        other => panic!("refused for another reason: {other:?}"),
    }
}

fn member_problem(path: &str, problem: Problem) -> (String, ValueProblem) {
    (path.to_string(), ValueProblem::Member(problem))
}

#[test]
fn years_and_dates_are_those_of_1900_to_2200() {
    assert_eq!(parse_date("31/12/2200", 2026), chrono::NaiveDate::from_ymd_opt(2200, 12, 31));
    assert_eq!(parse_date("01/01/2201", 2026), None);
    assert_eq!(parse_date("1899-12-31", 2026), None);
    assert_eq!(parse_year("1900"), Some(1900));
    assert_eq!(parse_year("2201"), None);
    assert!(bounds::year_ok(2200) && !bounds::year_ok(-2_147_483_648) && !bounds::year_ok(2_147_483_647));
}

#[test]
fn the_money_bounds_are_the_powers_of_ten_they_say() {
    assert_eq!(MAX_DONG, Decimal::from(10u64.pow(15)));
    assert_eq!(bounds::MAX_BALANCE, Decimal::from_str_exact("1000000000000000000000000").unwrap());
}

#[test]
fn names_must_be_readable_and_short() {
    assert!(bounds::readable("Nguyễn Thị Thu Hà"));
    assert!(!bounds::readable("\u{200b}\u{200e}\u{202e}\u{2060}"), "only zero-width and direction marks");
}

#[test]
fn a_huge_amount_is_said_in_words_not_as_zero() {
    assert_eq!(amount_in_words(MAX_DONG), "Một triệu tỷ đồng");
    let beyond = Decimal::from_str_exact("79228162514264337593543950335").unwrap();
    assert!(
        amount_in_words(beyond).starts_with("Bảy mươi chín tỷ hai trăm hai mươi tám triệu"),
        "{}",
        amount_in_words(beyond)
    );
}

#[test]
fn the_member_form_and_the_file_apply_the_same_rules() {
    let book = demo_book();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let member = &book.members[0];
    let draft = MemberDraft { citizen_id: "abc".into(), ..MemberDraft::from_member(member) };
    let form = draft.validate(member.id, today, &book.groups, &Taken::default()).unwrap_err();
    assert_eq!(
        form.iter().map(|e| (e.field, e.problem)).collect::<Vec<_>>(),
        [(MemberField::CitizenId, Problem::NotACitizenId)]
    );
    let mut v = exported();
    v["book"]["members"][0]["citizen_id"] = json!("abc");
    assert_eq!(bad_value(&v), member_problem("book.members[0].citizen_id", Problem::NotACitizenId));
}

#[test]
fn a_file_may_not_hold_what_the_member_form_refuses() {
    let cases: Vec<(&str, Value, Problem)> = vec![
        ("salaries", json!([{ "from": "2020-01-01", "amount": "-5000000" }]), Problem::NotAnAmount),
        ("citizen_id", json!("abc"), Problem::NotACitizenId),
        ("ethnicity", json!("Người sao Hỏa"), Problem::NotInList),
        ("full_name", json!("A".repeat(10_500)), Problem::TooLong),
        ("full_name", json!("\u{200b}\u{200b}\u{202e}"), Problem::NotAName),
        ("birth_date", json!("2099-01-01"), Problem::InFuture),
    ];
    for (field, value, problem) in cases {
        let mut v = exported();
        v["book"]["members"][3][field] = value;
        assert_eq!(bad_value(&v), member_problem(&format!("book.members[3].{field}"), problem), "{field}");
    }
}

#[test]
fn a_file_may_not_give_two_members_one_citizen_id_or_one_card() {
    let v = exported();
    let with = |field: &str, first: &str| {
        let mut v = v.clone();
        v["book"]["members"][1][field] = json!(first);
        v["book"]["members"][2][field] = json!(first);
        v
    };
    assert_eq!(
        bad_value(&with("citizen_id", "001234567890")),
        member_problem("book.members[2].citizen_id", Problem::Duplicate)
    );
    assert_eq!(
        bad_value(&with("card_number", "CD-0001")),
        member_problem("book.members[2].card_number", Problem::Duplicate)
    );
}

#[test]
fn years_beyond_the_bounds_are_refused_in_targets_titles_and_initiatives() {
    let v = exported();
    let mut target = v.clone();
    target["book"]["activities"]["targets"][0]["from_year"] = json!(-2_147_483_648i64);
    target["book"]["activities"]["targets"][0]["to_year"] = json!(2_147_483_647i64);
    assert_eq!(
        bad_value(&target),
        ("book.activities.targets[0].from_year".into(), ValueProblem::Activity(ActivityProblem::NotAYear))
    );
    let mut title = v.clone();
    title["book"]["activities"]["titles"][0]["year"] = json!(3000);
    assert_eq!(
        bad_value(&title),
        ("book.activities.titles[0].year".into(), ValueProblem::Activity(ActivityProblem::NotAYear))
    );
    let mut initiative = v.clone();
    initiative["book"]["activities"]["initiatives"][0]["year"] = json!(1200);
    assert_eq!(bad_value(&initiative), ("book.activities.initiatives[0].year".into(), ValueProblem::OutOfBounds));
}

#[test]
fn a_voucher_number_past_the_bound_is_refused() {
    let mut v = exported();
    v["book"]["finance"]["vouchers"][0]["number"] = json!(4_294_967_295u64);
    assert_eq!(
        refused(&v),
        FileError::Finance { path: "book.finance.vouchers[0].number".into(), problem: FinanceProblem::BadNumber }
    );
}

#[test]
fn an_event_turnout_beyond_any_union_is_refused() {
    let mut v = exported();
    v["book"]["activities"]["events"][0]["headcount"] = json!(4_000_000_000u64);
    assert_eq!(bad_value(&v), ("book.activities.events[0].headcount".into(), ValueProblem::OutOfBounds));
}

#[test]
fn a_json_array_or_a_number_checksum_is_not_a_book() {
    assert_eq!(read("[]").unwrap_err(), FileError::NotOurs);
    assert_eq!(read(&json!([exported()]).to_string()).unwrap_err(), FileError::NotOurs);
    let mut v = exported();
    v["checksum"] = json!(12345);
    assert_eq!(read(&v.to_string()).unwrap_err(), FileError::ChecksumMismatch);
}

#[test]
fn every_computation_of_the_pages_completes_over_a_book_at_the_bounds() {
    let max = MAX_DONG.to_string();
    let mut v = exported();
    let b = &mut v["book"];
    b["members"][0]["birth_date"] = json!("1900-01-01");
    b["members"][0]["salaries"] = json!([{ "from": "1900-02-01", "amount": max }]);
    b["finance"]["funds"][0]["opening_balance"] = json!(max);
    for voucher in b["finance"]["vouchers"].as_array_mut().unwrap() {
        if voucher.get("activity_id").is_none() && voucher.get("dues").is_none() {
            voucher["amount"] = json!(max);
        }
    }
    let activities = &mut b["activities"];
    activities["targets"][0]["from_year"] = json!(1900);
    activities["targets"][0]["to_year"] = json!(2200);
    activities["titles"][0]["year"] = json!(2200);
    activities["initiatives"][0]["year"] = json!(1900);
    activities["events"][0]["start"] = json!("2200-12-31");
    activities["events"][0].as_object_mut().unwrap().remove("end");
    activities["events"][0]["headcount"] = json!(bounds::MAX_COUNT);
    let book = read(&v.to_string()).expect("a book at the bounds is a book").book;
    walk_computations(&book);
}

#[test]
fn a_stored_book_is_held_to_the_bounds_only_so_books_kept_before_the_rules_still_open() {
    use so_cong_doan::domain::file::{check, check_stored};
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    let mut book = demo_book();
    let m = std::sync::Arc::make_mut(&mut book.members[1]);
    m.citizen_id = "abc".into();
    m.ethnicity = "Người sao Hỏa".into();
    assert_eq!(check_stored(&book), Ok(()));
    assert!(check(&book, today).is_err(), "a file is held to the member form's rules");
    std::sync::Arc::make_mut(&mut book.members[1]).full_name = "A".repeat(500);
    assert_eq!(
        check_stored(&book),
        Err(FileError::BadValue {
            path: "book.members[1].full_name".into(),
            problem: ValueProblem::Member(Problem::TooLong)
        })
    );
}
