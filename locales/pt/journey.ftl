## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = Começar agora
button-continue = Continuar
button-send = Enviar
button-carry-on = Seguir em frente
button-skip = Saltar estas perguntas
link-back = Voltar
select-choose = Escolha um mês
spam-trap-label = Deixe esta caixa em branco
offer-call-back = Em vez disso, pode pedir que lhe liguemos
check-change = Alterar
check-not-answered = Sem resposta
consent-privacy-link = Leia como usamos a sua informação (aviso de privacidade)
textarea-count =
    Já usou { $used } de { $max ->
        [one] { $max } carácter
        [many] { $max } de caracteres
       *[other] { $max } caracteres
    }.

## Errors

error-summary-title = Há um problema
error-prefix = Erro:
error-title-prefix = Erro:
error-choose-from-list = Escolha uma das respostas da lista
error-too-long =
    Use { $count ->
        [one] { $count } carácter
        [many] { $count } de caracteres
       *[other] { $count } caracteres
    } ou menos
error-phone = Escreva um número de telefone como 07700 900 982 ou +48 601 234 567
error-email = Escreva um endereço de e-mail como name@example.com
error-postcode = Escreva um código postal como B1 1BB
error-year = Escreva o ano com 4 algarismos, como 2024
error-years = Escreva um número de anos, como 3
error-crime-reference = Escreva a referência do crime só com letras, números, / e -
error-reference = Escreva a sua referência, como RJ-HK4M-7TWX
error-date-future = Escreva uma data que já tenha passado
error-too-fast = Verifique as suas respostas e depois envie-as outra vez

## Start pages

start-referral-title = Pedir justiça restaurativa
start-referral-body =
    Vamos fazer-lhe algumas perguntas sobre si e sobre o que aconteceu. Demora cerca de 15 minutos.

    É grátis. É confidencial. Nada acontece se não quiser, e pode parar quando quiser.

    Pode saltar tudo o que não quiser contar-nos agora. Depois, alguém da nossa equipa entra em contacto da forma que escolher.
start-call-back-title = Peça que lhe liguemos
start-call-back-body =
    Dê-nos um número de telefone e uma boa altura para ligarmos. Demora cerca de 3 minutos.

    Vamos ligar-lhe para responder às suas perguntas. Não precisa de decidir nada ao telefone.
start-withdrawal-title = Cancelar o seu pedido
start-withdrawal-body =
    Pode parar quando quiser, por qualquer razão. Não precisa de nos dizer porquê.

    Vai precisar do número de referência que lhe demos.
start-kept-for =
    Guardamos as suas respostas no nosso servidor durante um máximo de { $hours ->
        [one] { $hours } hora
        [many] { $hours } de horas
       *[other] { $hours } horas
    }, enquanto preenche o formulário. São apagadas quando as enviar ou quando usar o botão «{ quick-exit }».

## Referral: who it is for

q-for-whom = Para quem é este pedido?
q-for-whom-me = Para mim
q-for-whom-someone-else = Para outra pessoa, que concorda com o pedido
q-for-whom-error = Escolha para quem é o pedido

step-referral-on-behalf = Sobre si
q-relationship = Que relação tem com a pessoa?
q-relationship-family = Sou da família
q-relationship-friend = Somos amigos
q-relationship-supporter = Dou-lhe apoio (por exemplo, cuido dela ou represento-a)
q-relationship-professional = Trabalho com ela na minha profissão
q-relationship-error = Escolha que relação tem com a pessoa
q-organisation-type = Onde trabalha?
q-organisation-type-police = Polícia
q-organisation-type-probation = Serviços de reinserção social (Probation)
q-organisation-type-victim-care = Apoio à vítima
q-organisation-type-yot = Youth offending team (equipa para jovens que infringiram a lei)
q-organisation-type-prison = Prisão
q-organisation-type-csp = Parceria de segurança comunitária (community safety partnership)
q-organisation-type-health = Serviço de saúde, como um médico de família ou hospital
q-organisation-type-school = Escola ou faculdade
q-organisation-type-other = Noutro lugar
q-organisation-type-error = Escolha onde trabalha
q-organisation-name = Nome da sua organização (opcional)

step-referral-your-details = Os seus dados
q-referrer-name = O seu nome
q-referrer-name-error = Escreva o seu nome
q-referrer-phone = O seu número de telefone
q-referrer-phone-error = Escreva o seu número de telefone
q-referrer-email = O seu endereço de e-mail (opcional)

