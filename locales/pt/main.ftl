## Shared by every page

language-name = Português
language-switcher-label = Escolha uma língua
skip-to-content = Passar para o conteúdo principal
quick-exit = Sair deste site
quick-exit-keyboard = Sair deste site agora
quick-exit-hint = Ou pressione 3 vezes a tecla Shift
contact-phone-label = Telefone grátis:
contact-email-label = E-mail:
footer-nav-label = Sobre este site
footer-privacy = Privacidade
footer-accessibility = Acessibilidade
# same-as-en: "cookies" is the usual Portuguese word
footer-cookies = Cookies
footer-complaints = Reclamações
footer-contact = Contacte-nos
footer-promise = Grátis, confidencial e a decisão é sua.

## Home page

home-title = Justiça restaurativa: ajuda depois de um crime
promise-free = É grátis.
promise-confidential = É confidencial. Guardamos em segurança o que nos conta.
promise-choice = A decisão é sua. Pode parar quando quiser.
home-contact-heading = Fale connosco
home-contact-text = Ligue-nos ou envie-nos um e-mail. Podemos arranjar-lhe um intérprete.
home-danger-heading = Se está em perigo agora
home-danger-text = Ligue para o 999. Se não conseguir falar, ligue para o 999 de um telemóvel e, quando ouvir uma voz, marque 55.

## Not found

not-found-title = Página não encontrada
not-found-text = Não encontramos essa página. O endereço pode estar errado ou a página pode ter mudado de lugar.
not-found-home-link = Ir para a página inicial, em inglês

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = Língua
languages-title = Línguas
languages-intro = Pode ler este site nestas línguas. O nome de cada língua aparece na sua própria escrita e em inglês. A página onde estava fica aberta na língua que escolher.
languages-interpreter = Se a sua língua não estiver aqui, ligue-nos grátis para o { $phone }. Diga-nos o nome da sua língua e nós voltamos a ligar-lhe com um intérprete.
footer-languages = Línguas
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = Esta tradução ainda não foi revista por um tradutor qualificado. Se alguma coisa não for clara, ligue-nos grátis para o { $phone } e arranjamos-lhe um intérprete.
