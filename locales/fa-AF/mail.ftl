# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = شماره پیگیری شما { $reference }
mail-ack-greeting = سلام،
mail-ack-received = تشکر، پیام شما به دست ما رسید. شماره پیگیری شما { $reference } است.
mail-ack-next = یکی از اعضای تیم ما تا { $date } از همان راهی که خواسته بودید، با شما تماس می‌گیرد.
mail-ack-keep = لطفاً این شماره پیگیری را نگه دارید. اگر با ما تماس گرفتید، می‌توانید آن را به ما بگویید.
mail-ack-not-expected = اگر منتظر این ایمیل نبودید، می‌توانید به آن توجه نکنید.
mail-ack-sign-off = تیم تعیین وقت ملاقات
