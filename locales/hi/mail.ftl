# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = आपका रेफ़रेंस नंबर { $reference }
mail-ack-greeting = नमस्ते,
mail-ack-received = धन्यवाद, हमें आपका संदेश मिल गया है। आपका रेफ़रेंस नंबर { $reference } है।
mail-ack-next = हमारी टीम का कोई सदस्य { $date } तक आपसे संपर्क करेगा, उसी तरीक़े से जो आपने हमें बताया था।
mail-ack-keep = कृपया यह रेफ़रेंस नंबर सँभालकर रखें। जब आप हमसे संपर्क करें, तो आप यह नंबर बता सकते हैं।
mail-ack-not-expected = अगर आपको इस ईमेल की उम्मीद नहीं थी, तो इस पर ध्यान देने की ज़रूरत नहीं है।
mail-ack-sign-off = अपॉइंटमेंट टीम
