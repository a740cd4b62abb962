## The referral, call-back and withdrawal journeys.
## Ids follow field names: q-NAME is the question, q-NAME-hint its hint, q-NAME-OPTION an
## option, q-NAME-error the message when a needed answer is missing.

## Buttons and links shared by every question page

button-start = 现在开始
button-continue = 继续
button-send = 发送
button-carry-on = 继续填写
button-skip = 跳过这些问题
link-back = 返回
select-choose = 选择月份
spam-trap-label = 这一栏请留空
offer-call-back = 您也可以请我们打电话给您
check-change = 修改
check-not-answered = 未回答
consent-privacy-link = 了解我们怎样使用您的信息（隐私声明）
textarea-count =
    您已经用了 { $used } 个字符，最多 { $max ->
       *[other] { $max } 个
    }。

## Errors

error-summary-title = 有一个问题
error-prefix = 错误：
error-title-prefix = 错误：
error-choose-from-list = 请从列表中选择一个答案
error-too-long =
    请使用不超过 { $count ->
       *[other] { $count } 个字符
    }
error-phone = 请输入电话号码，比如 07700 900 982 或 +48 601 234 567
error-email = 请输入电子邮件地址，比如 name@example.com
error-postcode = 请输入邮政编码，比如 B1 1BB
error-year = 请用 4 位数字输入年份，比如 2024
error-years = 请输入年数，比如 3
error-crime-reference = 报案编号只能包含字母、数字、/ 和 -
error-reference = 请输入您的编号，比如 RJ-HK4M-7TWX
error-date-future = 日期必须是过去的日期
error-too-fast = 请检查您的答案，然后再发送一次

## Start pages

start-referral-title = 申请恢复性司法服务
start-referral-body =
    我们会问您一些关于您自己和所发生事情的问题。大约需要 15 分钟。

    这是免费的，也是保密的。除非您愿意，否则什么都不会发生。您可以随时停止。

    任何您现在不想告诉我们的内容，都可以跳过。之后，我们团队的一位成员会按照您选择的方式联系您。
start-call-back-title = 请我们打电话给您
start-call-back-body =
    请告诉我们一个电话号码，以及方便打电话的时间。大约需要 3 分钟。

    我们会打电话回答您的问题。您不必在电话里作出任何决定。
start-withdrawal-title = 停止您的申请
start-withdrawal-body =
    您可以随时停止，不论什么原因。您不必告诉我们为什么。

    您需要提供我们给您的编号。
start-kept-for =
    您填写表格时，我们会把您的答案在我们的服务器上保存最多 { $hours ->
       *[other] { $hours } 个小时
    }。您发送答案，或者按“{ quick-exit }”后，答案就会被删除。

## Referral: who it is for

q-for-whom = 这是为谁申请？
q-for-whom-me = 为我自己
q-for-whom-someone-else = 为别人，对方同意这样做
q-for-whom-error = 请选择这是为谁申请

step-referral-on-behalf = 关于您
q-relationship = 您和这个人是什么关系？
q-relationship-family = 我是家人
q-relationship-friend = 我是朋友
q-relationship-supporter = 我在支持他们（比如护理人员或权益代言人）
q-relationship-professional = 我在工作中和他们接触
q-relationship-error = 请选择您和这个人的关系
q-organisation-type = 您在哪里工作？
q-organisation-type-police = 警察
q-organisation-type-probation = 缓刑监督
q-organisation-type-victim-care = 受害者关怀或支持
q-organisation-type-yot = 青少年犯罪工作团队（Youth Offending Team）
q-organisation-type-prison = 监狱
q-organisation-type-csp = 社区安全合作组织
q-organisation-type-health = 医疗服务，例如家庭医生（GP）或医院
q-organisation-type-school = 学校或学院
q-organisation-type-other = 其他地方
q-organisation-type-error = 请选择您在哪里工作
q-organisation-name = 您的机构名称（可不填）

