# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = Lambarkaaga tixraaca { $reference }
mail-ack-greeting = Salaan,
mail-ack-received = Mahadsanid, waan helnay fariintaada. Lambarkaaga tixraacu waa { $reference }.
mail-ack-next = Qof kooxdayada ka mid ah ayaa kula soo xiriiri doona ugu dambayn { $date }, habka aad naga codsatay.
mail-ack-keep = Fadlan hay lambarkan tixraaca. Waad sheegi kartaa haddii aad nala soo xiriirto.
mail-ack-not-expected = Haddii aadan filayn iimaylkan, waad iska indha tiri kartaa.
mail-ack-sign-off = Kooxda ballamaha
