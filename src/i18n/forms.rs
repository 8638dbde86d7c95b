//! The words for the printed forms' values: the occasions of a gift list.

use super::{Lang, T};
use crate::domain::finance::gifts::Occasion;

pub fn occasion(lang: Lang, o: Occasion) -> &'static str {
    match o {
        Occasion::WomensDay => T::GiftWomensDay,
        Occasion::VietnameseWomensDay => T::GiftVnWomensDay,
        Occasion::Tet => T::GiftTet,
        Occasion::MidAutumn => T::GiftMidAutumn,
        Occasion::ChildrensDay => T::GiftChildrensDay,
        Occasion::Other => T::GiftOther,
    }
    .text(lang)
}
