// Macros: choosing one fills its textarea with the macro's text for that subject
// (rendered by the server into the option's data-text). The text stays editable;
// without JavaScript the server uses the macro when the textarea is left empty.
document.addEventListener("change", function (event) {
  var select = event.target;
  if (!select.matches || !select.matches("select[data-macro-for]")) return;
  var option = select.options[select.selectedIndex];
  var target = document.getElementById(select.getAttribute("data-macro-for"));
  if (!target || !option) return;
  var text = option.getAttribute("data-text");
  if (text === null) {
    // The composer: one text per recipient, chosen by the "To" select.
    var texts = option.getAttribute("data-texts");
    var to = document.getElementById(select.getAttribute("data-recipient"));
    if (!texts || !to) return;
    text = JSON.parse(texts)[to.value] || "";
  }
  if (option.value) target.value = text;
  target.focus();
});
