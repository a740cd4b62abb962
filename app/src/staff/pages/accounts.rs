//! Signing in, enrolling and the account page.

use super::*;

// ---- Sign-in and enrolment ----------------------------------------------------------------

#[component]
pub(super) fn SignIn(email: String, error: Option<String>, next: String) -> impl IntoView {
    let errors: FieldErrors = error.clone().map(|e| vec![("email".to_owned(), e)]).unwrap_or_default();
    // Where to go afterwards travels with the form, not in a session (checked again on return).
    let next = (!next.is_empty()).then(|| view! { <input type="hidden" name="next" value=next /> });
    view! {
        <h1>"Sign in"</h1>
        <Errors errors />
        <form method="post" action=SIGN_IN class="narrow-form" novalidate>
            <CsrfField />
            {next}
            <Field id="email" label="E-mail address" kind="email" value=email autocomplete="username" />
            <Field id="password" label="Password" kind="password" autocomplete="current-password" />
            <Field
                id="code"
                label="Code from your authenticator app"
                hint="6 digits. If you have lost your phone, use one of your recovery codes instead."
                autocomplete="one-time-code"
                inputmode="numeric"
                class="input input-medium"
            />
            <button type="submit" class="button">"Sign in"</button>
        </form>
    }
}

#[component]
pub(super) fn Enrol(
    token: String,
    name: String,
    email: String,
    secret: String,
    qr_svg: String,
    errors: FieldErrors,
) -> impl IntoView {
    let action = format!("/staff/enrol/{token}");
    view! {
        <h1>"Set up your account"</h1>
        <Errors errors=errors.clone() />
        <p>"Hello " {name} ". You will sign in as " <strong>{email}</strong> "."</p>
        <h2>"1. Add the service to your authenticator app"</h2>
        <p>
            "Scan this code with an authenticator app on your work phone, or type in the key below it."
        </p>
        <div class="qr totp-qr" role="img" aria-label="QR code for your authenticator app" inner_html=qr_svg></div>
        <p>
            "Key: " <code class="secret" translate="no">{secret.clone()}</code>
        </p>
        <h2>"2. Choose a password and confirm"</h2>
        <form method="post" action=action class="narrow-form" novalidate>
            <CsrfField />
            <Field
                id="password"
                label="Password"
                hint="At least 12 characters. A few unrelated words make a strong password you can remember. Pasting from a password manager is fine."
                kind="password"
                autocomplete="new-password"
                error=error_for(&errors, "password")
            />
            <Field
                id="confirm"
                label="Password again"
                kind="password"
                autocomplete="new-password"
                error=error_for(&errors, "confirm")
            />
            <Field
                id="code"
                label="Code from your authenticator app"
                hint="6 digits, to show the app is set up."
                autocomplete="one-time-code"
                inputmode="numeric"
                class="input input-medium"
                error=error_for(&errors, "code")
            />
            <button type="submit" class="button">"Finish setting up"</button>
        </form>
    }
}

#[component]
pub(super) fn Enrolled(codes: Vec<String>) -> impl IntoView {
    view! {
        <h1>"Your recovery codes"</h1>
        <p>
            "Your account is ready. If you lose your phone, each of these codes signs you in once instead of the code from the app. Keep them somewhere safe, away from your phone. They will not be shown again."
        </p>
        <ul class="recovery-codes" translate="no">
            {codes.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}
        </ul>
        <p><a class="button" href=SIGN_IN>"Sign in"</a></p>
    }
}


#[component]
pub(super) fn Account(staff: Option<Staff>, note: String) -> impl IntoView {
    let staff = staff.expect("the account page is for someone signed in");
    view! {
        <h1>"Your account"</h1>
        <dl class="case-facts">
            <div><dt>"Name"</dt><dd>{staff.name.clone()}</dd></div>
            <div><dt>"E-mail"</dt><dd>{staff.email.clone()}</dd></div>
            <div><dt>"Role"</dt><dd>{staff.role.label()}</dd></div>
            <div><dt>"Sensitive cases"</dt><dd>{if staff.specialist { "Yes, specialist" } else { "No" }}</dd></div>
        </dl>
        <h2>"Sign out everywhere"</h2>
        <p>{note}</p>
        <form method="post" action="/staff/sign-out-everywhere">
            <CsrfField />
            <button type="submit" class="button button-warning">"Sign out on every device"</button>
        </form>
    }
}

