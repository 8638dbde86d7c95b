//! Each step of the file format: a file of the older version, kept under tests/fixtures, reads as today's.

mod common;

use so_cong_doan::domain::file::read;
use so_cong_doan::domain::members::committee::{Body, Role};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn schema_1_union_roles_become_appointments_from_the_term_start() {
    let text = fixture("schema-1.json");
    assert!(text.contains("\"schema_version\": 1"));
    let imported = read(&text).expect("a schema 1 file reads");
    assert_eq!(imported.meta.schema_version, 1);
    let book = imported.book;
    assert_eq!(book.members.len(), 14);
    let seats = |body, role| book.appointments.iter().filter(|a| a.body == body && a.role == role).count();
    assert_eq!(seats(Body::Executive, Role::Head), 1);
    assert_eq!(seats(Body::Executive, Role::Deputy), 1);
    assert_eq!(seats(Body::Executive, Role::Member), 2);
    assert_eq!(seats(Body::Inspection, Role::Member), 2);
    assert_eq!(seats(Body::Group, Role::Head), 4);
    assert_eq!(seats(Body::Group, Role::Deputy), 4);
    for a in &book.appointments {
        assert_eq!(a.from, book.union.current().term_start);
        assert_eq!(a.to, None);
        let member = book.member(a.member_id).expect("the appointment names a member of the book");
        if a.body == Body::Group {
            assert_eq!(a.group_id, member.group_id);
        }
    }
    // Nothing else of the members changed.
    assert!(book.members.iter().all(|m| m.movements.is_empty() && m.on_roster(book.union.current().term_start)));
}

#[test]
fn schema_2_books_gain_a_cash_fund_the_standard_lines_and_rules() {
    use chrono::NaiveDate;
    use so_cong_doan::domain::finance::{FundKind, Line, Rules};
    let text = fixture("schema-2.json");
    assert!(text.contains("\"schema_version\": 2"));
    let imported = read(&text).expect("a schema 2 file reads");
    assert_eq!(imported.meta.schema_version, 2);
    let book = imported.book;
    assert_eq!(book.members.len(), 18);
    let finance = &book.finance;
    assert_eq!(finance.funds.len(), 1);
    let cash = &finance.funds[0];
    assert_eq!(cash.kind, FundKind::Cash);
    assert!(cash.opening_balance.is_zero());
    assert_eq!(cash.opened_on, NaiveDate::from_ymd_opt(2023, 1, 1).unwrap());
    for line in Line::ALL {
        assert_eq!(finance.categories.iter().filter(|c| c.line == line && c.parent.is_none()).count(), 1, "{line:?}");
    }
    assert_eq!(finance.rules, Rules::standard());
    assert!(finance.vouchers.is_empty() && finance.budgets.is_empty() && finance.closings.is_empty());
    // Written again, it reads as today's schema with the same money.
    let again = read(&so_cong_doan::domain::file::write(&book, imported.meta.exported_at.unwrap())).unwrap();
    assert_eq!(again.book, book);
}

#[test]
fn schema_3_books_read_their_dues_cap_as_a_kind_of_unit_to_confirm() {
    use so_cong_doan::domain::finance::units::UnitKind;
    use so_cong_doan::domain::finance::Rules;
    let text = fixture("schema-3.json");
    assert!(text.contains("\"schema_version\": 3") && text.contains("\"dues_cap\": true"));
    let imported = read(&text).expect("a schema 3 file reads");
    assert_eq!(imported.meta.schema_version, 3);
    let finance = &imported.book.finance;
    let units = &finance.settings.units;
    assert_eq!((units.schemes.len(), units.confirmed), (1, false));
    assert_eq!(units.on(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).kind, UnitKind::OtherEnterprise);
    assert_eq!(finance.rules.budget_dues_rate, Rules::standard().budget_dues_rate);
    assert!(imported.book.members.iter().all(|m| m.exemptions.is_empty()));
    // Written again, it is a file of today's schema with the same book.
    let again = read(&so_cong_doan::domain::file::write(&imported.book, imported.meta.exported_at.unwrap())).unwrap();
    assert_eq!(again.meta.schema_version, so_cong_doan::domain::file::SCHEMA_VERSION);
    assert_eq!(again.book, imported.book);
}

#[test]
fn schema_4_books_read_their_union_as_the_only_entry_of_its_history() {
    let text = fixture("schema-4.json");
    assert!(text.contains("\"schema_version\": 4") && text.contains("\"term_start\": \"2023-03-20\""));
    let imported = read(&text).expect("a schema 4 file reads");
    assert_eq!(imported.meta.schema_version, 4);
    let union = &imported.book.union;
    let entries: Vec<_> = union.entries().collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].from, chrono::NaiveDate::from_ymd_opt(2023, 3, 20).unwrap());
    assert_eq!(union.current().name, "Công đoàn cơ sở Trường Tiểu học Hòa Bình");
    assert_eq!(union.current().superior, "Công đoàn Giáo dục huyện Hòa Bình");
    // Written again, it is a file of today's schema with the same book, its union as history.
    let written = so_cong_doan::domain::file::write(&imported.book, imported.meta.exported_at.unwrap());
    assert!(written.contains("\"history\": ["));
    let again = read(&written).unwrap();
    assert_eq!(again.meta.schema_version, so_cong_doan::domain::file::SCHEMA_VERSION);
    assert_eq!(again.book, imported.book);
}

#[test]
fn schema_4_books_read_as_never_changed_since_and_merge_with_their_copies() {
    let text = fixture("schema-4.json");
    assert!(text.contains("\"schema_version\": 4") && !text.contains("\"stamps\""));
    let imported = read(&text).expect("a schema 4 file reads");
    assert_eq!(imported.meta.schema_version, 4);
    let book = imported.book;
    assert!(book.stamps.is_empty() && book.clock.is_empty());
    // Two officers' copies of it, one changed: the merge takes the change and asks nothing.
    let mut changed = book.clone();
    let before = changed.clone();
    changed.delete_member(changed.members[0].id, common::today()).unwrap();
    changed.stamp(&before, "b", common::at().to_utc());
    let plan = so_cong_doan::domain::merge::plan(&book, changed.clone(), true);
    assert!(plan.conflicts.is_empty());
    let merged = plan.merged(&[], false, "a", common::at().to_utc()).unwrap();
    assert_eq!(merged.members.len(), book.members.len() - 1);
    let again = read(&so_cong_doan::domain::file::write(&changed, imported.meta.exported_at.unwrap())).unwrap();
    assert_eq!(again.meta.schema_version, so_cong_doan::domain::file::SCHEMA_VERSION);
    assert_eq!(again.book, changed);
}
