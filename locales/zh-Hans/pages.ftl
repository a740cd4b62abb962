# The information pages. Written for people who may be upset or frightened: short sentences,
# plain words, one idea per paragraph. The English reading grade is checked by the tests.
# Placeables any message may use: $service $phone $email $opens $closes $controller
# $address $ico $website $languages.

## Shared by the information pages

last-updated = 最近更新：
hours-text = 我们的服务时间是星期一到星期五，{ $opens } 到 { $closes }。如果您需要，我们也可以在晚上或周末与您见面。
read-next = 接下来可以读
about-nav-label = 关于恢复性司法

## Home page

home-summary = 我们帮助受到犯罪伤害的人，与造成伤害的人交谈，或者给对方传话。一位受过培训的引导人员会确保整个过程安全。不论是什么犯罪，也不论发生在多久以前，都可以。
home-ways-heading = 怎样开始
home-way-refer = 为自己或为别人提出申请
home-way-refer-text = 在网上回答几个简短的问题。您可以随时停止。
home-way-call = 请我们给您回电
home-way-call-text = 告诉我们什么时候打电话给您比较安全，我们会按时打给您。
home-way-read = 进一步了解恢复性司法
home-way-read-text = 了解它是什么、怎样进行、谁可以参加。
home-more-heading = 了解更多

## What is restorative justice

what-title = 什么是恢复性司法？
what-intro = 恢复性司法为受到犯罪伤害的人提供一个安全的方式，与造成伤害的人交谈。
what-idea-heading = 基本想法
what-idea-1 = 犯罪会伤害人。受到伤害的人常常有一些问题，只有对方才能回答。为什么是我？是事先计划好的吗？还会再发生吗？
what-idea-2 = 恢复性司法让您可以问这些问题。您也可以说出这件事怎样改变了您的生活。造成伤害的人必须听您说，并且面对自己做过的事。
what-idea-3 = 一位受过培训的引导人员会负责整个过程，这个人叫“协调员”。协调员不偏向任何一方。他们的工作是保证每个人的安全，并让每个人的话都被听到。
what-meeting-heading = 会面是什么样的
what-meeting-1 = 这种会面有时也叫“会议”。您会和造成伤害的人见面，协调员也在场。
what-meeting-l1 = 会面在一个安全、对您方便的地方进行。
what-meeting-l2 = 您可以带一位朋友或家人陪您。
what-meeting-l3 = 大家先一起同意一些基本规则，比如轮流说话。
what-meeting-l4 = 您可以随时休息，或者停止。
what-indirect-heading = 如果您不想见面
what-indirect-1 = 您不必和对方当面见面。您还可以用别的方式交流：
what-indirect-l1 = 协调员可以在您和对方之间来回传话。这有时叫做“穿梭调解”。
what-indirect-l2 = 您可以写一封信，或者收到对方写的信。
what-indirect-l3 = 您可以录一段话，录像或只录声音都可以。
what-indirect-2 = 很多人先从写信或传话开始。有些人后来决定见面。也有人不见面，这也完全没关系。
what-agreement-heading = 什么是结果协议
what-agreement-1 = 会面结束时，大家可以商定接下来怎么做。比如，造成伤害的人可以同意写信道歉、修好损坏的东西，或者为喝酒或吸毒问题寻求帮助。
what-agreement-2 = 这个计划会写下来，叫做“结果协议”。每个人都必须同意。之后我们会检查大家有没有遵守承诺，并把情况告诉您。
what-funder-heading = 谁为这项服务付费
what-funder-text = { $service } 的费用由 West Midlands Police and Crime Commissioner（西米德兰兹警察与犯罪专员）支付。专员由公众选举产生，负责监督 West Midlands 的警务工作。专员的工作之一，是出钱为受到犯罪伤害的人提供帮助。

## How it works

