//! Participant feedback over HTTP (`app::feedback`): `/{lang}/feedback/{token}` shows the form
//! while the link works, and the same "this link no longer works" page (410) for a link that
//! was used, has expired or never existed, so guessing learns nothing. The token is a secret in
//! the path: the request log redacts it (`telemetry::loggable_path`), and the store keeps only
//! its digest. A POST is checked like a journey page (same site, rate limited, each question
//! answered, translated errors with what was chosen kept); a good one uses the link and stores
//! the answers in one transaction, then goes to the thank-you page.

use app::{
    feedback::{FeedbackAnswers, FeedbackView, STEP},
    i18n::Lang,
    journey::{
        Values, Voice,
        validate::{RuleContext, validate_step},
    },
};
use axum::{
    Extension, Form,
    extract::{Path, Request, State},
    http::{HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use chrono::{Datelike, Utc};

use crate::{
    journeys::{forbidden_if_cross_site, see_other, server_error},
    security::CspNonce,
    staff::auth::digest,
    startup::AppState,
};

/// The thank-you page's last segment, where the token would be.
const THANKS: &str = "thanks";

fn feedback_path(lang: Lang, token: &str) -> String {
    format!("/{}/feedback/{token}", lang.code())
}

/// A token as `auth::new_token` makes them (URL-safe base64 of 32 bytes); anything else is
/// answered as a link that does not work, without asking the store.
fn plausible(token: &str) -> bool {
    token.len() == 43 && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Renders the feedback page for `view` at `path` through the Leptos app.
async fn render(state: &AppState, path: &str, nonce: Option<CspNonce>, view: FeedbackView, status: StatusCode) -> Response {
    // A token with characters a path cannot hold (decoded from %-escapes) still gets the
    // feedback page's route.
    let path = if path.parse::<axum::http::Uri>().is_ok() { path } else { "/en/feedback/thanks" };
    let renderer = state.renderer.as_ref().expect("the renderer is set when the router is built");
    renderer.page(path, nonce, view, status).await
}

/// For `GET /{lang}/feedback/{token}`: decides what the page shows before Leptos renders it.
pub async fn load_view(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    if request.method() != Method::GET {
        return next.run(request).await;
    }
    let path = request.uri().path().to_owned();
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    let [lang, "feedback", token] = segments.as_slice() else {
        return next.run(request).await;
    };
    if Lang::from_code(lang).is_none() {
        return next.run(request).await;
    }
    let view = if *token == THANKS {
        FeedbackView::Thanks
    } else if plausible(token) {
        match state.store.feedback_open(&digest(token), Utc::now()).await {
            Ok(true) => FeedbackView::Open { action: path.clone(), values: Values::new(), errors: Vec::new() },
            Ok(false) => FeedbackView::Gone,
            Err(e) => return server_error(e),
        }
    } else {
        FeedbackView::Gone
    };
    let gone = view == FeedbackView::Gone;
    request.extensions_mut().insert(view);
    let mut response = next.run(request).await;
    if gone && response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::GONE;
    }
    response
}

/// `POST /{lang}/feedback/{token}`.
pub async fn submit(
    State(state): State<AppState>,
    Path((lang, token)): Path<(String, String)>,
    nonce: Option<Extension<CspNonce>>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if let Some(refused) = forbidden_if_cross_site(&state, &headers) {
        return refused;
    }
    let Some(lang) = Lang::from_code(&lang) else { return StatusCode::NOT_FOUND.into_response() };
    let nonce = nonce.map(|Extension(n)| n);
    let here = feedback_path(lang, &token);
    if !plausible(&token) {
        return render(&state, &here, nonce, FeedbackView::Gone, StatusCode::GONE).await;
    }
    let mut posted = Values::new();
    for (name, value) in fields {
        // The form's spam trap and return field mean nothing here.
        if name != "website" && name != "return" && name != "js" {
            posted.entry(name).or_default().push(value);
        }
    }
    let today = Utc::now();
    let ctx = RuleContext { current_year: today.year(), current_month: today.month() };
    let accepted = match validate_step(&STEP, &posted, &Values::new(), Voice::You, ctx) {
        Ok(accepted) => accepted,
        Err(errors) => {
            // Still worth answering only while the link works.
            return match state.store.feedback_open(&digest(&token), today).await {
                Ok(true) => {
                    let view = FeedbackView::Open { action: here.clone(), values: posted, errors };
                    render(&state, &here, nonce, view, StatusCode::UNPROCESSABLE_ENTITY).await
                }
                Ok(false) => render(&state, &here, nonce, FeedbackView::Gone, StatusCode::GONE).await,
                Err(e) => server_error(e),
            };
        }
    };
    let Some(answers) = FeedbackAnswers::from_values(&accepted) else {
        return render(&state, &here, nonce, FeedbackView::Gone, StatusCode::GONE).await;
    };
    match state.store.submit_feedback(&digest(&token), lang.code(), &answers, today).await {
        Ok(true) => see_other(&feedback_path(lang, THANKS)),
        Ok(false) => render(&state, &here, nonce, FeedbackView::Gone, StatusCode::GONE).await,
        Err(e) => server_error(e),
    }
}

#[cfg(test)]
mod tests {
    use super::plausible;

    #[test]
    fn only_tokens_of_the_right_shape_reach_the_store() {
        let (token, _) = crate::staff::auth::new_token();
        assert!(plausible(&token));
        assert!(!plausible("thanks"));
        assert!(!plausible(&format!("{}'", &token[..42])));
        assert!(!plausible(&"é".repeat(43)));
    }
}
