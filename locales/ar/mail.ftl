# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = رقمك المرجعي { $reference }
mail-ack-greeting = مرحبًا،
mail-ack-received = شكرًا لك، لقد وصلتنا رسالتك. رقمك المرجعي هو { $reference }.
mail-ack-next = سيتواصل معك أحد أعضاء فريقنا في موعد أقصاه { $date }، بالطريقة التي طلبتها.
mail-ack-keep = يُرجى الاحتفاظ بهذا الرقم المرجعي. يمكنك ذكره إذا تواصلت معنا.
mail-ack-not-expected = إذا لم تكن هذه الرسالة متوقعة، فيمكنك تجاهلها.
mail-ack-sign-off = فريق المواعيد
