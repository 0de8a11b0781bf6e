// Stub for office-addin-manifest under Jest: office-addin-mock only uses the OfficeApp enum.
exports.OfficeApp = { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" };
