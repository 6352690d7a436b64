import type { Keywords, RoleFamily } from './types';

/** Engineering: building software, systems and hardware. */
const ENGINEERING: RoleFamily = {
  name: 'Engineering',
  keywords: {
    en: `engineer, engineers, engineering, chief technology officer, cto`,
    de: `*ingenieur*, technischer leiter, technische leiterin`,
    fr: `ingénieur*, ingénierie, directeur technique, directrice technique`,
    es: `ingeniero*, ingeniera*, ingeniería, director técnico, directora técnica`,
    pt: `engenheir*, engenharia, diretor técnico, diretora técnica`,
    it: `ingegner*, direttore tecnico, direttrice tecnica`,
    nl: `ingenieur, engineer`,
    pl: `inżynier*`,
  },
  subRoles: [
    {
      name: 'Software Engineering',
      broad: true,
      keywords: {
        en: `
          software engineer*, software developer*, software development, developer*, programmer,
          coder, swe, web developer, product engineer*
        `,
        de: `*entwickler*, softwareingenieur*, softwareentwicklung, programmierer*`,
        fr: `
          développeur*, développeuse*, ingénieur logiciel, ingénieure logiciel, programmeur*,
          programmeuse*
        `,
        es: `
          desarrollador*, ingeniero de software, ingeniera de software, programador*,
          desarrollo de software, ingeniero de sistemas, ingeniera de sistemas
        `,
        pt: `desenvolvedor*, engenheiro de software, engenheira de software`,
        it: `
          sviluppatore, sviluppatrice, programmatore, programmatrice, ingegnere del software,
          ingegnere software
        `,
        nl: `*ontwikkelaar, programmeur, software engineer`,
        pl: `programist*, deweloper*, inżynier oprogramowania`,
      },
    },
    {
      name: 'Backend Engineering',
      keywords: { en: `backend*, back-end, server-side` },
    },
    {
      name: 'Frontend Engineering',
      keywords: {
        en: `frontend*, front-end, ui developer, ui engineer, react developer`,
      },
    },
    {
      name: 'Full-Stack Engineering',
      keywords: { en: `fullstack*, full-stack, full stack` },
    },
    {
      name: 'Mobile Engineering',
      keywords: {
        en: `mobile, ios, android, flutter, react native, app developer`,
        es: `móvil, móviles`,
        pt: `mobile`,
      },
    },
    {
      name: 'DevOps & Cloud',
      keywords: {
        en: `
          devops, dev ops, cloud engineer, cloud engineering, platform engineer*,
          infrastructure engineer*, build engineer, release engineer, kubernetes
        `,
        es: `ingeniero cloud, ingeniero de infraestructura`,
        pt: `engenheiro de infraestrutura`,
      },
    },
    {
      name: 'Site Reliability Engineering',
      keywords: { en: `site reliability*, sre, reliability engineer` },
    },
    {
      name: 'Quality Assurance',
      keywords: {
        en: `qa, quality assurance, test engineer, *tester, test automation, sdet`,
        de: `qualitätssicherung, testingenieur*, testmanager*`,
        fr: `testeur, testeuse, ingénieur test*, ingénieur qa`,
        es: `analista de pruebas, analista qa`,
        pt: `analista de testes, analista de qa`,
        pl: `tester oprogramowania`,
      },
    },
    {
      name: 'Data Engineering',
      keywords: {
        en: `data engineer*, data platform, etl, big data, analytics engineer*`,
        de: `dateningenieur*`,
        fr: `ingénieur data, ingénieur de données, ingénieure data`,
        es: `ingeniero de datos, ingeniera de datos`,
        pt: `engenheiro de dados, engenheira de dados`,
        it: `ingegnere dei dati, ingegnere dati`,
        pl: `inżynier danych`,
      },
    },
    {
      name: 'Machine Learning Engineering',
      keywords: {
        en: `
          machine learning engineer*, ml engineer*, mlops, ai engineer*, deep learning engineer*
        `,
        fr: `ingénieur machine learning, ingénieur ia`,
        es: `ingeniero de machine learning, ingeniero de ia`,
        pt: `engenheiro de machine learning`,
      },
    },
    {
      name: 'Embedded Engineering',
      keywords: {
        en: `embedded, firmware`,
        fr: `embarqué, embarquée, embarqués`,
        es: `embebido*`,
        pt: `embarcado*`,
      },
    },
    {
      name: 'Architecture',
      keywords: {
        en: `
          solutions architect*, solution architect*, software architect*, cloud architect*,
          enterprise architect*, technical architect*, data architect*, it architect*
        `,
        de: `softwarearchitekt*, lösungsarchitekt*, it-architekt*`,
        fr: `architecte logiciel, architecte solution*, architecte cloud`,
        es: `arquitecto de software, arquitecto de soluciones, arquitecta de software`,
        pt: `arquiteto de software, arquiteto de soluções, arquiteta de software`,
        it: `architetto software, architetto di soluzioni`,
        nl: `software architect`,
        pl: `architekt oprogramowania, architekt rozwiązań`,
      },
    },
    {
      name: 'Hardware & Electronics',
      keywords: {
        en: `hardware, electrical engineer*, electronics`,
        de: `elektronik*, elektrotechnik*, elektroingenieur*`,
        fr: `électronique`,
        es: `electrónica, electrónico`,
        pt: `eletrônica, eletrônico`,
        it: `elettronica, elettronico`,
        nl: `elektronica`,
        pl: `elektronik`,
      },
    },
    {
      name: 'Mechanical Engineering',
      keywords: {
        en: `mechanical engineer*`,
        de: `maschinenbau*`,
        fr: `ingénieur mécanique, ingénieur en mécanique`,
        es: `ingeniero mecánico, ingeniera mecánica`,
        pt: `engenheiro mecânico, engenheira mecânica`,
        it: `ingegnere meccanico`,
        nl: `werktuigbouw*`,
        pl: `inżynier mechanik`,
      },
    },
    {
      name: 'Civil Engineering',
      keywords: {
        en: `civil engineer*, structural engineer*`,
        de: `bauingenieur*`,
        fr: `génie civil, ingénieur civil`,
        es: `ingeniero civil, ingeniera civil`,
        pt: `engenheiro civil, engenheira civil`,
        it: `ingegnere civile`,
        nl: `civiel ingenieur`,
        pl: `inżynier budownictwa`,
      },
    },
  ],
};

