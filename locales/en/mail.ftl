# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = Your reference { $reference }
mail-ack-greeting = Hello,
mail-ack-received = Thank you, we have received your message. Your reference is { $reference }.
mail-ack-next = Someone from our team will get in touch by { $date }, in the way you asked us to.
mail-ack-keep = Please keep this reference. You can quote it if you contact us.
mail-ack-not-expected = If you were not expecting this e-mail, you can ignore it.
mail-ack-sign-off = The appointments team
