# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = Última atualização:
hours-text = Estamos abertos de segunda a sexta-feira, das { $opens } às { $closes }. Se precisar, podemos encontrar-nos à noite ou ao fim de semana.
read-next = Leia a seguir
about-nav-label = Sobre a justiça restaurativa

## Home page

home-summary = Ajudamos pessoas que sofreram com um crime a falar com a pessoa que lhes causou o mal, ou a enviar-lhe uma mensagem. Uma pessoa com formação garante que tudo decorre em segurança, seja qual for o crime e por mais tempo que tenha passado.
home-ways-heading = Como começar
home-way-refer = Faça um pedido para si ou para outra pessoa
home-way-refer-text = Responda online a algumas perguntas curtas. Pode parar quando quiser.
home-way-call = Peça que lhe liguemos
home-way-call-text = Diga-nos quando é seguro ligarmos e nós ligamos-lhe.
home-way-read = Saiba mais sobre a justiça restaurativa
home-way-read-text = Saiba o que é, como funciona e quem pode participar.
home-more-heading = Saiba mais

## What is restorative justice

what-title = O que é a justiça restaurativa?
what-intro = A justiça restaurativa dá às pessoas que sofreram com um crime uma forma segura de falar com a pessoa que lhes causou o mal.
what-idea-heading = A ideia
what-idea-1 = Os crimes magoam as pessoas. Muitas vezes, quem sofreu tem perguntas a que só a outra pessoa pode responder. Porquê eu? Foi planeado? Vai voltar a acontecer?
what-idea-2 = A justiça restaurativa permite-lhe fazer essas perguntas. Também pode contar como o crime mudou a sua vida. A pessoa que causou o mal tem de ouvir e de enfrentar o que fez.
what-idea-3 = Uma pessoa com formação, chamada facilitador, acompanha todo o processo. O facilitador não toma partido. O seu trabalho é manter todos em segurança e garantir que cada pessoa é ouvida.
what-meeting-heading = Como é um encontro
what-meeting-1 = Um encontro às vezes chama-se «conferência». Encontra-se com a pessoa que causou o mal, com o facilitador presente na sala.
what-meeting-l1 = Acontece num lugar seguro que lhe seja conveniente.
what-meeting-l2 = Pode levar um amigo ou um familiar para lhe dar apoio.
what-meeting-l3 = Primeiro, todos combinam as regras, como falar um de cada vez.
what-meeting-l4 = Pode fazer uma pausa, ou parar, quando quiser.
what-indirect-heading = Se não quiser encontrar-se com a pessoa
what-indirect-1 = Não precisa de se encontrar cara a cara. Pode comunicar de outras formas:
what-indirect-l1 = O facilitador pode levar mensagens de um para o outro. Isto às vezes chama-se «mediação indireta».
what-indirect-l2 = Pode escrever uma carta, ou receber uma carta da outra pessoa.
what-indirect-l3 = Pode gravar uma mensagem, em vídeo ou só em áudio.
what-indirect-2 = Muitas pessoas começam com uma carta ou com mensagens. Algumas decidem encontrar-se mais tarde. Outras não, e não faz mal.
what-agreement-heading = O que é um acordo final
what-agreement-1 = No fim de um encontro, as pessoas podem combinar o que acontece a seguir. Por exemplo, a pessoa que causou o mal pode aceitar pedir desculpa por escrito, reparar estragos ou procurar ajuda para problemas com álcool ou drogas.
what-agreement-2 = Este plano fica por escrito. Chama-se acordo final. Todos têm de concordar com ele. Mais tarde, verificamos se as promessas foram cumpridas e dizemos-lhe como correu.
what-funder-heading = Quem paga este serviço
what-funder-text = O { $service } é pago pelo West Midlands Police and Crime Commissioner (a pessoa eleita que supervisiona o trabalho da polícia nas West Midlands). O Commissioner é eleito pela população. Parte do seu trabalho é pagar a ajuda às pessoas que sofreram com um crime.

## How it works