/** Data: analysis, data science and machine learning outside software building. */
const DATA: RoleFamily = {
  name: 'Data',
  keywords: {
    en: `data, chief data officer`,
    de: `daten`,
    fr: `données`,
    es: `datos`,
    pt: `dados`,
    it: `dati`,
    nl: `data`,
    pl: `danych`,
  },
  subRoles: [
    {
      name: 'Data Science',
      keywords: {
        en: `data scien*`,
        de: `datenwissenschaftler*`,
        fr: `scientifique des données`,
        es: `científico de datos, científica de datos`,
        pt: `cientista de dados`,
        it: `scienziato dei dati, scienziata dei dati`,
        pl: `analityk danych naukowych`,
      },
    },
    {
      name: 'Analytics',
      keywords: {
        en: `
          data analy*, analytics, business intelligence, bi, product analyst, reporting analyst,
          insights analyst
        `,
        de: `datenanalyst*, datenanalyse`,
        fr: `analyste de données, analyste data`,
        es: `analista de datos`,
        pt: `analista de dados`,
        it: `analista dati, analista di dati`,
        nl: `data-analist, data analist`,
        pl: `analityk danych`,
      },
    },
    {
      name: 'Machine Learning',
      keywords: {
        en: `machine learning, deep learning, artificial intelligence, computer vision, nlp`,
        de: `künstliche intelligenz, maschinelles lernen`,
        fr: `intelligence artificielle, apprentissage automatique`,
        es: `inteligencia artificial, aprendizaje automático`,
        pt: `inteligência artificial, aprendizado de máquina`,
        it: `intelligenza artificiale, apprendimento automatico`,
        nl: `kunstmatige intelligentie`,
        pl: `sztuczna inteligencja, sztucznej inteligencji, uczenie maszynowe`,
      },
    },
  ],
};

/** Product: deciding what gets built. */
const PRODUCT: RoleFamily = {
  name: 'Product',
  keywords: {
    en: `product, chief product officer`,
    de: `produkt`,
    fr: `produit`,
    es: `producto`,
    pt: `produto`,
    it: `prodotto`,
    nl: `product`,
    pl: `produktu`,
  },
  subRoles: [
    {
      name: 'Product Management',
      keywords: {
        en: `product manag*, product owner`,
        de: `produktmanag*, produktverantwortlich*`,
        fr: `chef de produit, cheffe de produit`,
        es: `gerente de producto, jefe de producto`,
        pt: `gerente de produto, gestor de produto`,
        it: `responsabile di prodotto`,
        nl: `productmanager, producteigenaar`,
        pl: `kierownik produktu, menedżer produktu, właściciel produktu`,
      },
    },
  ],
};

/** Design: how products, brands and spaces look and work for people. */
const DESIGN: RoleFamily = {
  name: 'Design',
  keywords: {
    en: `*designer*, design, creative director, art director, illustrator`,
    de: `*gestalter*, *design`,
    fr: `concepteur, conceptrice, directeur artistique, directrice artistique`,
    es: `diseñador*, diseño, director de arte`,
    pt: `designer, diretor de arte`,
    it: `designer, direttore artistico`,
    nl: `ontwerper*, vormgever*`,
    pl: `projektant*`,
  },
  subRoles: [
    {
      name: 'UX/UI Design',
      keywords: {
        en: `ux, ui, user experience, user interface, interaction design*, usability`,
        fr: `expérience utilisateur`,
        es: `experiencia de usuario`,
        pt: `experiência do usuário`,
        it: `esperienza utente`,
        pl: `projektant ux, projektantka ux`,
      },
    },
    {
      name: 'UX Research',
      keywords: { en: `ux research*, user research*, design research*` },
    },
    {
      name: 'Product Design',
      keywords: {
        en: `product design*`,
        de: `produktdesign*`,
        es: `diseñador de producto, diseñadora de producto`,
        pt: `designer de produto`,
      },
    },
    {
      name: 'Graphic Design',
      keywords: {
        en: `graphic design*`,
        de: `grafikdesign*, grafiker*, mediengestalter*`,
        fr: `graphiste*`,
        es: `diseñador gráfico, diseñadora gráfica, diseño gráfico`,
        pt: `designer gráfico, designer gráfica`,
        it: `grafico, grafica`,
        nl: `grafisch ontwerper*, grafisch vormgever*`,
        pl: `grafik`,
      },
    },
  ],
};