step-referral-your-details = 您的信息
q-referrer-name = 您的姓名
q-referrer-name-error = 请输入您的姓名
q-referrer-phone = 您的电话号码
q-referrer-phone-error = 请输入您的电话号码
q-referrer-email = 您的电子邮件地址（可不填）

q-agreed = 这个人同意您替他们申请吗？
q-agreed-hint = 我们只能帮助想要我们帮助的人。如果您是警察，还没有问过他们，我们可以替您问他们。
q-agreed-yes = 是的，他们同意
q-agreed-not-asked = 我还没有问他们
q-agreed-no = 不，他们不同意
q-agreed-error = 请选择他们是否同意

step-referral-need-agreement = 我们需要这个人先同意
step-referral-need-agreement-body =
    恢复性司法只有在当事人自己选择时才有用。所以，只有当事人知道并且同意，我们才能接受申请。

    您可以告诉他们这个网站，或者把我们的电话号码给他们。他们可以自己联系我们，或者同意由您替他们发送申请。

    如果您担心他们的安全，紧急情况请拨打 999，不紧急的情况请拨打 101。

step-referral-we-will-ask = 我们会替您问他们
step-referral-we-will-ask-body =
    谢谢您。还没有人问过他们，所以我们会先联系他们，问他们是否想要我们的帮助。除非他们同意，否则什么都不会发生。

    请继续填写，告诉我们您知道的情况。任何您不确定的内容都可以不填。

## Referral: what happened

q-connection = 您和所发生的事情有什么关系？
q-connection-harmed = 我受到了伤害
q-connection-family-harmed = 我的一位家人受到了伤害
q-connection-bereaved = 我的一位家人因为犯罪而去世
q-connection-caused-harm = 我造成了伤害
q-connection-other-affected = 我以其他方式受到了影响
q-connection-error = 请选择您和这件事的关系
q-connection-them = 这个人和所发生的事情有什么关系？
q-connection-them-harmed = 这个人受到了伤害
q-connection-them-family-harmed = 这个人的一位家人受到了伤害
q-connection-them-bereaved = 这个人的一位家人因为犯罪而去世
q-connection-them-caused-harm = 这个人造成了伤害
q-connection-them-other-affected = 这个人以其他方式受到了影响
q-connection-them-error = 请选择这个人和这件事的关系

step-referral-what-happened = 发生了什么
q-crime-type = 这是哪一类犯罪？
q-crime-type-hint = 请选择最接近的一项。您不必提供细节。
q-crime-type-violence = 暴力或人身攻击
q-crime-type-sexual = 性犯罪
q-crime-type-domestic-abuse = 家庭暴力
q-crime-type-hate-crime = 仇恨犯罪
q-crime-type-burglary = 入室盗窃
q-crime-type-robbery = 抢劫
q-crime-type-theft = 偷窃
q-crime-type-criminal-damage = 财物被损坏
q-crime-type-fraud-online = 诈骗或网络犯罪
q-crime-type-harassment = 骚扰或跟踪
q-crime-type-driving = 与驾驶有关的犯罪
q-crime-type-asb = 反社会行为，比如噪音或滋扰
q-crime-type-not-crime = 不属于犯罪的伤害，比如在学校或工作中发生的
q-crime-type-other = 其他
q-crime-type-prefer-not = 我不想说
q-crime-type-error = 请选择犯罪类型，或者选择“我不想说”
q-markers = 以下有没有符合的情况？（可不填）
q-markers-hate = 这是因为我的身份，比如我的种族、宗教、残疾、性取向或性别
q-markers-online = 这件事发生在网上
q-markers-domestic = 这是伴侣、前伴侣或家人做的

step-referral-not-a-crime = 我们提供的是犯罪发生后的帮助
step-referral-not-a-crime-body =
    我们的服务针对的是犯罪造成的伤害。如果在学校、工作单位或家里受到的伤害不属于犯罪，学校、雇主或当地的调解服务也许可以帮助您。

    您仍然可以把您的信息发给我们。我们会阅读，并告诉您谁可以帮助您。

