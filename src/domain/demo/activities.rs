//! The demo union's activities, synthetic and deterministic like its members: welfare visits of every year
//! (about 120 visits and 150 million đồng over 2017–2022, as the seed report says), events with prizes,
//! titles of every year for the roster, 15 to 20 initiatives a year, and the seed's seven targets for
//! 2023–2028. Years 2017 to 2025 are filled; later years are left for the user.

use crate::domain::activity::measures::population;
use crate::domain::activity::targets::{Comparison, ManualResult, Measure, Target};
use crate::domain::activity::{
    Activities, Cost, Event, EventKind, Holder, Initiative, InitiativeLevel, Title, TitleKind, Welfare, WelfareKind,
};
use crate::domain::book::Book;
use crate::domain::members::member::{Gender, Member};
use crate::domain::Id;
use chrono::{Duration, NaiveDate};
use rust_decimal::Decimal;

const FIRST_YEAR: i32 = 2017;
const LAST_YEAR: i32 = 2025;
const SUPERIOR: &str = "Công đoàn Viên chức tỉnh Hòa An";
const FEDERATION: &str = "Liên đoàn Lao động tỉnh Hòa An";
const CONFEDERATION: &str = "Tổng Liên đoàn Lao động Việt Nam";
const BLOC: &str = "Công đoàn Khối các cơ quan Đảng tỉnh";

const RELATIVES: [&str; 8] = ["Bố đẻ", "Mẹ đẻ", "Bố chồng", "Mẹ chồng", "Bố vợ", "Mẹ vợ", "Ông nội", "Bà ngoại"];
const FAMILY: [&str; 4] = ["Vợ", "Chồng", "Con", "Con"];
const INITIATIVE_WAYS: [&str; 6] = [
    "Giải pháp nâng cao chất lượng",
    "Đổi mới",
    "Ứng dụng công nghệ thông tin trong",
    "Một số kinh nghiệm nâng cao hiệu quả",
    "Chuẩn hóa quy trình",
    "Số hóa",
];
const INITIATIVE_TOPICS: [&str; 16] = [
    "công tác tham mưu tổng hợp",
    "quản lý văn bản đi, đến",
    "lưu trữ hồ sơ điện tử",
    "bảo vệ bí mật nhà nước",
    "thẩm định đề án, văn bản trình Thường trực",
    "theo dõi, đôn đốc thực hiện kết luận",
    "quản lý tài sản công",
    "công tác hành chính, văn thư",
    "phục vụ hội nghị trực tuyến",
    "quản trị hệ thống thông tin",
    "quản lý kinh phí hoạt động",
    "xây dựng văn hóa công sở",
    "biên tập tin, bài Trang thông tin điện tử",
    "tổng hợp báo cáo định kỳ",
    "cải cách hành chính nội bộ",
    "công tác lễ tân, đối ngoại",
];

/// Seeded choices, apart from the members' generator so that the members stay as they were.
struct Dice(fastrand::Rng);

impl Dice {
    fn id(&mut self) -> Id {
        let mut bytes = [0u8; 16];
        self.0.fill(&mut bytes);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }

    fn day(&mut self, year: i32, from_month: u32, to_month: u32) -> NaiveDate {
        let from = date(year, from_month, 1);
        let to = date(year, to_month, 28);
        from + Duration::days(self.0.i64(0..=(to - from).num_days()))
    }