q-agreed = A pessoa concorda com este pedido?
q-agreed-hint = Só podemos ajudar quem quer a nossa ajuda. Se trabalha na polícia e ainda não perguntou à pessoa, podemos ser nós a perguntar-lhe.
q-agreed-yes = Sim, concorda
q-agreed-not-asked = Ainda não lhe perguntei
q-agreed-no = Não, não concorda
q-agreed-error = Escolha se a pessoa concorda

step-referral-need-agreement = Primeiro, a pessoa tem de concordar
step-referral-need-agreement-body =
    A justiça restaurativa só funciona quando as pessoas a escolhem. Por isso, só podemos aceitar um pedido quando a pessoa sabe dele e concorda.

    Pode falar-lhe deste site, ou dar-lhe o nosso número de telefone. A pessoa pode contactar-nos diretamente, ou dizer-lhe que concorda que envie este pedido.

    Se tem receio pela segurança dela, ligue para o 999 numa emergência, ou para o 101 se não for uma emergência.

step-referral-we-will-ask = Vamos ser nós a perguntar à pessoa
step-referral-we-will-ask-body =
    Obrigado. Ainda ninguém perguntou à pessoa, por isso vamos contactá-la primeiro e perguntar-lhe se quer a nossa ajuda. Nada mais acontece se ela não disser que sim.

    Continue e diga-nos o que sabe. Pode deixar de fora tudo aquilo de que não tem a certeza.

## Referral: what happened

q-connection = Qual é a sua ligação ao que aconteceu?
q-connection-harmed = Fizeram-me mal
q-connection-family-harmed = Fizeram mal a alguém da minha família
q-connection-bereaved = Alguém da minha família morreu por causa de um crime
q-connection-caused-harm = Eu causei mal a alguém
q-connection-other-affected = Afetou-me de outra forma
q-connection-error = Escolha qual é a sua ligação
q-connection-them = Qual é a ligação da pessoa ao que aconteceu?
q-connection-them-harmed = Fizeram mal à pessoa
q-connection-them-family-harmed = Fizeram mal a alguém da família da pessoa
q-connection-them-bereaved = Alguém da família da pessoa morreu por causa de um crime
q-connection-them-caused-harm = A pessoa causou mal a alguém
q-connection-them-other-affected = Afetou a pessoa de outra forma
q-connection-them-error = Escolha qual é a ligação da pessoa

step-referral-what-happened = O que aconteceu
q-crime-type = Que tipo de crime foi?
q-crime-type-hint = Escolha a opção mais próxima. Não precisa de dar pormenores.
q-crime-type-violence = Violência ou agressão
q-crime-type-sexual = Um crime sexual
q-crime-type-domestic-abuse = Violência doméstica
q-crime-type-hate-crime = Um crime de ódio
q-crime-type-burglary = Assalto a casa ou a outro edifício
q-crime-type-robbery = Roubo (com violência ou ameaça)
q-crime-type-theft = Furto (sem violência)
q-crime-type-criminal-damage = Estragos em bens ou propriedade
q-crime-type-fraud-online = Fraude ou crime na internet
q-crime-type-harassment = Assédio ou perseguição
q-crime-type-driving = Um crime ao volante
q-crime-type-asb = Comportamento antissocial, como barulho ou incómodo
q-crime-type-not-crime = Mal que não foi crime, por exemplo na escola ou no trabalho
q-crime-type-other = Outra coisa
q-crime-type-prefer-not = Prefiro não dizer
q-crime-type-error = Escolha o tipo de crime, ou «Prefiro não dizer»
q-markers = Alguma destas situações se aplica? (opcional)
q-markers-hate = Foi por causa de quem eu sou, como a minha raça, religião, deficiência, orientação sexual ou género
q-markers-online = Aconteceu na internet
q-markers-domestic = Foi feito por um companheiro ou companheira, por um ex-companheiro ou ex-companheira, ou por alguém da família

step-referral-not-a-crime = Ajudamos depois de um crime
step-referral-not-a-crime-body =
    O nosso serviço é para o mal causado por um crime. Se o mal aconteceu na escola, no trabalho ou em casa e não foi um crime, a escola, a entidade patronal ou um serviço local de mediação podem ajudar.

    Pode enviar-nos os seus dados na mesma. Vamos lê-los e dizer-lhe quem pode ajudar.

step-referral-anti-social-behaviour = Ajuda com comportamento antissocial
step-referral-anti-social-behaviour-body =
    O comportamento antissocial, como o barulho ou o incómodo causado por vizinhos, normalmente não é crime. A câmara municipal ou a entidade que gere a sua casa têm muitas vezes um serviço de mediação grátis para estes casos.

    Pode enviar-nos os seus dados na mesma. Vamos lê-los e dizer-lhe quem pode ajudar.

