-- How the public forms are doing, as counts only: no cookie, no session, nothing that
-- identifies anyone. Each row is a month, a language, a journey, what happened (started, a page
-- answered, a question's error, sent, minutes taken to send), which page or question, and
-- whether the browser ran the site's script.
CREATE TABLE form_counts (
    month   DATE NOT NULL,
    lang    TEXT NOT NULL,
    journey TEXT NOT NULL,
    event   TEXT NOT NULL,
    item    TEXT NOT NULL,
    js      INTEGER NOT NULL,
    count   BIGINT NOT NULL,
    PRIMARY KEY (month, lang, journey, event, item, js)
);
