//! Members and union groups: the record of each person and the checks a record must pass.

use crate::domain::bounds;
use crate::domain::finance::exemptions::Exemption;
use crate::domain::members::choices;
use crate::domain::members::movement::{self, Movement};
use crate::domain::skip::is_default;
use crate::domain::text;
use crate::domain::Id;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A union group (tổ công đoàn).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: Id,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    Male,
    Female,
}

/// Trình độ chuyên môn, highest first. A new record starts `Unrecorded`, which the composition counts apart,
/// never as a real level. In a file an absent value is `None`, as every schema before 6 wrote it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    Doctorate,
    Master,
    Bachelor,
    College,
    Vocational,
    None,
    #[default]
    Unrecorded,
}

impl Education {
    pub const ALL: [Education; 7] = [
        Education::Doctorate,
        Education::Master,
        Education::Bachelor,
        Education::College,
        Education::Vocational,
        Education::None,
        Education::Unrecorded,
    ];

    fn none() -> Self {
        Education::None
    }

    fn is_none(&self) -> bool {
        *self == Education::None
    }
}

/// Trình độ lý luận chính trị, highest first; `Unrecorded` and the file's absent value as for `Education`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PoliticalTheory {
    Advanced,
    Intermediate,
    Elementary,
    None,
    #[default]
    Unrecorded,
}

impl PoliticalTheory {
    pub const ALL: [PoliticalTheory; 5] = [
        PoliticalTheory::Advanced,
        PoliticalTheory::Intermediate,
        PoliticalTheory::Elementary,
        PoliticalTheory::None,
        PoliticalTheory::Unrecorded,
    ];

    fn none() -> Self {
        PoliticalTheory::None
    }

    fn is_none(&self) -> bool {
        *self == PoliticalTheory::None
    }
}

/// The insured salary (lương đóng bảo hiểm) from a date: what dues are computed on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Salary {
    pub from: NaiveDate,
    pub amount: Decimal,
}

/// One member's record. Text fields left empty are left out of the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: Id,
    pub full_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    pub gender: Gender,
    /// Dân tộc: one of `choices::ETHNICITIES`, or "Khác".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ethnicity: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub religion: String,
    /// Quê quán.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hometown: String,
    /// Số CCCD: 12 digits; a Vietnamese member's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub citizen_id: String,
    /// Quốc tịch of a foreign member (Trade Union Law 2024); empty for a Vietnamese one.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nationality: String,
    /// Số hộ chiếu: a foreign member's, in place of a CCCD.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub passport: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<Id>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub job_title: String,
    #[serde(default = "Education::none", skip_serializing_if = "Education::is_none")]
    pub education: Education,
    #[serde(default = "PoliticalTheory::none", skip_serializing_if = "PoliticalTheory::is_none")]
    pub political_theory: PoliticalTheory,
    #[serde(default, skip_serializing_if = "is_default")]
    pub party_member: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party_since: Option<NaiveDate>,
    /// The day the person joined the trade union, anywhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_union: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub card_number: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phone: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Insured salary changes, in date order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub salaries: Vec<Salary>,
    /// Movements into and out of this union, in date order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub movements: Vec<Movement>,
    /// Periods without dues, in date order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exemptions: Vec<Exemption>,
}

impl Member {
    pub fn on_roster(&self, date: NaiveDate) -> bool {
        movement::on_roster(&self.movements, date)
    }

    /// The insured salary that held on a date.
    pub fn salary_on(&self, date: NaiveDate) -> Option<Decimal> {
        self.salaries.iter().take_while(|s| s.from <= date).last().map(|s| s.amount)
    }

    /// Age in whole years on a date.
    pub fn age_on(&self, date: NaiveDate) -> Option<u32> {
        let birth = self.birth_date?;
        let had_birthday = (date.month(), date.day()) >= (birth.month(), birth.day());
        let years = date.year() - birth.year() - if had_birthday { 0 } else { 1 };
        u32::try_from(years).ok()
    }
}

/// The fields of the member form, as a person typed them; dates and amounts are text until checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MemberDraft {
    pub full_name: String,
    pub birth_date: String,
    pub gender: Option<Gender>,
    pub ethnicity: String,
    pub religion: String,
    pub hometown: String,
    pub citizen_id: String,
    pub nationality: String,
    pub passport: String,
    pub group_id: Option<Id>,
    pub job_title: String,
    pub education: Education,
    pub political_theory: PoliticalTheory,
    pub party_member: bool,
    pub party_since: String,
    pub joined_union: String,
    pub card_number: String,
    pub phone: String,
    pub email: String,
    pub notes: String,
    /// The insured salary and the date it applies from; a new amount is added to the history.
    pub salary: String,
    pub salary_from: String,
    /// The salary history and movements of the record being edited, kept as they are.
    pub salaries: Vec<Salary>,
    pub movements: Vec<Movement>,
}