step-referral-when = Quando aconteceu
q-when = Quando é que aconteceu?
q-when-date = Sei o mês e o ano
q-when-years-ago = Sei mais ou menos há quantos anos
q-when-not-sure = Não tenho a certeza
q-when-error = Escolha quando aconteceu
q-when-month = Mês
q-when-month-error = Escolha o mês
q-when-year = Ano
q-when-year-hint = Por exemplo, 2024
q-when-year-error = Escreva o ano
q-when-years = Há quantos anos?
q-when-years-error = Escreva há quantos anos
q-how-long = Quanto tempo durou? (opcional)
q-how-long-hint = Às vezes, o mal acontece uma só vez. Outras vezes, dura muito tempo.
q-how-long-once = Aconteceu uma vez, ou durante alguns dias
q-how-long-up-to-3-years = Durou até 3 anos
q-how-long-more-than-3-years = Durou mais de 3 anos
q-how-long-not-sure = Não tenho a certeza
q-ongoing = Ainda está a acontecer, ou tem receio de que volte a acontecer? (opcional)
q-ongoing-yes = Sim
q-ongoing-no = Não
q-ongoing-not-sure = Não tenho a certeza

step-referral-police = A polícia e os tribunais
q-reported = O crime foi comunicado à polícia?
q-reported-hint = Não precisa de ter contado à polícia para pedir a nossa ajuda.
q-reported-yes = Sim
q-reported-no = Não
q-reported-not-sure = Não tenho a certeza
q-reported-error = Escolha sim, não ou não tenho a certeza
q-crime-reference = Número de referência do crime, dado pela polícia (opcional)
q-crime-reference-hint = Só se o tiver à mão.
q-stage = Em que ponto está agora?
q-stage-not-reported = Não foi comunicado à polícia
q-stage-investigating = A polícia está a investigar
q-stage-awaiting-court = Está à espera de ir a tribunal
q-stage-prison = Alguém foi condenado a prisão
q-stage-community = Alguém foi condenado a uma pena cumprida na comunidade, sem prisão
q-stage-finished = Já terminou tudo
q-stage-no-further-action = A polícia decidiu não fazer mais nada
q-stage-dont-know = Não sei
q-stage-error = Escolha em que ponto está agora
q-agencies = Além da polícia, há outros serviços envolvidos? (opcional)
q-agencies-hint = Por exemplo, os serviços sociais, um técnico de apoio, uma equipa de saúde mental ou uma escola.
q-agencies-yes = Sim
q-agencies-no = Não
q-agencies-not-sure = Não tenho a certeza

step-referral-where = Onde
q-area-happened = Onde é que aconteceu?
q-area-happened-error = Escolha onde aconteceu
q-area-lives = Onde vive?
q-area-lives-error = Escolha onde vive
q-area-lives-them = Onde vive a pessoa?
q-area-lives-them-error = Escolha onde vive a pessoa
# same-as-en: a place name
q-area-happened-birmingham = Birmingham
# same-as-en: a place name
q-area-happened-coventry = Coventry
# same-as-en: a place name
q-area-happened-dudley = Dudley
# same-as-en: a place name
q-area-happened-sandwell = Sandwell
# same-as-en: a place name
q-area-happened-solihull = Solihull
# same-as-en: a place name
q-area-happened-walsall = Walsall
# same-as-en: a place name
q-area-happened-wolverhampton = Wolverhampton
q-area-happened-elsewhere = Noutro lugar
q-area-happened-not-sure = Não tenho a certeza
# same-as-en: a place name
q-area-lives-birmingham = Birmingham
# same-as-en: a place name
q-area-lives-coventry = Coventry
# same-as-en: a place name
q-area-lives-dudley = Dudley
# same-as-en: a place name
q-area-lives-sandwell = Sandwell
# same-as-en: a place name
q-area-lives-solihull = Solihull
# same-as-en: a place name
q-area-lives-walsall = Walsall
# same-as-en: a place name
q-area-lives-wolverhampton = Wolverhampton
q-area-lives-elsewhere = Noutro lugar
q-area-lives-not-sure = Não tenho a certeza

step-referral-outside-area = Ajuda fora das West Midlands
step-referral-outside-area-body =
    Trabalhamos nas West Midlands. Há serviços de justiça restaurativa em todo o território de England e Wales, e podemos passar os seus dados ao serviço mais perto de si.

    Pode enviar-nos os seus dados na mesma. Vamos falar com o serviço certo e depois damos-lhe notícias.