how-title = Como funciona, passo a passo
how-intro = Veja o que acontece a partir do dia em que nos contacta. Pode parar em qualquer passo. Basta dizer-nos.
how-s1-heading = Passo 1: Contacta-nos
how-s1-text = Preencha o nosso formulário, peça que lhe liguemos, telefone-nos ou envie-nos um e-mail. Outra pessoa pode fazer o pedido por si, se concordar. Não precisa de ter contado o crime à polícia.
how-s2-heading = Passo 2: Nós entramos em contacto
how-s2-text = Entramos em contacto nos 5 dias úteis seguintes. Só lhe ligamos ou escrevemos da forma que nos disse ser segura. Explicamos o que podemos oferecer e respondemos às suas perguntas. Não há qualquer pressão para continuar.
how-s3-heading = Passo 3: Preparamo-nos em conjunto
how-s3-text = Um facilitador encontra-se consigo, muitas vezes mais do que uma vez. Pergunta-lhe o que espera e o que lhe causa preocupação. Também se encontra com a outra pessoa, para ver se ela está pronta para participar com sinceridade.
how-s3-safety = Antes de avançar, o facilitador verifica se é seguro. Isto chama-se avaliação de riscos. Se não for seguro, não avança.
how-s3-time = A preparação pode demorar algumas semanas. Às vezes demora alguns meses. Vamos ao seu ritmo.
how-s4-heading = Passo 4: O encontro, ou as mensagens
how-s4-text = Quando todos estiverem prontos, encontra-se com a outra pessoa, com o facilitador. Ou, se preferir, envia mensagens, cartas ou uma gravação. A escolha é sua.
how-s5-heading = Passo 5: Depois
how-s5-text = O facilitador mantém o contacto consigo depois do encontro ou das mensagens. Se tiver havido um acordo, verificamos se é cumprido. Também podemos indicar-lhe outros serviços de apoio.
how-stop-heading = Pode parar quando quiser
how-stop-text = Pode mudar de ideias em qualquer passo, mesmo no dia do encontro. Não precisa de dar uma razão. Parar não afeta nenhum processo em tribunal nem nenhuma outra ajuda que receba.
how-long-heading = Quanto tempo demora
how-long-l1 = Primeiro contacto: nos 5 dias úteis seguintes.
how-long-l2 = Preparação: muitas vezes algumas semanas, às vezes alguns meses.
how-long-l3 = Um encontro: normalmente uma ou duas horas.
how-long-l4 = Acompanhamento depois: durante o tempo de que precisar.

## Who can take part

who-title = Quem pode participar
who-intro = A justiça restaurativa está aberta a qualquer pessoa que tenha sofrido com um crime, e também a quem causou o mal.
who-harmed-heading = Pessoas que sofreram com um crime
who-harmed-text = Pode participar se um crime lhe fez mal. A sua família também pode participar, como o seu companheiro ou companheira, um pai, uma mãe ou um filho.
who-bereaved-text = Se alguém de quem gosta morreu por causa de um crime, pode participar. Isto inclui companheiros, pais, filhos, irmãos e irmãs.
who-caused-heading = Pessoas que causaram o mal
who-caused-text = Se causou mal a alguém, pode perguntar-nos sobre a justiça restaurativa. Só pode avançar se a pessoa a quem fez mal disser que sim. Nós perguntamos-lhe e respeitamos a resposta dela.
who-young-heading = Jovens
who-young-text = As pessoas com menos de 18 anos podem participar. Não precisa da autorização de um adulto, mas vamos garantir que tem apoio. Se a pessoa que causou o mal tiver menos de 18 anos, trabalhamos com a Youth Offending Team local (a equipa da câmara municipal para jovens com menos de 18 anos que infringiram a lei).
who-crime-heading = Qualquer crime, em qualquer altura
who-crime-l1 = Qualquer tipo de crime. Alguns casos precisam de pessoal com formação extra: violência grave ou sexual, violência doméstica, crimes de ódio e casos em que alguém está mais vulnerável ou pode voltar a ser magoado.
who-crime-l2 = Em qualquer fase: antes, durante ou depois de um processo em tribunal.
who-crime-l3 = Não há limite de tempo. O crime pode ter acontecido há muitos anos.
who-crime-l4 = Não precisa de ter contado à polícia.
who-everyone-heading = Seja quem for
who-everyone-text = Ajudamos pessoas de qualquer país, seja qual for o seu direito a viver aqui. Tratamos todas as pessoas de forma justa. Podemos arranjar-lhe um intérprete grátis em cada passo.
who-area-heading = Onde trabalhamos
who-area-text = Trabalhamos em Birmingham, Coventry, Dudley, Sandwell, Solihull, Walsall e Wolverhampton. Se vive noutro lugar, contacte-nos na mesma. Vamos ajudar a encontrar o serviço certo.
who-not-heading = Quando podemos não ser o serviço certo
who-not-text = Se tem um problema com um vizinho e não houve nenhum crime, a câmara municipal ou a entidade que gere a sua casa podem ajudar a resolvê-lo. Podemos dizer-lhe a quem perguntar.

## Is it safe?

safe-title = É seguro?
safe-intro = A sua segurança vem sempre primeiro, em cada passo. Veja como cuidamos da sua segurança.
safe-choice-heading = A decisão é sua
safe-choice-text = Participar é uma decisão sua. Ninguém lhe pode impor isso. Pode dizer que não, ou parar quando quiser, e não precisa de explicar porquê.
safe-check-heading = Primeiro, verificamos se é seguro
safe-check-text = Antes de qualquer encontro, o facilitador faz uma avaliação de riscos cuidadosa. Fala com cada pessoa. Vê o que aconteceu e se alguém pode voltar a ser magoado.
safe-staff-heading = Pessoal com formação
safe-staff-text = Os nossos facilitadores têm formação em justiça restaurativa. Alguns casos precisam de pessoal com formação extra. Por exemplo, violência grave ou sexual, violência doméstica e crimes de ódio. Também os casos em que alguém está mais vulnerável, pode voltar a ser magoado, ou sofreu durante muito tempo.
safe-support-heading = Apoio antes, durante e depois
safe-support-l1 = Antes: o facilitador ajuda na sua preparação e planeia cada passo consigo.
safe-support-l2 = Durante: pode levar alguém para lhe dar apoio, fazer uma pausa ou parar.
safe-support-l3 = Depois: mantemos o contacto e podemos indicar-lhe outras ajudas.
safe-not-heading = Se não for bom avançar
safe-not-text = Às vezes decidimos que não é seguro, ou que não é bom, avançar. Nesse caso, dizemos-lhe com cuidado e explicamos porquê, tanto quanto possível. Vamos ajudar a encontrar outro apoio.
safe-private-heading = Os seus dados ficam privados
safe-private-text = Nunca damos a sua morada nem o seu número de telefone à outra pessoa. Só passamos o que nos disser que podemos passar, a não ser que alguém esteja em perigo.

