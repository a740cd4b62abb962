# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = መወከሲ ቑጽሪኹም { $reference }
mail-ack-greeting = ሰላም፣
mail-ack-received = የቐንየልና፣ መልእኽትኹም በጺሑና ኣሎ። መወከሲ ቑጽሪኹም { $reference } እዩ።
mail-ack-next = ካብ ጉጅልና ሓደ ሰብ ክሳብ { $date } ብዝሓተትኩምዎ መገዲ ክረኽበኩም እዩ።
mail-ack-keep = በጃኹም ነዚ መወከሲ ቑጽሪ ዓቕብዎ። ምሳና ክትራኸቡ ከለኹም ክትጠቕስዎ ትኽእሉ ኢኹም።
mail-ack-not-expected = ነዚ ኢመይል እንተ ዘይተጸቢኹምዎ፣ ሸለል ክትብልዎ ትኽእሉ ኢኹም።
mail-ack-sign-off = ጉጅለ ቆጸራታት
