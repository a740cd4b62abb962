# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = 您的编号 { $reference }
mail-ack-greeting = 您好：
mail-ack-received = 谢谢，我们已经收到您的信息。您的编号是 { $reference }。
mail-ack-next = 我们团队会有人在 { $date } 之前，按照您要求的方式与您联系。
mail-ack-keep = 请保留这个编号。您联系我们时可以提供这个编号。
mail-ack-not-expected = 如果您没有在等这封邮件，可以不用理会。
mail-ack-sign-off = 预约团队
