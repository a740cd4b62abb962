# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = A sua referência { $reference }
mail-ack-greeting = Olá,
mail-ack-received = Obrigado, recebemos a sua mensagem. A sua referência é { $reference }.
mail-ack-next = Alguém da nossa equipa vai entrar em contacto até { $date }, da forma que nos pediu.
mail-ack-keep = Guarde esta referência. Pode indicá-la se nos contactar.
mail-ack-not-expected = Se não estava à espera deste e-mail, pode ignorá-lo.
mail-ack-sign-off = A equipa de marcações