## Myths and facts

myths-title = Mitos e factos
myths-intro = Muitas pessoas têm uma ideia errada sobre a justiça restaurativa. Aqui estão alguns mitos comuns, e os factos.
myths-soft-q = Mito: é uma opção fácil.
myths-soft-a = Facto: não é. Ficar frente a frente com a pessoa a quem se fez mal é difícil. Muitas pessoas que causaram o mal acham isto mais difícil do que ir a tribunal.
myths-forgive-q = Mito: tem de perdoar.
myths-forgive-a = Facto: não tem de perdoar ninguém. Pode dizer o que sente de verdade, de forma segura.
myths-court-q = Mito: substitui o processo em tribunal.
myths-court-a = Facto: funciona ao lado da polícia e dos tribunais, não em vez deles. Pode acontecer antes, durante ou depois de um processo em tribunal.
myths-minor-q = Mito: é só para crimes pequenos.
myths-minor-a = Facto: pode ajudar depois de qualquer crime, mesmo os muito graves. Nos crimes graves, e quando alguém está mais vulnerável ou em risco, usamos pessoal com formação extra e temos ainda mais cuidado.
myths-meet-q = Mito: tem de se encontrar cara a cara.
myths-meet-a = Facto: não tem. Pode enviar mensagens, uma carta ou uma gravação.
myths-offender-q = Mito: serve sobretudo para ajudar quem fez o mal.
myths-offender-a = Facto: serve sobretudo a pessoa que sofreu. Vai ao ritmo dela, e só avança se ela quiser.
myths-late-q = Mito: é tarde demais se o crime foi há muito tempo.
myths-late-a = Facto: não há limite de tempo. Algumas pessoas participam muitos anos depois do crime.
myths-cost-q = Mito: tem de pagar.
myths-cost-a = Facto: é grátis.

## If you caused harm

harm-title = Se causou mal a alguém
harm-intro = Se fez mal a alguém através de um crime, a justiça restaurativa pode ajudar a enfrentar o que fez e a tentar reparar as coisas.
harm-what-heading = O que lhe pode oferecer
harm-what-text = Pode ouvir como os seus atos afetaram a outra pessoa. Pode responder às perguntas dela, e pedir desculpa se o sentir de verdade. Muitas pessoas dizem que isto as ajuda a seguir em frente e a não voltar a ter problemas com a lei.
harm-expect-heading = O que esperar
harm-expect-l1 = Primeiro, um facilitador encontra-se consigo, talvez algumas vezes, para ajudar na sua preparação.
harm-expect-l2 = O facilitador verifica se aceita que o que fez foi errado. Não precisa de ter as palavras certas.
harm-expect-l3 = Se a outra pessoa disser que sim, pode encontrar-se com ela, escrever-lhe ou trocar mensagens.
harm-expect-l4 = Pode levar alguém para lhe dar apoio. Pode parar quando quiser.
harm-limits-heading = O que não podemos prometer
harm-limits-l1 = Não é uma forma de ter uma pena mais leve. Pode acontecer antes de a pena ser decidida, e o tribunal pode esperar para que aconteça. Mas não podemos prometer nada sobre o tribunal, a prisão ou a liberdade condicional.
harm-limits-l2 = A outra pessoa pode dizer que não. É um direito dela, e não lhe vamos dar os dados dela.
harm-limits-l3 = O centro de tudo é a pessoa a quem fez mal. Só acontece se for bom para ela.
harm-limits-text = Se ela disser que não, vamos dar-lhe essa resposta com cuidado. Podemos conversar consigo sobre outras coisas que possam ajudar.
harm-start-heading = Como começar
harm-start-text = Contacte-nos diretamente, ou peça ao seu técnico de reinserção social (probation officer), técnico de juventude ou aos serviços da prisão que façam o pedido por si. Primeiro, vamos falar sobre tudo consigo.
harm-start-link = Fazer um pedido

## For professionals

