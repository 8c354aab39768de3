// A visitor's form sent back with problems: move focus to its error summary (role=alert,
// tabindex=-1, templates/contact/includes/form.html), so screen readers read it out first and
// keyboard users start from the list of links to the fields to correct.
document.addEventListener("DOMContentLoaded", () => {
    const summary = document.getElementById("form-errors");
    if (summary) {
        summary.focus();
    }
});