how-title = 怎样进行：一步一步说明
how-intro = 下面说明从您联系我们那天起会发生什么。您可以在任何一步停止，只要告诉我们就可以。
how-s1-heading = 第 1 步：您联系我们
how-s1-text = 您可以填写我们的表格、请我们回电、打电话或发电子邮件给我们。在您同意的情况下，别人也可以替您申请。您不需要已经向警方报案。
how-s2-heading = 第 2 步：我们联系您
how-s2-text = 我们会在 5 个工作日内联系您。我们只用您说安全的方式给您打电话或写信。我们会说明可以提供什么帮助，并回答您的问题。您不会受到任何压力，不必继续下去。
how-s3-heading = 第 3 步：我们一起做准备
how-s3-text = 协调员会和您见面，常常不只一次。他们会问您希望得到什么、担心什么。他们也会和对方见面，确认对方已经准备好，愿意诚实地参与。
how-s3-safety = 在任何事情进行之前，协调员都会确认是否安全。这叫做“风险评估”。如果不安全，就不会进行。
how-s3-time = 准备可能需要几个星期，有时需要几个月。我们按照您的节奏来。
how-s4-heading = 第 4 步：会面，或者传话
how-s4-text = 等大家都准备好了，您会在协调员陪同下和对方见面。如果您愿意，也可以改为传话、写信或发送录音。由您选择。
how-s5-heading = 第 5 步：之后
how-s5-text = 会面或传话结束后，协调员会继续和您保持联系。如果达成了协议，我们会检查协议有没有被遵守。我们也可以帮您联系其他支持服务。
how-stop-heading = 您可以随时停止
how-stop-text = 您可以在任何一步改变主意，即使在会面当天也可以。您不需要说明理由。停止不会影响任何法庭案件，也不会影响您得到的其他帮助。
how-long-heading = 需要多长时间
how-long-l1 = 第一次联系：5 个工作日内。
how-long-l2 = 准备：通常几个星期，有时几个月。
how-long-l3 = 会面：通常一到两个小时。
how-long-l4 = 之后保持联系：您需要多久就多久。

## Who can take part

who-title = 谁可以参加
who-intro = 任何受到犯罪伤害的人，以及造成伤害的人，都可以参加恢复性司法。
who-harmed-heading = 受到犯罪伤害的人
who-harmed-text = 如果您受到犯罪伤害，您就可以参加。您的家人也可以参加，比如伴侣、父母或子女。
who-bereaved-text = 如果您所爱的人因为犯罪而去世，您也可以参加。这包括伴侣、父母、子女和兄弟姐妹。
who-caused-heading = 造成伤害的人
who-caused-text = 如果您造成了伤害，您可以向我们询问恢复性司法。只有在被您伤害的人同意时，才能进行。我们会去问对方，并尊重对方的回答。
who-young-heading = 年轻人
who-young-text = 18 岁以下的人也可以参加。您不需要大人同意，但我们会确保您得到支持。如果造成伤害的人未满 18 岁，我们会和当地的 Youth Offending Team 合作。这是地方政府为违法的 18 岁以下青少年设立的团队。
who-crime-heading = 任何犯罪，任何时间
who-crime-l1 = 任何类型的犯罪都可以。有些情况需要受过额外培训的工作人员来处理：严重暴力或性暴力、家庭暴力、仇恨犯罪，以及有人处于弱势或可能再次受到伤害的情况。
who-crime-l2 = 任何阶段都可以：法庭案件之前、期间或之后。
who-crime-l3 = 没有时间限制。犯罪可能发生在很多年前。
who-crime-l4 = 您不需要已经向警方报案。
who-everyone-heading = 不论您是谁
who-everyone-text = 我们帮助来自任何国家的人，不论您有没有在这里居住的权利。我们公平对待每一个人。每一步我们都可以为您安排免费翻译。
who-area-heading = 我们的服务地区
who-area-text = 我们的服务地区是 Birmingham、Coventry、Dudley、Sandwell、Solihull、Walsall 和 Wolverhampton。如果您住在别的地方，也请联系我们。我们会帮您找到合适的服务。
who-not-heading = 什么时候我们可能不是合适的服务
who-not-text = 如果您和邻居之间有问题，但没有发生犯罪，您所在的地方政府（council）或住房提供者也许可以帮您解决。我们可以告诉您该找谁。

## Is it safe?

safe-title = 安全吗？
safe-intro = 在每一步，您的安全都是第一位的。下面说明我们怎样保护您的安全。
safe-choice-heading = 由您决定
safe-choice-text = 参不参加由您决定。没有人可以强迫您。您可以拒绝，也可以随时停止，而且不必说明原因。
safe-check-heading = 我们先确认是否安全
safe-check-text = 在任何人见面之前，协调员会仔细进行风险评估。他们会和每个人谈话。他们会了解发生了什么，以及会不会有人再次受到伤害。
safe-staff-heading = 受过培训的工作人员
safe-staff-text = 我们的协调员都接受过恢复性司法培训。有些情况需要受过额外培训的工作人员来处理，包括严重暴力或性暴力、家庭暴力和仇恨犯罪。也包括有人处于弱势、可能再次受到伤害，或者伤害持续了很长时间的情况。
safe-support-heading = 之前、期间和之后的支持
safe-support-l1 = 之前：协调员帮您做好准备，和您一起计划每一步。
safe-support-l2 = 期间：您可以带一位陪同的人，可以休息，也可以停止。
safe-support-l3 = 之后：我们会和您保持联系，也可以帮您联系其他帮助。
safe-not-heading = 如果不适合继续进行
safe-not-text = 有时我们会认为继续进行不安全，或者不合适。如果是这样，我们会温和地告诉您，并尽可能说明原因。我们会帮您找到其他支持。
safe-private-heading = 您的个人信息会保密
safe-private-text = 我们绝不会把您的地址或电话号码告诉对方。我们只会转告您同意转告的内容，除非有人面临危险。

