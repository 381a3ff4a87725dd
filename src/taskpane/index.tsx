// Placeholder task pane entry (replaced by the Excel-host work).
export {};