    /// An amount between `low` and `high` in steps of `step` đồng.
    fn money(&mut self, low: i64, high: i64, step: i64) -> Decimal {
        Decimal::from(self.0.i64(low / step..=high / step) * step)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.0.usize(..items.len())]
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn on_roster(book: &Book, day: NaiveDate) -> Vec<&Member> {
    book.members.iter().map(|m| m.as_ref()).filter(|m| m.on_roster(day)).collect()
}

/// The demo union's activities, for the members and groups of `book`.
pub fn activities(book: &Book) -> Activities {
    let mut dice = Dice(fastrand::Rng::with_seed(2017));
    let mut a = Activities::default();
    for year in FIRST_YEAR..=LAST_YEAR {
        welfare(&mut dice, book, year, &mut a.welfare);
        events(&mut dice, book, year, &mut a.events);
        titles(&mut dice, book, year, &mut a.titles);
        initiatives(&mut dice, book, year, &mut a.initiatives);
    }
    movements(&mut dice, book, &mut a.events);
    a.targets = targets(&mut dice);
    a
}

fn welfare(dice: &mut Dice, book: &Book, year: i32, out: &mut Vec<Welfare>) {
    use WelfareKind as K;
    let plan: &[(K, usize)] = &[
        (K::Illness, 7),
        (K::Bereavement, 5),
        (K::Wedding, 2),
        (K::Childbirth, 2),
        (K::Hardship, 2),
        (K::Longevity, 2),
    ];
    // (kind, day, after Covid-19)
    let mut visits: Vec<(K, NaiveDate, bool)> = Vec::new();
    for &(kind, n) in plan {
        for _ in 0..n {
            visits.push((kind, dice.day(year, 1, 12), false));
        }
    }
    // The floods of 2020 and the epidemic of 2022, as in the seed report.
    if year == 2020 {
        visits.extend((0..4).map(|i| (K::Disaster, date(2020, 10, 20 + i), false)));
    }
    if year == 2022 {
        visits.extend((0..6).map(|i| (K::Illness, date(2022, 3, 1 + 3 * i), true)));
    }
    for (kind, day, covid) in visits {
        let roster = on_roster(book, day);
        let Some(member) = (!roster.is_empty()).then(|| *dice.pick(&roster)) else { continue };
        let (relative, amount, gift): (&str, Option<Decimal>, &str) = match kind {
            K::Illness if covid => ("", Some(Decimal::from(1_000_000)), ""),
            K::Illness if dice.0.bool() => ("", Some(dice.money(500_000, 1_000_000, 100_000)), "Hoa quả"),
            K::Illness => (*dice.pick(&FAMILY), Some(dice.money(500_000, 800_000, 100_000)), ""),
            K::Bereavement => (*dice.pick(&RELATIVES), Some(dice.money(1_000_000, 2_000_000, 500_000)), "Vòng hoa"),
            K::Wedding => ("", Some(Decimal::from(500_000)), ""),
            K::Childbirth => ("", Some(Decimal::from(500_000)), "Quà cho mẹ và bé"),
            K::Hardship => ("", Some(dice.money(2_000_000, 3_000_000, 500_000)), ""),
            K::Disaster => ("", Some(dice.money(7_000_000, 8_000_000, 500_000)), "Ngày công dọn dẹp nhà cửa"),
            K::Longevity => (*dice.pick(&RELATIVES[..2]), Some(Decimal::from(500_000)), "Quà mừng thọ"),
            K::Other => ("", None, "Quà"),
        };
        let note = if covid { "Hỗ trợ phục hồi sức khỏe sau khi nhiễm Covid-19" } else { "" };
        out.push(Welfare {
            id: dice.id(),
            date: day,
            kind,
            member_id: member.id,
            relative: relative.into(),
            amount,
            gift: gift.into(),
            note: note.into(),
            voucher_id: None,
        });
    }
}

struct Plan<'a> {
    kind: EventKind,
    title: String,
    start: NaiveDate,
    organiser: &'a str,
    women: bool,
    prizes: Vec<&'a str>,
    cost: i64,
}

fn plan<'a>(kind: EventKind, title: String, start: NaiveDate, organiser: &'a str, cost: i64) -> Plan<'a> {
    Plan { kind, title, start, organiser, women: false, prizes: Vec::new(), cost }
}