step-referral-other-person = A outra pessoa
q-other-age = Que idade tem a pessoa que causou o mal?
q-other-age-hint = Se foi a pessoa que causou o mal, fale-nos da pessoa a quem fez mal.
q-other-age-under-18 = Menos de 18 anos
q-other-age-adult = 18 anos ou mais
q-other-age-dont-know = Não sei
q-other-age-error = Escolha uma idade, ou «Não sei»
q-other-age-them = Que idade tem a pessoa que causou o mal?
q-other-age-them-hint = Se foi a pessoa que está a encaminhar que causou o mal, fale-nos da pessoa a quem ela fez mal.
q-other-age-them-error = Escolha uma idade, ou «Não sei»
q-other-known = Sabe quem é?
q-other-known-yes = Sim
q-other-known-no = Não
q-other-known-not-sure = Não tenho a certeza
q-other-known-error = Escolha sim, não ou não tenho a certeza
q-how-many = Quantas pessoas causaram o mal?
q-how-many-one = Uma pessoa
q-how-many-two-or-three = 2 ou 3 pessoas
q-how-many-more-than-three = Mais de 3 pessoas
q-how-many-dont-know = Não sei
q-how-many-error = Escolha quantas pessoas
q-how-many-harmed = A quantas pessoas fizeram mal? (opcional)
q-how-many-harmed-one = Uma pessoa
q-how-many-harmed-two-or-three = 2 ou 3 pessoas
q-how-many-harmed-more-than-three = Mais de 3 pessoas
q-how-many-harmed-dont-know = Não sei
q-vulnerable = Alguma das pessoas envolvidas precisa de cuidados adicionais para participar em segurança? (opcional)
q-vulnerable-hint = Por exemplo, por causa da idade, de uma deficiência ou da saúde mental.
q-vulnerable-yes = Sim
q-vulnerable-no = Não
q-vulnerable-not-sure = Não tenho a certeza

step-referral-young-person = Quando quem causou o mal é um jovem
step-referral-young-person-body =
    Quando a pessoa que causou o mal tem menos de 18 anos, normalmente é a youth offending team local (a equipa da câmara municipal para jovens que infringiram a lei) que lidera. Vamos falar primeiro com essa equipa e garantir que recebe a ajuda certa.

    Pode enviar-nos os seus dados na mesma.

## Referral: in your own words, about you

step-referral-own-words = Pelas suas palavras (opcional)
q-story = O que aconteceu?
q-story-hint = Conte-nos só o que quiser. Pode deixar isto em branco.
q-hopes = O que gostaria que acontecesse?
q-hopes-hint = Por exemplo, fazer uma pergunta, ser ouvido ou ouvida, ou receber um pedido de desculpa.
q-hopes-them = O que gostaria a pessoa que acontecesse?
q-hopes-them-hint = Por exemplo, fazer uma pergunta, ser ouvida, ou receber um pedido de desculpa.

step-referral-about-you = Sobre si
step-referral-about-you-them = Sobre a pessoa
q-name = Como devemos chamar-lhe?
q-name-hint = Pode ser o seu primeiro nome ou um nome que prefira.
q-name-error = Escreva como devemos chamar-lhe
q-name-them = Como devemos chamar a pessoa?
q-name-them-hint = Pode ser o primeiro nome da pessoa ou um nome que ela prefira.
q-name-them-error = Escreva como devemos chamar a pessoa
q-age-band = Que idade tem?
q-age-band-under-18 = Menos de 18 anos
q-age-band-18-24 = 18 a 24 anos
q-age-band-25-34 = 25 a 34 anos
q-age-band-35-44 = 35 a 44 anos
q-age-band-45-54 = 45 a 54 anos
q-age-band-55-64 = 55 a 64 anos
q-age-band-65-plus = 65 anos ou mais
q-age-band-prefer-not = Prefiro não dizer
q-age-band-error = Escolha a sua idade, ou «Prefiro não dizer»
q-age-band-them = Que idade tem a pessoa?
q-age-band-them-error = Escolha a idade da pessoa, ou «Prefiro não dizer»

step-referral-under-18 = Se tem menos de 18 anos
step-referral-under-18-body =
    Pode participar na justiça restaurativa com qualquer idade. Não precisa da autorização dos seus pais.

    Se quiser, vamos garantir que tem um adulto consigo para lhe dar apoio, como um dos pais, a pessoa que cuida de si ou um técnico de juventude.