pro-title = Para profissionais
pro-intro = Esta página é para a polícia, os serviços de reinserção social (Probation), os serviços de apoio à vítima, as youth offending teams (equipas das câmaras municipais para jovens que infringiram a lei), as prisões e outros profissionais que nos queiram encaminhar alguém.
pro-who-heading = Quem pode encaminhar
pro-who-text = Qualquer profissional pode encaminhar alguém que sofreu com um crime, ou alguém que causou mal. Isto inclui a polícia, os serviços de reinserção social, os serviços de apoio à vítima, as youth offending teams, as equipas de segurança comunitária, as prisões, a saúde, a habitação e as instituições de solidariedade.
pro-consent-heading = Pergunte primeiro
pro-consent-text = Pergunte primeiro à pessoa. Explique-lhe o que é a justiça restaurativa e que nós vamos contactá-la. Se trabalha na polícia e ainda não lhe perguntou, pode encaminhá-la na mesma. Use o formulário ou ligue-nos para o { $phone }. Nós contactamos primeiro a pessoa e perguntamos-lhe se quer a nossa ajuda.
pro-how-heading = Como encaminhar
pro-how-text = Use o mesmo formulário online que o público. No início, escolha a opção de fazer o pedido por outra pessoa. Também pode ligar-nos para o { $phone } ou enviar um e-mail para { $email }.
pro-how-link = Encaminhe alguém para nós
pro-info-heading = O que nos ajuda
pro-info-l1 = Como e quando podemos contactar a pessoa em segurança.
pro-info-l2 = Necessidades de língua, de intérprete ou de acessibilidade.
pro-info-l3 = O que aconteceu, e o número de referência do crime, se houver.
pro-info-l4 = Em que fase está o caso: por exemplo, à espera de julgamento, ou depois da pena.
pro-info-l5 = Riscos que devamos conhecer, como violência doméstica ou ameaças.
pro-info-l6 = Dados da outra pessoa, se os conhecer.
pro-after-heading = O que lhe dizemos depois
pro-after-text = Avisamos quando tivermos contactado a pessoa e como está a correr o caso. Não partilhamos o que as pessoas nos contam em privado, a não ser que concordem ou que alguém esteja em risco.
pro-young-heading = Jovens que causaram mal
pro-young-text = Se a pessoa que causou o mal tiver menos de 18 anos, falamos primeiro com a Youth Offending Team local. Normalmente, é esta equipa que faz a justiça restaurativa com jovens.
pro-leaflet-heading = Folhetos
pro-leaflet-text = Pode imprimir o nosso folheto de uma página em cada uma das nossas línguas, para distribuir ou afixar numa parede.

## What the evidence says

evidence-title = O que dizem os estudos
evidence-intro = A justiça restaurativa foi estudada com cuidado em England e Wales. Veja o que os estudos descobriram.
evidence-satisfied-heading = A maioria das vítimas fica contente por ter participado
evidence-satisfied-text = Um estudo feito para o Ministry of Justice (o Ministério da Justiça do Reino Unido) perguntou às vítimas que se encontraram com a pessoa que lhes fez mal, num encontro chamado «conferência». 85% disseram que ficaram satisfeitas.
evidence-crime-heading = Menos crimes depois
evidence-crime-text = O mesmo estudo concluiu que as pessoas que causaram o mal e que participaram cometeram depois cerca de 14% menos crimes do que pessoas parecidas que não participaram.
evidence-aware-heading = Poucas pessoas a conhecem
evidence-aware-text = Em 2016, só 28% das pessoas ouvidas num inquérito tinham ouvido falar de justiça restaurativa. A maioria das pessoas ouvidas disse que as vítimas deviam ter o direito de se encontrar com a pessoa que lhes fez mal.
evidence-limits = Os estudos mostram o que acontece em média. Não podem dizer-lhe o que vai acontecer no seu caso.
evidence-sources-heading = De onde vêm estes números
evidence-src-1 = Joanna Shapland e outros, estudo para o Ministry of Justice sobre três programas de justiça restaurativa (2007 e 2008).
evidence-src-2 = West Midlands Police and Crime Commissioner, decisão 009/2015, que usa os mesmos números.
evidence-src-3 = Um inquérito da Ipsos MORI para o Restorative Justice Council (2016).

## Other support

support-title = Outros apoios
support-intro = Outros serviços também podem ajudar. Participar na justiça restaurativa nunca impede que use esses serviços.
support-police-heading = A polícia
support-police-999 = Numa emergência, ligue para o 999.
support-police-55 = Se não conseguir falar, ligue para o 999 de um telemóvel e marque 55 quando lhe pedirem. Isto chama-se Silent Solution.
support-police-101 = Para comunicar um crime que não seja uma emergência, ligue para o 101.
support-victims-heading = Ajuda para as vítimas
support-vs-text = A Victim Support dá ajuda grátis a qualquer pessoa afetada por um crime, mesmo que não tenha sido comunicado à polícia. Ligue-lhes grátis para o 08 08 16 89 111.
support-abuse-heading = Violência doméstica e violência sexual
support-da-text = A National Domestic Abuse Helpline (linha nacional de apoio para a violência doméstica) é grátis e está aberta dia e noite: 0808 2000 247.
support-rc-text = A Rape Crisis ajuda pessoas que sofreram violação ou abuso sexual, por mais tempo que tenha passado. O site deles indica as formas de os contactar.
support-feelings-heading = Se está em baixo ou precisa de falar
support-sam-text = Os Samaritans estão disponíveis para ouvir, a qualquer hora, de dia ou de noite. Ligue-lhes grátis para o 116 123.
support-young-heading = Jovens
support-yot-text = Todas as câmaras municipais têm uma Youth Offending Team. Esta equipa trabalha com jovens com menos de 18 anos que tiveram problemas com a lei, e muitas vezes faz a justiça restaurativa com eles. A sua câmara municipal pode dar-lhe o contacto desta equipa.
support-elsewhere-heading = Se vive fora das West Midlands
support-elsewhere-text = Há serviços de justiça restaurativa em todo o território de England e Wales. O Restorative Justice Council tem uma lista deles. O Police and Crime Commissioner da sua zona (a pessoa eleita que supervisiona o trabalho da polícia na zona) também lhe pode dizer quem tem um serviço perto de si.
support-links-heading = Sites
# same-as-en: a proper name
support-link-vs = Victim Support
# same-as-en: a proper name
support-link-da = National Domestic Abuse Helpline
# same-as-en: a proper name
support-link-rc = Rape Crisis England and Wales
# same-as-en: a proper name
support-link-sam = Samaritans
# same-as-en: a proper name
support-link-rjc = Restorative Justice Council

