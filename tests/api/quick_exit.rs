use app::ports::Draft;
use chrono::{Duration, Utc};
use rj_tests::{backends, spawn_app};
use server::session::digest;

#[tokio::test]
async fn quick_exit_without_javascript_deletes_the_draft_clears_the_site_and_leaves() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        // Arrange: a visitor with a session cookie and a draft on the server.
        let token = "visitor-token-for-the-quick-exit-test";
        let url = reqwest::Url::parse(&app.address).unwrap();
        app.cookies.add_cookie_str(&format!("rj_session={token}; Path=/"), &url);
        let key = digest(token);
        let now = Utc::now();
        let draft = Draft {
            journey: "referral".into(),
            answers: r#"{"what-happened":"private words"}"#.into(),
            reference: None,
            updated_at: now,
            expires_at: now + Duration::hours(2),
        };
        app.store.save_draft(&key, &draft).await.unwrap();

        // Act.
        let response = app.get("/exit").await;

        // Assert.
        assert_eq!(response.status(), 303, "{}", app.backend);
        assert_eq!(response.headers()["location"], app.exit_url.as_str());
        assert_eq!(response.headers()["clear-site-data"], r#""cache", "cookies", "storage""#);
        assert_eq!(response.headers()["cache-control"], "no-store");
        let removal = response.headers()["set-cookie"].to_str().unwrap();
        assert!(removal.starts_with("rj_session="), "{removal}");
        assert!(removal.contains("Max-Age=0"), "{removal}");
        assert!(app.store.load_draft(&key, Utc::now()).await.unwrap().is_none(), "{}", app.backend);
    }
}

#[tokio::test]
async fn quick_exit_works_for_someone_with_no_session() {
    let app = spawn_app(&backends()[0]).await;
    let response = app.get("/exit").await;
    assert_eq!(response.status(), 303);
    assert_eq!(response.headers()["location"], app.exit_url.as_str());
}
