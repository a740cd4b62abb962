# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $reference }
mail-ack-greeting = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਜੀ,
mail-ack-received = ਧੰਨਵਾਦ, ਸਾਨੂੰ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਮਿਲ ਗਿਆ ਹੈ। ਤੁਹਾਡਾ ਹਵਾਲਾ ਨੰਬਰ { $reference } ਹੈ।
mail-ack-next = ਸਾਡੀ ਟੀਮ ਦਾ ਕੋਈ ਮੈਂਬਰ { $date } ਤੱਕ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੇਗਾ, ਉਸੇ ਤਰੀਕੇ ਨਾਲ ਜੋ ਤੁਸੀਂ ਸਾਨੂੰ ਦੱਸਿਆ ਸੀ।
mail-ack-keep = ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਹਵਾਲਾ ਨੰਬਰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ। ਜਦੋਂ ਤੁਸੀਂ ਸਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ, ਤਾਂ ਤੁਸੀਂ ਇਹ ਨੰਬਰ ਦੱਸ ਸਕਦੇ ਹੋ।
mail-ack-not-expected = ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਈਮੇਲ ਦੀ ਉਮੀਦ ਨਹੀਂ ਸੀ, ਤਾਂ ਇਸ ਵੱਲ ਧਿਆਨ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।
mail-ack-sign-off = ਅਪੌਇੰਟਮੈਂਟ ਟੀਮ
