# Potwierdzenie wysyłane e-mailem osobie, która wybrała kontakt e-mailowy i uznała go za
# bezpieczny. Może je zobaczyć ktoś inny: nigdy nie mówi, czym zajmuje się służba ani co się stało.
mail-ack-subject = Twój numer referencyjny { $reference }
mail-ack-greeting = Dzień dobry,
mail-ack-received = Dziękujemy, otrzymaliśmy Twoją wiadomość. Twój numer referencyjny to { $reference }.
mail-ack-next = Ktoś z naszego zespołu skontaktuje się z Tobą do { $date }, w sposób, o który prosisz.
mail-ack-keep = Zachowaj ten numer. Możesz go podać, gdy będziesz się z nami kontaktować.
mail-ack-not-expected = Jeśli nie spodziewasz się tego e-maila, możesz go zignorować.
mail-ack-sign-off = Zespół ds. umawiania spotkań