## Staying safe online

online-title = Segurança na internet
online-intro = Se alguém verificar o seu telemóvel ou computador, pode ver que esteve neste site. Veja aqui formas de se proteger.
online-exit-heading = O que faz o botão de saída
online-exit-does = O botão «{ quick-exit }» abre logo um site sobre o tempo. Também pode pressionar 3 vezes a tecla Shift. Apaga as respostas que começou a dar no nosso formulário e remove o nosso cookie.
online-exit-doesnt = Não apaga o histórico do seu navegador. Alguém pode ainda ver que esteve aqui. Por isso, leia os conselhos abaixo.
online-private-heading = Use a navegação privada
online-private-text = Numa janela privada, o navegador não guarda a lista das páginas que visita. Abra uma antes de visitar o nosso site:
online-private-chrome = Chrome: abra o menu e escolha «Nova janela anónima».
online-private-edge = Edge: abra o menu e escolha «Nova janela InPrivate».
online-private-firefox = Firefox: abra o menu e escolha «Nova janela privada».
online-private-safari = Safari: abra o menu «Ficheiro» e escolha «Nova janela privada».
online-history-heading = Apague o histórico
online-history-text = Se não usou uma janela privada, pode apagar este site do seu histórico.
online-history-windows = Num computador com Windows, no Chrome, no Edge ou no Firefox: pressione ao mesmo tempo Ctrl, Shift e Delete. Depois escolha o que quer apagar.
online-history-mac = Num Mac, no Safari: abra o menu «Histórico» e escolha «Limpar histórico».
online-history-iphone = Num iPhone: abra «Definições», depois Safari, depois «Limpar histórico e dados dos sites».
online-history-android = Num telemóvel Android, no Chrome: toque nos três pontos, depois em «Histórico» e depois em «Eliminar dados de navegação».
online-history-care = Se apagar todo o histórico, quem o verificar pode reparar. Talvez prefira apagar só as páginas deste site.
online-device-heading = Use um aparelho mais seguro
online-device-text = O mais seguro é usar um telemóvel ou um computador a que a outra pessoa não tenha acesso. Por exemplo, o telemóvel de um amigo, um computador do trabalho ou de uma biblioteca.
online-other-heading = Outras coisas a verificar
online-other-l1 = E-mails e mensagens: apague as nossas mensagens que não quer que ninguém veja. Depois, esvazie também a pasta de mensagens apagadas.
online-other-l2 = Contas partilhadas: se partilha uma conta Google, Apple ou Microsoft, o seu histórico pode aparecer noutros aparelhos.
online-other-l3 = Chamadas: o nosso número pode aparecer na sua lista de chamadas. Pode apagá-lo.
online-other-l4 = Se acha que alguém pôs um programa de espionagem no seu telemóvel, use outro telemóvel para nos contactar ou para contactar a polícia.

## Questions people ask