/** Sales: winning and growing customers. */
const SALES: RoleFamily = {
  name: 'Sales',
  keywords: {
    en: `sales, salesperson, commercial, chief revenue officer, cro`,
    de: `vertrieb*, *vertrieb, verkauf*, verkäufer*`,
    fr: `commercial, commerciale, ventes, vente`,
    es: `ventas, vendedor*, comercial`,
    pt: `vendas, vendedor*, comercial`,
    it: `vendite, venditore, venditrice, commerciale`,
    nl: `verkoop*, verkoper*, sales, commercieel, commerciële`,
    pl: `sprzedaż*, sprzedawc*, handlow*, handlowiec`,
  },
  subRoles: [
    {
      name: 'Account Executive',
      keywords: {
        en: `account executive, sales executive`,
        fr: `ingénieur commercial, ingénieure commerciale, ingénieur d'affaires`,
        es: `ejecutivo de ventas, ejecutiva de ventas, ejecutivo de cuentas`,
        pt: `executivo de vendas, executiva de vendas, executivo de contas`,
      },
    },
    {
      name: 'Sales Representative',
      keywords: {
        en: `sales representative, sales rep, inside sales, field sales`,
        de: `außendienst*, innendienst*, vertriebsmitarbeiter*`,
        fr: `représentant commercial, représentante commerciale`,
        es: `representante de ventas, representante comercial`,
        pt: `representante de vendas, representante comercial`,
        it: `agente di commercio, rappresentante`,
        nl: `vertegenwoordiger`,
        pl: `przedstawiciel handlowy, przedstawicielka handlowa`,
      },
    },
    {
      name: 'Sales Development',
      keywords: {
        en: `
          sdr, bdr, sales development*, business development representative,
          business development rep, lead generation
        `,
      },
    },
    {
      name: 'Business Development',
      keywords: {
        en: `business develop*, bizdev, biz dev, new business`,
        de: `geschäftsentwickler*, geschäftsentwicklung, business developer`,
        fr: `développement commercial, développeur d'affaires, chargé d'affaires`,
        es: `desarrollo de negocio*, desarrollador de negocio*`,
        pt: `desenvolvimento de negócios`,
        it: `sviluppo commerciale, sviluppo business`,
        nl: `business developer`,
        pl: `rozwoju biznesu, rozwój biznesu`,
      },
    },
    {
      name: 'Account Management',
      keywords: {
        en: `account manag*, key account*, kam, relationship manager`,
        de: `kundenbetreuer*, accountmanager*`,
        fr: `chargé de clientèle, chargée de clientèle, gestionnaire de comptes`,
        es: `gerente de cuentas, gestor de cuentas`,
        pt: `gerente de contas, gestor de contas`,
        it: `gestore clienti`,
        nl: `accountmanager`,
        pl: `opiekun klienta, opiekunka klienta`,
      },
    },
    {
      name: 'Sales Engineering',
      keywords: {
        en: `
          sales engineer*, solutions engineer*, solution engineer*, presales, pre-sales,
          technical sales
        `,
        de: `vertriebsingenieur*`,
        fr: `avant-vente`,
        es: `preventa, pre-venta`,
        pt: `pré-venda, pré-vendas`,
        it: `prevendita`,
        pl: `inżynier sprzedaży`,
      },
    },
    {
      name: 'Partnerships',
      keywords: {
        en: `partnership*, partner manag*, alliance*, channel manager, channel sales`,
        de: `partnerschaft*`,
        fr: `partenariat*`,
        es: `alianzas`,
        pt: `parcerias`,
      },
    },
    {
      name: 'Sales Operations',
      keywords: {
        en: `sales op*, revenue operations, revops, rev ops, sales enablement`,
      },
    },
  ],
};

/** Marketing: demand, brand and communication. */
const MARKETING: RoleFamily = {
  name: 'Marketing',
  keywords: {
    en: `
      *marketing*, marketer, marketeer, chief marketing officer, cmo, marketing operations,
      marketing ops
    `,
    de: `*marketing*`,
    fr: `*marketing*`,
    es: `mercadeo, mercadotecnia`,
    pt: `*marketing*`,
    it: `*marketing*`,
    nl: `marketeer`,
    pl: `marketingowiec, marketingowa`,
  },
  subRoles: [
    {
      name: 'Product Marketing',
      keywords: {
        en: `product marketing*`,
        de: `produktmarketing*`,
        fr: `marketing produit`,
        es: `marketing de producto`,
        pt: `marketing de produto`,
        it: `marketing di prodotto`,
      },
    },
    {
      name: 'Growth Marketing',
      keywords: {
        en: `growth, growth marketing*, demand gen*, performance marketing*`,
        de: `performance-marketing*`,
      },
    },
    {
      name: 'Digital Marketing',
      keywords: {
        en: `
          digital marketing, online marketing, seo, sem, ppc, paid media, email marketing,
          e-mail marketing
        `,
        de: `onlinemarketing*, online-marketing*, sea`,
        fr: `marketing digital, marketing numérique`,
        es: `marketing digital`,
        pt: `marketing digital`,
        it: `marketing digitale`,
      },
    },
    {
      name: 'Content',
      keywords: {
        en: `content*, copywrit*`,
        de: `redakteur*, texter*`,
        fr: `rédacteur*, rédactrice*`,
        es: `redactor*`,
        pt: `redator*`,
        it: `redattore, redattrice`,
        nl: `tekstschrijver, redacteur`,
        pl: `redaktor*, copywriter*`,
      },
    },
    {
      name: 'Brand',
      keywords: { en: `brand, branding`, fr: `marque` },
    },
    {
      name: 'Communications',
      keywords: {
        en: `communications, communication, public relations, pr, press officer`,
        de: `kommunikation*, *kommunikation, pressesprecher*`,
        fr: `relations presse, chargé de communication, chargée de communication`,
        es: `comunicación, comunicaciones, relaciones públicas`,
        pt: `comunicação, relações públicas`,
        it: `comunicazione, pubbliche relazioni`,
        nl: `communicatie*`,
        pl: `komunikacji, rzecznik prasowy, rzeczniczka prasowa`,
      },
    },
    {
      name: 'Community',
      keywords: { en: `community` },
    },
    {
      name: 'Social Media',
      keywords: {
        en: `social media*, socialmedia*`,
        fr: `réseaux sociaux`,
        es: `redes sociales`,
        pt: `redes sociais`,
      },
    },
  ],
};