step-referral-under-18-them = Se a pessoa tem menos de 18 anos
step-referral-under-18-them-body =
    Qualquer pessoa pode participar na justiça restaurativa, com qualquer idade. A pessoa não precisa da autorização dos pais.

    Se a pessoa quiser, vamos garantir que tem um adulto com ela para lhe dar apoio, como um dos pais, a pessoa que cuida dela ou um técnico de juventude.

## Referral: contacting you safely

step-referral-contact = Como entrar em contacto consigo
step-referral-contact-them = Como entrar em contacto com a pessoa
q-contact-ways = Como podemos entrar em contacto consigo?
q-contact-ways-hint = Escolha todas as formas que são seguras para si.
q-contact-ways-phone = Chamada telefónica
q-contact-ways-text = Mensagem de texto (SMS)
q-contact-ways-email = E-mail
q-contact-ways-letter = Carta
q-contact-ways-error = Escolha pelo menos uma forma de entrarmos em contacto
q-contact-ways-them = Como podemos entrar em contacto com a pessoa?
q-contact-ways-them-hint = Escolha todas as formas que são seguras para a pessoa.
q-contact-ways-them-error = Escolha pelo menos uma forma de entrarmos em contacto com a pessoa
q-phone = Número de telefone
q-phone-error = Escreva um número de telefone
q-email = Endereço de e-mail
q-email-error = Escreva um endereço de e-mail
q-address = Morada
q-address-error = Escreva a sua morada
q-address-them = Morada da pessoa
q-address-them-error = Escreva a morada da pessoa
q-postcode = Código postal
q-postcode-error = Escreva o seu código postal
q-postcode-them = Código postal da pessoa
q-postcode-them-error = Escreva o código postal da pessoa

step-referral-contact-safety = Um contacto seguro
q-voicemail-ok = Podemos deixar-lhe uma mensagem de voz ou enviar-lhe um SMS em segurança?
q-voicemail-ok-hint = Nunca diremos numa mensagem qual é o assunto.
q-voicemail-ok-yes = Sim
q-voicemail-ok-no = Não
q-voicemail-ok-error = Escolha sim ou não
q-email-ok = Podemos enviar-lhe e-mails em segurança?
q-email-ok-yes = Sim
q-email-ok-no = Não
q-email-ok-error = Escolha sim ou não
q-email-ok-them = Podemos enviar e-mails à pessoa em segurança?
q-email-ok-them-error = Escolha sim ou não
q-safe-times = Quando é seguro entrarmos em contacto? (opcional)
q-safe-times-hint = Por exemplo, nos dias de semana, depois das 14h00.
q-safe-times-them = Quando é seguro entrarmos em contacto com a pessoa? (opcional)
q-safe-times-them-hint = Por exemplo, nos dias de semana, depois das 14h00.
q-caller-notes = Há alguma coisa que a pessoa que lhe ligar deva ou não deva dizer? (opcional)
q-caller-notes-hint = Por exemplo, «diga que é do centro de saúde» ou «peça para falar com Sam».

## Referral: your needs, your safety

step-referral-needs = O que precisa de nós
step-referral-needs-them = O que a pessoa precisa de nós
q-language = Que língua gostaria de usar? (opcional)
q-language-them = Que língua gostaria a pessoa de usar? (opcional)
q-interpreter = Gostaria de ter um intérprete?
q-interpreter-yes = Sim
q-interpreter-no = Não
q-interpreter-error = Escolha sim ou não
q-interpreter-them = A pessoa gostaria de ter um intérprete?
q-interpreter-them-error = Escolha sim ou não
q-bsl = Usa British Sign Language (BSL, a língua gestual britânica)?
q-bsl-yes = Sim
q-bsl-no = Não
q-bsl-error = Escolha sim ou não
q-bsl-them = A pessoa usa British Sign Language (BSL, a língua gestual britânica)?
q-bsl-them-error = Escolha sim ou não
q-access = Alguma destas coisas lhe seria útil? (opcional)
q-access-them = Alguma destas coisas seria útil à pessoa? (opcional)
q-access-large-print = Letra grande
q-access-easy-read = Leitura fácil (Easy Read)
q-access-hearing = Ajuda para ouvir
q-access-sight = Ajuda para ver
q-access-mobility = Ajuda para se deslocar
q-access-learning-disability = Apoio para uma dificuldade de aprendizagem
q-access-mental-health = Apoio para a saúde mental
q-support-person = Gostaria de ter alguém consigo para lhe dar apoio?
q-support-person-hint = Por exemplo, um amigo, um familiar ou um técnico de apoio.
q-support-person-yes = Sim
q-support-person-no = Não
q-support-person-error = Escolha sim ou não
q-support-person-them = A pessoa gostaria de ter alguém com ela para lhe dar apoio?
q-support-person-them-hint = Por exemplo, um amigo, um familiar ou um técnico de apoio.
q-support-person-them-error = Escolha sim ou não