## Myths and facts

myths-title = 误解和事实
myths-intro = 很多人对恢复性司法有误解。下面是一些常见的误解，以及真实情况。
myths-soft-q = 误解：这是一种从轻处理的办法。
myths-soft-a = 事实：不是的。面对自己伤害过的人是很难的。很多造成伤害的人觉得，这比上法庭还难。
myths-forgive-q = 误解：您必须原谅对方。
myths-forgive-a = 事实：您不必原谅任何人。您可以用安全的方式，说出自己真实的感受。
myths-court-q = 误解：它会取代法庭案件。
myths-court-a = 事实：它和警方、法庭的工作同时进行，而不是取代它们。它可以在法庭案件之前、期间或之后进行。
myths-minor-q = 误解：它只适用于小的犯罪。
myths-minor-a = 事实：任何犯罪之后它都可能有帮助，即使是非常严重的犯罪。对于严重犯罪，以及有人处于弱势或面临风险的情况，我们会安排受过额外培训的工作人员，并格外小心。
myths-meet-q = 误解：您必须和对方当面见面。
myths-meet-a = 事实：不必。您可以改为传话、写信或发送录音。
myths-offender-q = 误解：它主要是为了帮助做了这件事的人。
myths-offender-a = 事实：它主要是为了受到伤害的人。一切按照受害一方的节奏进行，而且只有在他们愿意时才会进行。
myths-late-q = 误解：如果犯罪发生在很久以前，就太晚了。
myths-late-a = 事实：没有时间限制。有些人在犯罪发生很多年后才参加。
myths-cost-q = 误解：您需要付费。
myths-cost-a = 事实：这是免费的。

## If you caused harm

harm-title = 如果您造成了伤害
harm-intro = 如果您因为犯罪伤害了别人，恢复性司法可以帮助您面对自己做过的事，并尝试弥补。
harm-what-heading = 它能为您带来什么
harm-what-text = 您可以听到您的行为怎样影响了对方。您可以回答对方的问题，如果您是真心的，也可以道歉。很多人说，这帮助他们放下过去，不再惹上麻烦。
harm-expect-heading = 会是什么样的
harm-expect-l1 = 协调员会先和您见面，也许会见几次，帮您做好准备。
harm-expect-l2 = 他们会确认您承认自己做的事是错的。您不需要说得很完美。
harm-expect-l3 = 如果对方同意，您可能会和对方见面、给对方写信，或者互相传话。
harm-expect-l4 = 您可以带一位陪同的人。您可以随时停止。
harm-limits-heading = 它不能保证什么
harm-limits-l1 = 这不是让您得到较轻判决的办法。它可以在判决之前进行，法庭也可能会等它完成后再判决。但我们不能对法庭、监狱或缓刑监督作出任何保证。
harm-limits-l2 = 对方可能会拒绝。这是对方的权利，我们也不会把对方的个人信息告诉您。
harm-limits-l3 = 这件事的中心是被您伤害的人。只有对他们合适，才会进行。
harm-limits-text = 如果对方拒绝，我们会温和地告诉您。我们可以和您谈谈还有什么别的办法可能有帮助。
harm-start-heading = 怎样开始
harm-start-text = 您可以自己联系我们，也可以请您的缓刑监督官、青少年工作者或监狱工作人员替您申请。我们会先和您详细谈一谈。
harm-start-link = 开始申请

## For professionals

