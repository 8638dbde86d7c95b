//! Members and union groups: the record of each person and the checks a record must pass.

use super::text;
use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A union group (tổ công đoàn).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Group {
    pub id: Id,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
}

/// Trình độ chuyên môn, highest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    Doctorate,
    Master,
    Bachelor,
    College,
    Vocational,
    #[default]
    None,
}

impl Education {
    pub const ALL: [Education; 6] = [
        Education::Doctorate,
        Education::Master,
        Education::Bachelor,
        Education::College,
        Education::Vocational,
        Education::None,
    ];
}

/// Trình độ lý luận chính trị, highest first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoliticalTheory {
    Advanced,
    Intermediate,
    Elementary,
    #[default]
    None,
}

impl PoliticalTheory {
    pub const ALL: [PoliticalTheory; 4] =
        [PoliticalTheory::Advanced, PoliticalTheory::Intermediate, PoliticalTheory::Elementary, PoliticalTheory::None];
}

/// Chức vụ công đoàn held by a member.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnionRole {
    Chair,
    ViceChair,
    ExecutiveMember,
    InspectionMember,
    GroupLeader,
    GroupDeputy,
    #[default]
    Member,
}

impl UnionRole {
    pub const ALL: [UnionRole; 7] = [
        UnionRole::Chair,
        UnionRole::ViceChair,
        UnionRole::ExecutiveMember,
        UnionRole::InspectionMember,
        UnionRole::GroupLeader,
        UnionRole::GroupDeputy,
        UnionRole::Member,
    ];
}

fn is_empty(text: &str) -> bool {
    text.is_empty()
}

/// One member's record. Text fields left empty are left out of the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Member {
    pub id: Id,
    pub full_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    pub gender: Gender,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<Id>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub job_title: String,
    #[serde(default)]
    pub union_role: UnionRole,
    #[serde(default)]
    pub education: Education,
    #[serde(default)]
    pub political_theory: PoliticalTheory,
    #[serde(default)]
    pub party_member: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_since: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_union: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub card_number: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub notes: String,
}

/// The fields of the member form, as a person typed them; dates are text until checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MemberDraft {
    pub full_name: String,
    pub birth_date: String,
    pub gender: Option<Gender>,
    pub group_id: Option<Id>,
    pub job_title: String,
    pub union_role: UnionRole,
    pub education: Education,
    pub political_theory: PoliticalTheory,
    pub party_member: bool,
    pub party_since: String,
    pub joined_union: String,
    pub card_number: String,
    pub phone: String,
    pub notes: String,
}

impl MemberDraft {
    pub fn from_member(m: &Member) -> Self {
        MemberDraft {
            full_name: m.full_name.clone(),
            birth_date: text::format_opt_date(m.birth_date),
            gender: Some(m.gender),
            group_id: m.group_id,
            job_title: m.job_title.clone(),
            union_role: m.union_role,
            education: m.education,
            political_theory: m.political_theory,
            party_member: m.party_member,
            party_since: text::format_opt_date(m.party_since),
            joined_union: text::format_opt_date(m.joined_union),
            card_number: m.card_number.clone(),
            phone: m.phone.clone(),
            notes: m.notes.clone(),
        }
    }
}

/// A field of the member record, to say where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemberField {
    FullName,
    BirthDate,
    Gender,
    Group,
    PartySince,
    JoinedUnion,
    CardNumber,
    Phone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    NotADate,
    InFuture,
    BeforeBirth,
    Duplicate,
    TooLong,
    NotAPhone,
    UnknownGroup,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: MemberField,
    pub problem: Problem,
}

const MAX_NAME: usize = 120;