step-referral-anti-social-behaviour = 反社会行为方面的帮助
step-referral-anti-social-behaviour-body =
    反社会行为，比如邻居制造噪音或滋扰，通常不属于犯罪。您当地的地方政府（council）或住房提供者常常有免费的调解服务，可以处理这类问题。

    您仍然可以把您的信息发给我们。我们会阅读，并告诉您谁可以帮助您。

step-referral-when = 发生的时间
q-when = 这件事是什么时候发生的？
q-when-date = 我知道是哪年哪月
q-when-years-ago = 我大概知道是几年前
q-when-not-sure = 我不确定
q-when-error = 请选择发生的时间
q-when-month = 月份
q-when-month-error = 请选择月份
q-when-year = 年份
q-when-year-hint = 比如 2024
q-when-year-error = 请输入年份
q-when-years = 是几年前？
q-when-years-error = 请输入是几年前
q-how-long = 这件事持续了多久？（可不填）
q-how-long-hint = 有些伤害只发生一次。有些会持续很长时间。
q-how-long-once = 只发生了一次，或者持续了几天
q-how-long-up-to-3-years = 持续了 3 年以内
q-how-long-more-than-3-years = 持续了超过 3 年
q-how-long-not-sure = 我不确定
q-ongoing = 这件事还在发生吗？或者您担心它会再次发生吗？（可不填）
q-ongoing-yes = 是
q-ongoing-no = 否
q-ongoing-not-sure = 我不确定

step-referral-police = 警方和法庭
q-reported = 这件事报警了吗？
q-reported-hint = 您不需要已经报警，也可以请我们帮助。
q-reported-yes = 报了
q-reported-no = 没有
q-reported-not-sure = 我不确定
q-reported-error = 请选择“报了”、“没有”或“我不确定”
q-crime-reference = 报案编号（可不填）
q-crime-reference-hint = 只在您手边有这个编号时才填写。
q-stage = 这件事现在进展到哪一步？
q-stage-not-reported = 没有报警
q-stage-investigating = 警方正在调查
q-stage-awaiting-court = 正在等待开庭
q-stage-prison = 有人被判入狱
q-stage-community = 有人被判社区刑罚
q-stage-finished = 已经全部结束
q-stage-no-further-action = 警方没有采取进一步行动
q-stage-dont-know = 我不知道
q-stage-error = 请选择现在的进展
q-agencies = 除了警方，还有其他服务机构参与吗？（可不填）
q-agencies-hint = 比如，社会服务部门、支持工作者、心理健康团队或学校。
q-agencies-yes = 有
q-agencies-no = 没有
q-agencies-not-sure = 我不确定

step-referral-where = 地点
q-area-happened = 这件事发生在哪里？
q-area-happened-error = 请选择发生的地点
q-area-lives = 您住在哪里？
q-area-lives-error = 请选择您住在哪里
q-area-lives-them = 这个人住在哪里？
q-area-lives-them-error = 请选择这个人住在哪里
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
q-area-happened-elsewhere = 其他地方
q-area-happened-not-sure = 我不确定
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
q-area-lives-elsewhere = 其他地方
q-area-lives-not-sure = 我不确定

step-referral-outside-area = West Midlands 以外地区的帮助
step-referral-outside-area-body =
    我们的服务地区是 West Midlands。England 和 Wales 各地都有恢复性司法服务，我们可以把您的信息转给您附近的服务。

    您仍然可以把您的信息发给我们。我们会和合适的服务联系，并告诉您结果。