impl MemberDraft {
    pub fn from_member(m: &Member) -> Self {
        let latest = m.salaries.last();
        MemberDraft {
            full_name: m.full_name.clone(),
            birth_date: text::format_opt_date(m.birth_date),
            gender: Some(m.gender),
            ethnicity: m.ethnicity.clone(),
            religion: m.religion.clone(),
            hometown: m.hometown.clone(),
            citizen_id: m.citizen_id.clone(),
            nationality: m.nationality.clone(),
            passport: m.passport.clone(),
            group_id: m.group_id,
            job_title: m.job_title.clone(),
            education: m.education,
            political_theory: m.political_theory,
            party_member: m.party_member,
            party_since: text::format_opt_date(m.party_since),
            joined_union: text::format_opt_date(m.joined_union),
            card_number: m.card_number.clone(),
            phone: m.phone.clone(),
            email: m.email.clone(),
            notes: m.notes.clone(),
            salary: latest.map(|s| text::format_number(s.amount)).unwrap_or_default(),
            salary_from: latest.map(|s| text::format_date(s.from)).unwrap_or_default(),
            salaries: m.salaries.clone(),
            movements: m.movements.clone(),
        }
    }
}

impl MemberDraft {
    /// Empties a field a member can go without, as an import does with a wrong one; false for the name and
    /// the gender, which a member cannot.
    pub fn clear(&mut self, field: MemberField) -> bool {
        match field {
            MemberField::FullName | MemberField::Gender | MemberField::Exemptions => return false,
            MemberField::BirthDate => self.birth_date.clear(),
            MemberField::Ethnicity => self.ethnicity.clear(),
            MemberField::Religion => self.religion.clear(),
            MemberField::CitizenId => self.citizen_id.clear(),
            MemberField::Nationality => self.nationality.clear(),
            MemberField::Passport => self.passport.clear(),
            MemberField::Group => self.group_id = None,
            MemberField::PartySince => self.party_since.clear(),
            MemberField::JoinedUnion => self.joined_union.clear(),
            MemberField::CardNumber => self.card_number.clear(),
            MemberField::Phone => self.phone.clear(),
            MemberField::Email => self.email.clear(),
            MemberField::Salary | MemberField::SalaryFrom => {
                self.salary.clear();
                self.salary_from.clear();
            }
        }
        true
    }
}

/// Card numbers and citizen ids already taken, and by whom: built once, so that checking a member (or ten
/// thousand of an imported roster) does not scan the whole book each time.
#[derive(Clone, Debug, Default)]
pub struct Taken {
    cards: std::collections::HashMap<String, Id>,
    citizen_ids: std::collections::HashMap<String, Id>,
}

impl Taken {
    pub fn of<'a>(members: impl Iterator<Item = &'a Member>) -> Self {
        let mut taken = Taken::default();
        members.for_each(|m| taken.add(m));
        taken
    }

    /// Only the members who hold this draft's card number or citizen id: checking one member scans the book
    /// once and copies nothing else (for 50,000 members, 2 ms instead of the 70 of indexing every one).
    pub fn matching<'a>(members: impl Iterator<Item = &'a Member>, draft: &MemberDraft) -> Self {
        let card = draft.card_number.trim().to_lowercase();
        let citizen_id: String = draft.citizen_id.chars().filter(|c| !c.is_whitespace()).collect();
        let mut taken = Taken::default();
        for m in members {
            let same_card = !card.is_empty() && m.card_number.chars().flat_map(char::to_lowercase).eq(card.chars());
            if same_card || (!citizen_id.is_empty() && m.citizen_id == citizen_id) {
                taken.add(m);
            }
        }
        taken
    }

    pub fn add(&mut self, m: &Member) {
        if !m.card_number.is_empty() {
            self.cards.insert(m.card_number.to_lowercase(), m.id);
        }
        if !m.citizen_id.is_empty() {
            self.citizen_ids.insert(m.citizen_id.clone(), m.id);
        }
    }

    fn card(&self, card: &str, except: Id) -> bool {
        self.cards.get(&card.to_lowercase()).is_some_and(|id| *id != except)
    }

    fn citizen_id(&self, citizen_id: &str, except: Id) -> bool {
        self.citizen_ids.get(citizen_id).is_some_and(|id| *id != except)
    }
}