impl MemberDraft {
    /// Checks every field and builds the record. `others` are the members the card number must differ from.
    pub fn validate<'a>(
        &self,
        id: Id,
        today: NaiveDate,
        groups: &[Group],
        others: impl Iterator<Item = &'a Member>,
    ) -> Result<Member, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(FieldError { field, problem });
        let full_name = self.full_name.split_whitespace().collect::<Vec<_>>().join(" ");
        if full_name.is_empty() {
            fail(MemberField::FullName, Problem::Required);
        } else if full_name.chars().count() > MAX_NAME {
            fail(MemberField::FullName, Problem::TooLong);
        }
        let mut date = |field, raw: &str| -> Option<NaiveDate> {
            if raw.trim().is_empty() {
                return None;
            }
            match text::parse_date(raw, chrono::Datelike::year(&today)) {
                None => {
                    fail(field, Problem::NotADate);
                    None
                }
                Some(d) if d > today => {
                    fail(field, Problem::InFuture);
                    None
                }
                Some(d) => Some(d),
            }
        };
        let birth_date = date(MemberField::BirthDate, &self.birth_date);
        let joined_union = date(MemberField::JoinedUnion, &self.joined_union);
        let party_since = if self.party_member { date(MemberField::PartySince, &self.party_since) } else { None };
        if let Some(birth) = birth_date {
            if joined_union.is_some_and(|j| j <= birth) {
                fail(MemberField::JoinedUnion, Problem::BeforeBirth);
            }
            if party_since.is_some_and(|p| p <= birth) {
                fail(MemberField::PartySince, Problem::BeforeBirth);
            }
        }
        let gender = self.gender;
        if gender.is_none() {
            fail(MemberField::Gender, Problem::Required);
        }
        if let Some(group) = self.group_id {
            if !groups.iter().any(|g| g.id == group) {
                fail(MemberField::Group, Problem::UnknownGroup);
            }
        }
        let card_number = self.card_number.trim().to_string();
        let mut others = others;
        if !card_number.is_empty() && others.any(|m| m.id != id && m.card_number.eq_ignore_ascii_case(&card_number)) {
            fail(MemberField::CardNumber, Problem::Duplicate);
        }
        let phone = self.phone.trim().to_string();
        if !phone.is_empty() && !is_phone(&phone) {
            fail(MemberField::Phone, Problem::NotAPhone);
        }
        match (errors.is_empty(), gender) {
            (true, Some(gender)) => Ok(Member {
                id,
                full_name,
                birth_date,
                gender,
                group_id: self.group_id,
                job_title: self.job_title.trim().to_string(),
                union_role: self.union_role,
                education: self.education,
                political_theory: self.political_theory,
                party_member: self.party_member,
                party_since,
                joined_union,
                card_number,
                phone,
                notes: self.notes.trim().to_string(),
            }),
            _ => Err(errors),
        }
    }
}

/// Digits with the usual separators, 8 to 15 digits, an optional leading +.
fn is_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed = phone.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (i == 0 && c == '+'));
    allowed && (8..=15).contains(&digits)
}

/// The members in Vietnamese order with what search needs, computed once per change of the book so that a
/// keystroke only scans prepared strings.
#[derive(Clone, Debug, Default)]
pub struct Roster {
    rows: Vec<RosterRow>,
}

#[derive(Clone, Debug)]
struct RosterRow {
    key: text::NameKey,
    folded: String,
    member: std::sync::Arc<Member>,
}

/// Which members to show: a search text and the group and gender filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RosterFilter {
    pub query: String,
    pub group: GroupFilter,
    pub gender: Option<Gender>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum GroupFilter {
    #[default]
    All,
    Group(Id),
    NoGroup,
}

impl Roster {
    pub fn new(members: &[std::sync::Arc<Member>]) -> Self {
        let mut rows: Vec<RosterRow> = members
            .iter()
            .map(|m| RosterRow { key: text::name_key(&m.full_name), folded: searchable(m), member: m.clone() })
            .collect();
        rows.sort_by(|a, b| a.key.cmp(&b.key).then_with(|| a.member.birth_date.cmp(&b.member.birth_date)));
        Roster { rows }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The members that pass the filter, in order.
    pub fn select(&self, filter: &RosterFilter) -> Vec<std::sync::Arc<Member>> {
        let words: Vec<String> = text::fold(&filter.query).split_whitespace().map(str::to_string).collect();
        self.rows
            .iter()
            .filter(|row| {
                let m = &row.member;
                let group_ok = match filter.group {
                    GroupFilter::All => true,
                    GroupFilter::Group(id) => m.group_id == Some(id),
                    GroupFilter::NoGroup => m.group_id.is_none(),
                };
                group_ok
                    && filter.gender.is_none_or(|g| m.gender == g)
                    && words.iter().all(|w| row.folded.contains(w.as_str()))
            })
            .map(|row| row.member.clone())
            .collect()
    }
}

/// What a search looks in: the name, the card number, the phone and the job title, folded.
fn searchable(m: &Member) -> String {
    text::fold(&format!("{} {} {} {}", m.full_name, m.card_number, m.phone, m.job_title))
}