step-referral-other-person = 另一方
q-other-age = 造成伤害的人多大年纪？
q-other-age-hint = 如果伤害是您造成的，请告诉我们被您伤害的人的情况。
q-other-age-under-18 = 未满 18 岁
q-other-age-adult = 18 岁或以上
q-other-age-dont-know = 我不知道
q-other-age-error = 请选择年龄，或者选择“我不知道”
q-other-age-them = 造成伤害的人多大年纪？
q-other-age-them-hint = 如果伤害是您替其申请的这个人造成的，请告诉我们被他们伤害的人的情况。
q-other-age-them-error = 请选择年龄，或者选择“我不知道”
q-other-known = 您知道对方是谁吗？
q-other-known-yes = 知道
q-other-known-no = 不知道
q-other-known-not-sure = 我不确定
q-other-known-error = 请选择“知道”、“不知道”或“我不确定”
q-how-many = 有几个人造成了伤害？
q-how-many-one = 一个人
q-how-many-two-or-three = 2 或 3 个人
q-how-many-more-than-three = 超过 3 个人
q-how-many-dont-know = 我不知道
q-how-many-error = 请选择人数
q-how-many-harmed = 有几个人受到了伤害？（可不填）
q-how-many-harmed-one = 一个人
q-how-many-harmed-two-or-three = 2 或 3 个人
q-how-many-harmed-more-than-three = 超过 3 个人
q-how-many-harmed-dont-know = 我不知道
q-vulnerable = 有没有相关的人需要额外的照顾，才能安全地参加？（可不填）
q-vulnerable-hint = 比如，因为他们的年龄、残疾或心理健康情况。
q-vulnerable-yes = 有
q-vulnerable-no = 没有
q-vulnerable-not-sure = 我不确定

step-referral-young-person = 如果伤害是年轻人造成的
step-referral-young-person-body =
    如果造成伤害的人未满 18 岁，通常由当地的 Youth Offending Team（地方政府为违法的 18 岁以下青少年设立的团队）负责。我们会先和他们谈，并确保您得到合适的帮助。

    您仍然可以把您的信息发给我们。

## Referral: in your own words, about you

step-referral-own-words = 用您自己的话说（可不填）
q-story = 发生了什么？
q-story-hint = 只告诉我们您想说的。这里可以留空。
q-hopes = 您希望发生什么？
q-hopes-hint = 比如，问一个问题、让别人听到您的声音，或者得到道歉。
q-hopes-them = 这个人希望发生什么？
q-hopes-them-hint = 比如，问一个问题、让别人听到自己的声音，或者得到道歉。

step-referral-about-you = 关于您
step-referral-about-you-them = 关于这个人
q-name = 我们应该怎样称呼您？
q-name-hint = 可以是您的名字，或者您喜欢的称呼。
q-name-error = 请输入我们应该怎样称呼您
q-name-them = 我们应该怎样称呼这个人？
q-name-them-hint = 可以是这个人的名字，或者他们喜欢的称呼。
q-name-them-error = 请输入我们应该怎样称呼这个人
q-age-band = 您多大年纪？
q-age-band-under-18 = 未满 18 岁
q-age-band-18-24 = 18 到 24 岁
q-age-band-25-34 = 25 到 34 岁
q-age-band-35-44 = 35 到 44 岁
q-age-band-45-54 = 45 到 54 岁
q-age-band-55-64 = 55 到 64 岁
q-age-band-65-plus = 65 岁或以上
q-age-band-prefer-not = 我不想说
q-age-band-error = 请选择您的年龄，或者选择“我不想说”
q-age-band-them = 这个人多大年纪？
q-age-band-them-error = 请选择这个人的年龄，或者选择“我不想说”

step-referral-under-18 = 如果您未满 18 岁
step-referral-under-18-body =
    任何年龄的人都可以参加恢复性司法。您不需要父母的许可。

    如果您愿意，我们会确保有一位成年人陪着您、支持您，比如父母、护理人员或青少年工作者。

step-referral-under-18-them = 如果这个人未满 18 岁
step-referral-under-18-them-body =
    任何年龄的人都可以参加恢复性司法。他们不需要父母的许可。

    如果他们愿意，我们会确保有一位成年人陪着他们、支持他们，比如父母、护理人员或青少年工作者。

## Referral: contacting you safely

