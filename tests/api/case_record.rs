//! Issue 10's "done when": a referral from the website, one taken by phone and one the police
//! made before asking the person each go from intake through screening, the people in the
//! case, risk assessment, a process and an outcome agreement to closure with a coded reason,
//! all of it in the timeline. Both databases.

use reqwest::StatusCode;
use rj_tests::{TestApp, backends, spawn_app, staff::{StaffClient, attr, location, select, signed_in}};

use crate::{
    intake::PERSON,
    journeys::{refer_as_a_victim, reference_on},
};

/// A referral entered on the New referral page; its reference.
async fn intake(staff: &StaffClient, extra: &[(&str, &str)]) -> String {
    let (_, html, _) = staff.page("/staff/new").await;
    let token = attr(&html, "input[name=csrf]", "value").unwrap();
    let key = attr(&html, "input[name=submission-key]", "value").unwrap();
    let mut form = vec![("submission-key", key.as_str()), ("lang", "en")];
    form.extend_from_slice(extra);
    form.extend_from_slice(PERSON);
    let saved = staff.post("/staff/new", &token, &form).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    location(&saved).rsplit('/').next().unwrap().to_owned()
}

async fn post(staff: &StaffClient, path: &str, fields: &[(&str, &str)]) {
    let token = staff.csrf("/staff/account").await;
    let response = staff.post(path, &token, fields).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER, "POST {path} {fields:?}");
}

async fn work_to_closure(app: &TestApp, worker: &StaffClient, signer: &StaffClient, reference: &str) {
    let case = format!("/staff/requests/{reference}");
    let at = |action: &str| format!("{case}/{action}");
    let stored = app.store.find_case(reference).await.unwrap().unwrap();
    if stored.request.flags.contains(&app::domain::screening::Flag::ConsentToBeSought) {
        // The police did not ask: we do, and the person agrees.
        post(worker, &at("consent"), &[("consent-answer", "agreed")]).await;
    }
    post(worker, &at("contact"), &[("method", "phone"), ("outcome", "reached")]).await;
    post(worker, &at("status"), &[("from", "contacted"), ("to", "assessing")]).await;
    post(worker, &at("disposal"), &[("disposal", "conditional-caution")]).await;
    post(worker, &format!("{case}/people/new"), &[("role", "caused-harm"), ("name", "Alex Harmer")]).await;
    let people = app.store.find_case(reference).await.unwrap().unwrap().participants;
    for p in people.iter().filter(|p| p.role.takes_part()) {
        post(worker, &format!("{case}/people/{}/stance", p.id), &[("consent", "given"), ("willingness", "agreed")]).await;
    }
    let assessment = [
        ("risks-harmed", "None known"),
        ("risks-harmer", "None known"),
        ("safe-to-go-on", "yes"),
        ("rj-method", "conference"),
        ("conclusion", "Suitable for a conference"),
    ];
    post(worker, &at("assess"), &assessment).await;
    let stored = app.store.find_case(reference).await.unwrap().unwrap();
    if app::staff::model::is_sensitive(&stored.request.flags) {
        let id = stored.assessment.unwrap().id.to_string();
        post(signer, &at("sign-off"), &[("assessment", &id)]).await;
    }
    post(worker, &at("status"), &[("from", "assessing"), ("to", "accepted")]).await;
    post(worker, &at("status"), &[("from", "accepted"), ("to", "in-progress")]).await;
    let today = chrono::Utc::now().date_naive().to_string();
    post(worker, &at("process"), &[("rj-process", "conference"), ("held-on", &today), ("took-harmed", "yes"), ("took-caused-harm", "yes")]).await;
    post(worker, &at("agreement"), &[("what", "A letter of apology")]).await;
    let item = app.store.find_case(reference).await.unwrap().unwrap().agreement[0].id.to_string();
    post(worker, &at("kept"), &[("item", &item), ("kept", "yes")]).await;
    post(worker, &at("status"), &[("from", "in-progress"), ("to", "closed"), ("end-reason", "closed:completed")]).await;
}

#[tokio::test]
async fn a_web_a_phone_and_a_police_referral_each_go_from_intake_to_closure_with_coded_reasons() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (_, worker) = signed_in(&app, "Wren Worker", "manager", true).await;
        let (_, signer) = signed_in(&app, "Sam Signer", "manager", true).await;

        let sent = refer_as_a_victim(&app).await;
        let web = reference_on(&app.page(&sent).await.html());
        let phone = intake(&worker, &[("channel", "phone"), ("organisation-type", "self")]).await;
        let police = intake(
            &worker,
            &[
                ("channel", "email"),
                ("organisation-type", "police"),
                ("referrer-name", "PC Khan"),
                ("referrer-email", "khan@police.example"),
                ("agreed", "not-asked"),
            ],
        )
        .await;

        for (reference, came) in [(&web, "Received from the public site."), (&phone, "Received (phone call) and entered by staff."), (&police, "Received (e-mail) and entered by staff.")] {
            work_to_closure(&app, &worker, &signer, reference).await;
            let case = app.store.find_case(reference).await.unwrap().unwrap();
            assert_eq!((case.request.status.code(), case.end_reason.map(|r| r.code)), ("closed", Some("completed")), "{reference} ({})", app.backend);
            assert_eq!(case.processes.len(), 1);
            assert_eq!(case.agreement[0].kept, Some(true));
            let harmer = case.participants.iter().find(|p| p.role == app::staff::participants::Role::CausedHarm).unwrap();
            assert_eq!(harmer.willingness, Some(app::staff::participants::Willingness::Agreed));
            let (_, html, _) = worker.page(&format!("/staff/requests/{reference}")).await;
            let timeline = select(&html, ".timeline li").join(" | ");
            for words in [
                came,
                "moved the case to Assessing",
                "recorded the criminal justice stage: Conditional caution",
                "added Alex Harmer (person who caused harm) to the case",
                "recorded a risk assessment",
                "moved the case to Accepted",
                "recorded a process: Face-to-face conference",
                "recorded as kept: A letter of apology",
                "moved the case to Closed. Why: Restorative justice took place.",
            ] {
                assert!(timeline.contains(words), "{reference} ({}): {words:?} in {timeline}", app.backend);
            }
            let facts = select(&html, ".case-facts").join(" ");
            assert!(facts.contains("(16 weeks from the referral) – met"), "{facts}");
        }
        let (_, html, _) = worker.page(&format!("/staff/requests/{police}")).await;
        let timeline = select(&html, ".timeline li").join(" | ");
        assert!(timeline.contains("agrees to the referral"), "the police referral's question was asked: {timeline}");
        assert!(timeline.contains("signed off the risk assessment"), "violence is sensitive: signed off by another manager");
    }
}
