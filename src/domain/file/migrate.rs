//! Older files and stored books are brought to the current schema one version at a time.

use serde_json::Value;

/// Steps from one schema to the next: `MIGRATIONS[i]` takes a book of version i + 1 to version i + 2.
/// Each step has a test that reads a file of the older version kept under `tests/fixtures/`.
pub(super) const MIGRATIONS: &[fn(Value) -> Value] =
    &[roles_to_appointments, add_finance, kinds_of_unit, to_five, unrecorded_levels];

/// Schema 1 → 2: a member's single `union_role` becomes an appointment with a term, from the start of the
/// union's current term (the only date a version 1 book knows for it).
fn roles_to_appointments(mut book: Value) -> Value {
    let from = book.pointer("/union/term_start").cloned().unwrap_or(Value::Null);
    let mut appointments = Vec::new();
    let mut take_role = |member: &mut Value| {
        let Some(fields) = member.as_object_mut() else { return };
        let role = fields.remove("union_role");
        let (body, seat) = match role.as_ref().and_then(Value::as_str) {
            Some("chair") => ("executive", "head"),
            Some("vice_chair") => ("executive", "deputy"),
            Some("executive_member") => ("executive", "member"),
            Some("inspection_member") => ("inspection", "member"),
            Some("group_leader") => ("group", "head"),
            Some("group_deputy") => ("group", "deputy"),
            _ => return,
        };
        let group_id = fields.get("group_id").cloned();
        if body == "group" && group_id.is_none() {
            return;
        }
        let mut appointment = serde_json::json!({
            "id": crate::domain::new_id(),
            "member_id": fields.get("id").cloned().unwrap_or(Value::Null),
            "body": body,
            "role": seat,
            "from": from.clone(),
        });
        if body == "group" {
            appointment["group_id"] = group_id.unwrap_or(Value::Null);
        }
        appointments.push(appointment);
    };
    if let Some(members) = book.get_mut("members").and_then(Value::as_array_mut) {
        members.iter_mut().for_each(&mut take_role);
    }
    if let Some(trash) = book.get_mut("trash").and_then(Value::as_array_mut) {
        trash.iter_mut().filter_map(|t| t.get_mut("member")).for_each(&mut take_role);
    }
    if let Some(fields) = book.as_object_mut() {
        fields.insert("appointments".into(), Value::Array(appointments));
    }
    book
}

/// Schema 2 → 3: the book gains its money, as a new book has it: a cash fund at zero from 1 January of
/// the term's first year, the standard lines and the rules of DOMAIN.md.
fn add_finance(mut book: Value) -> Value {
    let start = book
        .pointer("/union/term_start")
        .and_then(Value::as_str)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .and_then(|d| chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&d), 1, 1))
        .unwrap_or_default();
    let finance = crate::domain::finance::Finance::standard(start, &mut crate::domain::new_id);
    // Through text rather than `to_value`: the text writer is in the wasm already, a value writer for
    // every finance type would not be.
    let value = serde_json::to_string(&finance).ok().and_then(|t| serde_json::from_str::<Value>(&t).ok());
    if let (Some(fields), Some(finance)) = (book.as_object_mut(), value) {
        fields.insert("finance".into(), finance);
    }
    book
}

/// Schema 3 → 4: `finance.settings.dues_cap` gives way to the kind of unit (`units`), rules gain the dues
/// rate of budget-funded agencies, members their exemptions. Nothing to rewrite here: the types read a
/// schema 3 book as it is (`FinanceSettings` turns `dues_cap` into a kind to confirm, a missing rule is the
/// standard one), as they must for a stored book written under schema 3. The version tells an older app
/// that it cannot read the file.
fn kinds_of_unit(book: Value) -> Value {
    book
}

/// Schema 4 → 5: `union` becomes dated history, `{"history": [{"from", "name", "superior", "term_start",
/// "term_end"}]}`; the book gains `stamps` and `clock` (what a merge needs, `domain::stamps`), `handovers`,
/// `ending` and budgets' `filing`. Nothing to rewrite here: `UnionHistory` reads the single `union` of a
/// schema 4 book as its only entry, from its term's start, as it must for a stored book written under
/// schema 4; a book without stamps reads as not changed since, which both copies of a shared book agree on;
/// the rest is absent until recorded. The version tells an older app, which would drop them, that it cannot
/// read the file.
fn to_five(book: Value) -> Value {
    book
}

/// Schema 5 → 6: a member's `education` and `political_theory` may be `"unrecorded"`, what a new record
/// starts with; a report may have its `number`. Nothing to rewrite: an absent value still reads `"none"`, as older schemas wrote it. The
/// version tells an older app, which cannot read the new value, that it cannot read the file.
fn unrecorded_levels(book: Value) -> Value {
    book
}

/// Brings a book written under an older schema up to the current one, one version at a time.
pub(super) fn migrate(book: Value, from: u64) -> Value {
    MIGRATIONS.iter().skip(from.saturating_sub(1) as usize).fold(book, |book, step| step(book))
}
