# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = Numărul dumneavoastră de referință: { $reference }
mail-ack-greeting = Bună ziua,
mail-ack-received = Vă mulțumim, am primit mesajul dumneavoastră. Numărul de referință este { $reference }.
mail-ack-next = Cineva din echipa noastră vă va contacta până la { $date }, în modul pe care l-ați cerut.
mail-ack-keep = Vă rugăm să păstrați acest număr de referință. Îl puteți menționa dacă ne contactați.
mail-ack-not-expected = Dacă nu vă așteptați la acest e-mail, îl puteți ignora.
mail-ack-sign-off = Echipa de programări
