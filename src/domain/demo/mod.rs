//! A demo union, synthetic and deterministic: the same seed gives the same book. Shaped like the seed
//! report's union — 45 members, 19 women, four groups, its education and Party mix, and the movements of
//! its 2017–2022 term (16 received, 11 transferred out, 6 retired, 3 admitted) — with invented names.

pub mod activities;
pub mod finance;
pub mod unions;

use crate::domain::book::{Book, UnionInfo};
use crate::domain::members::committee::{Appointment, Body, Role};
use crate::domain::members::member::{Education, Gender, Group, Member, PoliticalTheory, Salary};
use crate::domain::members::movement::{Movement, MovementKind};
use crate::domain::Id;
use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;
use std::sync::Arc;

const FAMILY: [&str; 14] =
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE_MALE: [&str; 8] = ["Văn", "Đức", "Xuân", "Minh", "Hữu", "Quang", "Công", "Đình"];
const MIDDLE_FEMALE: [&str; 7] = ["Thị", "Thu", "Ngọc", "Thanh", "Thùy", "Mai", "Kim"];
const GIVEN_MALE: [&str; 24] = [
    "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Tâm",
    "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu", "Lộc", "Nghĩa", "Đông",
];
const GIVEN_FEMALE: [&str; 20] = [
    "Anh", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân",
    "Nhung", "Phương", "Thảo", "Trang", "Yến",
];
const GROUPS: [&str; 4] = ["Tổng hợp", "Quản trị - Tài chính", "Hành chính - Lưu trữ", "Cơ yếu - Công nghệ thông tin"];
const JOBS: [&str; 7] =
    ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Kế toán", "Văn thư", "Nhân viên"];
const HOMETOWNS: [&str; 8] = [
    "Thị trấn Hòa An, huyện Hòa An",
    "Xã Đông Sơn, huyện Đông Sơn",
    "Xã Tân Lập, huyện Hòa An",
    "Phường Bắc Hà, thành phố Hòa An",
    "Xã Kỳ Phong, huyện Kỳ Sơn",
    "Xã Thạch Bình, huyện Thạch Sơn",
    "Phường Nam Hà, thành phố Hòa An",
    "Xã Cẩm Lộc, huyện Cẩm Sơn",
];
const PLACES: [&str; 5] = [
    "Công đoàn Sở Tài chính",
    "Công đoàn Ban Tổ chức Tỉnh ủy",
    "Công đoàn Văn phòng UBND tỉnh",
    "Công đoàn Sở Giáo dục và Đào tạo",
    "Công đoàn Báo Hòa An",
];
/// Lương cơ sở by the date it took effect; salaries follow it as coefficient × base.
const BASE_SALARY: [((i32, u32), i64); 5] = [
    ((2017, 7), 1_300_000),
    ((2018, 7), 1_390_000),
    ((2019, 7), 1_490_000),
    ((2023, 7), 1_800_000),
    ((2024, 7), 2_340_000),
];

/// Who the term's movements happened to: counts of the seed report for 2017–2022.
const RECEIVED: usize = 16;
const ADMITTED: usize = 3;
const TRANSFERRED_OUT: usize = 11;
const RETIRED: usize = 6;

/// A seeded source of choices, so the demo is the same on every machine and every run.
struct Dice(fastrand::Rng);

