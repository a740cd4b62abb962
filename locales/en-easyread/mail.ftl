# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = Your reference number { $reference }
# same-as-en: already easy read
mail-ack-greeting = Hello,
mail-ack-received = Thank you. We got your message. Your reference number is { $reference }.
mail-ack-next = Someone from our team will contact you by { $date }. We will contact you in the way you asked.
mail-ack-keep = Please keep this reference number. Tell us the number if you contact us.
mail-ack-not-expected = Did you not expect this email? Then you do not need to do anything.
# same-as-en: already easy read (the team's name, neutral on purpose)
mail-ack-sign-off = The appointments team
