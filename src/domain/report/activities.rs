//! Part II of a report, from the activities: care for members (welfare), emulation with titles, prizes and
//! initiatives, and women's work, for the period.

use super::{figure, Figure, Period};
use crate::domain::activity::titles::{titles_of_year, TitleKind};
use crate::domain::activity::{events_of, welfare_between, WelfareTotals};
use crate::domain::book::Book;
use crate::domain::text::format_money;
use crate::domain::{code, Id};
use chrono::Datelike;

#[derive(Clone, Debug, PartialEq)]
pub struct ActivitiesPart {
    pub welfare: WelfareTotals,
    /// Titles held, year by year of the period: (year, kind, how many hold it).
    pub titles: Vec<(i32, Vec<(TitleKind, usize)>)>,
    /// Initiatives of the years of the period: (all, recognised at a higher level).
    pub initiatives: (usize, usize),
    /// Prizes won at events of the period: (event title, year, prize).
    pub prizes: Vec<(String, i32, String)>,
    /// Events of the women's committee in the period, and how many titles "Giỏi việc nước, đảm việc nhà".
    pub women_events: Vec<Id>,
    pub women_titles: usize,
}

pub fn activities_part(book: &Book, period: Period) -> ActivitiesPart {
    let years: Vec<i32> = period.years().collect();
    let in_period = |d: chrono::NaiveDate| period.contains(d);
    let events = events_of(book, None, false).events;
    let titles: Vec<(i32, Vec<(TitleKind, usize)>)> =
        years.iter().map(|&y| (y, titles_of_year(book, y).0)).filter(|(_, t)| !t.is_empty()).collect();
    let initiatives = book.activities.initiatives.iter().filter(|i| years.contains(&i.year));
    let higher = initiatives.clone().filter(|i| i.level == crate::domain::activity::InitiativeLevel::Higher).count();
    let mut prizes: Vec<(String, i32, String)> = events
        .iter()
        .filter(|e| in_period(e.start))
        .flat_map(|e| e.prizes.iter().map(|p| (e.title.clone(), e.start.year(), p.clone())))
        .collect();
    prizes.sort_by_key(|p| p.1);
    let women_titles = titles
        .iter()
        .flat_map(|(_, t)| t.iter())
        .filter(|(k, _)| *k == TitleKind::GoodAtWorkAndHome)
        .map(|(_, n)| n)
        .sum();
    ActivitiesPart {
        welfare: welfare_between(book, period.from, period.to),
        titles,
        initiatives: (initiatives.count(), higher),
        prizes,
        women_events: events.iter().filter(|e| e.women_committee && in_period(e.start)).map(|e| e.id).collect(),
        women_titles,
    }
}

impl ActivitiesPart {
    /// Titles of a kind summed over the years of the period (a person titled in two years counts twice,
    /// as reports count "lượt").
    pub fn title_total(&self, kind: TitleKind) -> usize {
        self.titles.iter().flat_map(|(_, t)| t.iter()).filter(|(k, _)| *k == kind).map(|(_, n)| n).sum()
    }

    pub fn figures(&self) -> Vec<Figure> {
        let mut out = vec![
            figure("welfare.visits", self.welfare.visits.to_string()),
            figure("welfare.amount", format_money(self.welfare.amount)),
            figure("initiatives", self.initiatives.0.to_string()),
            figure("initiatives.higher", self.initiatives.1.to_string()),
            figure("prizes", self.prizes.len().to_string()),
            figure("women.events", self.women_events.len().to_string()),
            figure("women.titles", self.women_titles.to_string()),
        ];
        for (kind, visits, amount) in &self.welfare.by_kind {
            out.push(figure(&format!("welfare.{}", code(kind)), visits.to_string()));
            out.push(figure(&format!("welfare.{}.amount", code(kind)), format_money(*amount)));
        }
        for (year, kinds) in &self.titles {
            for (kind, n) in kinds {
                out.push(figure(&format!("titles.{year}.{}", code(kind)), n.to_string()));
            }
        }
        out
    }
}