step-referral-contact = 怎样联系您
step-referral-contact-them = 怎样联系这个人
q-contact-ways = 我们可以怎样联系您？
q-contact-ways-hint = 请选择所有对您安全的方式。
q-contact-ways-phone = 打电话
q-contact-ways-text = 发短信
q-contact-ways-email = 发电子邮件
q-contact-ways-letter = 寄信
q-contact-ways-error = 请至少选择一种联系您的方式
q-contact-ways-them = 我们可以怎样联系这个人？
q-contact-ways-them-hint = 请选择所有对这个人安全的方式。
q-contact-ways-them-error = 请至少选择一种联系这个人的方式
q-phone = 电话号码
q-phone-error = 请输入电话号码
q-email = 电子邮件地址
q-email-error = 请输入电子邮件地址
q-address = 地址
q-address-error = 请输入您的地址
q-address-them = 这个人的地址
q-address-them-error = 请输入这个人的地址
q-postcode = 邮政编码
q-postcode-error = 请输入您的邮政编码
q-postcode-them = 这个人的邮政编码
q-postcode-them-error = 请输入这个人的邮政编码

step-referral-contact-safety = 安全地保持联系
q-voicemail-ok = 我们给您留言或发短信安全吗？
q-voicemail-ok-hint = 我们在留言中绝不会说明是什么事。
q-voicemail-ok-yes = 安全
q-voicemail-ok-no = 不安全
q-voicemail-ok-error = 请选择“安全”或“不安全”
q-email-ok = 我们给您发电子邮件安全吗？
q-email-ok-yes = 安全
q-email-ok-no = 不安全
q-email-ok-error = 请选择“安全”或“不安全”
q-email-ok-them = 我们给这个人发电子邮件安全吗？
q-email-ok-them-error = 请选择“安全”或“不安全”
q-safe-times = 什么时候联系您比较安全？（可不填）
q-safe-times-hint = 比如，工作日下午 2 点以后。
q-safe-times-them = 什么时候联系这个人比较安全？（可不填）
q-safe-times-them-hint = 比如，工作日下午 2 点以后。
q-caller-notes = 打电话的人有什么应该说或不应该说的吗？（可不填）
q-caller-notes-hint = 比如，“说是诊所打来的”，或者“说找 Sam”。

## Referral: your needs, your safety

step-referral-needs = 您需要我们提供什么
step-referral-needs-them = 这个人需要我们提供什么
q-language = 您想使用哪种语言？（可不填）
q-language-them = 这个人想使用哪种语言？（可不填）
q-interpreter = 您需要翻译吗？
q-interpreter-yes = 需要
q-interpreter-no = 不需要
q-interpreter-error = 请选择“需要”或“不需要”
q-interpreter-them = 这个人需要翻译吗？
q-interpreter-them-error = 请选择“需要”或“不需要”
q-bsl = 您使用英国手语（British Sign Language，BSL）吗？
q-bsl-yes = 使用
q-bsl-no = 不使用
q-bsl-error = 请选择“使用”或“不使用”
q-bsl-them = 这个人使用英国手语（British Sign Language，BSL）吗？
q-bsl-them-error = 请选择“使用”或“不使用”
q-access = 以下哪些对您有帮助？（可不填）
q-access-them = 以下哪些对这个人有帮助？（可不填）
q-access-large-print = 大字版
q-access-easy-read = 简易读本（Easy Read）
q-access-hearing = 听力方面的帮助
q-access-sight = 视力方面的帮助
q-access-mobility = 行动方面的帮助
q-access-learning-disability = 学习障碍方面的支持
q-access-mental-health = 心理健康方面的支持
q-support-person = 您希望有人陪着您、支持您吗？
q-support-person-hint = 比如，朋友、家人或支持工作者。
q-support-person-yes = 希望
q-support-person-no = 不需要
q-support-person-error = 请选择“希望”或“不需要”
q-support-person-them = 这个人希望有人陪着自己、支持自己吗？
q-support-person-them-hint = 比如，朋友、家人或支持工作者。
q-support-person-them-error = 请选择“希望”或“不需要”

q-safe-now = 您现在安全吗？
q-safe-now-yes = 安全
q-safe-now-no = 不安全
q-safe-now-not-sure = 我不确定
q-safe-now-error = 请选择“安全”、“不安全”或“我不确定”
q-safe-now-them = 这个人现在安全吗？
q-safe-now-them-error = 请选择“安全”、“不安全”或“我不确定”

