//! A demo union, synthetic and deterministic: the same seed gives the same book. Shaped like the seed
//! report's union (45 members, 19 women, four groups, its education and Party mix) with invented names.

use super::book::{Book, UnionInfo};
use super::member::{Education, Gender, Group, Member, PoliticalTheory, UnionRole};
use super::Id;
use chrono::{Duration, NaiveDate};
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
    "Anh", "Châu", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga",
    "Ngân", "Nhung", "Phương", "Thảo", "Trang", "Yến",
];
const GROUPS: [&str; 4] = ["Tổng hợp", "Quản trị - Tài chính", "Hành chính - Lưu trữ", "Cơ yếu - Công nghệ thông tin"];
const JOBS: [&str; 7] =
    ["Chuyên viên", "Chuyên viên chính", "Phó Trưởng phòng", "Trưởng phòng", "Kế toán", "Văn thư", "Nhân viên"];

/// The first members hold the committee's roles; the next ones lead and deputise their groups.
const COMMITTEE: [UnionRole; 6] = [
    UnionRole::Chair,
    UnionRole::ViceChair,
    UnionRole::ExecutiveMember,
    UnionRole::ExecutiveMember,
    UnionRole::InspectionMember,
    UnionRole::InspectionMember,
];

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

/// The demo union of 45 members.
pub fn demo_book() -> Book {
    generate(45, 19)
}

/// A union of `members` people of whom `women` are women, in groups of about 12 to 45 people, for tests and
/// benchmarks at scale; the demo is the case of 45 and 19.
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
    let genders = dice.spread(&[(Gender::Female, women)], Gender::Male, members);
    let education = dice.spread(
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
    let theory = dice.spread(
        &[(PoliticalTheory::Advanced, scale(20)), (PoliticalTheory::Intermediate, scale(11)), (PoliticalTheory::Elementary, scale(9))],
        PoliticalTheory::None,
        members,
    );
    let party = dice.spread(&[(true, scale(44))], false, members);
    let mut book = Book::new(union);
    for i in 0..members {
        let gender = genders[i];
        let (middle, given): (&[&str], &[&str]) = match gender {
            Gender::Male => (&MIDDLE_MALE, &GIVEN_MALE),
            Gender::Female => (&MIDDLE_FEMALE, &GIVEN_FEMALE),
        };
        let full_name = format!("{} {} {}", dice.pick(&FAMILY), dice.pick(middle), dice.pick(given));
        let birth_date = dice.date_between(date(1966, 1, 1), date(2000, 12, 31));
        let joined_union = dice.date_between(birth_date + Duration::days(365 * 22), date(2023, 1, 1));
        let party_since =
            party[i].then(|| dice.date_between(birth_date + Duration::days(365 * 20), joined_union + Duration::days(3650)));
        let group = &groups[i % groups.len()];
        let union_role = match i.checked_sub(COMMITTEE.len()) {
            None => COMMITTEE[i],
            Some(k) if k < groups.len() => UnionRole::GroupLeader,
            Some(k) if k < 2 * groups.len() => UnionRole::GroupDeputy,
            Some(_) => UnionRole::Member,
        };
        book.members.push(Arc::new(Member {
            id: dice.id(),
            full_name,
            birth_date: Some(birth_date),
            gender,
            group_id: Some(group.id),
            job_title: dice.pick(&JOBS).to_string(),
            union_role,
            education: education[i],
            political_theory: theory[i],
            party_member: party[i],
            party_since: party_since.map(|d| d.min(date(2023, 1, 1))),
            joined_union: Some(joined_union),
            card_number: format!("{:08}", 100_000 + i * 7 + dice.0.usize(0..7)),
            phone: format!("09{:08}", dice.0.u32(0..100_000_000)),
            notes: String::new(),
        }));
    }
    book.groups = groups;
    book
}
