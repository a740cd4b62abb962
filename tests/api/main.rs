//! Black-box tests of the running server. Every test runs against SQLite, and against
//! PostgreSQL too when `TEST_POSTGRES_URL` is set.

mod bad_input;
mod case_record;
mod complaints;
mod content;
mod crash;
mod data_protection;
mod encryption;
mod feedback;
mod form_counts;
mod health;
mod intake;
mod journeys;
mod languages;
mod mail;
mod migrations;
mod pages;
mod public_cache;
mod participants;
mod quick_exit;
mod report;
mod security_headers;
mod staff;
mod staff_prelogin;
mod store;
mod summary;
