//! Staff intake: a referral that came by phone, e-mail, letter, in person or on a partner's
//! form, entered by staff on one page and treated from then on like one from the website.

use app::{domain::screening::Flag, journey::Values};
use reqwest::StatusCode;
use rj_tests::{TestApp, backends, spawn_app, staff::{attr, location, select, signed_in}};

use crate::staff::{audit_actions, mail_of_kinds, store_request};

pub(crate) const PERSON: &[(&str, &str)] = &[
    ("connection", "harmed"),
    ("crime-type", "violence"),
    ("when", "not-sure"),
    ("reported", "yes"),
    ("crime-reference", "20/123456/26"),
    ("stage", "awaiting-court"),
    ("area-happened", "walsall"),
    ("area-lives", "walsall"),
    ("other-age", "adult"),
    ("other-known", "yes"),
    ("how-many", "one"),
    ("name", "Pat Example"),
    ("age-band", "35-44"),
    ("contact-ways", "email"),
    ("email", "pat@example.org"),
    ("email-ok", "yes"),
    ("interpreter", "yes"),
    ("bsl", "no"),
    ("support-person", "no"),
    ("safe-now", "yes"),
];

/// A call back put straight into the store.
async fn stored_call_back(app: &TestApp, reference: &str) {
    let answers = serde_json::json!({
        "name": ["Sam Caller"],
        "phone": ["07700 900123"],
        "voicemail-ok": ["no"],
        "interpreter": ["no"],
        "call-reason": ["Private words"],
    });
    store_request(app, "call-back", reference, None, answers, &[], 1).await;
}

#[tokio::test]
async fn a_police_email_referral_entered_by_staff_is_screened_and_waits_for_us_to_ask_the_person() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (_, triage) = signed_in(&app, "Tara Triage", "triage", false).await;
        let (status, html, _) = triage.page("/staff/new").await;
        assert_eq!(status, StatusCode::OK);
        assert!(select(&html, ".staff-nav a").contains(&"New referral".to_owned()));
        let token = attr(&html, "input[name=csrf]", "value").unwrap();
        let key = attr(&html, "input[name=submission-key]", "value").unwrap();
        // The journey's questions, in the third person.
        assert!(select(&html, "legend").iter().any(|l| l == "Is the person safe right now?"));

        // Missing answers: a clear error for each, everything typed kept, markup kept as text.
        let payload = "</textarea><p id=\"injected\">Call 0800 000 000</p><textarea>";
        let bare = triage
            .post("/staff/new", &token, &[("submission-key", &key), ("organisation-type", "police"), ("name", "Pat Example"), ("story", payload)])
            .await;
        assert_eq!(bare.status(), StatusCode::UNPROCESSABLE_ENTITY, "{}", app.backend);
        let html = scraper::Html::parse_document(&bare.text().await.unwrap());
        let problems = select(&html, ".error-summary a");
        assert!(problems.contains(&"Choose how the referral reached us".to_owned()), "{problems:?}");
        assert!(problems.contains(&"Choose whether the person has agreed".to_owned()), "{problems:?}");
        assert!(problems.contains(&"Choose yes, no or not sure".to_owned()), "the journey's own words: {problems:?}");
        assert_eq!(attr(&html, "#f-name", "value").as_deref(), Some("Pat Example"));
        assert!(select(&html, "#injected").is_empty(), "typed markup stays text");
        assert_eq!(select(&html, "textarea[name=story]"), vec![payload.to_owned()]);
        let summary_links: Vec<String> = html
            .select(&scraper::Selector::parse(".error-summary a").unwrap())
            .filter_map(|a| a.value().attr("href").map(str::to_owned))
            .collect();
        for href in summary_links {
            let id = href.trim_start_matches('#');
            assert!(html.select(&scraper::Selector::parse(&format!("[id=\"{id}\"]")).unwrap()).next().is_some(), "{href} leads to its field");
        }

        let mut form = vec![
            ("submission-key", key.as_str()),
            ("channel", "email"),
            ("organisation-type", "police"),
            ("organisation-name", "West Midlands Police"),
            ("referrer-name", "PC Khan"),
            ("referrer-email", "khan@police.example"),
            ("agreed", "not-asked"),
            ("lang", "pl"),
        ];
        form.extend_from_slice(PERSON);
        let saved = triage.post("/staff/new", &token, &form).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        // Violence makes it sensitive: whoever typed it in without being a specialist goes back
        // to the queue, told where it went.
        assert_eq!(location(&saved), "/staff");
        let (_, html, _) = triage.page("/staff").await;
        let notice = select(&html, "[role=status]").join(" ");
        assert!(notice.contains("specialist staff only"), "{notice}");
        let reference = notice.split_whitespace().find(|w| w.starts_with("RJ-")).expect("the reference").to_owned();
        let stored = app.store.find_request(&reference).await.unwrap().unwrap();
        assert_eq!(stored.kind.code(), "referral");
        assert_eq!(stored.lang, "pl");
        for flag in [Flag::ConsentToBeSought, Flag::OnBehalf, Flag::Sensitive, Flag::InterpreterOrAccess] {
            assert!(stored.flags.contains(&flag), "{}: {flag:?} in {:?}", app.backend, stored.flags);
        }
        let answers: Values = serde_json::from_str(&stored.answers_json).unwrap();
        assert_eq!(answers.get("channel"), Some(&vec!["email".to_owned()]));
        assert_eq!(answers.get("crime-reference"), Some(&vec!["20/123456/26".to_owned()]));
        assert_eq!(answers.get("for-whom"), Some(&vec!["someone-else".to_owned()]));
        // The team hears of it as of any referral; the person gets nothing until we have asked.
        let mail = mail_of_kinds(&app, &["team-new-referral", "person-ack"]).await;
        assert_eq!(mail.iter().map(|(k, _, _)| k.as_str()).collect::<Vec<_>>(), ["team-new-referral"]);
        assert!(audit_actions(&app, Some(&reference)).await.iter().any(|(_, a)| a == "case.intake"), "audited");

        // The same form sent twice (a double click) stores one referral.
        let again = triage.post("/staff/new", &token, &form).await;
        assert_eq!(again.status(), StatusCode::SEE_OTHER);
        let intakes = audit_actions(&app, None).await.into_iter().filter(|(_, a)| a == "case.intake").count();
        assert_eq!(intakes, 1);
        let (_, html, _) = triage.page("/staff").await;
        assert!(select(&html, "[role=status]").join(" ").contains(&reference), "the same referral");

        // A specialist opens it and sees how it came.
        let (_, specialist) = signed_in(&app, "Sol Specialist", "triage", true).await;
        let (status, html, _) = specialist.page(&format!("/staff/requests/{reference}")).await;
        assert_eq!(status, StatusCode::OK);
        let facts = select(&html, ".case-facts dd").join(" | ");
        assert!(facts.contains("E-mail"), "{facts}");
        assert!(select(&html, ".timeline li").join(" ").contains("Received (e-mail) and entered by staff"));
        assert_eq!(select(&html, ".panel-task h2"), vec!["Ask the person first".to_owned()], "the task of asking them");

        // Updates to the referrer: only once the person agrees, the stage only, through the outbox.
        let path = format!("/staff/requests/{reference}");
        let token = specialist.csrf(&path).await;
        let early = specialist.post(&format!("{path}/update-referrer"), &token, &[]).await;
        assert_eq!(early.status(), StatusCode::UNPROCESSABLE_ENTITY, "not before the person agrees");
        assert_eq!(specialist.post(&format!("{path}/updates"), &token, &[("updates-answer", "yes")]).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(specialist.post(&format!("{path}/update-referrer"), &token, &[]).await.status(), StatusCode::SEE_OTHER);
        let updates = mail_of_kinds(&app, &["referrer-update"]).await;
        assert_eq!(updates.len(), 1, "{}", app.backend);
        let (_, to, text) = &updates[0];
        assert_eq!(to, "khan@police.example");
        assert!(text.contains(&reference) && text.contains("We are trying to contact the person."), "{text}");
        assert!(!text.contains("Pat Example") && !text.contains("violence"), "the stage only, never details");
        let (_, html, _) = specialist.page(&path).await;
        assert!(select(&html, ".timeline li").join(" ").contains("sent the referrer an update"));
    }
}