/** Customer success and support: keeping customers served after the sale. */
const CUSTOMER_SUCCESS: RoleFamily = {
  name: 'Customer Success & Support',
  keywords: {
    en: `customer, support, chief customer officer`,
    de: `kundenservice, kundendienst, kundensupport`,
    fr: `service client*, relation client*, support client*`,
    es: `atención al cliente, servicio al cliente, soporte`,
    pt: `atendimento*, suporte`,
    it: `assistenza clienti, servizio clienti`,
    nl: `klantenservice, klantcontact*`,
    pl: `obsługi klienta, obsługa klienta`,
  },
  subRoles: [
    {
      name: 'Customer Success',
      keywords: {
        en: `customer success*, csm, client success, customer experience`,
        fr: `succès client`,
        es: `éxito del cliente, éxito de clientes`,
        pt: `sucesso do cliente`,
      },
    },
    {
      name: 'Customer Support',
      keywords: {
        en: `customer support, customer service*, customer care, call center, contact center`,
        de: `kundenservice, kundendienst, kundensupport`,
        fr: `service client*, support client*`,
        es: `atención al cliente, servicio al cliente, soporte al cliente`,
        pt: `atendimento ao cliente, suporte ao cliente`,
        it: `assistenza clienti, servizio clienti`,
        nl: `klantenservice`,
        pl: `obsługi klienta, obsługa klienta`,
      },
    },
    {
      name: 'Technical Support',
      keywords: {
        en: `technical support, tech support, support engineer*`,
        de: `technischer support`,
        fr: `support technique`,
        es: `soporte técnico`,
        pt: `suporte técnico`,
        it: `supporto tecnico`,
        nl: `technische ondersteuning`,
        pl: `wsparcie techniczne, wsparcia technicznego`,
      },
    },
  ],
};

/** Operations: running the business day to day. */
const OPERATIONS: RoleFamily = {
  name: 'Operations',
  keywords: {
    en: `operations, ops, chief operating officer, coo`,
    de: `operations, betriebsleiter*`,
    fr: `opérations, exploitation`,
    es: `operaciones`,
    pt: `operações`,
    it: `operazioni, operations`,
    nl: `operations, bedrijfsvoering`,
    pl: `operacyjny, operacyjna, operacji`,
  },
  subRoles: [
    {
      name: 'Project Management',
      keywords: {
        en: `
          project manag*, program manag*, programme manag*, scrum master, agile coach, pmo,
          delivery manager
        `,
        de: `projektmanag*, projektleiter*, projektleitung`,
        fr: `chef de projet, cheffe de projet, gestion de projet*, directeur de projet*`,
        es: `jefe de proyecto*, jefa de proyecto*, gerente de proyecto*, director de proyecto*`,
        pt: `gerente de projeto*, gestor de projeto*, gestora de projeto*`,
        it: `capo progetto, responsabile di progetto, project manager`,
        nl: `projectleider, projectmanager`,
        pl: `kierownik projektu, kierowniczka projektu`,
      },
    },
    {
      name: 'Supply Chain & Procurement',
      keywords: {
        en: `supply chain*, logistic*, procurement, purchasing, buyer, warehouse`,
        de: `logistik*, *logistik, einkauf*, *einkauf, einkäufer*`,
        fr: `logistique, achats, acheteur, acheteuse`,
        es: `logística, compras, comprador*`,
        pt: `logística, compras, comprador*`,
        it: `logistica, acquisti, buyer`,
        nl: `logistiek*, inkoop*, inkoper*`,
        pl: `logistyk*, zakup*`,
      },
    },
    {
      name: 'Administration',
      keywords: {
        en: `
          office manag*, executive assistant, administrative assistant, personal assistant,
          assistant to ..., office administrator, receptionist, secretary
        `,
        de: `
          sekretär*, assistenz der geschäftsführung, assistent der geschäftsführung,
          assistentin der geschäftsführung, büroleiter*, bürokauf*
        `,
        fr: `assistante de direction, assistant de direction, secrétaire, réceptionniste`,
        es: `asistente de dirección, secretaria, recepcionista`,
        pt: `assistente administrativo, assistente administrativa, secretária, recepcionista`,
        it: `segretaria, segretario, assistente di direzione, receptionist`,
        nl: `managementassistent*, secretaresse, receptionist`,
        pl: `sekretarka, asystentka zarządu, asystent zarządu, recepcjonist*`,
      },
    },
  ],
};