faq-title = Perguntas frequentes
faq-intro = Respostas curtas a perguntas que muitas pessoas fazem. A maioria tem uma ligação para uma página com mais pormenores.
faq-what-q = O que é a justiça restaurativa?
faq-what-a = É uma forma segura de as pessoas que sofreram com um crime falarem com a pessoa que lhes causou o mal, com a ajuda de uma pessoa com formação.
faq-cost-q = Tem algum custo?
faq-cost-a = Não. É grátis.
faq-police-q = Preciso de ter contado à polícia?
faq-police-a = Não. Pode pedir a nossa ajuda quer o crime tenha sido comunicado à polícia, quer não.
faq-meet-q = Tenho de me encontrar com a pessoa que me fez mal?
faq-meet-a = Não. Pode enviar mensagens, uma carta ou uma gravação. Ou pode decidir não avançar de todo.
faq-stop-q = Posso mudar de ideias?
faq-stop-a = Sim, em qualquer altura, mesmo no próprio dia. Não precisa de dar uma razão.
faq-safe-q = Como garantem a minha segurança?
faq-safe-a = Um facilitador com formação verifica se é seguro antes de qualquer passo. Se não for seguro, não avança.
faq-long-q = Quanto tempo demora?
faq-long-a = Entramos em contacto nos 5 dias úteis seguintes. A preparação demora muitas vezes algumas semanas. Pode demorar mais, e vamos ao seu ritmo.
faq-old-q = O crime foi há anos. Ainda posso participar?
faq-old-a = Sim. Não há limite de tempo.
faq-forgive-q = Tenho de perdoar?
faq-forgive-a = Não. Pode dizer o que sente de verdade.
faq-sentence-q = Vai mudar a pena?
faq-sentence-a = Não é uma forma de ter uma pena mais leve. O tribunal pode esperar para decidir a pena, para que a justiça restaurativa aconteça primeiro. Mas não substitui o tribunal, e não podemos prometer nada sobre a pena.
faq-language-q = Posso ter um intérprete?
faq-language-a = Sim. Podemos arranjar-lhe um intérprete grátis em cada passo, incluindo de British Sign Language (BSL, a língua gestual britânica).
faq-refer-q = Posso fazer um pedido por outra pessoa?
faq-refer-a = Sim, se ela concordar. Profissionais como a polícia e os serviços de reinserção social usam o mesmo formulário.
faq-work-q = Funciona?
faq-work-a = Num estudo feito para o Ministry of Justice (o Ministério da Justiça do Reino Unido), 85% das vítimas que estiveram com a outra pessoa num encontro chamado «conferência» ficaram satisfeitas.
faq-data-q = O que fazem com os meus dados?
faq-data-a = Usamo-los só para lhe prestar este serviço. Guardamo-los em segurança e não os partilhamos sem uma boa razão.
faq-online-q = Alguém pode ver que visitei este site?
faq-online-a = Pode. A nossa página sobre segurança na internet explica como esconder a sua visita.
faq-help-q = Onde mais posso encontrar ajuda?
faq-help-a = Muitos outros serviços podem ajudar, e participar aqui nunca impede que os use.

## Privacy notice

privacy-title = Aviso de privacidade
privacy-intro = Este aviso explica o que fazemos com os seus dados pessoais e quais são os seus direitos. As leis que os protegem são o UK GDPR e a Data Protection Act 2018 (as leis de proteção de dados do Reino Unido).
privacy-who-heading = Quem é responsável pelos seus dados
privacy-who-text = { $controller } é responsável pelos seus dados. A lei chama a isto «responsável pelo tratamento». Quer dizer que decide como os seus dados são usados e tem de os guardar em segurança. A morada é { $address }.
privacy-ico-text = O número de registo na lista do Information Commissioner's Office (ICO, a entidade do Reino Unido que controla a proteção de dados) é { $ico }.
privacy-contact-text = Para perguntar sobre os seus dados, envie um e-mail para { $email } ou ligue para o { $phone }.
privacy-collect-heading = Que dados recolhemos
privacy-collect-l1 = O seu nome, e uma forma segura de entrarmos em contacto.
privacy-collect-l2 = O que aconteceu, e em que fase está o processo em tribunal, se houver.
privacy-collect-l3 = Dados da outra pessoa, se nos os der.
privacy-collect-l4 = O que precisa de nós, como um intérprete ou ajuda para se deslocar.
privacy-collect-l5 = Notas das nossas chamadas e encontros consigo.
privacy-special-text = Alguns destes dados são ainda mais privados. Podem ser sobre a sua saúde, a sua origem racial ou étnica, a sua religião, a sua vida sexual ou um crime. A lei chama-lhes «categorias especiais de dados» e «dados sobre crimes». Temos um cuidado especial com eles.
privacy-why-heading = Porque os usamos
privacy-why-text = Usamos os seus dados só para lhe oferecer a justiça restaurativa. Ou seja, para entrar em contacto, verificar se é seguro, organizar um encontro ou mensagens, e manter o contacto depois. Também contamos os nossos casos, sem nomes, para fazer relatórios sobre o nosso trabalho.
privacy-basis-heading = As nossas razões legais
privacy-basis-text = A lei diz que precisamos de uma boa razão legal para usar os seus dados. A lei chama a isto «fundamento jurídico». Os nossos são:
privacy-basis-l1 = Interesse público: prestamos este serviço ao público, pago com dinheiro público.
privacy-basis-l2 = Para os dados mais privados: o seu consentimento claro, ou uma razão pública forte, como proteger as pessoas.
privacy-basis-l3 = Interesses vitais: só se a vida de alguém estiver em risco.
privacy-share-heading = Com quem os partilhamos
privacy-share-text = Nunca vendemos os seus dados. Só os partilhamos:
privacy-share-l1 = com a outra pessoa do seu caso, mas só o que nos disser que podemos passar.
privacy-share-l2 = com um serviço de apoio, se nos pedir.
privacy-share-l3 = com a polícia ou outras entidades, se alguém estiver em perigo, ou se for preciso proteger uma criança ou um adulto.
privacy-share-l4 = com a pessoa ou a entidade que fez o pedido por si. Dizemos-lhe como as coisas estão a correr, não o que nos contou.
privacy-share-l5 = com as empresas que gerem os nossos sistemas informáticos. Têm de guardar os seus dados em segurança e só os podem usar como nós dissermos.
privacy-keep-heading = Durante quanto tempo os guardamos
privacy-keep-text = Se começar o nosso formulário e não o terminar, apagamos as suas respostas em poucas horas. Guardamos as notas do caso só enquanto precisarmos delas, e depois apagamo-las em segurança. Pergunte-nos se quiser saber durante quanto tempo.
privacy-rights-heading = Os seus direitos
privacy-rights-l1 = Pode pedir para ver os dados que temos sobre si.
privacy-rights-l2 = Pode pedir-nos para corrigir dados errados.
privacy-rights-l3 = Pode pedir-nos para apagar os seus dados. Às vezes temos de os guardar, e dizemos-lhe porquê.
privacy-rights-l4 = Pode pedir-nos para deixar de usar os seus dados, ou para os usar menos.
privacy-rights-l5 = Pode retirar o seu consentimento em qualquer altura.
privacy-rights-text = Para usar qualquer um destes direitos, contacte-nos. É grátis. Respondemos no prazo de um mês.
privacy-complain-heading = Como apresentar uma reclamação
privacy-complain-text = Se não estiver contente com a forma como usamos os seus dados, diga-nos primeiro a nós. Também pode apresentar uma reclamação ao ICO. A linha de apoio do ICO é 0303 123 1113.
privacy-ico-link = Apresentar uma reclamação ao ICO