#[tokio::test]
async fn a_call_back_turns_into_a_referral_prefilled_and_linked_and_only_the_police_skip_agreement() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        stored_call_back(&app, "RJ-CDFH-KLMN").await;
        let (_, manager) = signed_in(&app, "Mina Manager", "manager", false).await;
        let (_, html, _) = manager.page("/staff/requests/RJ-CDFH-KLMN").await;
        assert_eq!(attr(&html, "a.button-secondary", "href").as_deref(), Some("/staff/new?from=RJ-CDFH-KLMN"));
        let (status, html, _) = manager.page("/staff/new?from=RJ-CDFH-KLMN").await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(attr(&html, "#f-name", "value").as_deref(), Some("Sam Caller"));
        assert_eq!(attr(&html, "#f-phone", "value").as_deref(), Some("07700 900123"));
        assert_eq!(attr(&html, "#lang option[selected]", "value").as_deref(), Some("ur"));
        assert_eq!(attr(&html, "input[name=from]", "value").as_deref(), Some("RJ-CDFH-KLMN"));
        assert!(!html.html().contains("Private words"), "the call back's reason is not copied");
        let token = attr(&html, "input[name=csrf]", "value").unwrap();

        // Probation cannot leave the asking to us.
        let mut form = vec![
            ("from", "RJ-CDFH-KLMN"),
            ("channel", "phone"),
            ("organisation-type", "probation"),
            ("referrer-name", "Jo Officer"),
            ("referrer-phone", "0121 496 0000"),
            ("agreed", "not-asked"),
            ("lang", "ur"),
        ];
        form.extend(PERSON.iter().map(|&(k, v)| if k == "crime-type" { (k, "burglary") } else { (k, v) }));
        let refused = manager.post("/staff/new", &token, &form).await;
        assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&refused.text().await.unwrap());
        assert_eq!(attr(&html, "#agreed", "aria-invalid").as_deref(), Some("true"));
        assert_eq!(attr(&html, "input[name=from]", "value").as_deref(), Some("RJ-CDFH-KLMN"), "the link is kept");

        form[5] = ("agreed", "yes");
        let saved = manager.post("/staff/new", &token, &form).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let reference = location(&saved).trim_start_matches("/staff/requests/").to_owned();
        let stored = app.store.find_request(&reference).await.unwrap().unwrap();
        assert_eq!(stored.related_reference.as_deref(), Some("RJ-CDFH-KLMN"), "{}", app.backend);
        assert!(!stored.flags.contains(&Flag::ConsentToBeSought));

        // Nobody else's call back can be borrowed: a referral is no call back, and practitioners
        // do not take referrals in.
        let (status, _, _) = manager.page(&format!("/staff/new?from={reference}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, practitioner) = signed_in(&app, "Pip Practitioner", "practitioner", false).await;
        assert_eq!(practitioner.page("/staff/new").await.0, StatusCode::FORBIDDEN);
    }
}
