# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = Ваш реєстраційний номер { $reference }
mail-ack-greeting = Доброго дня!
mail-ack-received = Дякуємо, ми отримали Ваше повідомлення. Ваш реєстраційний номер: { $reference }.
mail-ack-next = Хтось із нашої команди зв'яжеться з Вами до { $date } у спосіб, про який Ви просили.
mail-ack-keep = Будь ласка, збережіть цей номер. Ви можете назвати його, коли звертатиметеся до нас.
mail-ack-not-expected = Якщо Ви не очікували цього листа, можете не звертати на нього уваги.
mail-ack-sign-off = Команда із запису на зустрічі