q-safe-now = Está em segurança neste momento?
q-safe-now-yes = Sim
q-safe-now-no = Não
q-safe-now-not-sure = Não tenho a certeza
q-safe-now-error = Escolha sim, não ou não tenho a certeza
q-safe-now-them = A pessoa está em segurança neste momento?
q-safe-now-them-error = Escolha sim, não ou não tenho a certeza

step-referral-not-safe = Pedir ajuda agora
step-referral-not-safe-body =
    Se está em perigo, ligue já para o 999.

    Se não conseguir falar, ligue para o 999 de um telemóvel. Quando ouvir uma voz, marque 55. Assim, a polícia fica a saber que é mesmo uma emergência.

    Se não for uma emergência, ligue para a polícia pelo 101.

    Quando se sentir capaz, pode continuar a preencher este formulário. Vamos ter um cuidado especial quando entrarmos em contacto consigo.

step-referral-not-safe-them = Pedir ajuda agora
step-referral-not-safe-them-body =
    Se a pessoa está em perigo, ligue já para o 999.

    Se não for uma emergência, ligue para a polícia pelo 101.

    Quando se sentir capaz, pode continuar a preencher este formulário. Vamos ter um cuidado especial quando entrarmos em contacto com a pessoa.

## Referral: check, consent, send

step-referral-check = Verifique as suas respostas
step-referral-consent = O seu consentimento
step-referral-consent-body =
    Participar é uma decisão sua. Pode parar quando quiser, mesmo depois de enviar isto.

    Vamos usar as suas respostas para entrar em contacto consigo e planear o passo seguinte. Guardamo-las em segurança e só as partilhamos quando for mesmo necessário, por exemplo para proteger alguém.
q-consent = O seu consentimento
q-consent-agree = Concordo que usem as minhas respostas para me contactarem sobre a justiça restaurativa
q-consent-error = Marque a caixa para dar o seu consentimento, para podermos entrar em contacto
step-referral-consent-them = Enviar este pedido
step-referral-consent-them-body =
    Participar é sempre uma decisão da própria pessoa. Ela pode parar quando quiser, mesmo depois de este pedido ser enviado.

    Vamos usar estas respostas para entrar em contacto com a pessoa, e consigo se for preciso, e para planear o passo seguinte. Guardamo-las em segurança e só as partilhamos quando for mesmo necessário, por exemplo para proteger alguém.
q-consent-them = O seu consentimento
q-consent-them-agree = Concordo que usem estas respostas para contactarem a pessoa, e a mim se for preciso, sobre a justiça restaurativa
q-consent-them-error = Marque a caixa para dar o seu consentimento, para podermos contactar a pessoa

## Call back

step-call-back-your-details = Os seus dados
step-call-back-when = Quando ligar
q-call-days = Que dias são melhores? (opcional)
q-call-days-monday = Segunda-feira
q-call-days-tuesday = Terça-feira
q-call-days-wednesday = Quarta-feira
q-call-days-thursday = Quinta-feira
q-call-days-friday = Sexta-feira
q-call-times = A que horas do dia é melhor? (opcional)
q-call-times-morning = De manhã
q-call-times-lunchtime = À hora de almoço
q-call-times-afternoon = À tarde
step-call-back-language = Língua
q-call-reason = Sobre o que gostaria de falar? (opcional)
q-call-reason-hint = Bastam algumas palavras. Pode deixar isto em branco.
step-call-back-check = Verifique as suas respostas
step-call-back-consent = O seu consentimento
step-call-back-consent-body =
    Só vamos usar o seu número de telefone para lhe ligar sobre a justiça restaurativa.

## Withdrawal

step-withdrawal-details = Cancelar o seu pedido
step-withdrawal-details-body = Indique a sua referência e como podemos confirmar que é mesmo a pessoa certa. Não vamos mostrar aqui nada sobre o seu pedido.
q-reference = O seu número de referência
q-reference-hint = Começa por RJ, como RJ-HK4M-7TWX.
q-reference-error = Escreva o seu número de referência
q-withdraw-contact = O seu número de telefone ou endereço de e-mail
q-withdraw-contact-hint = O mesmo que nos deu, para podermos confirmar que é mesmo a pessoa certa.
q-withdraw-contact-error = Escreva o seu número de telefone ou endereço de e-mail
q-withdraw-reason = Porque quer parar? (opcional)
q-withdraw-reason-hint = Não precisa de nos dizer.
q-withdraw-confirm = Confirmar
q-withdraw-confirm-confirm = Quero cancelar o meu pedido
q-withdraw-confirm-error = Marque a caixa para confirmar que quer cancelar