fn events(dice: &mut Dice, book: &Book, year: i32, out: &mut Vec<Event>) {
    use EventKind as K;
    let ours = "Ban Chấp hành Công đoàn";
    let covid = year == 2020 || year == 2021;
    let mut plans = vec![
        plan(
            K::StaffConference,
            format!("Hội nghị cán bộ, công chức năm {year}"),
            dice.day(year, 1, 1),
            "Công đoàn phối hợp với chuyên môn",
            0,
        ),
        plan(
            K::Charity,
            format!("Chương trình \"Tết Sum vầy\" tại Trung tâm Bảo trợ xã hội tỉnh năm {year}"),
            dice.day(year, 1, 1),
            BLOC,
            3_000_000,
        ),
        Plan {
            women: true,
            ..plan(
                K::Gathering,
                "Gặp mặt, tặng quà nữ cán bộ nhân Ngày Quốc tế Phụ nữ 8/3".into(),
                date(year, 3, 7),
                "Ban Nữ công",
                4_000_000,
            )
        },
        plan(
            K::Gathering,
            "Tặng quà các cháu thiếu nhi nhân Ngày Quốc tế Thiếu nhi 1/6".into(),
            date(year, 5, 31),
            ours,
            3_000_000,
        ),
        plan(
            K::Meeting,
            "Sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".into(),
            dice.day(year, 4, 5),
            ours,
            0,
        ),
        Plan {
            women: true,
            ..plan(
                K::Gathering,
                "Tọa đàm kỷ niệm Ngày Phụ nữ Việt Nam 20/10".into(),
                date(year, 10, 19),
                "Ban Nữ công",
                4_000_000,
            )
        },
        plan(K::Gathering, "Vui Tết Trung thu cho các cháu".into(), dice.day(year, 9, 9), ours, 2_000_000),
    ];
    if !covid {
        let prize = match year {
            2018 | 2022 => vec!["Giải nhất bóng chuyền hơi nam nữ kết hợp"],
            2019 | 2024 => vec!["Giải ba bóng chuyền hơi nam nữ kết hợp"],
            _ => Vec::new(),
        };
        plans.push(Plan {
            prizes: prize,
            ..plan(
                K::Sports,
                format!("Giải bóng chuyền hơi nam nữ kết hợp Khối các cơ quan Đảng năm {year}"),
                dice.day(year, 4, 5),
                BLOC,
                5_000_000,
            )
        });
        let trip = if year % 2 == 0 {
            "Tham quan, học tập kinh nghiệm tại các địa chỉ đỏ ngoài tỉnh"
        } else {
            "Hành hương về nguồn, nghỉ dưỡng nhân Ngày Gia đình Việt Nam 28/6"
        };
        plans.push(plan(K::StudyTrip, trip.into(), date(year, 6, 26), ours, 20_000_000));
    }
    match year {
        2018 => {
            plans.push(Plan {
                prizes: vec!["Giải nhất bóng chuyền nam"],
                ..plan(
                    K::Sports,
                    "Giải bóng chuyền nam kỷ niệm 50 năm Ngày truyền thống Ngành Kiểm tra Đảng".into(),
                    date(2018, 8, 10),
                    "Báo Hòa An",
                    2_000_000,
                )
            });
            plans.push(Plan {
                prizes: vec!["Giải nhất Khối Đảng", "Giải Khuyến khích Khối các cơ quan tỉnh"],
                ..plan(
                    K::Culture,
                    "Hội thi cán bộ kiểm tra cơ sở giỏi năm 2018".into(),
                    date(2018, 11, 15),
                    "Ủy ban Kiểm tra Tỉnh ủy",
                    0,
                )
            });
        }
        2019 => plans.push(Plan {
            women: true,
            ..plan(
                K::Culture,
                "Ra mắt Câu lạc bộ dân vũ và đội bóng chuyền hơi nữ".into(),
                date(2019, 3, 20),
                "Ban Nữ công",
                2_000_000,
            )
        }),
        2020 => {
            plans.push(plan(K::Charity, "Ủng hộ đồng bào bị thiệt hại do lũ lụt".into(), date(2020, 10, 25), ours, 0))
        }
        2021 => {
            plans.push(plan(
                K::Charity,
                "Quyên góp ủng hộ Quỹ phòng, chống dịch Covid-19".into(),
                date(2021, 6, 1),
                ours,
                0,
            ));
            plans.push(Plan {
                women: true,
                ..plan(
                    K::Culture,
                    "Giao lưu văn hóa, văn nghệ và tặng 39 suất quà cho chị em mang thai cách ly Covid-19".into(),
                    date(2021, 9, 5),
                    "Ban Nữ công",
                    7_800_000,
                )
            });
        }
        _ => {}
    }
    for p in plans {
        let roster = on_roster(book, p.start);
        let women: Vec<Id> = roster.iter().filter(|m| m.gender == Gender::Female).map(|m| m.id).collect();
        let (participants, headcount) = match p.kind {
            K::Sports => (roster.iter().skip(dice.0.usize(0..10)).step_by(3).take(10).map(|m| m.id).collect(), None),
            K::Gathering if p.women => (women, None),
            K::StaffConference | K::Meeting | K::Charity | K::StudyTrip => (Vec::new(), Some(roster.len() as u32)),
            _ => (Vec::new(), Some(dice.0.u32(20..40))),
        };
        let results = match p.kind {
            K::StaffConference => "Thông qua quy chế chi tiêu nội bộ, quy chế dân chủ cơ sở và kế hoạch năm",
            K::Sports if p.prizes.is_empty() => "Tham gia đầy đủ",
            _ => "",
        };
        let costs = if p.cost > 0 {
            vec![Cost {
                amount: Decimal::from(p.cost), purpose: "Chi tổ chức, khen thưởng".into(), voucher_id: None
            }]
        } else {
            Vec::new()
        };
        out.push(Event {
            id: dice.id(),
            kind: p.kind,
            title: p.title,
            start: p.start,
            end: None,
            organiser: p.organiser.into(),
            women_committee: p.women,
            participants,
            headcount,
            results: results.into(),
            prizes: p.prizes.iter().map(|s| s.to_string()).collect(),
            costs,
        });
    }
}

