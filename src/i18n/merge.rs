//! The words for a merge: the parts of the book and the fields of its records, by the names the file
//! gives them (`docs/file-format.md`).

use super::{Lang, T};

/// A part of the book, as `parts::PARTS` names it.
pub fn part_name(lang: Lang, part: &str) -> &'static str {
    let key = match part {
        "union" => T::PartUnion,
        "settings" => T::PartSettings,
        "groups" => T::NavGroups,
        "members" => T::NavMembers,
        "trash" => T::PartTrash,
        "appointments" => T::PartAppointments,
        "reports" => T::PartReports,
        "activities.welfare" => T::PartWelfare,
        "activities.events" => T::PartEvents,
        "activities.titles" => T::PartTitles,
        "activities.initiatives" => T::PartInitiatives,
        "activities.targets" => T::PartTargets,
        "finance.settings" => T::PartFinanceSettings,
        "finance.funds" => T::PartFunds,
        "finance.categories" => T::PartCategories,
        "finance.rules" => T::PartRules,
        "finance.budgets" => T::PartBudgets,
        "finance.closings" => T::PartClosings,
        _ => T::PartVouchers,
    };
    key.text(lang)
}

/// A field of a record by its name in the file; the name itself for one without words of its own.
pub fn field_name(lang: Lang, field: &str) -> String {
    let key = match field {
        "full_name" => T::FullName,
        "name" => T::FieldName,
        "birth_date" => T::BirthDate,
        "gender" => T::Gender,
        "card_number" => T::CardNumber,
        "phone" => T::Phone,
        "email" => T::Email,
        "notes" | "note" => T::Notes,
        "education" => T::Education,
        "ethnicity" => T::Ethnicity,
        "religion" => T::Religion,
        "citizen_id" => T::CitizenId,
        "hometown" => T::Hometown,
        "group_id" => T::Group,
        "date" => T::Date,
        "reason" => T::Reason,
        "amount" => T::Amount,
        _ => return field.to_string(),
    };
    key.text(lang).to_string()
}
