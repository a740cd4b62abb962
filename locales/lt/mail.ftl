# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = Jūsų registracijos numeris { $reference }
mail-ack-greeting = Laba diena,
mail-ack-received = Ačiū, gavome jūsų žinutę. Jūsų registracijos numeris yra { $reference }.
mail-ack-next = Kas nors iš mūsų komandos susisieks su jumis iki { $date }, taip, kaip prašėte.
mail-ack-keep = Prašome išsaugoti šį numerį. Galite jį nurodyti, kai kreipsitės į mus.
mail-ack-not-expected = Jei šio laiško nelaukėte, galite į jį nekreipti dėmesio.
mail-ack-sign-off = Susitikimų derinimo komanda
