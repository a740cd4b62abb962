use rj_tests::{backends, spawn_app};

#[tokio::test]
async fn healthz_says_the_process_is_up() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let page = app.page("/healthz").await;
        assert_eq!(page.status, 200, "{}", app.backend);
        assert_eq!(page.body, "ok");
    }
}

#[tokio::test]
async fn readyz_reports_a_reachable_database_of_the_right_kind() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        let page = app.page("/readyz").await;
        assert_eq!(page.status, 200, "{}", app.backend);
        assert!(page.body.contains(r#""status":"ready""#), "{}", page.body);
        assert!(page.body.contains(&format!(r#""database":"{}""#, app.backend)), "{}", page.body);
    }
}

#[tokio::test]
async fn readyz_fails_when_the_database_is_gone() {
    for backend in backends() {
        let app = spawn_app(&backend).await;
        app.database.close().await;
        let page = app.page("/readyz").await;
        assert_eq!(page.status, 503, "{}", app.backend);
        assert!(page.body.contains("unavailable"), "{}", page.body);
    }
}