/** Finance: money, books and controls. */
const FINANCE: RoleFamily = {
  name: 'Finance',
  keywords: {
    en: `finan*, chief financial officer, cfo`,
    de: `finanz*`,
    fr: `finances, financier, financière`,
    es: `finanzas, financiero, financiera`,
    pt: `finanças, financeiro, financeira`,
    it: `finanza, finanziario, finanziaria`,
    nl: `financiën, financieel, financiële`,
    pl: `finansów, finansowy, finansowa`,
  },
  subRoles: [
    {
      name: 'Accounting',
      keywords: {
        en: `accountant, accounting, bookkeep*, cpa, accounts payable, accounts receivable`,
        de: `*buchhalter*, *buchhaltung, bilanzbuchhalter*`,
        fr: `comptab*`,
        es: `contable, contador, contadora, contabilidad`,
        pt: `contador, contadora, contabilidade, contabilista`,
        it: `contabile, contabilità, ragioniere, ragioniera`,
        nl: `boekhoud*, accountant`,
        pl: `księgow*`,
      },
    },
    {
      name: 'Controlling',
      keywords: {
        en: `controller, controlling, comptroller`,
        de: `*controller, *controlling`,
        fr: `contrôleur de gestion, contrôleuse de gestion, contrôle de gestion`,
        es: `controller financiero, control de gestión`,
        pt: `controladoria`,
        it: `controllo di gestione`,
        pl: `kontroler finansowy, kontroling`,
      },
    },
    {
      name: 'Financial Planning & Analysis',
      keywords: {
        en: `fp&a, financial planning, financial analy*`,
        de: `finanzanalyst*`,
        fr: `analyste financier, analyste financière`,
        es: `analista financiero, analista financiera`,
        pt: `analista financeiro, analista financeira`,
        it: `analista finanziario, analista finanziaria`,
        nl: `financieel analist`,
        pl: `analityk finansowy`,
      },
    },
    {
      name: 'Treasury',
      keywords: {
        en: `treasur*`,
        fr: `trésorier, trésorière, trésorerie`,
        es: `tesorero, tesorera, tesorería`,
        pt: `tesoureiro, tesouraria`,
        it: `tesoriere, tesoreria`,
      },
    },
    {
      name: 'Audit',
      keywords: {
        en: `audit*`,
        de: `wirtschaftsprüfer*, revisor*, revision`,
        es: `auditor*`,
        pt: `auditor*`,
        pl: `audytor*, biegły rewident`,
      },
    },
    {
      name: 'Tax',
      keywords: {
        en: `tax`,
        de: `steuerberat*, steuerfach*`,
        fr: `fiscaliste, fiscalité`,
        es: `fiscal, tributario, tributaria`,
        pt: `tributário, tributária`,
        it: `tributarista, fiscale`,
        nl: `belasting*, fiscalist`,
        pl: `doradca podatkowy, podatkow*`,
      },
    },
    {
      name: 'Investment',
      keywords: {
        en: `investment*, investor relations, portfolio manag*, private equity, venture capital`,
        fr: `investissement*`,
        es: `inversiones, inversión`,
        pt: `investimento*`,
        it: `investimenti`,
        nl: `belegging*`,
        pl: `inwestycj*, inwestycyjny`,
      },
    },
  ],
};

/** Human resources: hiring, developing and paying people. */
const HUMAN_RESOURCES: RoleFamily = {
  name: 'Human Resources',
  keywords: {
    en: `
      hr, human resources, human resource, hrm, people, talent, human capital, chief people officer,
      chief human resources officer, chro, people ops, people operations
    `,
    de: `personal+, personalwesen, personalabteilung`,
    fr: `rh, ressources humaines`,
    es: `rrhh, recursos humanos`,
    pt: `rh, recursos humanos`,
    it: `risorse umane, hr`,
    nl: `personeelszaken, hr`,
    pl: `kadr, kadry, zasobów ludzkich`,
  },
  subRoles: [
    {
      name: 'Recruiting',
      keywords: {
        en: `recruit*, talent acquisition, sourcer, headhunter`,
        de: `personalberater*, rekrutier*, personalgewinnung`,
        fr: `recrut*`,
        es: `reclut*, selección de personal`,
        pt: `recrut*`,
        it: `selezione del personale, reclutamento`,
        nl: `werving*`,
        pl: `rekruter*, rekrutacj*`,
      },
    },
    {
      name: 'HR Business Partner',
      keywords: {
        en: `hr business partner, hrbp, people partner, hr generalist`,
        de: `personalreferent*`,
        fr: `chargé rh, chargée rh`,
      },
    },
    {
      name: 'Learning & Development',
      keywords: {
        en: `learning and development, learning & development, l&d, training and development`,
        de: `personalentwicklung, personalentwickler*, organisationsentwicklung`,
        fr: `responsable formation, chargé de formation, chargée de formation`,
        es: `formación y desarrollo`,
        pt: `treinamento e desenvolvimento`,
        it: `formazione e sviluppo`,
        nl: `opleidingen`,
        pl: `szkoleń i rozwoju`,
      },
    },
    {
      name: 'Compensation & Payroll',
      keywords: {
        en: `compensation, benefits, total rewards, payroll`,
        de: `lohnbuchhalter*, lohnbuchhaltung, entgeltabrechnung, gehaltsabrechnung`,
        fr: `paie`,
        es: `nómina, nóminas`,
        pt: `folha de pagamento`,
        it: `paghe`,
        nl: `salarisadministratie`,
        pl: `płac`,
      },
    },
  ],
};

