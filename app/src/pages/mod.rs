//! One module per page.
pub mod home;
pub mod info;
pub mod journeys;
pub mod not_found;