pro-title = 专业人员须知
pro-intro = 本页面是写给警察、缓刑监督、受害者服务、青少年犯罪工作团队（youth offending teams）、监狱和其他想把人转介给我们的工作人员的。
pro-who-heading = 谁可以转介
pro-who-text = 任何工作人员都可以转介受到犯罪伤害的人，或者造成伤害的人。包括警察、缓刑监督、受害者关怀、青少年犯罪工作团队、社区安全团队、监狱、医疗、住房和慈善机构。
pro-consent-heading = 先征求同意
pro-consent-text = 请先问问当事人。告诉对方什么是恢复性司法，以及我们会联系他们。如果您是警察，还没有问过当事人，您仍然可以转介他们。请使用表格，或者打电话 { $phone } 给我们。我们会先联系当事人，问他们是否想要我们的帮助。
pro-how-heading = 怎样转介
pro-how-text = 请使用和公众一样的网上表格。开始时，选择为别人申请的选项。您也可以打电话 { $phone } 或发电子邮件到 { $email }。
pro-how-link = 把人转介给我们
pro-info-heading = 哪些信息对我们有帮助
pro-info-l1 = 怎样、在什么时候可以安全地联系当事人。
pro-info-l2 = 任何语言、翻译或无障碍方面的需要。
pro-info-l3 = 发生了什么，如果有报案编号，也请提供。
pro-info-l4 = 案件目前的进展：比如正在等待开庭，或者已经判决。
pro-info-l5 = 我们应该知道的任何风险，比如家庭暴力或威胁。
pro-info-l6 = 如果您知道，请提供另一方的信息。
pro-after-heading = 之后我们会告诉您什么
pro-after-text = 我们联系上当事人后会告诉您，也会告诉您案件的进展。人们私下告诉我们的内容，我们不会透露，除非他们同意，或者有人面临风险。
pro-young-heading = 造成伤害的年轻人
pro-young-text = 如果造成伤害的人未满 18 岁，我们会先和当地的 Youth Offending Team 联系。通常由他们为年轻人开展恢复性司法。
pro-leaflet-heading = 宣传单
pro-leaflet-text = 您可以打印我们每种语言的单页宣传单，用来分发或贴在墙上。

## What the evidence says

evidence-title = 研究结果怎么说
evidence-intro = 在 England 和 Wales，人们对恢复性司法做过认真的研究。下面是研究的发现。
evidence-satisfied-heading = 大多数受害者很高兴自己参加了
evidence-satisfied-text = 一项为英国司法部（Ministry of Justice）所做的研究，询问了在会面（也叫“会议”）中见过伤害自己的人的受害者。85% 的人说他们感到满意。
evidence-crime-heading = 之后犯罪更少
evidence-crime-text = 同一项研究还发现，造成伤害的人如果参加了，后来犯罪的次数比没有参加的类似的人少了大约 14%。
evidence-aware-heading = 知道它的人很少
evidence-aware-text = 2016 年的一项调查中，只有 28% 的受访者听说过恢复性司法。大多数受访者认为，受害者应该有权和伤害自己的人见面。
evidence-limits = 研究显示的是平均情况，无法告诉您在您身上会发生什么。
evidence-sources-heading = 这些数字的来源
evidence-src-1 = Joanna Shapland 等人为英国司法部（Ministry of Justice）所做的研究，涉及三个恢复性司法项目（2007 年和 2008 年）。
evidence-src-2 = West Midlands Police and Crime Commissioner 的第 009/2015 号决定通知，其中使用了同样的数字。
evidence-src-3 = Ipsos MORI 为 Restorative Justice Council 所做的调查（2016 年）。

## Other support

support-title = 其他支持
support-intro = 其他服务也可以帮助您。参加恢复性司法，绝不会妨碍您使用这些服务。
support-police-heading = 警察
support-police-999 = 紧急情况请拨打 999。
support-police-55 = 如果您不方便说话，请用手机拨打 999，听到提示时按 55。这叫做“无声求助”（Silent Solution）。
support-police-101 = 如果要报告不紧急的犯罪，请拨打 101。
support-victims-heading = 给受害者的帮助
support-vs-text = Victim Support 是一个慈善机构，为所有受到犯罪影响的人提供免费帮助，即使没有报案也可以。免费电话：08 08 16 89 111。
support-abuse-heading = 家庭暴力和性暴力
support-da-text = National Domestic Abuse Helpline（全国家庭暴力求助热线）免费，日夜开放：0808 2000 247。
support-rc-text = Rape Crisis 帮助遭受强奸或性侵害的人，不论事情发生在多久以前。他们的网站上列出了联系方式。
support-feelings-heading = 如果您情绪低落或想找人谈谈
support-sam-text = Samaritans 是一个倾听热线，白天晚上任何时候都会听您说话。免费电话：116 123。
support-young-heading = 年轻人
support-yot-text = 每个地方政府都有一个 Youth Offending Team。这个团队为触犯过法律的 18 岁以下年轻人提供服务，也常常为他们开展恢复性司法。您所在的地方政府可以帮您联系他们。
support-elsewhere-heading = 如果您住在 West Midlands 以外
support-elsewhere-text = England 和 Wales 各地都有恢复性司法服务。Restorative Justice Council（恢复性司法委员会）列出了这些服务。您当地的 Police and Crime Commissioner（警察与犯罪专员）也可以告诉您附近由谁提供服务。
support-links-heading = 网站
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

