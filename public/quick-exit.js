// Quick exit. Pressing Shift 3 times within 5 seconds, or clicking an exit link, hides the page
// at once and leaves with location.replace, so Back does not bring this page back. /exit also
// deletes any answers kept on the server and tells the browser to clear what it holds for us.
// Without JavaScript the exit links are ordinary links to /exit.
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
})();
