import type { Keywords, SeniorityLevel } from './types';

/**
 * Seniority levels and their markers, highest first. When a title carries markers of
 * several levels the highest wins (`Senior Manager` → `Manager`). A title without any
 * marker gets no level: an unmarked `Software Engineer` may be a graduate or a veteran.
 */
export const SENIORITY_LEVELS: readonly SeniorityLevel[] = [
  {
    level: 'Executive',
    keywords: {
      en: `
        ceo, cto, cfo, coo, cmo, cio, ciso, cro, cpo, cdo, chro, cso, cco, clo, cxo, c-level,
        c-suite, chief ... officer, chief executive, chief scientist, founder*, co-founder*,
        cofounder*, owner, co-owner, president*, managing director, managing partner,
        general partner, general manager, executive director
      `,
      de: `
        geschäftsführer*, geschäftsführung, geschäftsführend*, vorstand*, inhaber*,
        *gründer*, präsident*
      `,
      fr: `
        directeur général, directrice générale, pdg, *fondateur*, *fondatrice*, propriétaire,
        gérant*
      `,
      es: `
        director general, directora general, director ejecutivo, directora ejecutiva,
        consejero delegado, consejera delegada, *fundador*, propietario*, propietaria,
        dueño, dueña
      `,
      pt: `
        diretor geral, diretora geral, diretor executivo, diretora executiva, sócio-fundador,
        proprietário*, proprietária
      `,
      it: `
        amministratore delegato, direttore generale, direttrice generale, *fondatore*, titolare,
        proprietario
      `,
      nl: `algemeen directeur, algemeen directrice, *oprichter*, eigenaar*`,
      pl: `prezes*, dyrektor generalny, dyrektor generalna, *założyciel*, właściciel*`,
    },
  },
  {
    level: 'Vice President',
    keywords: {
      en: `vice president*, vp, svp, evp`,
      de: `vizepräsident*`,
      fr: `vice-président*`,
      es: `vicepresident*, vice presidente, vicepresidenta`,
      pt: `vice-presidente`,
      it: `vicepresidente, vice presidente`,
      nl: `vicepresident`,
      pl: `wiceprezes*`,
    },
  },
  {
    level: 'Director',
    keywords: {
      en: `director*, head, head of`,
      de: `direktor*, *leiter, *leiterin, *leitung, bereichsleiter*`,
      fr: `directeur*, directrice*`,
      es: `directora`,
      pt: `diretor*`,
      it: `direttore*, direttrice*`,
      nl: `hoofd`,
      pl: `dyrektor*`,
    },
  },
  {
    level: 'Manager',
    keywords: {
      en: `*manager*, supervisor*`,
      de: `gruppenleiter*, filialleiter*`,
      fr: `responsable, chef de, cheffe de, chef du, superviseur`,
      es: `gerente, jefe, jefa, encargado, encargada, responsable de`,
      pt: `gestor, gestora, chefe, coordenador*`,
      it: `responsabile, capo`,
      nl: `leidinggevende`,
      pl: `kierownik*, menedżer*, menadżer*`,
    },
  },
  {
    level: 'Lead',
    keywords: {
      en: `lead, leader, tech lead, team lead*, staff, principal, distinguished`,
      de: `teamleiter*, teamleitung, teamlead*`,
      fr: `chef d'équipe, cheffe d'équipe`,
      es: `líder, jefe de equipo, jefa de equipo`,
      pt: `líder`,
      it: `caposquadra, capo squadra, team leader`,
      nl: `teamleider*, leider`,
      pl: `lider*`,
    },
  },
  {
    level: 'Senior',
    keywords: {
      en: `senior, sr, snr`,
      de: `senior`,
      fr: `senior`,
      es: `senior, sénior`,
      pt: `sênior, senior`,
      it: `senior`,
      nl: `senior`,
      pl: `starszy, starsza`,
    },
  },
  {
    level: 'Mid-level',
    keywords: {
      en: `mid-level, midlevel, mid, intermediate`,
      fr: `confirmé, confirmée`,
      es: `semi senior, semisenior, semi-senior, ssr`,
      pt: `pleno, plena`,
      it: `intermedio`,
      nl: `medior`,
      pl: `regular`,
    },
  },
  {
    level: 'Junior',
    keywords: {
      en: `junior, jr, jnr, entry-level, entry level, graduate, new grad, trainee`,
      de: `junior, absolvent*, berufseinsteiger*`,
      fr: `junior, débutant*`,
      es: `junior, júnior`,
      pt: `júnior, junior`,
      it: `junior`,
      nl: `junior`,
      pl: `młodszy, młodsza, junior`,
    },
  },
  {
    level: 'Intern',
    keywords: {
      en: `intern, internship, apprentice*, working student, co-op, summer analyst`,
      de: `*praktikant*, werkstudent*, auszubildende*, azubi*`,
      fr: `stagiaire*, apprenti, apprentie, alternant*`,
      es: `becario, becaria, pasante*, aprendiz`,
      pt: `estagiário*, estagiária*, aprendiz`,
      it: `stagista, tirocinante, apprendista`,
      nl: `stagiair*`,
      pl: `stażyst*, praktykant*`,
    },
  },
];

/**
 * Phrases whose words look like a level but are not one, or whose level is a guess: they
 * hide those words and give no level. A board seat says nothing of a person's rank in the
 * company; `Product Manager` and `Project Manager` are roles that manage no one; a bank's
 * `Assistant Vice President` is a middle grade; `Member of Technical Staff` is a flat title.
 */
export const SENIORITY_NEUTRAL_PHRASES: Keywords = {
  en: `
    board member, member of the board, board of directors, advisory board, board advisor,
    non-executive director, chairman, chairwoman, chairperson, chair of the board, vice chair*,
    member of technical staff, chief of staff, staff accountant, staff nurse, staff writer,
    staff member, product manager, product owner, project manager, program manager,
    programme manager, account manager, key account manager, customer success manager,
    community manager, social media manager, content manager, office manager, partner manager,
    relationship manager, delivery manager, case manager, scrum master, assistant vice president,
    avp, lead generation, lead gen, assistant to ..., senior partner, graduate student,
    graduate research*, graduate teaching*, mid-market, mid-size, school principal,
    principal investigator, process owner
  `,
  de: `
    aufsichtsrat*, beirat*, verwaltungsrat*, produktmanager*, projektmanager*, projektleiter*,
    projektleitung, assistenz der geschäftsführung, assistent der geschäftsführung,
    assistentin der geschäftsführung
  `,
  fr: `
    conseil d'administration, membre du conseil d'administration, chef de projet, cheffe de projet,
    chef de produit, cheffe de produit, assistante de direction
  `,
  es: `
    jefe de proyecto*, jefa de proyecto*, gerente de proyecto*, gerente de producto,
    jefe de producto, jefa de producto, consejero independiente
  `,
  pt: `gerente de projeto*, gerente de produto, gestor de projeto*, gestora de projeto*`,
  it: `capo progetto, responsabile di progetto, consiglio di amministrazione`,
  nl: `projectleider, projectmanager, productmanager, accountmanager, raad van commissarissen`,
  pl: `kierownik projektu, rada nadzorcza, członek rady nadzorczej, właściciel produktu`,
};