/** Legal: law, contracts and compliance. */
const LEGAL: RoleFamily = {
  name: 'Legal',
  keywords: {
    en: `
      legal, law, lawyer, attorney, counsel, solicitor, barrister, chief legal officer, clo, notary
    `,
    de: `*anwalt*, *anwältin, jurist*, syndikus*, notar*, recht`,
    fr: `juridique, avocat*, juriste, notaire`,
    es: `abogad*, jurídico, jurídica, notario`,
    pt: `advogad*, jurídico, jurídica`,
    it: `avvocat*, legale, notaio`,
    nl: `advocaat, jurist, juridisch*, notaris`,
    pl: `prawnik, prawniczka, radca prawny, radczyni prawna, adwokat*, prawn*`,
  },
  subRoles: [
    {
      name: 'Legal Counsel',
      keywords: {
        en: `general counsel, legal counsel, in-house counsel, corporate counsel`,
        de: `syndikus*, unternehmensjurist*`,
        fr: `juriste d'entreprise`,
        es: `asesor jurídico, asesora jurídica`,
        pt: `consultor jurídico, consultora jurídica`,
        it: `consulente legale`,
        nl: `bedrijfsjurist*`,
        pl: `radca prawny, radczyni prawna`,
      },
    },
    {
      name: 'Compliance',
      keywords: {
        en: `compliance, data protection, dpo, privacy officer`,
        de: `datenschutz*`,
        fr: `conformité`,
        es: `cumplimiento normativo`,
        pt: `conformidade`,
        it: `conformità`,
      },
    },
    {
      name: 'Paralegal',
      keywords: {
        en: `paralegal*, legal assistant`,
        de: `rechtsanwaltsfachangestellte*, notarfachangestellte*`,
        fr: `assistant juridique, assistante juridique`,
        es: `asistente legal, asistente jurídico`,
      },
    },
    {
      name: 'Intellectual Property',
      keywords: {
        en: `patent*, trademark*, intellectual property`,
        de: `patentanwalt*`,
        fr: `propriété intellectuelle`,
        es: `propiedad intelectual`,
        pt: `propriedade intelectual`,
      },
    },
  ],
};

/** IT: the company's own systems, devices and networks. */
const IT: RoleFamily = {
  name: 'IT',
  keywords: {
    en: `it, information technology, ict, chief information officer, cio`,
    de: `informatik*, *informatiker*, edv`,
    fr: `informatique, dsi`,
    es: `informática, informático, ti, sistemas`,
    pt: `ti, informática, tecnologia da informação`,
    it: `informatica, informatico, sistemi informativi`,
    nl: `ict, informatie*`,
    pl: `informatyk*, informatyczny, informatycznego`,
  },
  subRoles: [
    {
      name: 'IT Support',
      keywords: {
        en: `it support, help desk, helpdesk, service desk, desktop support`,
        de: `it-support`,
        fr: `support informatique, technicien informatique, technicienne informatique`,
        es: `soporte informático, técnico informático, soporte ti`,
        pt: `suporte de ti, técnico de informática`,
        it: `tecnico informatico, supporto informatico`,
        nl: `ict-support, servicedesk*`,
        pl: `wsparcie it, serwisant*`,
      },
    },
    {
      name: 'Systems & Network Administration',
      keywords: {
        en: `
          system administrat*, systems administrat*, sysadmin, network engineer*,
          network administrat*, database administrat*, dba
        `,
        de: `systemadministrat*, netzwerkadministrat*, netzwerktechnik*`,
        fr: `administrateur système*, administrateur réseau*, administratrice système*`,
        es: `administrador de sistemas, administrador de redes`,
        pt: `administrador de sistemas, administrador de redes, analista de redes`,
        it: `sistemista, amministratore di sistema`,
        nl: `systeembeheerder*, netwerkbeheerder*`,
        pl: `administrator systemów, administrator sieci`,
      },
    },
  ],
};

/** Security: protecting systems and information. */
const SECURITY: RoleFamily = {
  name: 'Security',
  keywords: {
    en: `
      security, cybersecurity, cyber, infosec, it security, information security,
      chief information security officer, ciso
    `,
    de: `*sicherheit*, it-sicherheit*`,
    fr: `sécurité, cybersécurité, sécurité informatique`,
    es: `seguridad, ciberseguridad`,
    pt: `segurança, cibersegurança`,
    it: `sicurezza`,
    nl: `beveiliging*, informatiebeveiliging`,
    pl: `bezpieczeństwa, cyberbezpieczeństwa`,
  },
  subRoles: [
    {
      name: 'Security Engineering',
      keywords: {
        en: `
          security engineer*, appsec, application security, devsecops, security architect*,
          cloud security
        `,
        fr: `ingénieur sécurité, ingénieure sécurité`,
        es: `ingeniero de seguridad`,
        pt: `engenheiro de segurança`,
      },
    },
    {
      name: 'Security Operations',
      keywords: {
        en: `soc, security analyst, security operations, incident response, threat*`,
        es: `analista de seguridad, analista de ciberseguridad`,
        pt: `analista de segurança`,
      },
    },
    {
      name: 'Penetration Testing',
      keywords: {
        en: `
          penetration tester, penetration testing, pentester, pentesting, pentest, ethical hacker,
          red team*, offensive security
        `,
      },
    },
  ],
};