step-referral-not-safe = 现在就获得帮助
step-referral-not-safe-body =
    如果您有危险，请马上拨打 999。

    如果您不方便说话，请用手机拨打 999。听到有人说话时，按 55。这会让警方知道这是真正的紧急情况。

    如果不是紧急情况，请拨打 101 联系警方。

    等您准备好了，可以继续填写这个表格。我们联系您时会格外小心。

step-referral-not-safe-them = 现在就获得帮助
step-referral-not-safe-them-body =
    如果这个人有危险，请马上拨打 999。

    如果不是紧急情况，请拨打 101 联系警方。

    等您准备好了，可以继续填写这个表格。我们联系这个人时会格外小心。

## Referral: check, consent, send

step-referral-check = 检查您的答案
step-referral-consent = 您的同意
step-referral-consent-body =
    参不参加由您决定。您可以随时停止，即使在发送之后也可以。

    我们会用您的答案联系您，并计划接下来的安排。我们会妥善保管您的答案，只在必须的时候才分享，比如为了保护某人不受伤害。
q-consent = 您的同意
q-consent-agree = 我同意你们使用我的答案，就恢复性司法的事联系我
q-consent-error = 请勾选这个方框表示同意，这样我们才能联系您
step-referral-consent-them = 发送这份申请
step-referral-consent-them-body =
    参不参加，始终由这个人自己决定。他们可以随时停止，即使在您发送之后也可以。

    我们会用这些答案联系这个人，必要时也会联系您，并计划接下来的安排。我们会妥善保管这些答案，只在必须的时候才分享，比如为了保护某人不受伤害。
q-consent-them = 您的同意
q-consent-them-agree = 我同意你们使用这些答案，就恢复性司法的事联系这个人，必要时也联系我
q-consent-them-error = 请勾选这个方框表示同意，这样我们才能联系这个人

## Call back

step-call-back-your-details = 您的信息
step-call-back-when = 什么时候打电话
q-call-days = 哪几天最方便？（可不填）
q-call-days-monday = 星期一
q-call-days-tuesday = 星期二
q-call-days-wednesday = 星期三
q-call-days-thursday = 星期四
q-call-days-friday = 星期五
q-call-times = 一天中什么时间最方便？（可不填）
q-call-times-morning = 上午
q-call-times-lunchtime = 中午
q-call-times-afternoon = 下午
step-call-back-language = 语言
q-call-reason = 您想谈些什么？（可不填）
q-call-reason-hint = 写几个字就可以。这里也可以留空。
step-call-back-check = 检查您的答案
step-call-back-consent = 您的同意
step-call-back-consent-body =
    我们只会用您的电话号码给您回电，谈恢复性司法的事。

## Withdrawal

step-withdrawal-details = 停止您的申请
step-withdrawal-details-body =
    请告诉我们您的编号，以及我们可以怎样确认是您本人。在这里，我们不会向您显示任何关于您申请的内容。
q-reference = 您的编号
q-reference-hint = 编号以 RJ 开头，比如 RJ-HK4M-7TWX。
q-reference-error = 请输入您的编号
q-withdraw-contact = 您的电话号码或电子邮件地址
q-withdraw-contact-hint = 请填写您之前给我们的那个，这样我们可以确认是您本人。
q-withdraw-contact-error = 请输入您的电话号码或电子邮件地址
q-withdraw-reason = 您为什么想停止？（可不填）
q-withdraw-reason-hint = 您不必告诉我们。
q-withdraw-confirm = 确认
q-withdraw-confirm-confirm = 我想停止我的申请
q-withdraw-confirm-error = 请勾选这个方框，确认您想停止

## Confirmation

