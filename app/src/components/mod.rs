//! Pieces every page shares.
pub mod layout;