/** Research and science, academic or industrial. */
const RESEARCH: RoleFamily = {
  name: 'Research & Science',
  keywords: {
    en: `research, researcher, scientist, r&d, research and development`,
    de: `forsch*, *wissenschaftler*, wissenschaftlich*`,
    fr: `chercheur, chercheuse, recherche, scientifique`,
    es: `investigador*, investigación, científico, científica`,
    pt: `pesquisa*, cientista`,
    it: `ricerca, ricercat*, scienziat*`,
    nl: `onderzoek*, wetenschapp*`,
    pl: `naukow*, badacz*, badań`,
  },
  subRoles: [
    {
      name: 'Academic Research',
      keywords: {
        en: `phd, ph d, postdoc*, post-doc*, doctoral*, research fellow, research associate`,
        de: `doktorand*, wissenschaftlicher mitarbeiter, wissenschaftliche mitarbeiterin`,
        fr: `doctorant*, post-doctorant*`,
        es: `doctorand*, investigador predoctoral, investigador postdoctoral`,
        pt: `doutorand*, pós-doutorand*`,
        it: `dottorand*, assegnista di ricerca`,
        nl: `promovend*`,
        pl: `doktorant*`,
      },
    },
    {
      name: 'Applied Research',
      keywords: {
        en: `research scientist, applied scientist, research engineer*`,
      },
    },
    {
      name: 'Clinical Research',
      keywords: {
        en: `clinical research*, clinical research associate, clinical trial*, cra`,
        fr: `recherche clinique`,
        es: `investigación clínica`,
        pt: `pesquisa clínica`,
        it: `ricerca clinica`,
      },
    },
  ],
};

/** Education: teaching in schools and universities. */
const EDUCATION: RoleFamily = {
  name: 'Education',
  keywords: {
    en: `education, teacher, teaching, tutor, instructor, educator`,
    de: `*lehrer*, lehrkraft, erzieher*`,
    fr: `enseignant*, professeur*, éducat*, formateur, formatrice`,
    es: `profesor, profesora, maestro, maestra, docente, educación`,
    pt: `professor, professora, docente, educação, educador*`,
    it: `insegnante, docente, maestra, istruzione`,
    nl: `leraar, lerares, docent, onderwijs*`,
    pl: `nauczyciel*, edukacj*`,
  },
  subRoles: [
    {
      name: 'Higher Education',
      keywords: {
        en: `lecturer, assistant professor, associate professor, full professor`,
        de: `professorin, dozent*, hochschullehrer*`,
        fr: `maître de conférences, enseignant-chercheur, enseignante-chercheuse`,
        es: `profesor universitario, profesora universitaria, catedrático, catedrática`,
        pt: `professor universitário, professora universitária`,
        it: `professore universitario, professore ordinario, professore associato`,
        nl: `hoogleraar, universitair docent`,
        pl: `wykładowca, wykładowczyni, adiunkt`,
      },
    },
    {
      name: 'School Leadership',
      keywords: {
        en: `headteacher, head teacher, school principal, headmaster, headmistress`,
        de: `schulleiter*, rektor, rektorin`,
        fr: `directeur d'école, directrice d'école, proviseur`,
        es: `director de escuela, directora de escuela, director de colegio`,
        pt: `diretor de escola, diretora de escola`,
        it: `dirigente scolastico, dirigente scolastica`,
        nl: `schoolleider, schooldirecteur`,
        pl: `dyrektor szkoły, dyrektorka szkoły`,
      },
    },
  ],
};

