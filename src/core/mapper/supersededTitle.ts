// "ENTWURF Jan. – überholt, nicht verwenden": a title or sheet name saying that its figures are superseded or must
// not be used marks a copy as "Archiv" does (./context.ts). A draft word alone does not ("Entwurf" is every
// programme until it is agreed), nor "nicht verwendet" in a remark about a single figure.

/** Folded words of a superseded copy: "überholt", "ungültig", "obsolet", "nicht (mehr) verwenden/benutzen". */
const SUPERSEDED_TITLE = /\b(ueberholt\w*|ungueltig\w*|obsolet\w*|nicht (mehr )?(verwenden|benutzen|nutzen))\b/;

/** Whether a folded title or sheet name marks its figures as superseded. */
export function namesSupersededCopy(folded: string): boolean {
  return SUPERSEDED_TITLE.test(folded);
}