online-title = 上网时保护自己
online-intro = 如果有人查看您的手机或电脑，他们可能会发现您上过这个网站。下面是一些保护自己的方法。
online-exit-heading = 离开按钮有什么作用
online-exit-does = 点“{ quick-exit }”按钮，会马上把您带到一个天气网站。您也可以连按 3 次 Shift 键。它会删除您在我们表格中已经填写的答案，也会删除我们的 Cookie。
online-exit-doesnt = 它不会删除您的浏览器历史记录。别人仍然可能看到您来过这里。所以请阅读下面的建议。
online-private-heading = 使用无痕浏览
online-private-text = 在无痕窗口中，浏览器不会记录您访问过的页面。访问我们的网站之前，请先打开一个无痕窗口：
online-private-chrome = Chrome：打开菜单，选择“新建无痕式窗口”。
online-private-edge = Edge：打开菜单，选择“新建 InPrivate 窗口”。
online-private-firefox = Firefox：打开菜单，选择“新建隐私窗口”。
online-private-safari = Safari：打开“文件”菜单，选择“新建无痕浏览窗口”。
online-history-heading = 清除历史记录
online-history-text = 如果您没有使用无痕窗口，可以把本网站从历史记录中删除。
online-history-windows = 在 Windows 电脑上使用 Chrome、Edge 或 Firefox 时：同时按下 Ctrl、Shift 和 Delete 键，然后选择要清除的内容。
online-history-mac = 在 Mac 电脑上使用 Safari 时：打开“历史记录”菜单，选择“清除历史记录”。
online-history-iphone = 在 iPhone 上：打开“设置”，再点“Safari 浏览器”，然后点“清除历史记录与网站数据”。
online-history-android = 在 Android 手机上使用 Chrome 时：点右上角的三个点，再点“历史记录”，然后点“删除浏览数据”。
online-history-care = 如果您清除了全部历史记录，查看的人可能会发现。您也许只想删除本网站的页面。
online-device-heading = 使用更安全的设备
online-device-text = 最安全的办法，是使用对方接触不到的手机或电脑。比如朋友的手机、工作单位的电脑，或者图书馆的电脑。
online-other-heading = 其他需要注意的地方
online-other-l1 = 电子邮件和短信：删除我们发来的、您不想让别人看到的邮件和短信。然后清空“已删除”文件夹。
online-other-l2 = 共用账户：如果您和别人共用 Google、Apple 或 Microsoft 账户，您的历史记录可能会出现在其他设备上。
online-other-l3 = 电话：我们的号码可能会出现在您的通话记录里。您可以把它删除。
online-other-l4 = 如果您认为有人在您的手机上装了监控软件，请用另一部手机联系我们或警方。

## Questions people ask

faq-title = 常见问题
faq-intro = 常见问题的简短回答。大多数回答都有链接，可以看到更详细的内容。
faq-what-q = 什么是恢复性司法？
faq-what-a = 它是一个安全的方式，让受到犯罪伤害的人在一位受过培训的引导人员帮助下，与造成伤害的人交谈。
faq-cost-q = 需要付费吗？
faq-cost-a = 不需要。这是免费的。
faq-police-q = 我必须已经报警吗？
faq-police-a = 不必。不论犯罪有没有报案，您都可以来找我们。
faq-meet-q = 我必须和伤害我的人见面吗？
faq-meet-a = 不必。您可以改为传话、写信或发送录音。您也可以决定完全不进行。
faq-stop-q = 我可以改变主意吗？
faq-stop-a = 可以，任何时候都可以，即使在当天也可以。您不需要说明理由。
faq-safe-q = 你们怎样保护我的安全？
faq-safe-a = 在任何事情进行之前，一位受过培训的协调员会确认是否安全。如果不安全，就不会进行。
faq-long-q = 需要多长时间？
faq-long-a = 我们会在 5 个工作日内联系您。准备通常需要几个星期。也可能需要更长时间，我们会按照您的节奏来。
faq-old-q = 犯罪发生在很多年前。我还能参加吗？
faq-old-a = 可以。没有时间限制。
faq-forgive-q = 我必须原谅对方吗？
faq-forgive-a = 不必。您可以说出自己真实的感受。
faq-sentence-q = 它会改变判决吗？
faq-sentence-a = 这不是减轻判决的办法。法庭可能会等恢复性司法先进行，再作出判决。但它不会取代法庭，我们也不能对判决作出任何保证。
faq-language-q = 我可以要翻译吗？
faq-language-a = 可以。每一步我们都可以为您安排免费翻译，包括英国手语（British Sign Language）翻译。
faq-refer-q = 我可以替别人申请吗？
faq-refer-a = 可以，只要对方同意。警察、缓刑监督等工作人员也使用同一个表格。
faq-work-q = 它有用吗？
faq-work-a = 一项为英国司法部（Ministry of Justice）所做的研究发现，在会面（也叫“会议”）中见过对方的受害者里，85% 的人感到满意。
faq-data-q = 你们会怎样使用我的个人信息？
faq-data-a = 我们只用它们为您提供这项服务。我们会妥善保管，没有正当理由不会透露给别人。
faq-online-q = 别人能看出我访问过这个网站吗？
faq-online-a = 有可能。我们的“上网时保护自己”页面会告诉您怎样隐藏您的访问记录。
faq-help-q = 我还可以在哪里得到帮助？
faq-help-a = 很多其他服务也可以帮助您。在这里参加，绝不会妨碍您使用那些服务。

