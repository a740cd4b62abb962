# The acknowledgement e-mailed to a person who asked to be contacted by e-mail and said e-mail
# is safe. Someone else may see it: it never says what the service is for or what happened.
mail-ack-subject = તમારો રેફરન્સ નંબર { $reference }
mail-ack-greeting = હેલો,
mail-ack-received = આભાર, અમને તમારો સંદેશ મળ્યો છે. તમારો રેફરન્સ નંબર { $reference } છે.
mail-ack-next = તમે કહ્યું હતું તે રીતે, અમારી ટીમમાંથી કોઈ { $date } સુધીમાં તમારો સંપર્ક કરશે.
mail-ack-keep = કૃપા કરીને આ રેફરન્સ નંબર સાચવી રાખો. તમે અમારો સંપર્ક કરો ત્યારે તે જણાવી શકો છો.
mail-ack-not-expected = જો તમને આ ઇમેઇલની અપેક્ષા ન હોય, તો તમે તેને અવગણી શકો છો.
mail-ack-sign-off = એપોઇન્ટમેન્ટ ટીમ
