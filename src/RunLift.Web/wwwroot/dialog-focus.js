// Keeps Tab on the controls of an open dialog, in the browser, at the keyboard's own speed. MudBlazor's focus trap
// pulls focus back through the server, so Tab used to stop on the trap's own (invisible) sentinels, and a quick
// second Tab could leave the dialog before focus came back.
(() => {
    const controls = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), "
        + "textarea:not([disabled]), [role][tabindex]:not([tabindex='-1'])";

    document.addEventListener("keydown", event => {
        // A picker's list opened from the dialog is drawn outside it, and has its own keys.
        if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey || document.activeElement?.closest(".mud-popover")) {
            return;
        }

        const dialogs = [...document.querySelectorAll("[role=dialog]")].filter(d => d.getClientRects().length > 0);
        const dialog = dialogs[dialogs.length - 1];
        if (!dialog) {
            return;
        }

        const reachable = [...dialog.querySelectorAll(controls)].filter(c => c.getClientRects().length > 0 && c.tabIndex >= 0);
        if (reachable.length === 0) {
            return;
        }

        // Every Tab is taken here, from control to control in the order of the page, round from the last to the first:
        // the trap's sentinels sit between the title's close button and the content, and are never stopped at.
        event.preventDefault();
        const at = reachable.indexOf(document.activeElement);
        const next = at === -1
            ? (event.shiftKey ? reachable.length - 1 : 0)
            : (at + (event.shiftKey ? -1 : 1) + reachable.length) % reachable.length;
        reachable[next].focus();
    }, true);
})();
