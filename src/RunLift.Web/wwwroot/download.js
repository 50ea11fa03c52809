// Saves text the page made (a plan not saved yet) as a file, as a download link to the server would.
window.runliftDownload = (fileName, mediaType, text) => {
    const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
};