## Confirmation

sent-referral-title = Recebemos o seu pedido
sent-call-back-title = Vamos ligar-lhe
sent-withdrawal-title = Recebemos o seu pedido para cancelar
sent-reference = O seu número de referência é
sent-keep-reference = Guarde este número num lugar seguro. Vai precisar dele se nos contactar sobre este assunto.
sent-next-heading = O que acontece a seguir
sent-referral-next = Alguém da nossa equipa entra em contacto até { $date }, da forma que nos disse ser segura.
sent-call-back-next = Vamos ligar-lhe até { $date }.
sent-withdrawal-next = Vamos parar o trabalho no seu pedido e confirmar até { $date }, se for seguro entrar em contacto consigo.
sent-contact-heading = Contacte-nos
sent-withdraw-heading = Se mudar de ideias
sent-withdraw-text = Pode parar quando quiser.
sent-withdraw-link = Cancelar o seu pedido
sent-support-heading = Apoio enquanto espera
sent-support-text = Pode receber apoio grátis da Victim Support em qualquer altura, quer participe na justiça restaurativa, quer não. Numa emergência, ligue para o 999.
sent-print = Para ficar com um registo, anote a sua referência ou imprima esta página.
sent-equality-heading = Ajude-nos a ser justos (opcional)
sent-equality-text = Algumas perguntas sobre si ajudam-nos a verificar se somos justos com todas as pessoas. As suas respostas ficam separadas do seu pedido.
sent-equality-link = Responder às perguntas sobre igualdade
sent-home-link = Ir para a página inicial

## Equality monitoring

step-referral-equality = Ajude-nos a ser justos
step-referral-equality-body =
    Estas perguntas são opcionais. As suas respostas ficam separadas do seu pedido e só servem para contar quantas pessoas ajudamos.
q-eq-age = Que idade tem?
q-eq-age-under-18 = Menos de 18 anos
q-eq-age-18-24 = 18 a 24 anos
q-eq-age-25-34 = 25 a 34 anos
q-eq-age-35-44 = 35 a 44 anos
q-eq-age-45-54 = 45 a 54 anos
q-eq-age-55-64 = 55 a 64 anos
q-eq-age-65-plus = 65 anos ou mais
q-eq-age-prefer-not = Prefiro não dizer
q-eq-sex = Qual é o seu sexo?
q-eq-sex-female = Feminino
q-eq-sex-male = Masculino
q-eq-sex-prefer-not = Prefiro não dizer
q-eq-gender-same = O género com que se identifica é o mesmo que o sexo registado quando nasceu?
q-eq-gender-same-yes = Sim
q-eq-gender-same-no = Não
q-eq-gender-same-prefer-not = Prefiro não dizer
q-eq-ethnicity = Qual é a sua origem étnica?
q-eq-ethnicity-white-british = Branca: inglesa, galesa, escocesa, norte-irlandesa ou britânica
q-eq-ethnicity-white-irish = Branca: irlandesa
q-eq-ethnicity-white-gypsy-traveller = Branca: Gypsy ou Irish Traveller (comunidades nómadas do Reino Unido e da Irlanda)
q-eq-ethnicity-white-roma = Branca: roma
q-eq-ethnicity-white-other = Branca: qualquer outra origem branca
q-eq-ethnicity-mixed-white-black-caribbean = Mista: branca e negra caribenha
q-eq-ethnicity-mixed-white-black-african = Mista: branca e negra africana
q-eq-ethnicity-mixed-white-asian = Mista: branca e asiática
q-eq-ethnicity-mixed-other = Mista: qualquer outra origem mista ou múltipla
q-eq-ethnicity-asian-indian = Asiática ou asiática britânica: indiana
q-eq-ethnicity-asian-pakistani = Asiática ou asiática britânica: paquistanesa
q-eq-ethnicity-asian-bangladeshi = Asiática ou asiática britânica: do Bangladesh
q-eq-ethnicity-asian-chinese = Asiática ou asiática britânica: chinesa
q-eq-ethnicity-asian-other = Asiática ou asiática britânica: qualquer outra origem asiática
q-eq-ethnicity-black-african = Negra, negra britânica, caribenha ou africana: africana
q-eq-ethnicity-black-caribbean = Negra, negra britânica, caribenha ou africana: caribenha
q-eq-ethnicity-black-other = Negra, negra britânica, caribenha ou africana: qualquer outra origem
q-eq-ethnicity-other-arab = Outro grupo étnico: árabe
q-eq-ethnicity-other-any = Qualquer outro grupo étnico
q-eq-ethnicity-prefer-not = Prefiro não dizer
q-eq-disability = Tem alguma deficiência ou doença de longa duração?
q-eq-disability-yes = Sim
q-eq-disability-no = Não
q-eq-disability-prefer-not = Prefiro não dizer

