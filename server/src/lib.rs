//! The server: configuration, the database store, HTTP wiring and the command line. The pages
//! themselves live in the `app` crate.

pub mod analytics;
pub mod backup;
pub mod client;
pub mod config;
pub mod data_protection;
pub mod feedback;
pub mod journeys;
pub mod locales;
pub mod lookup;
pub mod mail;
pub mod public_cache;
pub mod routes;
pub mod seal;
pub mod security;
pub mod session;
pub mod staff;
pub mod startup;
pub mod store;
pub mod summary;
pub mod telemetry;

pub use config::Settings;
pub use startup::Application;