/// A field of the member record, to say where a problem is; in the order of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MemberField {
    FullName,
    BirthDate,
    Gender,
    Ethnicity,
    Religion,
    CitizenId,
    Nationality,
    Passport,
    Group,
    PartySince,
    JoinedUnion,
    CardNumber,
    Phone,
    Email,
    Salary,
    SalaryFrom,
    /// Periods without dues, which a file or a stored book carries and the form does not.
    Exemptions,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    NotADate,
    InFuture,
    BeforeBirth,
    Duplicate,
    TooLong,
    /// A name without a letter or a digit: only spaces, zero-width or direction marks.
    NotAName,
    NotAPhone,
    NotAnEmail,
    NotACitizenId,
    /// A CCCD for a foreign member, or a passport for a Vietnamese one.
    NotForNationality,
    NotAPassport,
    NotAnAmount,
    NotInList,
    UnknownGroup,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: MemberField,
    pub problem: Problem,
}

impl MemberDraft {
    /// Reads every field and builds the record, which must then keep the rules of a member
    /// (`Member::problems`); the card number and citizen id must not be `taken`. All problems at once.
    pub fn validate(
        &self,
        id: Id,
        today: NaiveDate,
        groups: &[Group],
        taken: &Taken,
    ) -> Result<Member, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(FieldError { field, problem });
        let mut date = |field, raw: &str| -> Option<NaiveDate> {
            if raw.trim().is_empty() {
                return None;
            }
            let date = text::parse_date(raw, today.year());
            if date.is_none() {
                fail(field, Problem::NotADate);
            }
            date
        };
        let birth_date = date(MemberField::BirthDate, &self.birth_date);
        let joined_union = date(MemberField::JoinedUnion, &self.joined_union);
        let party_since = if self.party_member { date(MemberField::PartySince, &self.party_since) } else { None };
        let salary_from = date(MemberField::SalaryFrom, &self.salary_from);
        if self.gender.is_none() {
            fail(MemberField::Gender, Problem::Required);
        }
        let mut salaries = self.salaries.clone();
        match (self.salary.trim(), text::parse_money(&self.salary)) {
            ("", _) => {}
            (_, Some(amount)) if bounds::positive_dong(amount) => match salary_from.or(joined_union) {
                Some(from) => set_salary(&mut salaries, Salary { from, amount }),
                None => fail(MemberField::SalaryFrom, Problem::Required),
            },
            _ => fail(MemberField::Salary, Problem::NotAnAmount),
        }
        let member = Member {
            id,
            full_name: self.full_name.split_whitespace().collect::<Vec<_>>().join(" "),
            birth_date,
            gender: self.gender.unwrap_or(Gender::Male),
            ethnicity: self.ethnicity.trim().to_string(),
            religion: self.religion.trim().to_string(),
            hometown: self.hometown.trim().to_string(),
            citizen_id: self.citizen_id.chars().filter(|c| !c.is_whitespace()).collect(),
            nationality: foreign_nationality(&self.nationality),
            passport: self.passport.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase(),
            group_id: self.group_id,
            job_title: self.job_title.trim().to_string(),
            education: self.education,
            political_theory: self.political_theory,
            party_member: self.party_member,
            party_since,
            joined_union,
            card_number: self.card_number.trim().to_string(),
            phone: self.phone.trim().to_string(),
            email: self.email.trim().to_string(),
            notes: self.notes.trim().to_string(),
            salaries,
            movements: self.movements.clone(),
            exemptions: Vec::new(),
        };
        errors.extend(member.problems(today, |g| groups.iter().any(|known| known.id == g), taken));
        errors.sort_by_key(|e| e.field);
        if errors.is_empty() {
            Ok(member)
        } else {
            Err(errors)
        }
    }
}

