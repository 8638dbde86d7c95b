//! The money in the exchange file: a round trip keeps it, and a file whose money does not hold together is
//! refused with the place of the problem; an unsorted file from another program is put in order.

use serde_json::{json, Value};
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::file::FinanceProblem;
use so_cong_doan::domain::file::{read, FileError};

mod common;
use common::{documented_example, exported, refused};

fn finance(path: &str, problem: FinanceProblem) -> FileError {
    FileError::Finance { path: path.into(), problem }
}

/// The index of the first voucher of a kind.
fn first(v: &Value, kind: &str) -> usize {
    v["book"]["finance"]["vouchers"].as_array().unwrap().iter().position(|x| x["kind"] == kind).unwrap()
}

#[test]
fn money_is_written_as_strings_of_whole_dong_and_months_as_year_month() {
    let v = exported();
    let voucher = &v["book"]["finance"]["vouchers"][0];
    assert!(voucher["amount"].is_string());
    assert!(v["book"]["finance"]["funds"][0]["opening_balance"].is_string());
    let dues = v["book"]["finance"]["vouchers"].as_array().unwrap().iter().find(|x| x.get("dues").is_some()).unwrap();
    assert_eq!(dues["dues"][0]["month"].as_str().unwrap().len(), 7);
}

#[test]
fn broken_links_amounts_and_numbers_are_refused_with_their_path() {
    let mut v = exported();
    let r = first(&v, "receipt");
    v["book"]["finance"]["vouchers"][r]["fund_id"] = json!("00000000-0000-4000-8000-000000000000");
    assert_eq!(refused(&v), finance(&format!("book.finance.vouchers[{r}].fund_id"), FinanceProblem::UnknownFund));

    let mut v = exported();
    v["book"]["finance"]["vouchers"][r]["category_id"] = json!("00000000-0000-4000-8000-000000000000");
    assert_eq!(
        refused(&v),
        finance(&format!("book.finance.vouchers[{r}].category_id"), FinanceProblem::UnknownCategory)
    );

    let mut v = exported();
    let p = first(&v, "payment");
    let income_line = v["book"]["finance"]["categories"][0]["id"].clone();
    v["book"]["finance"]["vouchers"][p]["category_id"] = income_line;
    assert_eq!(refused(&v), finance(&format!("book.finance.vouchers[{p}].category_id"), FinanceProblem::WrongLine));

    for bad in ["0", "-5000", "1000.5", "1000000000000001", "79228162514264337593543950335"] {
        let mut v = exported();
        v["book"]["finance"]["vouchers"][p]["amount"] = json!(bad);
        assert_eq!(
            refused(&v),
            finance(&format!("book.finance.vouchers[{p}].amount"), FinanceProblem::BadAmount),
            "{bad}"
        );
    }

    let mut v = exported();
    let later = (p + 1..).find(|i| v["book"]["finance"]["vouchers"][*i]["kind"] == "payment").unwrap();
    v["book"]["finance"]["vouchers"][later]["number"] = v["book"]["finance"]["vouchers"][p]["number"].clone();
    assert_eq!(
        refused(&v),
        finance(&format!("book.finance.vouchers[{later}].number"), FinanceProblem::DuplicateNumber)
    );

    let mut v = exported();
    v["book"]["finance"]["vouchers"][3]["id"] = v["book"]["members"][0]["id"].clone();
    assert_eq!(refused(&v), FileError::DuplicateId { path: "book.finance.vouchers[3].id".into() });

    let mut v = exported();
    let d = v["book"]["finance"]["vouchers"].as_array().unwrap().iter().position(|x| x.get("dues").is_some()).unwrap();
    v["book"]["finance"]["vouchers"][d]["dues"][0]["member_id"] = json!("00000000-0000-4000-8000-000000000000");
    assert_eq!(
        refused(&v),
        FileError::DanglingMember { path: format!("book.finance.vouchers[{d}].dues[0].member_id") }
    );

    let mut v = exported();
    v["book"]["finance"]["vouchers"][d]["dues"][0]["amount"] = json!("1");
    assert_eq!(refused(&v), finance(&format!("book.finance.vouchers[{d}].dues"), FinanceProblem::BadDues));

    let mut v = exported();
    v["book"]["finance"]["vouchers"][d]["dues"][0]["month"] = json!("2025-13");
    let got = refused(&v);
    assert!(matches!(&got, FileError::BadValue { path, .. } if path.ends_with("dues[0].month")), "{got:?}");
}

#[test]
fn vouchers_and_rules_out_of_order_are_put_in_order() {
    let mut v = exported();
    v["book"]["finance"]["vouchers"].as_array_mut().unwrap().reverse();
    v["book"]["finance"]["rules"]["base_salary"].as_array_mut().unwrap().reverse();
    let book = read(&serde_json::to_string(&v).unwrap()).unwrap().book;
    assert!(book.finance.vouchers.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(book.finance.rules, demo_book().finance.rules);
}

#[test]
fn the_documented_example_has_money() {
    use so_cong_doan::domain::finance::{books::statements, Period};
    let finance = read(&documented_example()).unwrap().book.finance;
    assert_eq!(finance.vouchers.len(), 2);
    assert!(finance.drifts().is_empty());
    assert!(statements(&finance, Period::year(2026)).iter().all(|s| s.balances()));
}
