"use strict";
(function () {
  document.documentElement.setAttribute("data-script", "ran");
  var view = document.getElementById("map-view");
  var svg = document.getElementById("strategy-map");
  if (!view || !svg) { return; }
  var width = Number(svg.getAttribute("data-width"));
  var height = Number(svg.getAttribute("data-height"));
  var scale = 1;

  function zoom(next, focus) {
    var before = scale;
    scale = Math.min(4, Math.max(0.05, next));
    var cx = focus ? focus[0] : view.scrollLeft + view.clientWidth / 2;
    var cy = focus ? focus[1] : view.scrollTop + view.clientHeight / 2;
    svg.setAttribute("width", String(Math.round(width * scale)));
    svg.setAttribute("height", String(Math.round(height * scale)));
    view.scrollLeft = cx * scale / before - view.clientWidth / 2;
    view.scrollTop = cy * scale / before - view.clientHeight / 2;
  }

  function fit() {
    zoom(Math.min(1, (view.clientWidth - 4) / width, Math.max(0.25, (view.clientHeight - 4) / height)));
    view.scrollLeft = 0;
    view.scrollTop = 0;
  }

  function show(element) {
    if (!element) { return; }
    var box = element.getBoundingClientRect();
    var frame = view.getBoundingClientRect();
    if (scale < 0.6) { zoom(1, [view.scrollLeft + box.left - frame.left, view.scrollTop + box.top - frame.top]); }
    box = element.getBoundingClientRect();
    view.scrollLeft += box.left - frame.left - view.clientWidth / 2 + box.width / 2;
    view.scrollTop += box.top - frame.top - view.clientHeight / 2 + box.height / 2;
    view.scrollIntoView({ block: "start" });
  }

  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var action = button.getAttribute("data-zoom");
      if (action === "in") { zoom(scale * 1.25); }
      else if (action === "out") { zoom(scale / 1.25); }
      else if (action === "reset") { zoom(1); }
      else { fit(); }
    });
  });

  view.addEventListener("wheel", function (event) {
    if (!event.ctrlKey) { return; }
    event.preventDefault();
    var frame = view.getBoundingClientRect();
    zoom(scale * (event.deltaY < 0 ? 1.1 : 1 / 1.1),
      [view.scrollLeft + event.clientX - frame.left, view.scrollTop + event.clientY - frame.top]);
  }, { passive: false });

  var search = document.getElementById("map-search");
  var status = document.getElementById("map-status");
  var matches = [];
  var current = -1;
  search.addEventListener("input", function () {
    var wanted = search.value.trim().toLowerCase();
    document.querySelectorAll("#strategy-map .found").forEach(function (node) {
      node.classList.remove("found");
    });
    matches = [];
    current = -1;
    if (wanted) {
      document.querySelectorAll("#strategy-map a[data-id]").forEach(function (link) {
        var text = link.getAttribute("data-id") + " ";
        link.querySelectorAll("text").forEach(function (line) { text += line.textContent + " "; });
        text = text.toLowerCase();
        if (text.indexOf(wanted) >= 0) {
          link.parentNode.classList.add("found");
          matches.push(link);
        }
      });
    }
    status.textContent = wanted ? matches.length + " found" + (matches.length ? ": Enter shows the next" : "") : "";
  });
  search.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !matches.length) { return; }
    current = (current + 1) % matches.length;
    show(matches[current]);
  });

  function followHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("map-") === 0) { show(document.getElementById(id)); }
  }
  window.addEventListener("hashchange", followHash);
  if (width > view.clientWidth) { zoom(Math.max(0.5, (view.clientWidth - 4) / width)); view.scrollLeft = 0; view.scrollTop = 0; }
  followHash();
})();