## Privacy notice

privacy-title = 隐私声明
privacy-intro = 本声明告诉您，我们会怎样处理您的个人信息，以及您有哪些权利。保护您个人信息的法律是 UK GDPR（英国《通用数据保护条例》）和 Data Protection Act 2018（《2018 年数据保护法》）。
privacy-who-heading = 谁负责管理您的个人信息
privacy-who-text = { $controller } 负责管理您的个人信息。法律上把这叫做“数据控制者”。意思是由他们决定怎样使用您的个人信息，而且他们必须妥善保管。他们的地址是 { $address }。
privacy-ico-text = 他们在 Information Commissioner's Office（ICO，英国负责数据保护的监管机构）名单上的登记号码是 { $ico }。
privacy-contact-text = 如果想询问有关您个人信息的事，请发电子邮件到 { $email }，或拨打 { $phone }。
privacy-collect-heading = 我们收集哪些信息
privacy-collect-l1 = 您的姓名，以及怎样安全地联系您。
privacy-collect-l2 = 发生了什么，以及法庭案件进行到哪一步。
privacy-collect-l3 = 另一方的信息，如果您提供的话。
privacy-collect-l4 = 您需要我们提供什么，比如翻译，或者出行方面的帮助。
privacy-collect-l5 = 我们和您通话、见面的记录。
privacy-special-text = 其中有些信息特别私密。可能涉及您的健康、种族、信仰、性生活或犯罪。法律上把这叫做“特殊类别数据”和“刑事犯罪数据”。我们会格外小心地处理这些信息。
privacy-why-heading = 我们为什么使用这些信息
privacy-why-text = 我们只为向您提供恢复性司法服务而使用您的个人信息。也就是联系您、确认是否安全、安排会面或传话，以及之后和您保持联系。我们也会在去掉姓名后统计案件数量，用来报告我们的工作。
privacy-basis-heading = 我们的法律依据
privacy-basis-text = 法律规定，我们使用您的个人信息必须有正当的法律理由。法律上把这叫做“合法依据”。我们的合法依据是：
privacy-basis-l1 = 公共任务：我们为公众提供这项服务，费用来自公共资金。
privacy-basis-l2 = 对于特别私密的信息：您明确的同意，或者重要的公共理由，比如保护人们的安全。
privacy-basis-l3 = 切身利益：只在有人生命受到威胁时。
privacy-share-heading = 我们会和谁分享这些信息
privacy-share-text = 我们绝不会出售您的个人信息。我们只会在以下情况下分享：
privacy-share-l1 = 和您案件中的另一方分享，但只限于您同意转告的内容。
privacy-share-l2 = 和支持服务分享，如果您要求我们这样做。
privacy-share-l3 = 和警方或其他机构分享，如果有人面临危险，或者有儿童或成年人需要保护。
privacy-share-l4 = 和转介您的人或机构分享。我们会告诉他们进展情况，但不会告诉他们您说了什么。
privacy-share-l5 = 和为我们运行电脑系统的公司分享。他们必须妥善保管您的个人信息，而且只能按照我们的要求使用。
privacy-keep-heading = 我们会保存多久
privacy-keep-text = 如果您开始填写我们的表格但没有填完，我们会在几个小时内删除您的答案。案件记录我们只在需要时保存，之后会安全地删除。如果您想知道保存多久，请问我们。
privacy-rights-heading = 您的权利
privacy-rights-l1 = 您可以要求查看我们保存的关于您的个人信息。
privacy-rights-l2 = 您可以要求我们改正错误的信息。
privacy-rights-l3 = 您可以要求我们删除您的个人信息。有时我们必须保留，我们会告诉您原因。
privacy-rights-l4 = 您可以要求我们停止使用您的个人信息，或者少用一些。
privacy-rights-l5 = 您可以随时撤回您的同意。
privacy-rights-text = 如果想行使以上任何权利，请联系我们。这是免费的。我们会在一个月内回复。
privacy-complain-heading = 怎样投诉
privacy-complain-text = 如果您不满意我们使用您个人信息的方式，请先告诉我们。您也可以向 ICO 投诉。他们的求助电话是 0303 123 1113。
privacy-ico-link = 向 ICO 投诉

