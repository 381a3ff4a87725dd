// Month names for the verlauf/* messages: data carry the month number (0 = December of the previous year),
// the templates name it in the reader's language through a select placeholder.
const DE = ["Dezember des Vorjahres", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const EN = ["December of the previous year", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const select = (names: string[]) => names.map((n, i) => `${i}=${n}`).join("|");

/** `{key, select, 0=…|1=Januar|…}` in German and English. */
export const monthDe = (key: string) => `{${key}, select, ${select(DE)}}`;
export const monthEn = (key: string) => `{${key}, select, ${select(EN)}}`;