impl Member {
    /// The rules a member record keeps, the same whether it was typed in the form or read from a file: a
    /// readable name, dates within `bounds::YEARS` and not after `today`, the union and the Party joined after
    /// birth, an ethnicity and a religion from the lists, a group that exists, a CCCD of 12 digits, a phone
    /// and an email as they are written, salaries of whole positive đồng, and a card number and a CCCD that
    /// no one else in `taken` has.
    pub fn problems(&self, today: NaiveDate, group_exists: impl Fn(Id) -> bool, taken: &Taken) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let mut fail = |field, problem| errors.push(FieldError { field, problem });
        if self.full_name.trim().is_empty() {
            fail(MemberField::FullName, Problem::Required);
        } else if !bounds::readable(&self.full_name) {
            fail(MemberField::FullName, Problem::NotAName);
        }
        self.bounds(today, &mut fail);
        if let Some(birth) = self.birth_date {
            if self.joined_union.is_some_and(|j| j <= birth) {
                fail(MemberField::JoinedUnion, Problem::BeforeBirth);
            }
            if self.party_since.is_some_and(|p| p <= birth) {
                fail(MemberField::PartySince, Problem::BeforeBirth);
            }
        }
        if !self.ethnicity.is_empty() && !choices::is_ethnicity(&self.ethnicity) {
            fail(MemberField::Ethnicity, Problem::NotInList);
        }
        if !self.religion.is_empty() && !choices::is_religion(&self.religion) {
            fail(MemberField::Religion, Problem::NotInList);
        }
        if self.group_id.is_some_and(|g| !group_exists(g)) {
            fail(MemberField::Group, Problem::UnknownGroup);
        }
        if !self.card_number.is_empty() && taken.card(&self.card_number, self.id) {
            fail(MemberField::CardNumber, Problem::Duplicate);
        }
        if !self.citizen_id.is_empty() {
            if self.citizen_id.len() != 12 || !self.citizen_id.chars().all(|c| c.is_ascii_digit()) {
                fail(MemberField::CitizenId, Problem::NotACitizenId);
            } else if taken.citizen_id(&self.citizen_id, self.id) {
                fail(MemberField::CitizenId, Problem::Duplicate);
            }
        }
        if !self.nationality.is_empty() && !self.citizen_id.is_empty() {
            fail(MemberField::CitizenId, Problem::NotForNationality);
        }
        if !self.passport.is_empty() {
            if self.nationality.is_empty() {
                fail(MemberField::Passport, Problem::NotForNationality);
            } else if !(6..=20).contains(&self.passport.len())
                || !self.passport.chars().all(|c| c.is_ascii_alphanumeric())
            {
                fail(MemberField::Passport, Problem::NotAPassport);
            }
        }
        if self.nationality.chars().count() > bounds::MAX_NAME {
            fail(MemberField::Nationality, Problem::TooLong);
        }
        if !self.phone.is_empty() && !is_phone(&self.phone) {
            fail(MemberField::Phone, Problem::NotAPhone);
        }
        if !self.email.is_empty() && !is_email(&self.email) {
            fail(MemberField::Email, Problem::NotAnEmail);
        }
        errors
    }

    /// The part of the rules that keeps every computation over the book safe, all a stored book is held to
    /// (`file::check_stored`, on every reopen of 50,000 members, so it allocates nothing): a name that is not
    /// too long, dates within `bounds` and not after `today`, salaries of whole positive đồng within the bound.
    pub fn bounds(&self, today: NaiveDate, fail: &mut impl FnMut(MemberField, Problem)) {
        if self.full_name.chars().count() > bounds::MAX_NAME {
            fail(MemberField::FullName, Problem::TooLong);
        }
        let salary_dates = self.salaries.iter().map(|s| (MemberField::SalaryFrom, Some(s.from)));
        let dates = [
            (MemberField::BirthDate, self.birth_date),
            (MemberField::JoinedUnion, self.joined_union),
            (MemberField::PartySince, self.party_since),
        ];
        for (field, day) in dates.into_iter().chain(salary_dates) {
            match day {
                Some(d) if d > today => fail(field, Problem::InFuture),
                Some(d) if !bounds::date_ok(d) => fail(field, Problem::NotADate),
                _ => {}
            }
        }
        if self.salaries.iter().any(|s| !bounds::positive_dong(s.amount)) {
            fail(MemberField::Salary, Problem::NotAnAmount);
        }
        if !self.exemptions.iter().all(Exemption::within_bounds) {
            fail(MemberField::Exemptions, Problem::NotADate);
        }
    }
}

/// A nationality as typed, one space between words; empty for Vietnamese ("Việt Nam", "viet nam", "VN"), which
/// is what a member without one is.
fn foreign_nationality(typed: &str) -> String {
    let typed = typed.split_whitespace().collect::<Vec<_>>().join(" ");
    let vietnamese = matches!(text::fold(&typed).replace(' ', "").as_str(), "vietnam" | "vn");
    if vietnamese {
        String::new()
    } else {
        typed
    }
}

/// Puts a salary into the history in date order; a salary on the same date replaces the one there, and
/// the same amount as the one already in force adds nothing.
fn set_salary(salaries: &mut Vec<Salary>, salary: Salary) {
    if let Some(same_day) = salaries.iter_mut().find(|s| s.from == salary.from) {
        same_day.amount = salary.amount;
        return;
    }
    let at = salaries.partition_point(|s| s.from < salary.from);
    if at > 0 && salaries[at - 1].amount == salary.amount {
        return;
    }
    salaries.insert(at, salary);
}

/// Digits with the usual separators, 8 to 15 digits, an optional leading +.
fn is_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let allowed =
        phone.chars().enumerate().all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (i == 0 && c == '+'));
    allowed && (8..=15).contains(&digits)
}

/// Something before one @ and a dotted domain after it, no spaces.
fn is_email(email: &str) -> bool {
    let Some((user, domain)) = email.split_once('@') else { return false };
    !user.is_empty()
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
        && !email.contains(char::is_whitespace)
}
