# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = ستاسو د تعقیب شمېره { $reference }
mail-ack-greeting = سلام،
mail-ack-received = مننه، ستاسو پیغام موږ ته رسېدلی دی. ستاسو د تعقیب شمېره { $reference } ده.
mail-ack-next = زموږ د ټیم یو غړی به تر { $date } پورې په هغه لاره له تاسو سره اړیکه ونیسي چې تاسو غوښتې وه.
mail-ack-keep = مهرباني وکړئ دا د تعقیب شمېره وساتئ. که له موږ سره اړیکه ونیسئ، کولای شئ یې ووایئ.
mail-ack-not-expected = که تاسو د دې ایمیل تمه نه درلوده، کولای شئ پام ورته ونه کړئ.
mail-ack-sign-off = د وخت ټاکلو ټیم
