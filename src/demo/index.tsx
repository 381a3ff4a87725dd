// Placeholder demo entry (replaced by the Excel-host work).
export {};