## Cookies

cookies-title = Cookie
cookies-intro = Cookie 是网站放在您手机或电脑上的小文件。我们尽量少用。
cookies-reading-heading = 如果您只是阅读我们的页面
cookies-reading-text = 我们不会在您的设备上放任何 Cookie。
cookies-form-heading = 如果您开始填写我们的表格
cookies-form-text = 我们会设置一个 Cookie，这样您在不同页面之间切换时，表格能记住您的答案。没有它表格就无法使用，所以我们不会事先询问。
cookies-form-name = 名称：rj_session。在安全连接上，它的名称是 __Host-rj_session。
cookies-form-what = 里面保存什么：一个随机代码，用来把您和您的答案对应起来。它不保存您的姓名或答案。
cookies-form-how-long = 保存多久：直到您关闭浏览器。您停止填写几个小时后，我们这边保存的答案就会被删除。
cookies-none-heading = 不跟踪
cookies-none-text = 我们不使用 Cookie 统计访客人数，也不用来显示广告。没有任何其他公司通过我们的网站在您的设备上放 Cookie。
cookies-exit-text = “{ quick-exit }”按钮会马上删除我们的 Cookie。

## Accessibility statement

access-title = 无障碍声明
access-intro = 本声明是关于这个网站的。我们希望尽可能多的人都能使用它。
access-using-heading = 使用本网站
access-using-text = 您应该能够：
access-using-l1 = 使用您自己的设置更改颜色和字体
access-using-l2 = 放大到 400%，仍然能读到所有文字
access-using-l3 = 只用键盘就能使用整个网站
access-using-l4 = 使用屏幕阅读器，比如 NVDA、JAWS 或 VoiceOver
access-using-l5 = 在关闭 JavaScript 的情况下使用本网站
access-using-l6 =
    用 { $languages ->
       *[other] { $languages } 种语言
    }阅读，包括简易英文版（Easy Read English）
access-plain = 我们也尽量让文字简单易读。
access-status-heading = 本网站在多大程度上符合规定
access-status-text = 这些规定叫做《网页内容无障碍指南》（WCAG）2.2 版。本网站符合 AA 级的大部分要求。因为下面列出的问题，目前还没有完全符合。
access-known-heading = 我们已知的问题
access-known-l1 = 我们的大部分译文还没有经过专业译员检查。这些页面上都有说明。任何语言我们都可以安排翻译。
access-known-l2 = 屏幕阅读器无法读取印刷版宣传单上的二维码。二维码旁边印有网址。
access-known-l3 = 指向其他网站的链接，会打开不由我们管理的页面。这些页面可能比较难用。
access-formats-heading = 其他格式
access-formats-text = 如果您需要用其他方式获得这些信息，比如大字版、简易版、音频或盲文，请发电子邮件到 { $email } 或拨打 { $phone }。我们会在 5 个工作日内回复。
access-report-heading = 告诉我们遇到的问题
access-report-text = 如果您发现这里没有列出的问题，或者您认为我们没有符合规定，请发电子邮件到 { $email }。
access-enforce-heading = 如果您不满意我们的答复
access-enforce-text = Equality and Human Rights Commission（EHRC，平等与人权委员会）负责确保公共网站遵守规定。如果您不满意我们处理您问题的方式，请联系 Equality Advisory and Support Service（EASS，平等咨询与支持服务）。
access-eass-link = Equality Advisory and Support Service（平等咨询与支持服务）
access-testing-heading = 我们怎样测试本网站
access-testing-text = 每个页面都由电脑在真实的浏览器中测试，每种语言都测试，包括从右向左书写的语言。我们也用键盘和小屏幕进行测试，并检查英文是否容易阅读。
access-prepared = 我们在 2026 年 11 月写了这份声明。每次网站有改动时，我们都会检查它。

