// "Träger: Landkreis Oberhain (zkT)": a zugelassener kommunaler Träger runs its Jobcenter itself, so the Träger
// named in one cell with its label is the Jobcenter's name. Only with the zkT mark (or the words spelled out, or
// "Jobcenter" in the name): "Träger: Bildungswerk Nord" names a provider of measures, no Jobcenter.
import { fold } from "./normalize";

// On the raw text: folding would drop the colon that makes "Träger" a label.
const INLINE = /^((grundsicherungs)?tr(ä|ae)ger( der grundsicherung)?)\s*:\s*(\S.*)$/i;
const ZKT = /\bzkt\b|zugelassene[rn]? kommunale[rn]? traeger|optionskommune|\bjobcenter\b/;

/** Whether a cell names the Jobcenter after an inline "Träger:" label. */
export function isInlineTraegerName(text: string): boolean {
  const m = INLINE.exec(text.trim());
  return m !== null && ZKT.test(fold(m[5]));
}
