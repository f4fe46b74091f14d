// sayso: small enhancements only; every page works without this script.
// On an article page, selecting a highlight shows its claim(s) in a popup instead of
// following the link (the link, and the highlight's title, are what a reader without
// scripts gets).
(function () {
  "use strict";
  var popup = null;
  function close() { if (popup) { popup.remove(); popup = null; } }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.ev") : null;
    if (!link) { if (popup && !popup.contains(event.target)) close(); return; }
    event.preventDefault();
    close();
    document.querySelectorAll("mark.selected").forEach(function (m) { m.classList.remove("selected"); });
    var mark = link.querySelector("mark");
    if (mark) mark.classList.add("selected");
    popup = document.createElement("div");
    popup.className = "popup";
    popup.setAttribute("role", "dialog");
    (link.getAttribute("data-claims") || "").split(" ").forEach(function (id) {
      var item = document.getElementById("c" + id);
      if (!item) return;
      var copy = item.cloneNode(true);
      copy.removeAttribute("id");
      popup.appendChild(copy);
    });
    var box = link.getBoundingClientRect();
    popup.style.left = (window.scrollX + box.left) + "px";
    popup.style.top = (window.scrollY + box.bottom + 6) + "px";
    document.body.appendChild(popup);
    if (history.replaceState) history.replaceState(null, "", link.getAttribute("href"));
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") close(); });
})();
