// English meanings of the contract names and titles of their table columns, as messages show them when
// the reader's language is English. Keyed by contract name, so src/core/contract.ts keeps one German
// entry per name; a test requires an English text for every name and column (no fallback to German).

export interface ContractNameEn {
  meaning: string;
  /** Column key → English title (table names only). */
  columns?: Readonly<Record<string, string>>;
}

export const CONTRACT_EN: Readonly<Record<string, ContractNameEn>> = {
  AIP_Jobcenter: { meaning: "name of the Jobcenter" },
  AIP_Planjahr: { meaning: "planning year" },
  AIP_Stand: { meaning: "as of (date of the programme)" },

  BUD_VH_Gesamt: { meaning: "administrative budget, total" },
  BUD_VH_EinglMV: { meaning: "administrative budget, of which under the integration funds regulation (federal)" },
  BUD_VH_Umschichtung: { meaning: "administrative budget, of which moved from the integration budget (federal)" },
  BUD_VH_KFA: { meaning: "administrative budget, of which municipal funding share" },
  BUD_EB_Gesamt: { meaning: "integration budget (incl. BEZ)" },
  BUD_EB_Vorbindungen: { meaning: "integration budget, prior commitments" },
  BUD_EB_Neubewilligungen: { meaning: "integration budget, new approvals" },
  BUD_EGT_Zuteilung: { meaning: "allocation of the integration title (before reallocation)" },
  BUD_VWT_Zuteilung: { meaning: "allocation of the administrative cost title (federal)" },
  BUD_Zuteilung_Stand: { meaning: "date of the allocation" },

  PER_Beschaeftigte: { meaning: "staff (head count)" },
  PER_VZAE_Gesamt: { meaning: "full-time equivalents, total" },
  PER_VZAE_Bereiche: { meaning: "full-time equivalents by area", columns: { bereich: "Area", vzae: "FTE" } },
  PER_Anteil_BA: { meaning: "staff share of the Federal Employment Agency" },
  PER_Anteil_Kommune: { meaning: "staff share of the municipality (district office)" },
  PER_Anteil_Frauen: { meaning: "share of women among staff" },
  PER_Anteil_Maenner: { meaning: "share of men among staff" },

  FOE_Tabelle: {
    meaning: "support overview (actual previous year, plan for the planning year)",
    columns: {
      instrument: "Instrument",
      ebene: "Level",
      ist: "Actual (previous year)",
      plan: "Plan (planning year)",
      begruendung: "Justification",
      vorbindungenIst: "Prior commitments, actual (€)",
      vorbindungenPlan: "Prior commitments, plan (€)",
      neubewilligungenIst: "New approvals, actual (€)",
      neubewilligungenPlan: "New approvals, plan (€)",
      mittelIst: "Funds, actual (€)",
      mittelPlan: "Funds, plan (€)",
      ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((i) => [`standort${i}`, `Plan location/team ${i}`])),
    },
  },
  FOE_Eintritte_Plan: { meaning: "planned entries according to the text (first draft)" },

  ZIE_Integrationen_VJ: { meaning: "integrations in the previous year" },
  ZIE_ELB_VJ: { meaning: "average stock of benefit recipients able to work (ELB) in the previous year" },
  ZIE_IQ_VJ: { meaning: "integration rate of the previous year" },
  ZIE_IQ: { meaning: "target integration rate, total" },
  ZIE_IQ_Maenner: { meaning: "target integration rate, men" },
  ZIE_IQ_Frauen: { meaning: "target integration rate, women" },
  ZIE_IQ_Veraenderung: { meaning: "change of the integration rate vs previous year, total" },
  ZIE_IQ_Maenner_Veraenderung: { meaning: "change of the integration rate vs previous year, men" },
  ZIE_IQ_Frauen_Veraenderung: { meaning: "change of the integration rate vs previous year, women" },
  ZIE_LZB: { meaning: "target stock of long-term benefit recipients (annual mean)" },
  ZIE_LZB_Maenner: { meaning: "target stock of long-term benefit recipients, men" },
  ZIE_LZB_Frauen: { meaning: "target stock of long-term benefit recipients, women" },
  ZIE_LZB_Veraenderung: { meaning: "change of long-term benefit recipients vs previous year, total" },
  ZIE_LZB_Maenner_Veraenderung: { meaning: "change of long-term benefit recipients vs previous year, men" },
  ZIE_LZB_Frauen_Veraenderung: { meaning: "change of long-term benefit recipients vs previous year, women" },
  ZIE_IQ_Maenner_VJ: { meaning: "integration rate of men in the previous year" },
  ZIE_IQ_Frauen_VJ: { meaning: "integration rate of women in the previous year" },
  ZIE_LZB_VJ: { meaning: "stock of long-term benefit recipients in the previous year (annual mean)" },
  ZIE_LZB_Maenner_VJ: { meaning: "stock of long-term benefit recipients, men, in the previous year" },
  ZIE_LZB_Frauen_VJ: { meaning: "stock of long-term benefit recipients, women, in the previous year" },
  ZIE_Weitere: {
    meaning: "further targets and supplementary figures",
    columns: { kennzahl: "Indicator", vorjahr: "Previous year", ziel: "Target", veraenderung: "Change vs previous year", einheit: "Unit" },
  },
  ZIE_ELB: { meaning: "planned average stock of benefit recipients able to work (ELB) in the planning year" },
  ZIE_VJ_Stand: { meaning: "date of the previous-year figures" },
  ZIE_VJ_Status: { meaning: "status of the previous-year figures (forecast/final)" },

  KUN_ELB: { meaning: "average stock of benefit recipients able to work (customer stock)" },
  KUN_Anteil_LZB: { meaning: "share of long-term benefit recipients in the stock" },
  KUN_Anteil_LZB_VJ: { meaning: "share of long-term benefit recipients in the stock, previous year" },
  KUN_Anteil_Auslaender: { meaning: "share of foreign unemployed persons" },
  KUN_Anteil_Jugendliche: { meaning: "share of unemployed young people" },
  KUN_Anteil_Jugendliche_VJ: { meaning: "share of unemployed young people, previous year" },
  KUN_Alleinerziehende: { meaning: "single parents receiving benefits" },
  KUN_Alleinerziehende_VJ: { meaning: "single parents receiving benefits, previous year" },
  KUN_BG_Groesse: { meaning: "benefit communities by size", columns: { groesse: "Household size", anteil: "Share" } },
};
