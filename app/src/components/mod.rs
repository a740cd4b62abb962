//! Pieces every page shares.
pub mod form;
pub mod layout;
