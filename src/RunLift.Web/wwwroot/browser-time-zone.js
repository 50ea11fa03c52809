// Tells the server the browser's time zone (an IANA name such as "Pacific/Auckland") with the sign-in and registration
// forms: their hidden field is filled as the form is sent, so the athlete's "today" is theirs from the first page on.
// A listener on the document, in the capture phase, so that it outlives Blazor's enhanced navigation between pages.
document.addEventListener("submit", event => {
    const fields = event.target instanceof HTMLFormElement ? event.target.querySelectorAll("input[data-browser-time-zone]") : [];
    if (fields.length === 0) {
        return;
    }

    let zone = "";
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch {
        // A browser without the Intl API: the profile keeps no zone, and the athlete can choose one.
    }

    for (const field of fields) {
        field.value = zone;
    }
}, true);