/// The emulation movements of both terms, each over its period.
fn movements(dice: &mut Dice, book: &Book, out: &mut Vec<Event>) {
    let terms = [(date(2017, 6, 1), date(2022, 12, 31)), (date(2023, 3, 20), date(2028, 3, 20))];
    let list: [(&str, bool, usize); 3] = [
        ("Phong trào thi đua \"Lao động giỏi, Lao động sáng tạo\"", false, 0),
        ("Phong trào \"Giỏi việc nước, đảm việc nhà\"", true, 0),
        ("Phong trào thi đua thực hiện Văn hóa công sở", false, 1),
    ];
    for (start, end) in terms {
        for (title, women, late) in list {
            let start = start + Duration::days(365 * late as i64);
            let headcount = on_roster(book, start).iter().filter(|m| !women || m.gender == Gender::Female).count();
            out.push(Event {
                id: dice.id(),
                kind: EventKind::Emulation,
                title: title.into(),
                start,
                end: Some(end),
                organiser: if women { "Ban Nữ công" } else { "Ban Chấp hành Công đoàn" }.into(),
                women_committee: women,
                participants: Vec::new(),
                headcount: Some(headcount as u32),
                results: String::new(),
                prizes: Vec::new(),
                costs: Vec::new(),
            });
        }
    }
}

