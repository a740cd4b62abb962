# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = আপনার রেফারেন্স নম্বর { $reference }
mail-ack-greeting = হ্যালো,
mail-ack-received = ধন্যবাদ, আমরা আপনার বার্তা পেয়েছি। আপনার রেফারেন্স নম্বর { $reference }।
mail-ack-next = আপনি যেভাবে বলেছেন, সেভাবেই আমাদের দলের কেউ { $date } তারিখের মধ্যে আপনার সাথে যোগাযোগ করবেন।
mail-ack-keep = দয়া করে এই রেফারেন্স নম্বরটি রেখে দিন। আমাদের সাথে যোগাযোগ করলে এটি বলতে পারেন।
mail-ack-not-expected = আপনি এই ইমেইলটি আশা না করে থাকলে, এটি উপেক্ষা করতে পারেন।
mail-ack-sign-off = অ্যাপয়েন্টমেন্ট দল