/** Healthcare: caring for patients. */
const HEALTHCARE: RoleFamily = {
  name: 'Healthcare',
  keywords: {
    en: `healthcare, health care, medical, clinical, clinician, chief medical officer`,
    de: `medizin*, klinik*, gesundheits*`,
    fr: `médical, médicale, santé, clinique`,
    es: `sanitario, sanitaria, salud, clínico, clínica`,
    pt: `saúde, clínico, clínica`,
    it: `sanitario, sanitaria, clinico`,
    nl: `zorg*, medisch*`,
    pl: `medyczny, medyczna, zdrowia`,
  },
  subRoles: [
    {
      name: 'Physician',
      keywords: {
        en: `physician, doctor, surgeon, general practitioner, psychiatrist`,
        de: `*arzt, *ärztin, chirurg*, psychiater*`,
        fr: `médecin*, chirurgien*, psychiatre`,
        es: `médico, médica, cirujan*, psiquiatra`,
        pt: `médico, médica, cirurgi*`,
        it: `medico, chirurgo, psichiatra`,
        nl: `huisarts*, chirurg, psychiater`,
        pl: `lekarz*, chirurg`,
      },
    },
    {
      name: 'Nursing',
      keywords: {
        en: `nurse*, nursing, midwife`,
        de: `*pfleg*, krankenschwester, hebamme`,
        fr: `infirmier*, infirmière*, sage-femme`,
        es: `enfermer*, matrona`,
        pt: `enfermeir*, parteira`,
        it: `infermier*, ostetrica`,
        nl: `verpleeg*, verloskundige`,
        pl: `pielęgniar*, położna`,
      },
    },
    {
      name: 'Pharmacy',
      keywords: {
        en: `pharmacist, pharmacy`,
        de: `apothek*`,
        fr: `pharmacien*`,
        es: `farmacéutico, farmacéutica`,
        pt: `farmacêutico, farmacêutica`,
        it: `farmacista`,
        nl: `apotheker`,
        pl: `farmaceut*`,
      },
    },
    {
      name: 'Dentistry',
      keywords: {
        en: `dentist*, dental`,
        de: `zahnarzt*, zahnärztin`,
        fr: `dentiste`,
        es: `dentista, odontólog*`,
        pt: `dentista, odontólog*`,
        it: `dentista, odontoiatra`,
        nl: `tandarts*`,
        pl: `dentyst*, stomatolog*`,
      },
    },
    {
      name: 'Therapy & Psychology',
      keywords: {
        en: `*therapist, psycholog*, physiotherap*`,
        de: `*therapeut*, logopäd*`,
        fr: `kinésithérapeute, psychologue, orthophoniste`,
        es: `fisioterapeuta, psicólog*, logopeda`,
        pt: `fisioterapeuta, psicólog*, fonoaudiólog*`,
        it: `fisioterapista, psicolog*, logopedista`,
        nl: `fysiotherapeut*, psycholoog, logopedist`,
        pl: `fizjoterapeut*, psycholog*, logopeda`,
      },
    },
  ],
};

/** Consulting: advising clients, used only when the title names no function. */
const CONSULTING: RoleFamily = {
  name: 'Consulting',
  fallback: true,
  keywords: {
    en: `consultant*, consulting, consultancy, advisory`,
    de: `*berater*, *beraterin, *beratung`,
    fr: `consultant*, conseil`,
    es: `consultor*, consultoría`,
    pt: `consultor*, consultoria`,
    it: `consulente, consulenza`,
    nl: `adviseur*, consultant`,
    pl: `konsultant*, doradca, doradczyni`,
  },
  subRoles: [
    {
      name: 'Management Consulting',
      keywords: {
        en: `management consult*, strategy consult*`,
        de: `unternehmensberat*, strategieberat*`,
        fr: `conseil en stratégie, consultant en stratégie, consultant en management`,
        es: `consultor de estrategia, consultor de gestión`,
        pt: `consultor de gestão, consultor de estratégia`,
        it: `consulente di direzione, consulente strategico`,
        nl: `managementadviseur*, organisatieadviseur*`,
        pl: `doradca biznesowy, konsultant ds. zarządzania`,
      },
    },
  ],
};

/** General management: running a whole company or unit. */
const GENERAL_MANAGEMENT: RoleFamily = {
  name: 'General Management',
  keywords: {
    en: `
      ceo, chief executive*, managing director, general manag*, president, executive director,
      country manager
    `,
    de: `geschäftsführer*, geschäftsführung, geschäftsführend*, vorstandsvorsitzend*`,
    fr: `directeur général, directrice générale, pdg, président*, gérant*`,
    es: `
      director general, directora general, director ejecutivo, directora ejecutiva,
      consejero delegado, consejera delegada, presidente
    `,
    pt: `diretor geral, diretora geral, diretor executivo, diretora executiva, presidente`,
    it: `amministratore delegato, direttore generale, direttrice generale, presidente`,
    nl: `algemeen directeur, algemeen directrice, directeur-eigenaar`,
    pl: `prezes, prezes zarządu, dyrektor generalny, dyrektor generalna`,
  },
  subRoles: [
    {
      name: 'Chief of Staff',
      keywords: {
        en: `chief of staff`,
        fr: `chef de cabinet, directeur de cabinet`,
        es: `jefe de gabinete, jefa de gabinete`,
        pt: `chefe de gabinete`,
        it: `capo di gabinetto`,
        pl: `szef gabinetu`,
      },
    },
  ],
};

/** The role families; order only matters for reading. */
export const ROLE_FAMILIES: readonly RoleFamily[] = [
  ENGINEERING,
  DATA,
  PRODUCT,
  DESIGN,
  SALES,
  MARKETING,
  CUSTOMER_SUCCESS,
  OPERATIONS,
  FINANCE,
  HUMAN_RESOURCES,
  LEGAL,
  IT,
  SECURITY,
  RESEARCH,
  EDUCATION,
  HEALTHCARE,
  CONSULTING,
  GENERAL_MANAGEMENT,
];

/**
 * Phrases that contain a family's word without naming that function, or whose function is
 * a guess: they hide those words and give no role. `Vice President` is a rank, not the
 * president's office; a board seat names no function; `Partner` and `Associate` are left
 * open because law, consulting and sales use them for different jobs.
 */
export const ROLE_NEUTRAL_PHRASES: Keywords = {
  en: `
    vice president*, vice chair*, board of directors, advisory board, board member,
    member of technical staff, personal trainer, business analyst, non-executive director
  `,
  de: `vizepräsident*`,
  fr: `vice-président*, conseil d'administration, conseil de surveillance`,
  es: `vicepresident*`,
  it: `vicepresidente, consiglio di amministrazione`,
  pl: `wiceprezes*`,
};
