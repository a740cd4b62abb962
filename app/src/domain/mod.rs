//! The service's rules as pure functions over plain types, with no I/O: the working-day clock,
//! reference numbers and screening.

pub mod calendar;
pub mod reference;
pub mod screening;
