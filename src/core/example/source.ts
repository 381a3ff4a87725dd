// How the built-in example is named in findings and output (apart from the example's data, so naming it costs nothing).
export const EXAMPLE_SOURCE = "Beispiel AIP 2024 (Jobcenter Ilm-Kreis)";
