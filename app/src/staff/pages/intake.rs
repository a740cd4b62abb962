//! The new-referral page (staff intake).

use super::*;

// ---- New referral (staff intake) ---------------------------------------------------------

pub const NEW_REFERRAL: &str = "/staff/new";

/// One page for a referral that came by phone, e-mail, letter, in person or on a partner's
/// form: how it came and who referred, then the public referral's own questions in the third
/// person, in the order the journey asks them. Works without JavaScript.
#[component]
pub(super) fn Intake(page: IntakePage) -> impl IntoView {
    // The journey's questions take their words from English.
    provide_context(Lang::En);
    let values = page.values.clone();
    let own = page.errors.own.clone();
    let mut summary = own.clone();
    summary.extend(
        page.errors
            .questions
            .iter()
            .map(|e| (format!("f-{}", e.field), crate::journey::view::error_text(Lang::En, e))),
    );
    let value = |name: &str| values.get(name).and_then(|v| v.first()).cloned().unwrap_or_default();
    let chosen_lang = Some(value("lang")).filter(|l| !l.is_empty()).unwrap_or_else(|| "en".to_owned());
    let langs = language_options();
    // The organisations in the website's own words ("Where do you work?"), after the person.
    let sources: Vec<(String, String)> = [(String::new(), "Choose who".to_owned()), (SELF.to_owned(), "The person themselves".to_owned())]
        .into_iter()
        .chain(crate::referral::ORGANISATIONS.iter().map(|c| ((*c).to_owned(), t(Lang::En, &format!("q-organisation-type-{c}")))))
        .collect();
    let sections = SECTIONS
        .iter()
        .map(|(slug, heading)| {
            let fields = section_questions(slug)
                .iter()
                .map(|q| {
                    let error = page.errors.questions.iter().find(|e| e.field == q.name).cloned();
                    view! {
                        <crate::journey::view::Field question=*q values=values.clone() error single=false voice=crate::journey::Voice::Them />
                    }
                })
                .collect_view();
            view! {
                <section class="intake-section" aria-labelledby=format!("s-{slug}")>
                    <h2 id=format!("s-{slug}")>{*heading}</h2>
                    {fields}
                </section>
            }
        })
        .collect_view();
    view! {
        <p><a href=QUEUE class="back-link">"Back to the queue"</a></p>
        <h1>"New referral"</h1>
        <Errors errors=summary />
        <p>"For a referral that reached us by phone, e-mail, letter, in person or on a partner's form. Ask only what the person or referrer is ready to tell you; only the questions marked by an error need an answer. Saving screens it by the same rules as the website and puts it in the queue."</p>
        <form method="post" action=NEW_REFERRAL novalidate class="intake">
            <CsrfField />
            <input type="hidden" name="submission-key" value=page.submission_key.clone() />
            {page.from_call_back.clone().map(|r| view! {
                <input type="hidden" name="from" value=r.clone() />
                <p>"From call back " <a href=case_path(&r)>{r.clone()}</a> ": the two are linked."</p>
            })}
            <section class="intake-section" aria-labelledby="s-source">
                <h2 id="s-source">"How it came to us"</h2>
                <Select id="channel".into() label="How it reached us" options=options(&CHANNELS, Some("Choose how")) selected=value("channel") error=error_for(&own, "channel") />
                <Select id="organisation-type".into() label="Who referred" options=sources selected=value("organisation-type") error=error_for(&own, "organisation-type") />
                <Select id="lang".into() label="Language for letters and e-mails to the person" options=langs selected=chosen_lang error=error_for(&own, "lang") />
            </section>
            <section class="intake-section" aria-labelledby="s-referrer">
                <h2 id="s-referrer">"The referrer (not for self-referrals)"</h2>
                <Field id="organisation-name" label="Organisation (optional)" value=value("organisation-name") autocomplete="off" error=error_for(&own, "organisation-name") />
                <Field id="referrer-name" label="Referrer's name" value=value("referrer-name") autocomplete="off" error=error_for(&own, "referrer-name") />
                <Field id="referrer-phone" label="Referrer's phone number" hint="A phone number or an e-mail address, so we can tell them how it is going (never the details)." kind="tel" value=value("referrer-phone") autocomplete="off" error=error_for(&own, "referrer-phone") />
                <Field id="referrer-email" label="Referrer's e-mail address" kind="email" value=value("referrer-email") autocomplete="off" error=error_for(&own, "referrer-email") />
                <Select id="agreed".into() label="Has the person agreed to this referral?" options=options(&AGREEMENT, Some("Choose")) selected=value("agreed") error=error_for(&own, "agreed") />
            </section>
            {sections}
            <button type="submit" class="button">"Save referral"</button>
        </form>
    }
}