## Cookies

# same-as-en: "cookies" is the usual Portuguese word
cookies-title = Cookies
cookies-intro = Os cookies são pequenos ficheiros que um site guarda no seu telemóvel ou computador. Usamos o menor número possível.
cookies-reading-heading = Se só ler as nossas páginas
cookies-reading-text = Não guardamos nenhum cookie no seu aparelho.
cookies-form-heading = Se começar o nosso formulário
cookies-form-text = Guardamos um só cookie, para que o formulário se lembre das suas respostas quando passa de uma página para outra. O formulário não funciona sem ele, por isso não pedimos autorização antes.
cookies-form-name = Nome: rj_session. Numa ligação segura, chama-se __Host-rj_session.
cookies-form-what = O que contém: um código ao acaso que liga o seu aparelho às suas respostas. Não contém o seu nome nem as suas respostas.
cookies-form-how-long = Quanto tempo dura: até fechar o navegador. Do nosso lado, as suas respostas são apagadas umas horas depois de parar.
cookies-none-heading = Sem rastreio
cookies-none-text = Não usamos cookies para contar visitantes nem para mostrar publicidade. Nenhuma outra empresa guarda cookies no seu aparelho através do nosso site.
cookies-exit-text = O botão «{ quick-exit }» apaga o nosso cookie de imediato.

## Accessibility statement

access-title = Declaração de acessibilidade
access-intro = Esta declaração é sobre este site. Queremos que o maior número possível de pessoas o consiga usar.
access-using-heading = Usar este site
access-using-text = Deve conseguir:
access-using-l1 = mudar as cores e os tipos de letra nas suas próprias definições
access-using-l2 = ampliar até 400% e continuar a ler todo o texto
access-using-l3 = usar todo o site só com o teclado
access-using-l4 = usar um leitor de ecrã (um programa que lê o texto em voz alta), como o NVDA, o JAWS ou o VoiceOver
access-using-l5 = usar o site com o JavaScript desligado
access-using-l6 =
    ler o site em { $languages ->
        [one] { $languages } língua
        [many] { $languages } de línguas
       *[other] { $languages } línguas
    }, incluindo Easy Read English (inglês fácil de ler)
access-plain = Também escrevemos o texto da forma mais fácil de ler que conseguimos.
access-status-heading = Até que ponto este site cumpre as regras
access-status-text = As regras chamam-se Web Content Accessibility Guidelines (WCAG), versão 2.2. Este site cumpre a maior parte do nível AA. Ainda não o cumpre todo, por causa dos problemas indicados abaixo.
access-known-heading = Problemas que conhecemos
access-known-l1 = A maioria das nossas traduções ainda não foi revista por um tradutor qualificado. Cada uma dessas páginas diz isso. Podemos arranjar um intérprete para qualquer língua.
access-known-l2 = Um leitor de ecrã não consegue ler o código impresso no folheto. O endereço do site está impresso ao lado.
access-known-l3 = As ligações para outros sites levam a páginas que não controlamos. Podem ser mais difíceis de usar.
access-formats-heading = Outros formatos
access-formats-text = Se precisar desta informação noutro formato, como letra grande, leitura fácil, áudio ou Braille, envie um e-mail para { $email } ou ligue para o { $phone }. Respondemos nos 5 dias úteis seguintes.
access-report-heading = Fale-nos de um problema
access-report-text = Se encontrar um problema que não esteja nesta lista, ou se achar que não estamos a cumprir as regras, envie um e-mail para { $email }.
access-enforce-heading = Se não estiver contente com a nossa resposta
access-enforce-text = A Equality and Human Rights Commission (EHRC, a comissão britânica para a igualdade e os direitos humanos) garante que os sites públicos cumprem as regras. Se não estiver contente com a forma como tratámos o seu problema, contacte o Equality Advisory and Support Service (EASS), um serviço de aconselhamento sobre igualdade.
access-eass-link = Equality Advisory and Support Service (serviço de aconselhamento sobre igualdade)
access-testing-heading = Como testamos este site
access-testing-text = Cada página é testada por um computador num navegador real, em todas as línguas, incluindo as que se leem da direita para a esquerda. Também testamos com o teclado, em ecrãs pequenos como os dos telemóveis, e verificamos se o inglês é fácil de ler.
access-prepared = Escrevemos esta declaração em novembro de 2026. Revemo-la sempre que o site muda.