## Complaints

complaints-title = 投诉
complaints-intro = 如果我们做错了什么，请告诉我们。投诉绝不会影响您从我们这里得到的帮助。
complaints-how-heading = 怎样投诉
complaints-how-text = 您可以通过电话或电子邮件投诉，也可以请别人替您投诉。请告诉我们发生了什么，以及您希望我们怎么做。
complaints-steps-heading = 接下来会怎样
complaints-step-1 = 我们会在 5 个工作日内告诉您，我们已经收到您的投诉。
complaints-step-2 = 一位没有参与您案件的经理会进行调查。他们可能会打电话和您详细谈谈。
complaints-step-3 = 我们会在 20 个工作日内给您书面答复。如果需要更长时间，我们会告诉您原因。
complaints-step-4 = 如果您仍然不满意，一位高级经理会再看一次。
complaints-outside-heading = 如果您仍然不满意
complaints-outside-text = 如果您仍然不满意，可以请 West Midlands Police and Crime Commissioner（西米德兰兹警察与犯罪专员，由选举产生，负责监督当地警务）的办公室处理您的投诉。专员为我们的服务出资。我们会把他们的联系方式给您。如果您的投诉与您的个人信息有关，您也可以找 ICO。
complaints-help-heading = 投诉时的帮助
complaints-help-text = 朋友、家人或权益代言人可以替您投诉。我们可以为您安排翻译。
complaints-funder-text = { $service } 的费用由 West Midlands Police and Crime Commissioner 支付。所以，如果我们无法解决您的问题，他们的办公室可以处理您的投诉。

## Contact us

contact-title = 联系我们
contact-intro = 您可以和我们谈谈恢复性司法、问问题，或者开始申请。这是免费、保密的。
contact-start-heading = 其他开始的方式
contact-refer-link = 在网上为自己或为别人提出申请
contact-call-back-link = 请我们给您回电
contact-relay-heading = 如果您是聋人，或者听力、说话有困难
contact-relay-text = 您可以通过 Relay UK（为听障和言语障碍人士提供的电话转接服务）给我们打电话。用文字电话或 Relay UK 应用程序，先拨 18001，再拨我们的号码。
contact-bsl-text = 如果您使用英国手语（British Sign Language，BSL），可以通过 BSL 视频转接服务给我们打电话。一位手语翻译会通过视频加入通话，替您和我们说话。我们也可以免费为会面预约 BSL 手语翻译。
contact-language-heading = 其他语言
contact-language-text = 我们可以为您安排免费翻译。请打电话给我们，说出您的语言名称。我们会安排翻译，再给您回电。

## Leaflet

leaflet-title = 可打印的宣传单
leaflet-print-note = 这是我们的单页宣传单。要用 A4 纸打印，请使用浏览器的“打印”功能。
leaflet-heading = 受到犯罪伤害？您的声音可以被听到。
leaflet-what = 恢复性司法帮助受到犯罪伤害的人，与造成伤害的人交谈，或者给对方传话。一位受过培训的引导人员会确保整个过程安全。
leaflet-facts-heading = 重要信息
leaflet-fact-any = 任何犯罪，任何时间。您不需要已经向警方报案。
leaflet-fact-interpreter = 我们可以为您安排免费翻译。
leaflet-contact-heading = 联系我们
leaflet-qr = 用手机相机扫描这个二维码，就可以打开我们的网站。

## Something went wrong (500)

server-error-title = 对不起，出了点问题
server-error-text = 我们这边出了问题。请过几分钟再试一次。如果问题一直存在，请打电话 { $phone } 给我们。
server-error-home-link = 前往首页

## Added with the journeys

contact-withdraw-heading = 停止您的申请
contact-withdraw-text = 您可以随时停止。您不必说明原因。
contact-withdraw-link = 要求停止您的申请
online-autofill-heading = 浏览器自动帮您填写表格
online-autofill-text = 我们的表格允许您的浏览器自动填写您的姓名、电话号码和电子邮件。这样可以节省时间。但您的浏览器之后可能会记住这些信息。
online-autofill-off = 如果别人也用您的设备，请使用无痕浏览，或者在浏览器设置中关闭自动填充。对于您写下的发生了什么，我们会要求浏览器不要自动填写，也不要记住。
