//! Form pieces the public journeys and the staff area share, so a form's problems look and
//! behave the same everywhere (GOV.UK's error summary: focused on load, each problem a link to
//! its field). Each caller supplies its words: the journeys from Fluent in the person's
//! language, the staff area in English.

use leptos::prelude::*;

/// The list of a form's problems, titled, each linking to the field (`#id`) it is about.
/// Nothing at all when there are none.
#[component]
pub fn ErrorList(title: String, problems: Vec<(String, String)>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="error-summary" tabindex="-1" autofocus aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{title}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|(id, text)| view! { <li><a href=format!("#{id}")>{text}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
