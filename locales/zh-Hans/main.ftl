## Shared by every page

language-name = 简体中文
language-switcher-label = 选择语言
skip-to-content = 跳到主要内容
quick-exit = 离开本网站
quick-exit-keyboard = 马上离开本网站
quick-exit-hint = 或者连按 3 次 Shift 键
contact-phone-label = 免费电话：
contact-email-label = 电子邮件：
footer-nav-label = 关于本网站
footer-privacy = 隐私
footer-accessibility = 无障碍
footer-cookies = Cookie
footer-complaints = 投诉
footer-contact = 联系我们
footer-promise = 免费、保密，由您决定。

## Home page

home-title = 恢复性司法：受到犯罪伤害后的帮助
promise-free = 这是免费的。
promise-confidential = 这是保密的。您告诉我们的内容，我们会妥善保管。
promise-choice = 这由您决定。您可以随时停止。
home-contact-heading = 和我们谈谈
home-contact-text = 您可以打电话或发电子邮件给我们。我们可以为您安排翻译。
home-danger-heading = 如果您现在有危险
home-danger-text = 请拨打 999。如果您不方便说话，请用手机拨打 999，听到有人说话时按 55。

## Not found

not-found-title = 找不到这个页面
not-found-text = 我们找不到这个页面。网址可能有误，或者页面可能已经移走了。
not-found-home-link = 前往英文首页

## Languages (the switcher on every page, the Languages page, and the line on draft translations)

# The switcher's button: "Language" in this language. The current language's own name follows it.
language-switcher-button = 语言
languages-title = 语言
languages-intro = 您可以用以下语言阅读本网站。每种语言都用它自己的文字和英文显示。您选择语言后，仍会停留在原来的页面。
languages-interpreter = 如果这里没有您的语言，请拨打免费电话 { $phone }。告诉我们您的语言名称，我们会安排翻译，再给您回电。
footer-languages = 语言
# Shown at the top of every page in a translation that a qualified translator has not yet checked.
translation-draft = 这份译文还没有经过专业译员检查。如果有不清楚的地方，请拨打免费电话 { $phone }，我们会为您安排翻译。