## Too many tries

busy-title = Aguarde um momento
busy-text =
    Recebemos muitas respostas da sua ligação num curto espaço de tempo. Aguarde { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } de minutos
       *[other] { $minutes } minutos
    } e depois tente outra vez.
busy-back = Use o botão Voltar do navegador para regressar às suas respostas. Ainda lá estão.

## Our database is not answering

store-down-title = De momento, não conseguimos guardar as suas respostas
store-down-text = Há um problema do nosso lado. As respostas que deu nas páginas anteriores estão guardadas. O que escreveu nesta página continua no seu navegador: use o botão Voltar do navegador para regressar a ela e tente outra vez daqui a uns minutos. Se continuar a acontecer, ligue-nos para o { $phone }.


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = Diga-nos como correu
feedback-intro = Obrigado por ter participado. As suas respostas ajudam-nos a melhorar o serviço para outras pessoas. Só as contamos: ninguém as lê associadas ao seu nome.
feedback-prefer-not = Em qualquer pergunta, pode escolher «Prefiro não dizer».
q-fb-service = Qual é o seu grau de satisfação com o serviço que lhe prestámos?
q-fb-service-very-satisfied = Muito satisfeito
q-fb-service-satisfied = Satisfeito
q-fb-service-neither = Nem satisfeito nem insatisfeito
q-fb-service-dissatisfied = Insatisfeito
q-fb-service-very-dissatisfied = Muito insatisfeito
q-fb-service-prefer-not = Prefiro não dizer
q-fb-service-error = Escolha o seu grau de satisfação, ou «Prefiro não dizer»
q-fb-outcome = Qual é o seu grau de satisfação com a forma como as coisas terminaram?
q-fb-outcome-very-satisfied = Muito satisfeito
q-fb-outcome-satisfied = Satisfeito
q-fb-outcome-neither = Nem satisfeito nem insatisfeito
q-fb-outcome-dissatisfied = Insatisfeito
q-fb-outcome-very-dissatisfied = Muito insatisfeito
q-fb-outcome-prefer-not = Prefiro não dizer
q-fb-outcome-error = Escolha o seu grau de satisfação, ou «Prefiro não dizer»
q-fb-safety = Em comparação com antes, como se sente agora quanto à sua segurança?
q-fb-safety-better = Mais em segurança do que antes
q-fb-safety-same = Praticamente igual
q-fb-safety-worse = Menos em segurança do que antes
q-fb-safety-prefer-not = Prefiro não dizer
q-fb-safety-error = Escolha uma resposta, ou «Prefiro não dizer»
q-fb-wellbeing = Em comparação com antes, como se sente agora, de uma forma geral?
q-fb-wellbeing-better = Melhor do que antes
q-fb-wellbeing-same = Praticamente igual
q-fb-wellbeing-worse = Pior do que antes
q-fb-wellbeing-prefer-not = Prefiro não dizer
q-fb-wellbeing-error = Escolha uma resposta, ou «Prefiro não dizer»
q-fb-coping = Em comparação com antes, como consegue agora lidar com o que aconteceu?
q-fb-coping-better = Melhor do que antes
q-fb-coping-same = Praticamente igual
q-fb-coping-worse = Pior do que antes
q-fb-coping-prefer-not = Prefiro não dizer
q-fb-coping-error = Escolha uma resposta, ou «Prefiro não dizer»
q-fb-confidence = Em comparação com antes, quanta confiança tem agora na polícia e nos tribunais?
q-fb-confidence-better = Mais confiança do que antes
q-fb-confidence-same = Praticamente igual
q-fb-confidence-worse = Menos confiança do que antes
q-fb-confidence-prefer-not = Prefiro não dizer
q-fb-confidence-error = Escolha uma resposta, ou «Prefiro não dizer»
feedback-gone-title = Este link já não funciona
feedback-gone-text = Cada link para dar a sua opinião só funciona uma vez, e apenas durante algumas semanas. Se ainda quiser dizer-nos como correu, ligue-nos para o { $phone }.
feedback-thanks-title = Obrigado
feedback-thanks-text = Recebemos as suas respostas. Ajudam-nos a melhorar o serviço para a próxima pessoa.
