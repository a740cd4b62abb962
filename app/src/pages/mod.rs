//! One module per page, and the information pages as data (`content` draws what `text` lists).
pub mod content;
pub mod easy_read;
pub mod home;
pub mod journeys;
pub mod languages;
pub mod leaflet;
pub mod not_found;
pub mod server_error;
pub mod text;
