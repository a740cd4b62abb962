//! The service's rules as pure functions over plain types, with no I/O: the working-day clock
//! and reference numbers.

pub mod calendar;
pub mod reference;