## Complaints

complaints-title = Reclamações
complaints-intro = Diga-nos se fizemos alguma coisa mal. Uma reclamação nunca muda a ajuda que recebe de nós.
complaints-how-heading = Como apresentar uma reclamação
complaints-how-text = Pode reclamar por telefone ou por e-mail, ou pedir a outra pessoa que o faça por si. Conte-nos o que aconteceu e o que gostaria que fizéssemos.
complaints-steps-heading = O que acontece a seguir
complaints-step-1 = Nos 5 dias úteis seguintes, confirmamos que recebemos a sua reclamação.
complaints-step-2 = Um responsável que não trabalhou no seu caso analisa a reclamação. Pode ligar-lhe para conversar sobre o assunto.
complaints-step-3 = Nos 20 dias úteis seguintes, enviamos-lhe a nossa resposta por escrito. Se precisarmos de mais tempo, explicamos porquê.
complaints-step-4 = Se ainda não estiver contente, um responsável mais sénior volta a analisar a reclamação.
complaints-outside-heading = Se ainda não estiver contente
complaints-outside-text = Se ainda não estiver contente, pode pedir ao gabinete do West Midlands Police and Crime Commissioner (a pessoa eleita que supervisiona o trabalho da polícia nas West Midlands) que analise a sua reclamação. O Commissioner paga o nosso serviço. Damos-lhe os contactos do gabinete. Se a sua reclamação for sobre os seus dados pessoais, também pode dirigir-se ao ICO.
complaints-help-heading = Ajuda para reclamar
complaints-help-text = Um amigo, um familiar ou alguém que defenda os seus interesses pode reclamar por si. Podemos arranjar-lhe um intérprete.
complaints-funder-text = O West Midlands Police and Crime Commissioner paga o { $service }. Por isso, o seu gabinete pode analisar a sua reclamação se nós não conseguirmos resolver o problema.

## Contact us

contact-title = Contacte-nos
contact-intro = Fale connosco sobre a justiça restaurativa, faça uma pergunta ou faça um pedido. É grátis e confidencial.
contact-start-heading = Outras formas de começar
contact-refer-link = Faça online um pedido para si ou para outra pessoa
contact-call-back-link = Peça que lhe liguemos
contact-relay-heading = Se não ouve, ou tem dificuldade em ouvir ou falar
contact-relay-text = Pode ligar-nos através do Relay UK (um serviço que passa a chamada a texto). Marque 18001 e depois o nosso número, num telefone de texto ou na aplicação Relay UK.
contact-bsl-text = Se usa British Sign Language (BSL, a língua gestual britânica), pode ligar-nos através de um serviço de vídeo com intérprete de BSL. Um intérprete entra na chamada por vídeo e fala connosco por si. Também podemos marcar um intérprete de BSL para os encontros, sem custos.
contact-language-heading = Outras línguas
contact-language-text = Podemos arranjar-lhe um intérprete grátis. Ligue-nos e diga o nome da sua língua. Voltamos a ligar-lhe com um intérprete.

## Leaflet

leaflet-title = Folheto para imprimir
leaflet-print-note = Este é o nosso folheto de uma página. Para o imprimir em papel A4, use a opção Imprimir do seu navegador.
leaflet-heading = Sofreu com um crime? A sua voz pode ser ouvida.
leaflet-what = A justiça restaurativa ajuda as pessoas que sofreram com um crime a falar com a pessoa que lhes causou o mal, ou a enviar-lhe uma mensagem. Uma pessoa com formação garante que tudo decorre em segurança.
leaflet-facts-heading = O essencial
leaflet-fact-any = Qualquer crime, em qualquer altura. Não precisa de ter contado à polícia.
leaflet-fact-interpreter = Podemos arranjar-lhe um intérprete grátis.
leaflet-contact-heading = Contacte-nos
leaflet-qr = Aponte a câmara do telemóvel para este código para abrir o nosso site.

## Something went wrong (500)

server-error-title = Pedimos desculpa, algo correu mal
server-error-text = Há um problema do nosso lado. Tente outra vez daqui a uns minutos. Se continuar a acontecer, ligue-nos para o { $phone }.
server-error-home-link = Ir para a página inicial

## Added with the journeys

contact-withdraw-heading = Cancelar o seu pedido
contact-withdraw-text = Pode parar quando quiser. Não precisa de dizer porquê.
contact-withdraw-link = Pedir para cancelar o seu pedido
online-autofill-heading = Quando o navegador preenche o formulário por si
online-autofill-text = O nosso formulário deixa o seu navegador preencher por si o nome, o número de telefone e o e-mail. Isto poupa tempo. Mas o navegador pode depois ficar com esses dados guardados.
online-autofill-off = Se outra pessoa usa o seu aparelho, use a navegação privada, ou desligue o preenchimento automático nas definições do navegador. Pedimos ao navegador que não preencha nem guarde o que escrever sobre o que aconteceu.
