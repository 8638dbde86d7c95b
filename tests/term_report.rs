//! The report's figures for a period, from a known book; a text checked against the records later.

use chrono::NaiveDate;
use so_cong_doan::domain::demo::demo_book;
use so_cong_doan::domain::members::movement::{MovementDraft, MovementKind};
use so_cong_doan::domain::report::{members_part, stale_figures, term, Period, Section, SectionText};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn value(figures: &[so_cong_doan::domain::report::Figure], key: &str) -> String {
    figures.iter().find(|f| f.key == key).map(|f| f.value.clone()).unwrap_or_else(|| panic!("no figure {key}"))
}

#[test]
fn the_figures_of_the_last_term_are_the_seeds() {
    let demo = demo_book();
    let period = Period { from: date(2017, 6, 1), to: date(2022, 12, 31) };
    let figures = members_part(&demo, period).figures();
    assert_eq!(value(&figures, "members.total"), "45");
    assert_eq!(value(&figures, "members.women"), "19");
    assert_eq!(value(&figures, "members.groups"), "4");
    assert_eq!(value(&figures, "members.party"), "44/45");
    assert_eq!(value(&figures, "members.party.share"), "97,78%");
    assert_eq!(value(&figures, "education.master"), "14");
    assert_eq!(value(&figures, "education.master.share"), "31,11%");
    assert_eq!(value(&figures, "education.doctorate"), "1");
    assert_eq!(value(&figures, "movements.transferred_in"), "16");
    assert_eq!(value(&figures, "movements.transferred_out"), "11");
    assert_eq!(value(&figures, "movements.retired"), "6");
    assert_eq!(value(&figures, "movements.admitted"), "3");
}

#[test]
fn periods_by_year_and_term() {
    let demo = demo_book();
    assert_eq!(Period::year(2024), Period { from: date(2024, 1, 1), to: date(2024, 12, 31) });
    let term = term(&demo, date(2026, 11, 25));
    assert_eq!((term.from, term.to), (date(2023, 3, 20), date(2026, 11, 25)));
    assert_eq!(term.years().collect::<Vec<_>>(), vec![2023, 2024, 2025, 2026]);
    // Nobody moved during the current term of the demo.
    let part = members_part(&demo, term);
    assert!(part.movements.iter().all(|(_, who)| who.is_empty()));
}

#[test]
fn a_text_that_no_longer_matches_the_records_is_found() {
    let mut demo = demo_book();
    let period = Period::year(2026);
    let figures = members_part(&demo, period).figures();
    let text = SectionText {
        section: Section::Members,
        text: "Công đoàn hiện có 45 đoàn viên (trong đó có 19 đoàn viên nữ).".into(),
        figures: figures.clone(),
    };
    assert!(stale_figures(&text, &figures).is_empty());
    demo.save_report_section(period, text.clone());
    assert_eq!(demo.report(period).unwrap().section(Section::Members), Some(&text));
    // A woman transfers out: the records now give 44 and 18; the text still says 45 and 19.
    let woman = demo
        .members
        .iter()
        .find(|m| m.on_roster(date(2026, 6, 1)) && m.gender == so_cong_doan::domain::members::member::Gender::Female)
        .unwrap()
        .id;
    let out = MovementDraft {
        kind: Some(MovementKind::TransferredOut),
        date: "01/06/2026".into(),
        ..MovementDraft::default()
    };
    demo.record_movement(woman, &out, date(2026, 11, 25)).unwrap();
    let now = members_part(&demo, period).figures();
    let stale = stale_figures(&text, &now);
    let keys: Vec<(&str, &str, &str)> =
        stale.iter().map(|s| (s.key.as_str(), s.written.as_str(), s.now.as_str())).collect();
    assert!(keys.contains(&("members.total", "45", "44")));
    assert!(keys.contains(&("members.women", "19", "18")));
    // A figure the text does not state is not flagged, even if it changed.
    assert!(!keys.iter().any(|(k, _, _)| *k == "members.party.share"));
}

#[test]
fn part_two_comes_from_activities_and_finance() {
    use so_cong_doan::domain::report::parts;
    let demo = demo_book();
    let year = parts(&demo, Period::year(2024));
    // The books balance to the đồng, and the text's figures are those of the records.
    assert!(year.finance.balances());
    assert_eq!(
        year.finance.closing,
        year.finance.opening + year.finance.lines.total_income - year.finance.lines.total_expense
    );
    let figures = year.figures();
    assert_eq!(value(&figures, "welfare.visits"), year.activities.welfare.visits.to_string());
    assert_eq!(value(&figures, "finance.closing"), so_cong_doan::domain::text::format_money(year.finance.closing));
    assert!(year.activities.welfare.visits > 0 && year.activities.initiatives.0 > 0);
    // Over the years, each year's closing is the next one's opening.
    let next = parts(&demo, Period::year(2025));
    assert_eq!(next.finance.opening, year.finance.closing);
    // The seed's last term: about 120 welfare visits for about 150 million đồng.
    let seed = parts(&demo, Period { from: date(2017, 1, 1), to: date(2022, 12, 31) });
    assert!((100..=140).contains(&seed.activities.welfare.visits), "{}", seed.activities.welfare.visits);
    assert!(seed.activities.welfare.amount > rust_decimal::Decimal::from(140_000_000));
}
