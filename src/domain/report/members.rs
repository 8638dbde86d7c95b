//! Part I of a report: the roster at the end of the period and the movements during it.

use super::{figure, Figure, Period};
use crate::domain::book::Book;
use crate::domain::members::composition::{composition, movements_between, Composition};
use crate::domain::members::member::Gender;
use crate::domain::members::movement::MovementKind;
use crate::domain::share::Share;
use crate::domain::text::format_percent;
use crate::domain::{code, Id};

#[derive(Clone, Debug, PartialEq)]
pub struct MembersPart {
    pub period: Period,
    pub composition: Composition,
    pub movements: Vec<(MovementKind, Vec<Id>)>,
}

pub fn members_part(book: &Book, period: Period) -> MembersPart {
    MembersPart {
        period,
        composition: composition(book, period.to),
        movements: movements_between(book, period.from, period.to),
    }
}

impl MembersPart {
    fn share_of<K: PartialEq>(breakdown: &[(K, Share)], key: K) -> Share {
        breakdown.iter().find(|(k, _)| *k == key).map(|(_, s)| *s).unwrap_or(Share { count: 0, of: 0 })
    }

    pub fn women(&self) -> Share {
        Self::share_of(&self.composition.gender, Gender::Female)
    }

    pub fn party(&self) -> Share {
        Self::share_of(&self.composition.party, true)
    }

    /// Every figure of part I, keyed; a count is written with two digits under ten, as reports do ("04").
    pub fn figures(&self) -> Vec<Figure> {
        let c = &self.composition;
        let mut out = vec![
            figure("members.total", c.total.to_string()),
            figure("members.women", self.women().count.to_string()),
            figure("members.groups", (c.groups.iter().filter(|(g, _)| g.is_some()).count()).to_string()),
            figure("members.party", format!("{}/{}", self.party().count, c.total)),
            figure("members.party.share", format_percent(self.party().percent())),
        ];
        let mut shares = |prefix: &str, rows: Vec<(String, Share)>| {
            for (key, share) in rows {
                out.push(figure(&format!("{prefix}.{key}"), share.count.to_string()));
                out.push(figure(&format!("{prefix}.{key}.share"), format_percent(share.percent())));
            }
        };
        shares("education", c.education.iter().map(|(e, s)| (code(e), *s)).collect());
        shares("theory", c.theory.iter().map(|(t, s)| (code(t), *s)).collect());
        for (kind, who) in &self.movements {
            out.push(figure(&format!("movements.{}", code(kind)), who.len().to_string()));
        }
        out
    }
}
