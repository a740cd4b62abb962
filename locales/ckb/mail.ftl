# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = ژمارەی ئاماژەکەتان: { $reference }
mail-ack-greeting = سڵاو،
mail-ack-received = سوپاس، نامەکەتان گەیشت. ژمارەی ئاماژەکەتان ئەمەیە: { $reference }.
mail-ack-next = یەکێک لە تیمەکەمان تا { $date } پەیوەندیتان پێوە دەکات، بەو شێوەیەی داواتان کردبوو.
mail-ack-keep = تکایە ئەم ژمارەی ئاماژەیە بپارێزن. ئەگەر پەیوەندیتان پێوە کردین، دەتوانن ئەم ژمارەیە بڵێن.
mail-ack-not-expected = ئەگەر چاوەڕێی ئەم ئیمەیڵەتان نەدەکرد، دەتوانن پشتگوێی بخەن.
mail-ack-sign-off = تیمی کاتی دیدارەکان