fn titles(dice: &mut Dice, book: &Book, year: i32, out: &mut Vec<Title>) {
    let roster = population(book, year, false);
    let decided = date(year + 1, 1, 10) + Duration::days(dice.0.i64(0..10));
    // One decision for each title: the holders it names.
    let mut grant = |dice: &mut Dice, kind, holders: Vec<Holder>, by: &str, note: &str| {
        if holders.is_empty() {
            return;
        }
        let level = if by.is_empty() {
            "CĐCS"
        } else if by == SUPERIOR {
            "CĐVC"
        } else {
            "KT"
        };
        let mut title = Title {
            id: dice.id(),
            year,
            kind,
            union: false,
            groups: Vec::new(),
            members: Vec::new(),
            granted_by: by.into(),
            decision: format!("{}/QĐ-{level}", dice.0.u32(1..90)),
            decision_date: Some(decided),
            note: note.into(),
        };
        for h in holders {
            match h {
                Holder::Union => title.union = true,
                Holder::Group(g) => title.groups.push(g),
                Holder::Member(m) => title.members.push(m),
            }
        }
        out.push(title);
    };
    let people = |list: &[&Member]| list.iter().map(|m| Holder::Member(m.id)).collect::<Vec<_>>();
    // Who falls short: nobody most years; a member in 2019 and in 2024, so some targets show as not met.
    let short = if year == 2019 || year == 2024 { 1 } else { 0 };
    let fighters = roster.len() * 15 / 100 + if year == 2024 { 0 } else { 1 };
    let mut order: Vec<&Member> = roster.clone();
    dice.0.shuffle(&mut order);
    grant(dice, TitleKind::AdvancedWorker, people(&order[short.min(order.len())..]), "", "");
    grant(
        dice,
        TitleKind::EmulationFighter,
        people(&order.iter().skip(short).take(fighters).copied().collect::<Vec<_>>()),
        "",
        "",
    );
    let women: Vec<&Member> = order.iter().copied().filter(|m| m.gender == Gender::Female).collect();
    let women_short = if year == 2024 { 2 } else { 0 };
    grant(dice, TitleKind::GoodAtWorkAndHome, people(&women[women_short.min(women.len())..]), "", "");
    grant(dice, TitleKind::OutstandingMember, people(&order.iter().rev().take(4).copied().collect::<Vec<_>>()), "", "");
    grant(
        dice,
        TitleKind::Certificate,
        people(&order.iter().skip(8).take(3).copied().collect::<Vec<_>>()),
        SUPERIOR,
        "",
    );
    let mut merit = people(&order.iter().skip(11).take(1).copied().collect::<Vec<_>>());
    if year == 2022 {
        merit.push(Holder::Union);
    }
    let merit_note = if year == 2022 { "Tổng kết phong trào thi đua giai đoạn 2017 - 2022" } else { "" };
    grant(dice, TitleKind::MeritCertificate, merit, FEDERATION, merit_note);
    if year % 3 == 0 {
        grant(
            dice,
            TitleKind::MeritCertificate,
            people(&order.iter().skip(12).take(1).copied().collect::<Vec<_>>()),
            CONFEDERATION,
            "",
        );
    }
    if year == 2022 {
        grant(
            dice,
            TitleKind::Medal,
            people(&order.iter().skip(1).take(1).copied().collect::<Vec<_>>()),
            "Chủ tịch nước",
            "Huân chương Lao động hạng Nhì",
        );
    }
    if year == 2018 {
        grant(dice, TitleKind::EmulationFlag, vec![Holder::Union], FEDERATION, "");
    }
    let rating = if year == 2020 || year == 2024 { TitleKind::StrongUnion } else { TitleKind::ExcellentUnion };
    grant(dice, rating, vec![Holder::Union], SUPERIOR, "");
    let strong: Vec<Holder> = book
        .groups
        .iter()
        .enumerate()
        .filter(|(g, _)| (*g as i32 + year) % 4 != 0)
        .map(|(_, group)| Holder::Group(group.id))
        .collect();
    grant(dice, TitleKind::StrongGroup, strong, "", "");
}

