//! The words for the links between activities and the money: why a link was refused.

use super::{fill, Lang, T};
use crate::domain::activity::links::LinkError;

pub fn link_error(lang: Lang, e: &LinkError) -> String {
    let text = |key: T, values: &[&str]| fill(key.text(lang), values);
    match e {
        LinkError::ClosedYear { year, voucher: Some(code) } => text(T::LinkErrClosed, &[&year.to_string(), code]),
        LinkError::ClosedYear { year, voucher: None } => text(T::LinkErrClosedNew, &[&year.to_string()]),
        LinkError::NotAPayment => text(T::LinkErrNotAPayment, &[]),
        LinkError::Void(code) => text(T::LinkErrVoid, &[code]),
        LinkError::Taken(code) => text(T::LinkErrTaken, &[code]),
        LinkError::AlreadyPaid(code) => text(T::LinkErrAlreadyPaid, &[code]),
        LinkError::Differs => text(T::LinkErrDiffers, &[]),
        LinkError::NoMoney => text(T::LinkErrNoMoney, &[]),
        LinkError::UnknownActivity => text(T::LinkErrUnknown, &[]),
    }
}