impl Dice {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.0.usize(..items.len())]
    }

    fn id(&mut self) -> Id {
        let mut bytes = [0u8; 16];
        self.0.fill(&mut bytes);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    fn date_between(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let days = (to - from).num_days().max(1);
        from + Duration::days(self.0.i64(0..days))
    }

    /// `counts` of each value, shuffled, padded with `rest` up to `len`.
    fn spread<T: Copy>(&mut self, counts: &[(T, usize)], rest: T, len: usize) -> Vec<T> {
        let mut values: Vec<T> = counts.iter().flat_map(|&(v, n)| std::iter::repeat_n(v, n)).collect();
        values.resize(len, rest);
        self.0.shuffle(&mut values);
        values
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The demo union: 45 members on the roster, the 17 who left it during the last term, the money of the
/// current term and the activities of its years.
pub fn demo_book() -> Book {
    let mut book = generate(45, 19);
    book.activities = Arc::new(activities::activities(&book));
    // The money after the activities: their visits and events are paid by its vouchers.
    finance::fill(&mut book, 0xF1_2023);
    book
}

/// A union of `members` people on the roster of whom `women` are women, in groups of about 40, with the
/// former members and movements of a term in proportion; the demo is the case of 45 and 19.
pub fn generate(members: usize, women: usize) -> Book {
    let mut dice = Dice(fastrand::Rng::with_seed(2023));
    let union = UnionInfo {
        name: "Công đoàn cơ sở Văn phòng Sở Nội vụ tỉnh Hòa An".into(),
        superior: "Công đoàn Viên chức tỉnh Hòa An".into(),
        term_start: date(2023, 3, 20),
        term_end: date(2028, 3, 20),
    };
    let group_count = if members <= 45 { GROUPS.len() } else { members.div_ceil(40) };
    let groups: Vec<Group> = (0..group_count)
        .map(|i| Group {
            id: dice.id(),
            name: GROUPS.get(i).map(|g| g.to_string()).unwrap_or_else(|| format!("Tổ {}", i + 1)),
        })
        .collect();
    let scale = |n: usize| n * members / 45;
    let former = scale(TRANSFERRED_OUT) + scale(RETIRED);
    let everyone = members + former;
    let mut genders = dice.spread(&[(Gender::Female, women)], Gender::Male, members);
    genders.extend(dice.spread(&[(Gender::Female, former / 3)], Gender::Male, former));
    // The seed's mix holds for the roster of today; those who left are a plainer mix.
    let mut education = dice.spread(
        &[
            (Education::Doctorate, scale(1)),
            (Education::Master, scale(14)),
            (Education::Bachelor, scale(23)),
            (Education::College, scale(2)),
            (Education::Vocational, scale(3)),
        ],
        Education::None,
        members,
    );
    education.extend(dice.spread(&[(Education::Master, former / 4)], Education::Bachelor, former));
    let mut theory = dice.spread(
        &[
            (PoliticalTheory::Advanced, scale(20)),
            (PoliticalTheory::Intermediate, scale(11)),
            (PoliticalTheory::Elementary, scale(9)),
        ],
        PoliticalTheory::None,
        members,
    );
    theory.extend(dice.spread(&[(PoliticalTheory::Advanced, former / 3)], PoliticalTheory::Intermediate, former));
    let mut party = dice.spread(&[(true, scale(44))], false, members);
    party.resize(everyone, true);
    // Movements of the last term, by member index: the first ones on the roster came in, the former left.
    let term = (date(2017, 6, 1), date(2022, 12, 31));
    let arrivals = dice.spread(
        &[(Some(MovementKind::TransferredIn), scale(RECEIVED)), (Some(MovementKind::Admitted), scale(ADMITTED))],
        None,
        members,
    );
    let departures =
        dice.spread(&[(MovementKind::TransferredOut, scale(TRANSFERRED_OUT))], MovementKind::Retired, former);
    let mut book = Book::new(union);
    for i in 0..everyone {
        let gender = genders[i];
        let (middle, given): (&[&str], &[&str]) = match gender {
            Gender::Male => (&MIDDLE_MALE, &GIVEN_MALE),
            Gender::Female => (&MIDDLE_FEMALE, &GIVEN_FEMALE),
        };
        let full_name = format!("{} {} {}", dice.pick(&FAMILY), dice.pick(middle), dice.pick(given));
        let retiring = i >= members && departures[i - members] == MovementKind::Retired;
        let birth_date = if retiring {
            dice.date_between(date(1957, 1, 1), date(1962, 12, 31))
        } else {
            dice.date_between(date(1966, 1, 1), date(2000, 12, 31))
        };
        let joined_union = dice.date_between(birth_date + Duration::days(365 * 22), date(2023, 1, 1));
        let party_since = party[i]
            .then(|| dice.date_between(birth_date + Duration::days(365 * 20), joined_union + Duration::days(3650)));
        let mut movements = Vec::new();
        let place = |dice: &mut Dice| dice.pick(&PLACES).to_string();
        if let Some(kind) = arrivals.get(i).copied().flatten() {
            let when = dice.date_between(term.0.max(joined_union), term.1);
            let from = if kind == MovementKind::TransferredIn { place(&mut dice) } else { String::new() };
            movements.push(movement(&mut dice, kind, when, from));
        }
        if i >= members {
            let kind = departures[i - members];
            let when = dice.date_between(term.0, term.1);
            let to = if kind == MovementKind::TransferredOut { place(&mut dice) } else { String::new() };
            movements.push(movement(&mut dice, kind, when, to));
        }
        let first_salary = movements.first().filter(|m| m.kind.joins()).map_or(date(2017, 1, 1), |m| m.date);
        let salaries = salaries(&mut dice, first_salary, movements.last().filter(|m| !m.kind.joins()).map(|m| m.date));
        let group = &groups[i % groups.len()];
        book.members.push(Arc::new(Member {
            id: dice.id(),
            full_name,
            birth_date: Some(birth_date),
            gender,
            ethnicity: if i % 15 == 7 {
                "Mường"
            } else if i % 23 == 11 {
                "Thái"
            } else {
                "Kinh"
            }
            .into(),
            religion: if i % 20 == 9 { "Công giáo" } else { "Không" }.into(),
            hometown: dice.pick(&HOMETOWNS).into(),
            citizen_id: citizen_id(&mut dice, i, gender, birth_date),
            group_id: Some(group.id),
            job_title: dice.pick(&JOBS).to_string(),
            education: education[i],
            political_theory: theory[i],
            party_member: party[i],
            party_since: party_since.map(|d| d.min(date(2023, 1, 1))),
            joined_union: Some(joined_union),
            card_number: format!("{:08}", 100_000 + i * 7 + dice.0.usize(0..7)),
            phone: format!("09{:08}", dice.0.u32(0..100_000_000)),
            email: String::new(),
            notes: String::new(),
            salaries,
            movements,
            exemptions: Vec::new(),
            nationality: String::new(),
            passport: String::new(),
        }));
    }
    book.appointments = committees(&mut dice, &book, &groups, members);
    book.groups = groups;
    // Seeded ids for the standard money too, drawn last so the members stay as they were.
    let start = date(book.union.current().term_start.year(), 1, 1);
    book.finance = crate::domain::finance::Finance::standard(start, &mut || dice.id());
    book
}

fn movement(dice: &mut Dice, kind: MovementKind, date: NaiveDate, place: String) -> Movement {
    let decision = format!("{}/QĐ-CĐ", dice.0.u32(10..200));
    Movement { id: dice.id(), kind, date, decision, place, note: String::new() }
}

/// The insured salary from `from`, following lương cơ sở, until `until` if the member left.
fn salaries(dice: &mut Dice, from: NaiveDate, until: Option<NaiveDate>) -> Vec<Salary> {
    let coefficient = Decimal::new(dice.0.i64(267..700), 2);
    let base_on = |d: NaiveDate| {
        BASE_SALARY.iter().rev().find(|((y, m), _)| (d.year(), d.month()) >= (*y, *m)).map_or(1_210_000, |(_, b)| *b)
    };
    let mut out = vec![Salary { from, amount: (coefficient * Decimal::from(base_on(from))).round() }];
    for ((y, m), base) in BASE_SALARY {
        let change = date(y, m, 1);
        if change > from && until.is_none_or(|u| change < u) {
            out.push(Salary { from: change, amount: (coefficient * Decimal::from(base)).round() });
        }
    }
    out
}

/// A 12-digit CCCD: province code, a digit for gender and century, the year of birth, six more digits whose
/// last five are the member's index, so that no two members of a union of up to 100,000 share one.
fn citizen_id(dice: &mut Dice, index: usize, gender: Gender, birth: NaiveDate) -> String {
    let century = if birth.year() >= 2000 { 2 } else { 0 };
    let sex = if gender == Gender::Female { 1 } else { 0 };
    let last = dice.0.u32(0..10) as usize * 100_000 + index % 100_000;
    format!("042{}{:02}{last:06}", century + sex, birth.year() % 100)
}

/// The committees of the current term (from its congress), a chair of the last term who retired, and the
/// leader and deputy of each group.
fn committees(dice: &mut Dice, book: &Book, groups: &[Group], members: usize) -> Vec<Appointment> {
    let start = book.union.current().term_start;
    let current: Vec<&Member> = book.members.iter().take(members).map(|m| m.as_ref()).collect();
    let women: Vec<&Member> = current.iter().copied().filter(|m| m.gender == Gender::Female).collect();
    let mut out = Vec::new();
    let appoint = |out: &mut Vec<Appointment>, dice: &mut Dice, member: &Member, body, group_id, role, from, to| {
        let decision = format!("{}/QĐ-CĐVC", dice.0.u32(10..99));
        out.push(Appointment { id: dice.id(), member_id: member.id, body, group_id, role, from, to, decision });
    };
    let seats = [
        (Body::Executive, Role::Head),
        (Body::Executive, Role::Deputy),
        (Body::Executive, Role::Member),
        (Body::Executive, Role::Member),
        (Body::Executive, Role::Member),
        (Body::Inspection, Role::Head),
        (Body::Inspection, Role::Member),
        (Body::Inspection, Role::Member),
    ];
    for (member, (body, role)) in current.iter().zip(seats) {
        appoint(&mut out, dice, member, body, None, role, start, None);
    }
    for (member, role) in women.iter().rev().zip([Role::Head, Role::Member, Role::Member]) {
        appoint(&mut out, dice, member, Body::Women, None, role, start, None);
    }
    if let Some(retired) =
        book.members.iter().skip(members).find(|m| {
            m.movements.last().is_some_and(|mv| mv.kind == MovementKind::Retired && mv.date > date(2017, 7, 1))
        })
    {
        let left = retired.movements.last().map(|m| m.date);
        appoint(&mut out, dice, retired, Body::Executive, None, Role::Head, date(2017, 6, 1), left);
    }
    for (g, group) in groups.iter().enumerate() {
        let in_group: Vec<&&Member> = current.iter().filter(|m| m.group_id == Some(group.id)).collect();
        let pick = |k: usize| in_group.get(8 / groups.len().max(1) + k).or(in_group.get(k)).copied();
        if let (Some(leader), Some(deputy)) = (pick(0), pick(1)) {
            appoint(&mut out, dice, leader, Body::Group, Some(group.id), Role::Head, start, None);
            appoint(
                &mut out,
                dice,
                deputy,
                Body::Group,
                Some(group.id),
                Role::Deputy,
                start + Duration::days(g as i64),
                None,
            );
        }
    }
    // The accountant and the treasurer: two members without another role.
    let busy: Vec<Id> = out.iter().map(|a| a.member_id).collect();
    let staff = current.iter().skip(seats.len()).filter(|m| !busy.contains(&m.id));
    for (member, role) in staff.zip([Role::Accountant, Role::Treasurer]) {
        appoint(&mut out, dice, member, Body::Finance, None, role, start, None);
    }
    out
}