fn initiatives(dice: &mut Dice, book: &Book, year: i32, out: &mut Vec<Initiative>) {
    let (count, higher) = match year {
        2017 => (16, 1),
        2018 => (17, 2),
        2019 => (15, 1),
        2020 => (18, 2),
        2021 => (16, 1),
        2022 => (14, 2),
        2023 => (17, 2),
        2024 => (15, 0),
        _ => (19, 1),
    };
    let roster = population(book, year, false);
    if roster.is_empty() {
        return;
    }
    for i in 0..count {
        let way = dice.pick(&INITIATIVE_WAYS);
        let topic = dice.pick(&INITIATIVE_TOPICS);
        let mut authors = vec![dice.pick(&roster).id];
        if dice.0.u8(0..5) == 0 {
            authors.push(dice.pick(&roster).id);
            authors.dedup();
        }
        out.push(Initiative {
            id: dice.id(),
            year,
            title: format!("{way} {topic}"),
            authors,
            level: if i < higher { InitiativeLevel::Higher } else { InitiativeLevel::Base },
            decision: format!("{}/QĐ-VP", dice.0.u32(100..400)),
            note: String::new(),
        });
    }
}

/// "3. Chỉ tiêu chủ yếu" of the seed report for 2023–2028. Where a target joins several aims, each aim
/// the records can measure is a target of its own, under the same number; what no record shows is kept as
/// a target the committee marks met or not each year.
fn targets(dice: &mut Dice) -> Vec<Target> {
    let share = |title, women| Measure::MemberTitleShare { title, women };
    let at_least = |n: i64| Comparison::AtLeast { value: Decimal::from(n) };
    let between = |a: i64, b: i64| Comparison::Between { min: Decimal::from(a), max: Decimal::from(b) };
    let said = |years: &[i32]| years.iter().map(|&year| ManualResult { year, met: true }).collect::<Vec<_>>();
    let list: Vec<(&str, Measure, Comparison, Vec<ManualResult>)> = vec![
        ("1. 100% đoàn viên cam kết thực hiện \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\"; giữ vững danh hiệu đơn vị văn hóa cấp tỉnh", Measure::Manual, Comparison::Achieved, said(&[2023, 2024, 2025])),
        ("2. Hằng năm phối hợp với chuyên môn tổ chức Hội nghị cán bộ, công chức", Measure::Events { event: EventKind::StaffConference }, at_least(1), Vec::new()),
        ("3. Hằng năm 100% cán bộ, công chức, nhân viên lao động đạt danh hiệu \"Lao động tiên tiến\"", share(TitleKind::AdvancedWorker, false), at_least(100), Vec::new()),
        ("3. Trong đó 15% được công nhận \"Chiến sỹ thi đua cấp cơ sở\"", share(TitleKind::EmulationFighter, false), at_least(15), Vec::new()),
        ("4. 100% nữ cán bộ, công chức đạt danh hiệu \"Giỏi việc nước, đảm việc nhà\"", share(TitleKind::GoodAtWorkAndHome, true), at_least(100), Vec::new()),
        ("4. 100% cán bộ công đoàn được bồi dưỡng nghiệp vụ; 100% gia đình đạt danh hiệu gia đình văn hóa", Measure::Manual, Comparison::Achieved, said(&[2023, 2024, 2025])),
        ("5. Hằng năm có từ 15 - 20 sáng kiến kinh nghiệm, đề tài được công nhận", Measure::Initiatives { level: InitiativeLevel::Base }, between(15, 20), Vec::new()),
        ("5. Trong đó có từ 01 - 02 sáng kiến được cấp trên công nhận", Measure::Initiatives { level: InitiativeLevel::Higher }, between(1, 2), Vec::new()),
        ("6. Thực hiện tốt các hoạt động nhân đạo từ thiện; đóng góp quỹ \"Xã hội Công đoàn\" đạt chỉ tiêu", Measure::Manual, Comparison::Achieved, said(&[2023, 2024])),
        ("7. Công đoàn cơ sở đạt vững mạnh cả nhiệm kỳ", Measure::UnionTitle { title: TitleKind::StrongUnion }, Comparison::Achieved, Vec::new()),
    ];
    list.into_iter()
        .map(|(name, measure, comparison, results)| Target {
            id: dice.id(),
            name: name.into(),
            measure,
            comparison,
            from_year: 2023,
            to_year: 2028,
            results,
        })
        .collect()
}
