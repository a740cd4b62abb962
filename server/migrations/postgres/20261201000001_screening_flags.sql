-- Screening by the specification (000 5.10): "possibly-complex" (which counted years since the
-- offence) becomes "complex" (harm that lasted over three years, many people, vulnerable
-- participants, continuing harm, several agencies). Existing cases keep their flag under the
-- new code, so nothing that was kept for attention loses it.
UPDATE requests
SET flags = trim(replace(' ' || flags || ' ', ' possibly-complex ', ' complex '))
WHERE ' ' || flags || ' ' LIKE '% possibly-complex %';
