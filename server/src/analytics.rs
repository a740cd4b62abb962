//! How the public forms are doing, counted with nothing that identifies anyone: no cookie of
//! its own, no session id, no address, no answer. The journeys' handlers add to counters in
//! memory (a journey started, a page answered, a question's error, a request sent, the whole
//! minutes it took, whether the browser ran the site's script); a task writes them to
//! `form_counts` every minute and at shutdown, in one transaction, so counting costs a
//! journey no database write. A crash loses at most a minute of counts, which is all right
//! for figures like these.

use std::{collections::HashMap, sync::{Arc, Mutex}, time::Duration};

use app::{domain::calendar::uk_date, i18n::Lang, ports::{FormCount, Store}};
use chrono::{Datelike, NaiveDate, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    Started,
    Answered,
    Error,
    Sent,
    Minutes,
}

impl Event {
    pub fn code(self) -> &'static str {
        match self {
            Event::Started => "started",
            Event::Answered => "answered",
            Event::Error => "error",
            Event::Sent => "sent",
            Event::Minutes => "minutes",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    month: NaiveDate,
    lang: Lang,
    journey: &'static str,
    event: Event,
    item: String,
    js: bool,
}

/// The counters not yet written.
#[derive(Clone, Default)]
pub struct FormAnalytics(Arc<Mutex<HashMap<Key, i64>>>);

/// The longest time counted exactly; anything longer is counted as this many minutes.
pub const MAX_MINUTES: i64 = 240;

impl FormAnalytics {
    pub fn count(&self, lang: Lang, journey: &'static str, event: Event, item: &str, js: bool) {
        let month = uk_date(Utc::now()).with_day(1).expect("the first of the month");
        let key = Key { month, lang, journey, event, item: item.to_owned(), js };
        if let Ok(mut counts) = self.0.lock() {
            *counts.entry(key).or_insert(0) += 1;
        }
    }

    /// A request sent: counted, with the whole minutes since its journey started.
    pub fn sent(&self, lang: Lang, journey: &'static str, started_at: i64, js: bool) {
        self.count(lang, journey, Event::Sent, "", js);
        let minutes = ((Utc::now().timestamp() - started_at) / 60).clamp(0, MAX_MINUTES);
        self.count(lang, journey, Event::Minutes, &minutes.to_string(), js);
    }

    fn drain(&self) -> Vec<FormCount> {
        let Ok(mut counts) = self.0.lock() else { return Vec::new() };
        counts
            .drain()
            .map(|(k, count)| FormCount {
                month: k.month,
                lang: k.lang.code().to_owned(),
                journey: k.journey.to_owned(),
                event: k.event.code().to_owned(),
                item: k.item,
                js: k.js,
                count,
            })
            .collect()
    }

    /// Writes what has been counted since the last time.
    pub async fn flush(&self, store: &dyn Store) {
        let counts = self.drain();
        if counts.is_empty() {
            return;
        }
        if let Err(e) = store.add_form_counts(&counts).await {
            tracing::warn!(error = %e, counters = counts.len(), "could not write the form counts; they are lost");
        }
    }
}

/// Writes the counters every `period` (`RJ_FORM_COUNTS_SECS`), and once more when the server
/// stops.
pub async fn run_flusher(store: Arc<dyn Store>, analytics: FormAnalytics, period: Duration, mut stop: tokio::sync::watch::Receiver<bool>) {
    let period = period.max(Duration::from_secs(1));
    let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    loop {
        tokio::select! {
            _ = tick.tick() => analytics.flush(store.as_ref()).await,
            _ = stop.changed() => {
                analytics.flush(store.as_ref()).await;
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_add_up_by_month_language_page_and_script() {
        let a = FormAnalytics::default();
        a.count(Lang::Ur, "referral", Event::Answered, "who", true);
        a.count(Lang::Ur, "referral", Event::Answered, "who", true);
        a.count(Lang::Ur, "referral", Event::Answered, "who", false);
        a.count(Lang::En, "referral", Event::Error, "name", false);
        let mut counts = a.drain();
        counts.sort_by(|x, y| (&x.lang, &x.event, x.js).cmp(&(&y.lang, &y.event, y.js)));
        let seen: Vec<(&str, &str, &str, bool, i64)> = counts.iter().map(|c| (c.lang.as_str(), c.event.as_str(), c.item.as_str(), c.js, c.count)).collect();
        assert_eq!(seen, [("en", "error", "name", false, 1), ("ur", "answered", "who", false, 1), ("ur", "answered", "who", true, 2)]);
        assert!(a.drain().is_empty(), "drained once");
    }
}
