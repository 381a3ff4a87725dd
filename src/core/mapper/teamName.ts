// "dav. Markt & Integration", "Team Markt und Integration": the name of a Jobcenter's department (its staff, its
// VZÄ), not the integrations it achieves. In a label the name reads as a department, its "Integration" names no
// integration figure. "Arbeitsmarktintegration", "Integration in den Arbeitsmarkt" are no such name.
const MARKET_AND_INTEGRATION = /(?<![\p{L}])markt\s*(?:und|u\.?|&|\+|\/)\s*integration(?![\p{L}])/giu;

/** The label with a department's name "Markt und Integration" read as "Team". */
export function withoutTeamName(text: string): string {
  return text.replace(MARKET_AND_INTEGRATION, "Team");
}
