//! The people in a case: a phone referral's person becomes its first participant; staff add
//! two more (another person harmed and the person who caused harm), record each one's answers
//! with coded reasons and history, and only managers record or see equality answers. Both
//! databases.

use app::{domain::screening::Flag, staff::participants::{Consent, Role, Willingness}};
use reqwest::StatusCode;
use rj_tests::{backends, spawn_app, staff::{attr, location, select, signed_in}};

use crate::intake::PERSON;

#[tokio::test]
async fn a_case_holds_its_people_each_with_their_own_needs_answers_and_history() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let (_, manager) = signed_in(&app, "Max Manager", "manager", true).await;
        let (_, triage) = signed_in(&app, "Tara Triage", "triage", true).await;

        // A phone self-referral entered by staff: its person is the case's first participant.
        let (_, html, _) = triage.page("/staff/new").await;
        let token = attr(&html, "input[name=csrf]", "value").unwrap();
        let key = attr(&html, "input[name=submission-key]", "value").unwrap();
        let mut form = vec![("submission-key", key.as_str()), ("channel", "phone"), ("organisation-type", "self"), ("lang", "en")];
        form.extend_from_slice(PERSON);
        let saved = triage.post("/staff/new", &token, &form).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let case_path = location(&saved);
        let reference = case_path.rsplit('/').next().unwrap().to_owned();
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(case.participants.len(), 1, "{}", app.backend);
        let pat = &case.participants[0];
        assert_eq!((pat.role, pat.name(), pat.consent), (Role::Harmed, Some("Pat Example"), Some(Consent::Given)));
        assert!(app::staff::participants::needs_interpreter(&pat.details));
        assert!(pat.details.get("crime-type").is_none(), "what happened stays with the referral");

        let token = manager.csrf(&case_path).await;
        let add = |fields: Vec<(&'static str, &'static str)>| {
            let (manager, token, path) = (&manager, token.clone(), format!("{case_path}/people/new"));
            async move { manager.post(&path, &token, &fields).await }
        };

        // Who is being added comes first; an unknown part is refused, not guessed.
        let (status, html, _) = manager.page(&format!("{case_path}/people/new")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(select(&html, "label[for=role]"), ["Who are you adding?"]);
        let (status, html, _) = manager.page(&format!("{case_path}/people/new?role=victim")).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(select(&html, ".error-summary a"), ["Choose who you are adding"]);
        let (status, html, _) = manager.page(&format!("{case_path}/people/new?role=caused-harm")).await;
        assert_eq!(status, StatusCode::OK);
        assert!(select(&html, "label, legend").iter().any(|l| l == "What should we call the person?"), "the journey's questions, about them");

        // No name, and a phone number that is not one: both said, and what was typed kept.
        let payload = "</textarea><p id=\"injected\">Call 0800 000 000</p><textarea>";
        let bad = add(vec![("role", "harmed"), ("contact-ways", "phone"), ("phone", "not a number"), ("caller-notes", payload)]).await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY, "{}", app.backend);
        let html = scraper::Html::parse_document(&bad.text().await.unwrap());
        let problems = select(&html, ".error-summary a");
        assert!(problems.contains(&"Enter what we should call the person".to_owned()), "{problems:?}");
        assert!(problems.iter().any(|p| p.starts_with("Enter a phone number")), "{problems:?}");
        assert_eq!(attr(&html, "#f-phone", "value").as_deref(), Some("not a number"));
        assert!(select(&html, "#injected").is_empty(), "typed markup stays text");
        assert_eq!(select(&html, "textarea[name=caller-notes]"), vec![payload.to_owned()]);

        // A second person harmed, with what staff know; the person who caused harm, by name only.
        let lee = add(vec![("role", "harmed"), ("name", "Lee Second"), ("contact-ways", "phone"), ("phone", "0121 496 0000"), ("bsl", "yes")]).await;
        assert_eq!(lee.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        assert_eq!(location(&lee), case_path);
        assert_eq!(add(vec![("role", "caused-harm"), ("name", "Alex Harmer")]).await.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        let people: Vec<(Role, Option<&str>)> = case.participants.iter().map(|p| (p.role, p.name())).collect();
        assert_eq!(people, [(Role::Harmed, Some("Pat Example")), (Role::Harmed, Some("Lee Second")), (Role::CausedHarm, Some("Alex Harmer"))]);
        assert!(app::staff::participants::needs_bsl(&case.participants[1].details));
        let alex = format!("{case_path}/people/{}", case.participants[2].id);

        // Alex declines: a coded reason is needed; later they agree to explore. Both stay.
        let token = manager.csrf(&alex).await;
        let stance = |fields: Vec<(&'static str, &'static str)>| {
            let (manager, token, path) = (&manager, token.clone(), format!("{alex}/stance"));
            async move { manager.post(&path, &token, &fields).await }
        };
        let no_reason = stance(vec![("consent", "given"), ("willingness", "declined")]).await;
        assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let html = scraper::Html::parse_document(&no_reason.text().await.unwrap());
        assert_eq!(select(&html, ".error-summary a"), ["Choose why they said no"]);
        assert_eq!(attr(&html, "#willingness option[selected]", "value").as_deref(), Some("declined"), "kept as chosen");
        assert_eq!(stance(vec![("willingness", "maybe")]).await.status(), StatusCode::UNPROCESSABLE_ENTITY, "an unknown code is an error");
        let declined = stance(vec![("consent", "given"), ("willingness", "declined"), ("refusal", "denies")]).await;
        assert_eq!(declined.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        let a = &case.participants[2];
        assert_eq!((a.consent, a.willingness, a.refusal.map(|r| r.code)), (Some(Consent::Given), Some(Willingness::Declined), Some("denies")));
        assert_eq!(stance(vec![("willingness", "exploring")]).await.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        let a = &case.participants[2];
        assert_eq!((a.consent, a.willingness, a.refusal), (Some(Consent::Given), Some(Willingness::Exploring), None), "{}", app.backend);
        let (_, html, _) = manager.page(&alex).await;
        let history = select(&html, ".timeline li").join(" | ");
        assert!(history.contains("added Alex Harmer (person who caused harm) to the case"), "{history}");
        assert!(history.contains("agreed to be contacted; declined. Why: denies the harm or their part in it."), "{history}");
        assert!(history.contains("willing to explore"), "{history}");
        assert!(!history.contains("Lee Second"), "only their own history: {history}");
        let (_, html, _) = manager.page(&case_path).await;
        let people = select(&html, ".case-people tbody tr").join(" | ");
        assert!(people.contains("Alex Harmer") && people.contains("Willing to explore") && people.contains("BSL"), "{people}");

        // Equality answers: managers alone record and see them; an unknown code is refused.
        let equality = format!("{alex}/equality");
        let triage_token = triage.csrf(&alex).await;
        let (_, html, _) = triage.page(&alex).await;
        assert!(select(&html, "#equality-title").is_empty(), "caseworkers never see them");
        let refused = triage.post(&equality, &triage_token, &[("eq-sex", "male")]).await;
        assert_eq!(refused.status(), StatusCode::FORBIDDEN);
        let bad = manager.post(&equality, &token, &[("eq-disability", "sometimes")]).await;
        assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let saved = manager.post(&equality, &token, &[("eq-sex", "prefer-not"), ("eq-ethnicity", "asian-pakistani")]).await;
        assert_eq!(saved.status(), StatusCode::SEE_OTHER, "{}", app.backend);
        let answers = app.store.participant_equality(case.participants[2].id).await.unwrap().unwrap();
        assert_eq!((answers.sex.as_deref(), answers.ethnicity.as_deref(), answers.disability), (Some("prefer-not"), Some("asian-pakistani"), None));
        let (_, html, _) = manager.page(&alex).await;
        assert_eq!(attr(&html, "#eq-ethnicity option[selected]", "value").as_deref(), Some("asian-pakistani"));
        let (_, html, _) = triage.page(&case_path).await;
        assert!(!select(&html, ".timeline li").join(" ").contains("asian"), "the timeline says only that they were recorded");

        // Their details change: Pat has a new number. A person from another case is not found.
        let pat_path = format!("{case_path}/people/{}", case.participants[0].id);
        let edited = manager
            .post(&format!("{pat_path}/details"), &token, &[("name", "Pat Example"), ("contact-ways", "phone"), ("phone", "07700 900999"), ("interpreter", "no")])
            .await;
        assert_eq!(edited.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert_eq!(app::journey::first(&case.participants[0].details, "phone"), Some("07700 900999"));
        assert!(!app::staff::participants::needs_interpreter(&case.participants[0].details));
        let (status, _, _) = manager.page(&format!("{case_path}/people/999999")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _, _) = manager.page(&format!("{case_path}/people/not-a-number")).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // The people are screened like the answers (000 5.10, 5.4): a fourth person harmed makes
        // the case complex, a supporter under 18 raises under-18, each with the rule behind it.
        assert!(!case.request.flags.contains(&Flag::Complex) && !case.request.flags.contains(&Flag::Under18), "{:?}", case.request.flags);
        let token = manager.csrf(&case_path).await;
        let add = |fields: Vec<(&'static str, &'static str)>| {
            let (manager, token, path) = (&manager, token.clone(), format!("{case_path}/people/new"));
            async move { manager.post(&path, &token, &fields).await }
        };
        assert_eq!(add(vec![("role", "harmed"), ("name", "Third Person")]).await.status(), StatusCode::SEE_OTHER);
        assert!(!app.store.find_case(&reference).await.unwrap().unwrap().request.flags.contains(&Flag::Complex), "three harmed are not more than three");
        assert_eq!(add(vec![("role", "harmed"), ("name", "Fourth Person")]).await.status(), StatusCode::SEE_OTHER);
        assert_eq!(add(vec![("role", "supporter"), ("name", "Young Supporter"), ("age-band", "under-18")]).await.status(), StatusCode::SEE_OTHER);
        let case = app.store.find_case(&reference).await.unwrap().unwrap();
        assert!(case.request.flags.contains(&Flag::Complex) && case.request.flags.contains(&Flag::Under18), "{}: {:?}", app.backend, case.request.flags);
        let (_, html, _) = manager.page(&case_path).await;
        let timeline = select(&html, ".timeline li").join(" | ");
        assert!(timeline.contains("Screening of the people in the case: More than three people were harmed (000 5.10)"), "{timeline}");
        assert!(timeline.contains("Someone involved is under 18 (000 5.4, 5.11)"), "{timeline}");

        // Every look and change is audited.
        let actions: Vec<String> = crate::staff::audit_actions(&app, Some(&reference)).await.into_iter().map(|(_, a)| a).collect();
        for action in ["case.participant-added", "case.participant-stance", "case.participant-equality", "case.participant-details", "participant.view"] {
            assert!(actions.iter().any(|a| a == action), "{action} in {actions:?}");
        }
    }
}