sent-referral-title = 我们已经收到您的申请
sent-call-back-title = 我们会给您回电
sent-withdrawal-title = 我们已经收到您停止申请的要求
sent-reference = 您的编号是
sent-keep-reference = 请妥善保管这个编号。您以后为这件事联系我们时会需要它。
sent-next-heading = 接下来会怎样
sent-referral-next = 我们团队的一位成员会在 { $date } 之前，用您说安全的方式联系您。
sent-call-back-next = 我们会在 { $date } 之前给您打电话。
sent-withdrawal-next = 我们会停止处理您的申请。如果联系您是安全的，我们会在 { $date } 之前向您确认。
sent-contact-heading = 联系我们
sent-withdraw-heading = 如果您改变主意
sent-withdraw-text = 您可以随时停止。
sent-withdraw-link = 停止您的申请
sent-support-heading = 等待期间的支持
sent-support-text = 不论您是否参加恢复性司法，您随时都可以从 Victim Support（帮助犯罪受害者的慈善机构）得到免费支持。紧急情况请拨打 999。
sent-print = 为了留下记录，请把您的编号写下来，或者打印这个页面。
sent-equality-heading = 帮助我们做到公平（可不填）
sent-equality-text = 回答几个关于您的问题，可以帮助我们检查是否公平对待每一个人。您的答案会和您的申请分开保存。
sent-equality-link = 回答平等问题
sent-home-link = 前往首页

## Equality monitoring

step-referral-equality = 帮助我们做到公平
step-referral-equality-body =
    这些问题可以不回答。您的答案会和您的申请分开保存，只用来统计我们帮助了多少人。
q-eq-age = 您多大年纪？
q-eq-age-under-18 = 未满 18 岁
q-eq-age-18-24 = 18 到 24 岁
q-eq-age-25-34 = 25 到 34 岁
q-eq-age-35-44 = 35 到 44 岁
q-eq-age-45-54 = 45 到 54 岁
q-eq-age-55-64 = 55 到 64 岁
q-eq-age-65-plus = 65 岁或以上
q-eq-age-prefer-not = 我不想说
q-eq-sex = 您的性别是什么？
q-eq-sex-female = 女
q-eq-sex-male = 男
q-eq-sex-prefer-not = 我不想说
q-eq-gender-same = 您认同的性别和您出生时登记的性别相同吗？
q-eq-gender-same-yes = 相同
q-eq-gender-same-no = 不相同
q-eq-gender-same-prefer-not = 我不想说
q-eq-ethnicity = 您属于哪个族裔群体？
q-eq-ethnicity-white-british = 白人：英格兰人、威尔士人、苏格兰人、北爱尔兰人或英国人
q-eq-ethnicity-white-irish = 白人：爱尔兰人
q-eq-ethnicity-white-gypsy-traveller = 白人：吉普赛人或爱尔兰流浪者（Irish Traveller）
q-eq-ethnicity-white-roma = 白人：罗姆人
q-eq-ethnicity-white-other = 白人：任何其他白人背景
q-eq-ethnicity-mixed-white-black-caribbean = 混血：白人和加勒比黑人
q-eq-ethnicity-mixed-white-black-african = 混血：白人和非洲黑人
q-eq-ethnicity-mixed-white-asian = 混血：白人和亚洲人
q-eq-ethnicity-mixed-other = 混血：任何其他混血或多种族背景
q-eq-ethnicity-asian-indian = 亚洲人或亚裔英国人：印度人
q-eq-ethnicity-asian-pakistani = 亚洲人或亚裔英国人：巴基斯坦人
q-eq-ethnicity-asian-bangladeshi = 亚洲人或亚裔英国人：孟加拉人
q-eq-ethnicity-asian-chinese = 亚洲人或亚裔英国人：华人
q-eq-ethnicity-asian-other = 亚洲人或亚裔英国人：任何其他亚洲背景
q-eq-ethnicity-black-african = 黑人、英国黑人、加勒比人或非洲人：非洲人
q-eq-ethnicity-black-caribbean = 黑人、英国黑人、加勒比人或非洲人：加勒比人
q-eq-ethnicity-black-other = 黑人、英国黑人、加勒比人或非洲人：任何其他背景
q-eq-ethnicity-other-arab = 其他族裔群体：阿拉伯人
q-eq-ethnicity-other-any = 任何其他族裔群体
q-eq-ethnicity-prefer-not = 我不想说
q-eq-disability = 您有残疾或长期健康问题吗？
q-eq-disability-yes = 有
q-eq-disability-no = 没有
q-eq-disability-prefer-not = 我不想说

