// The public site's only script: small enhancements to pages that work without it.
// 1. Quick exit. Pressing Shift 3 times within 5 seconds, or clicking an exit link, hides the
//    page at once and leaves with location.replace, so Back does not bring this page back.
//    /exit also deletes any answers kept on the server and tells the browser to clear what it
//    holds for us. Without JavaScript the exit links are ordinary links to /exit.
// 2. Character counters under text boxes update as you type (the server writes them too).
// 3. Forms say that this script ran (a hidden js=1), for the anonymous count of forms sent
//    with and without JavaScript. Nothing else is sent, and nothing is kept in the browser.
(function () {
  "use strict";
  var presses = [];
  function leave(event) {
    if (event) event.preventDefault();
    document.documentElement.style.display = "none";
    document.title = "";
    window.location.replace("/exit");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 5000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-quick-exit]");
    if (link) leave(event);
  });
  var hints = document.querySelectorAll(".quick-exit-hint");
  for (var i = 0; i < hints.length; i++) hints[i].hidden = false;

  // The counter's sentence comes from the server in the page's language; only the numbers
  // change. It is announced politely, and only after typing pauses.
  var boxes = document.querySelectorAll("textarea[data-max]");
  for (var j = 0; j < boxes.length; j++) (function (box) {
    var counter = document.querySelector('[data-counter-for="' + box.name + '"]');
    var template = counter && counter.getAttribute("data-template");
    if (!template) return;
    counter.setAttribute("aria-live", "polite");
    // Numbers in the page's own digits, as the server writes them (CLDR through ICU4X there,
    // the browser's CLDR here).
    var format = String;
    try {
      var numbers = new Intl.NumberFormat(counter.getAttribute("data-locale") || undefined);
      format = numbers.format.bind(numbers);
    } catch (e) { /* an old browser: plain digits */ }
    var timer;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        counter.textContent = template.replace("{n}", format(Array.from(box.value).length));
      }, 400);
    });
  })(boxes[j]);
  var forms = document.querySelectorAll('form[method="post"]');
  for (var k = 0; k < forms.length; k++) {
    var ran = document.createElement("input");
    ran.type = "hidden";
    ran.name = "js";
    ran.value = "1";
    forms[k].appendChild(ran);
  }
})();