## Too many tries

busy-title = 请稍等一下
busy-text =
    在短时间内，我们从您的网络连接收到了很多答案。请等 { $minutes ->
       *[other] { $minutes } 分钟
    }，然后再试一次。
busy-back = 请用浏览器的“返回”按钮回到您的答案。您的答案还在。

## Our database is not answering

store-down-title = 我们现在无法保存您的答案
store-down-text = 我们这边出了问题。您在前面几页填写的答案都还保留着。您在这一页输入的内容还在您的浏览器里：请用浏览器的“返回”按钮回到这一页，然后过几分钟再试一次。如果问题一直存在，请打电话 { $phone } 给我们。


## Participant feedback: a one-time link staff give someone after their case has ended

feedback-title = 请告诉我们您的体验
feedback-intro = 谢谢您的参与。您的答案能帮助我们为其他人把服务做得更好。我们只做统计：没有人会把答案和您的名字放在一起看。
feedback-prefer-not = 每个问题您都可以选择“我不想说”。
q-fb-service = 您对我们为您提供的服务有多满意？
q-fb-service-very-satisfied = 非常满意
q-fb-service-satisfied = 满意
q-fb-service-neither = 说不上满意，也说不上不满意
q-fb-service-dissatisfied = 不满意
q-fb-service-very-dissatisfied = 非常不满意
q-fb-service-prefer-not = 我不想说
q-fb-service-error = 请选择您的满意程度，或者选择“我不想说”
q-fb-outcome = 您对事情最后的结果有多满意？
q-fb-outcome-very-satisfied = 非常满意
q-fb-outcome-satisfied = 满意
q-fb-outcome-neither = 说不上满意，也说不上不满意
q-fb-outcome-dissatisfied = 不满意
q-fb-outcome-very-dissatisfied = 非常不满意
q-fb-outcome-prefer-not = 我不想说
q-fb-outcome-error = 请选择您的满意程度，或者选择“我不想说”
q-fb-safety = 和以前相比，您现在觉得有多安全？
q-fb-safety-better = 比以前更安全
q-fb-safety-same = 和以前差不多
q-fb-safety-worse = 没有以前安全
q-fb-safety-prefer-not = 我不想说
q-fb-safety-error = 请选择一个答案，或者选择“我不想说”
q-fb-wellbeing = 和以前相比，您现在整体感觉怎么样？
q-fb-wellbeing-better = 比以前好
q-fb-wellbeing-same = 和以前差不多
q-fb-wellbeing-worse = 比以前差
q-fb-wellbeing-prefer-not = 我不想说
q-fb-wellbeing-error = 请选择一个答案，或者选择“我不想说”
q-fb-coping = 和以前相比，您现在面对发生过的事情，应付得怎么样？
q-fb-coping-better = 比以前好
q-fb-coping-same = 和以前差不多
q-fb-coping-worse = 比以前差
q-fb-coping-prefer-not = 我不想说
q-fb-coping-error = 请选择一个答案，或者选择“我不想说”
q-fb-confidence = 和以前相比，您现在对警方和法庭有多少信心？
q-fb-confidence-better = 信心比以前多
q-fb-confidence-same = 和以前差不多
q-fb-confidence-worse = 信心比以前少
q-fb-confidence-prefer-not = 我不想说
q-fb-confidence-error = 请选择一个答案，或者选择“我不想说”
feedback-gone-title = 这个链接已经不能用了
feedback-gone-text = 每个反馈链接只能用一次，而且只在几个星期内有效。如果您还想告诉我们您的体验，请打电话 { $phone } 给我们。
feedback-thanks-title = 谢谢您
feedback-thanks-text = 我们已经收到您的答案。它们能帮助我们为下一个人把服务做得更好。
