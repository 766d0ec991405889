import type { SeedService } from './types'

/**
 * Services of the Brussels Regional Public Service, described in our own words from public facts.
 * Amounts, delays and online addresses appear only where they are certain; elsewhere the field is
 * left empty and the page says nothing rather than something wrong.
 */
export const services: SeedService[] = [
  {
    key: 'renovation-grant',
    mostRequested: 1,
    title: {
      nl: 'Renovatiepremie Renolution',
      fr: 'Prime à la rénovation Renolution',
      en: 'Renolution renovation grant',
    },
    slug: { nl: 'renovatiepremie-renolution', fr: 'prime-renovation-renolution', en: 'renolution-renovation-grant' },
    summary: {
      nl: 'Een premie van het Brussels Gewest voor werken die uw woning beter, zuiniger en veiliger maken.',
      fr: 'Une prime de la Région bruxelloise pour les travaux qui rendent votre logement plus confortable, plus économe en énergie et plus sûr.',
      en: 'A Brussels Region grant for work that makes your home better, more energy efficient and safer.',
    },
    body: {
      nl: [
        {
          p: 'Renolution is het renovatieprogramma van het Brussels Gewest. Met de Renolution-premies krijgt u een deel van de kosten terug van werken aan een woning in het gewest: isolatie, ramen, verwarming, ventilatie, maar ook werken aan de structuur of de veiligheid van het gebouw.',
        },
        { p: 'Hoeveel u krijgt, hangt af van het soort werken en van uw inkomen.' },
      ],
      fr: [
        {
          p: 'Renolution est le programme de rénovation de la Région bruxelloise. Les primes Renolution remboursent une partie du coût des travaux réalisés dans un logement situé dans la Région : isolation, châssis, chauffage, ventilation, mais aussi travaux de structure ou de sécurité du bâtiment.',
        },
        { p: 'Le montant dépend du type de travaux et de vos revenus.' },
      ],
      en: [
        {
          p: 'Renolution is the Brussels Region’s renovation programme. Renolution grants pay back part of the cost of work on a home in the region: insulation, windows, heating, ventilation, and also work on the structure or safety of the building.',
        },
        { p: 'How much you receive depends on the kind of work and on your income.' },
      ],
    },
    eligibility: {
      nl: [
        { p: 'U kunt een premie aanvragen als u werken laat uitvoeren aan een woning in het Brussels Hoofdstedelijk Gewest en als:' },
        {
          ul: [
            'eigenaar bent en er zelf woont;',
            'eigenaar bent en de woning verhuurt;',
            'een vereniging van mede-eigenaars vertegenwoordigt.',
          ],
        },
      ],
      fr: [
        {
          p: 'Vous pouvez demander une prime si vous faites réaliser des travaux dans un logement situé en Région de Bruxelles-Capitale et que vous êtes :',
        },
        { ul: ['propriétaire et vous y habitez ;', 'propriétaire et vous le mettez en location ;', 'le représentant d’une copropriété.'] },
      ],
      en: [
        { p: 'You can apply if you have work done on a home in the Brussels-Capital Region and you are:' },
        { ul: ['an owner who lives in it;', 'an owner who lets it;', 'acting for the co-owners of a building.'] },
      ],
    },
    requirements: {
      nl: [
        {
          ul: [
            'uw eID-kaart of de app itsme, om u online aan te melden;',
            'de facturen van de werken;',
            'foto’s of andere bewijzen van de uitgevoerde werken, als die gevraagd worden.',
          ],
        },
      ],
      fr: [
        {
          ul: [
            'votre carte eID ou l’application itsme, pour vous connecter en ligne ;',
            'les factures des travaux ;',
            'des photos ou d’autres preuves des travaux réalisés, si elles sont demandées.',
          ],
        },
      ],
      en: [
        {
          ul: [
            'your eID card or the itsme app, to sign in online;',
            'the invoices for the work;',
            'photos or other evidence of the work done, when asked for.',
          ],
        },
      ],
    },
    cost: {
      nl: 'Een premie aanvragen is gratis.',
      fr: 'La demande de prime est gratuite.',
      en: 'Applying for a grant is free.',
    },
    online: {
      url: 'https://renolution.brussels',
      label: { nl: 'Premie online aanvragen', fr: 'Demander la prime en ligne', en: 'Apply for the grant online' },
    },
    themes: ['housing', 'environment-climate'],
    audiences: ['citizens'],
  },
  {
    key: 'rent-allowance',
    mostRequested: 2,
    title: { nl: 'Huurtoelage', fr: 'Allocation loyer', en: 'Rent allowance' },
    slug: { nl: 'huurtoelage', fr: 'allocation-loyer', en: 'rent-allowance' },
    summary: {
      nl: 'Een maandelijkse tegemoetkoming in de huur voor wie wacht op een sociale woning en intussen privé huurt.',
      fr: 'Une aide mensuelle au paiement du loyer pour qui attend un logement social et loue entre-temps sur le marché privé.',
      en: 'A monthly help with the rent for people waiting for a social home who rent privately in the meantime.',
    },
    body: {
      nl: [
        {
          p: 'De wachtlijst voor een sociale woning in Brussel is lang. Huurt u intussen een woning op de privémarkt, dan betaalt het Brussels Gewest u onder bepaalde voorwaarden elke maand een deel van uw huur terug.',
        },
      ],
      fr: [
        {
          p: 'La liste d’attente pour un logement social à Bruxelles est longue. Si vous louez entre-temps un logement sur le marché privé, la Région bruxelloise peut, sous certaines conditions, vous verser chaque mois une partie de votre loyer.',
        },
      ],
      en: [
        {
          p: 'The waiting list for a social home in Brussels is long. If you rent a home on the private market in the meantime, the Brussels Region may, under certain conditions, pay you part of your rent every month.',
        },
      ],
    },
    eligibility: {
      nl: [
        {
          ul: [
            'U staat ingeschreven op de wachtlijst voor een sociale woning in het Brussels Gewest.',
            'U huurt een woning in het Brussels Gewest op de privémarkt.',
            'Uw inkomen is niet hoger dan de grens voor een sociale woning.',
          ],
        },
      ],
      fr: [
        {
          ul: [
            'Vous êtes inscrit sur la liste d’attente pour un logement social dans la Région bruxelloise.',
            'Vous louez un logement dans la Région bruxelloise sur le marché privé.',
            'Vos revenus ne dépassent pas le plafond d’accès au logement social.',
          ],
        },
      ],
      en: [
        {
          ul: [
            'You are on the waiting list for a social home in the Brussels Region.',
            'You rent a home in the Brussels Region on the private market.',
            'Your income is not above the limit for a social home.',
          ],
        },
      ],
    },
    requirements: {
      nl: [{ ul: ['het nummer van uw inschrijving voor een sociale woning;', 'uw huurcontract;', 'een bewijs van uw inkomen.'] }],
      fr: [{ ul: ['le numéro de votre inscription pour un logement social ;', 'votre bail ;', 'une preuve de vos revenus.'] }],
      en: [{ ul: ['the number of your registration for a social home;', 'your lease;', 'proof of your income.'] }],
    },
    cost: { nl: 'Gratis.', fr: 'Gratuit.', en: 'Free.' },
    administration: 'housing',
    themes: ['housing'],
    audiences: ['citizens'],
  },
  {
    key: 'single-permit',
    mostRequested: 3,
    title: {
      nl: 'Gecombineerde vergunning voor een werknemer uit het buitenland',
      fr: 'Permis unique pour un travailleur étranger',
      en: 'Single permit for a worker from abroad',
    },
    slug: { nl: 'gecombineerde-vergunning', fr: 'permis-unique', en: 'single-permit' },
    summary: {
      nl: 'Een werkgever in Brussel die iemand van buiten de Europese Unie voor meer dan 90 dagen wil tewerkstellen, vraagt één vergunning om te werken en te verblijven.',
      fr: 'L’employeur bruxellois qui veut occuper plus de 90 jours une personne venant d’un pays hors Union européenne demande un seul permis pour le travail et le séjour.',
      en: 'An employer in Brussels who wants to employ someone from outside the European Union for more than 90 days applies for one permit to work and to stay.',
    },
    body: {
      nl: [
        {
          p: 'De gecombineerde vergunning geeft een werknemer van buiten de Europese Unie het recht om meer dan 90 dagen in België te verblijven en te werken bij één bepaalde werkgever.',
        },
        {
          p: 'Brussel Economie en Werkgelegenheid beslist over de toelating tot arbeid; de federale Dienst Vreemdelingenzaken beslist over het verblijf. U dient één aanvraag in voor beide.',
        },
      ],
      fr: [
        {
          p: 'Le permis unique permet à un travailleur venant d’un pays hors Union européenne de séjourner plus de 90 jours en Belgique et d’y travailler pour un employeur déterminé.',
        },
        {
          p: 'Bruxelles Économie et Emploi décide de l’autorisation de travail ; l’Office des étrangers, au niveau fédéral, décide du séjour. Vous introduisez une seule demande pour les deux.',
        },
      ],
      en: [
        {
          p: 'The single permit lets a worker from outside the European Union stay in Belgium for more than 90 days and work for one particular employer.',
        },
        {
          p: 'Brussels Economy and Employment decides on the permission to work; the federal Immigration Office decides on the stay. You make one application for both.',
        },
      ],
    },
    eligibility: {
      nl: [
        {
          p: 'De werkgever vraagt de vergunning aan, niet de werknemer. De werkplaats ligt in het Brussels Hoofdstedelijk Gewest. Voor een tewerkstelling van 90 dagen of minder bestaat een andere procedure.',
        },
      ],
      fr: [
        {
          p: 'C’est l’employeur qui demande le permis, pas le travailleur. Le lieu de travail se trouve en Région de Bruxelles-Capitale. Pour une occupation de 90 jours maximum, une autre procédure s’applique.',
        },
      ],
      en: [
        {
          p: 'The employer applies, not the worker. The place of work is in the Brussels-Capital Region. Employment of 90 days or less follows a different procedure.',
        },
      ],
    },
    requirements: {
      nl: [
        {
          ul: [
            'de arbeidsovereenkomst;',
            'een kopie van het paspoort van de werknemer;',
            'de diploma’s of bewijzen van ervaring die de functie vraagt.',
          ],
        },
      ],
      fr: [
        {
          ul: [
            'le contrat de travail ;',
            'une copie du passeport du travailleur ;',
            'les diplômes ou preuves d’expérience que la fonction demande.',
          ],
        },
      ],
      en: [
        {
          ul: [
            'the employment contract;',
            'a copy of the worker’s passport;',
            'the qualifications or proof of experience the job requires.',
          ],
        },
      ],
    },
    administration: 'economy-employment',
    themes: ['economy-employment'],
    audiences: ['entrepreneurs', 'non-profits-public-bodies'],
  },
  {
    key: 'professional-card',
    mostRequested: 6,
    title: {
      nl: 'Beroepskaart voor buitenlandse zelfstandigen',
      fr: 'Carte professionnelle pour indépendants étrangers',
      en: 'Professional card for self-employed people from abroad',
    },
    slug: { nl: 'beroepskaart', fr: 'carte-professionnelle', en: 'professional-card' },
    summary: {
      nl: 'Wie geen onderdaan is van een land van de Europese Economische Ruimte of Zwitserland, heeft een beroepskaart nodig om in Brussel als zelfstandige te werken.',
      fr: 'Si vous n’êtes pas ressortissant d’un pays de l’Espace économique européen ou de la Suisse, il vous faut une carte professionnelle pour exercer comme indépendant à Bruxelles.',
      en: 'If you are not a national of a European Economic Area country or Switzerland, you need a professional card to work as self-employed in Brussels.',
    },
    body: {
      nl: [
        {
          p: 'Met een beroepskaart mag u een zelfstandige activiteit uitoefenen in België. Voor wie zijn activiteit in het Brussels Gewest uitoefent, beslist Brussel Economie en Werkgelegenheid over de aanvraag.',
        },
      ],
      fr: [
        {
          p: 'La carte professionnelle vous permet d’exercer une activité indépendante en Belgique. Si votre activité se situe en Région bruxelloise, c’est Bruxelles Économie et Emploi qui décide de votre demande.',
        },
      ],
      en: [
        {
          p: 'A professional card allows you to carry on a self-employed activity in Belgium. When your activity is in the Brussels Region, Brussels Economy and Employment decides on your application.',
        },
      ],
    },
    eligibility: {
      nl: [
        {
          p: 'U hebt een beroepskaart nodig als u geen onderdaan bent van een land van de Europese Economische Ruimte of Zwitserland en in het Brussels Gewest een zelfstandige activiteit wilt uitoefenen. Sommige verblijfsstatuten stellen u vrij van de beroepskaart.',
        },
      ],
      fr: [
        {
          p: 'Vous avez besoin d’une carte professionnelle si vous n’êtes pas ressortissant d’un pays de l’Espace économique européen ou de la Suisse et que vous voulez exercer une activité indépendante en Région bruxelloise. Certains titres de séjour vous en dispensent.',
        },
      ],
      en: [
        {
          p: 'You need a professional card if you are not a national of a European Economic Area country or Switzerland and you want to work as self-employed in the Brussels Region. Some residence statuses exempt you from it.',
        },
      ],
    },
    requirements: {
      nl: [{ p: 'U dient uw aanvraag in bij een erkend ondernemingsloket. Daar hoort u welke documenten u moet bijvoegen.' }],
      fr: [{ p: 'Vous introduisez votre demande auprès d’un guichet d’entreprises agréé, qui vous indique les documents à joindre.' }],
      en: [{ p: 'You apply through a recognised business counter, which tells you which documents to add.' }],
    },
    cost: {
      nl: 'Het ondernemingsloket rekent dossierkosten aan.',
      fr: 'Le guichet d’entreprises demande des frais de dossier.',
      en: 'The business counter charges a handling fee.',
    },
    administration: 'economy-employment',
    themes: ['economy-employment'],
    audiences: ['entrepreneurs'],
  },
  {
    key: 'investment-grant',
    title: {
      nl: 'Investeringssteun voor ondernemingen',
      fr: 'Aide à l’investissement pour les entreprises',
      en: 'Investment grant for businesses',
    },
    slug: { nl: 'investeringssteun', fr: 'aide-investissement', en: 'investment-grant' },
    summary: {
      nl: 'Een subsidie van het Brussels Gewest voor kleine en middelgrote ondernemingen die investeren in hun Brusselse vestiging.',
      fr: 'Un subside de la Région bruxelloise pour les petites et moyennes entreprises qui investissent dans leur siège bruxellois.',
      en: 'A Brussels Region grant for small and medium-sized businesses that invest in their premises in Brussels.',
    },
    body: {
      nl: [
        {
          p: 'Koopt u nieuwe uitrusting, richt u uw bedrijfsruimte in of breidt u uit? Dan kan het gewest een deel van die investering betalen. Brussel Economie en Werkgelegenheid onderzoekt uw aanvraag en betaalt de steun uit.',
        },
        { p: 'Er bestaan ook premies voor opleiding, advies en internationale uitbreiding. Vraag ons welke steun bij uw plan past.' },
      ],
      fr: [
        {
          p: 'Vous achetez du nouveau matériel, vous aménagez vos locaux ou vous vous agrandissez ? La Région peut prendre en charge une partie de cet investissement. Bruxelles Économie et Emploi examine votre demande et verse l’aide.',
        },
        {
          p: 'Il existe aussi des aides pour la formation, le conseil et le développement international. Demandez-nous quelle aide convient à votre projet.',
        },
      ],
      en: [
        {
          p: 'Are you buying new equipment, fitting out your premises or expanding? The Region may pay part of that investment. Brussels Economy and Employment assesses your application and pays the grant.',
        },
        { p: 'There are also grants for training, advice and growing abroad. Ask us which support fits your plan.' },
      ],
    },
    eligibility: {
      nl: [
        {
          ul: [
            'een micro-, kleine of middelgrote onderneming;',
            'met een vestiging in het Brussels Hoofdstedelijk Gewest waar de investering gebeurt;',
            'in een sector die niet uitgesloten is van economische steun.',
          ],
        },
      ],
      fr: [
        {
          ul: [
            'une micro, petite ou moyenne entreprise ;',
            'avec un siège d’exploitation en Région de Bruxelles-Capitale, où l’investissement est réalisé ;',
            'dans un secteur qui n’est pas exclu des aides économiques.',
          ],
        },
      ],
      en: [
        {
          ul: [
            'a micro, small or medium-sized business;',
            'with premises in the Brussels-Capital Region, where the investment is made;',
            'in a sector that is not excluded from business support.',
          ],
        },
      ],
    },
    requirements: {
      nl: [
        {
          ul: ['een beschrijving van uw investering;', 'de offertes of facturen;', 'de gegevens van uw onderneming (ondernemingsnummer).'],
        },
      ],
      fr: [
        {
          ul: [
            'une description de votre investissement ;',
            'les devis ou factures ;',
            'les données de votre entreprise (numéro d’entreprise).',
          ],
        },
      ],
      en: [{ ul: ['a description of your investment;', 'the quotes or invoices;', 'your business’s details (company number).'] }],
    },
    cost: { nl: 'Gratis.', fr: 'Gratuit.', en: 'Free.' },
    administration: 'economy-employment',
    themes: ['economy-employment'],
    audiences: ['entrepreneurs'],
  },
  {
    key: 'roadworks-permit',
    mostRequested: 4,
    title: {
      nl: 'Werken op de openbare weg aanvragen (Osiris)',
      fr: 'Demander un chantier en voirie (Osiris)',
      en: 'Applying for works on the public road (Osiris)',
    },
    slug: { nl: 'werken-op-de-openbare-weg', fr: 'chantier-en-voirie', en: 'works-on-the-public-road' },
    summary: {
      nl: 'Wie in Brussel werken uitvoert op de openbare weg, vraagt daarvoor een toelating aan via Osiris, het platform dat alle bouwplaatsen in het gewest op elkaar afstemt.',
      fr: 'Pour réaliser un chantier sur la voie publique à Bruxelles, vous demandez une autorisation via Osiris, la plateforme qui coordonne tous les chantiers de la Région.',
      en: 'To carry out works on the public road in Brussels, you apply for permission through Osiris, the platform that coordinates all roadworks in the region.',
    },
    body: {
      nl: [
        {
          p: 'Osiris brengt alle geplande werken op de Brusselse wegen samen: van de nutsbedrijven, de gemeenten, het gewest en private aannemers. Zo worden werken op dezelfde plek gecombineerd en blijft de hinder voor bewoners en verkeer zo klein mogelijk.',
        },
        { p: 'Brussel Mobiliteit beheert Osiris en coördineert de bouwplaatsen op de gewestwegen.' },
      ],
      fr: [
        {
          p: 'Osiris rassemble tous les chantiers prévus sur les voiries bruxelloises : ceux des impétrants, des communes, de la Région et des entrepreneurs privés. Les travaux au même endroit peuvent ainsi être combinés et la gêne pour les habitants et la circulation reste la plus faible possible.',
        },
        { p: 'Bruxelles Mobilité gère Osiris et coordonne les chantiers sur les voiries régionales.' },
      ],
      en: [
        {
          p: 'Osiris brings together all planned works on Brussels roads: those of utility companies, municipalities, the Region and private contractors. Works in the same place can then be combined, and the disruption for residents and traffic is kept as small as possible.',
        },
        { p: 'Brussels Mobility runs Osiris and coordinates the works on regional roads.' },
      ],
    },
    eligibility: {
      nl: [
        {
          p: 'Nutsbedrijven, gemeenten, openbare instellingen en aannemers die werken uitvoeren op, onder of boven de openbare weg in het Brussels Hoofdstedelijk Gewest.',
        },
      ],
      fr: [
        {
          p: 'Les impétrants, les communes, les organismes publics et les entrepreneurs qui réalisent des travaux sur, sous ou au-dessus de la voie publique en Région de Bruxelles-Capitale.',
        },
      ],
      en: [
        {
          p: 'Utility companies, municipalities, public bodies and contractors who carry out works on, under or above the public road in the Brussels-Capital Region.',
        },
      ],
    },
    requirements: {
      nl: [
        {
          ul: [
            'een account op Osiris voor uw organisatie;',
            'de plaats, de duur en de aard van de werken;',
            'de plannen van de bouwplaats.',
          ],
        },
      ],
      fr: [
        { ul: ['un compte Osiris pour votre organisation ;', 'le lieu, la durée et la nature des travaux ;', 'les plans du chantier.'] },
      ],
      en: [{ ul: ['an Osiris account for your organisation;', 'the place, length and kind of the works;', 'the plans of the worksite.'] }],
    },
    online: {
      url: 'https://osiris.brussels',
      label: { nl: 'Naar Osiris', fr: 'Accéder à Osiris', en: 'Go to Osiris' },
    },
    administration: 'mobility',
    themes: ['mobility'],
    audiences: ['entrepreneurs', 'non-profits-public-bodies'],
  },
  {
    key: 'taxi-licence',
    title: { nl: 'Taxivergunning', fr: 'Licence de taxi', en: 'Taxi licence' },
    slug: { nl: 'taxivergunning', fr: 'licence-taxi', en: 'taxi-licence' },
    summary: {
      nl: 'Om in het Brussels Gewest een taxidienst uit te baten, hebt u een exploitatievergunning van het gewest nodig.',
      fr: 'Pour exploiter un service de taxis en Région bruxelloise, il vous faut une licence d’exploitation délivrée par la Région.',
      en: 'To run a taxi service in the Brussels Region, you need an operating licence from the Region.',
    },
    body: {
      nl: [
        {
          p: 'Brussel Mobiliteit reikt de vergunningen uit voor wie in het Brussels Gewest een taxidienst uitbaat, en houdt toezicht op de regels voor taxi’s. Ook wie als chauffeur wil rijden, moet aan voorwaarden voldoen.',
        },
      ],
      fr: [
        {
          p: 'Bruxelles Mobilité délivre les licences aux exploitants de services de taxis en Région bruxelloise et veille au respect des règles applicables aux taxis. Les chauffeurs doivent eux aussi remplir des conditions.',
        },
      ],
      en: [
        {
          p: 'Brussels Mobility issues the licences to those who run a taxi service in the Brussels Region and checks that the rules for taxis are followed. Drivers too have conditions to meet.',
        },
      ],
    },
    eligibility: {
      nl: [{ p: 'Personen en ondernemingen die een taxidienst willen uitbaten met vertrek in het Brussels Hoofdstedelijk Gewest.' }],
      fr: [{ p: 'Les personnes et entreprises qui veulent exploiter un service de taxis au départ de la Région de Bruxelles-Capitale.' }],
      en: [{ p: 'People and businesses that want to run a taxi service starting from the Brussels-Capital Region.' }],
    },
    administration: 'mobility',
    themes: ['mobility', 'economy-employment'],
    audiences: ['entrepreneurs'],
  },
  {
    key: 'property-tax-objection',
    mostRequested: 5,
    title: {
      nl: 'Bezwaar tegen uw onroerende voorheffing',
      fr: 'Réclamation contre votre précompte immobilier',
      en: 'Objecting to your property tax',
    },
    slug: { nl: 'bezwaar-onroerende-voorheffing', fr: 'reclamation-precompte-immobilier', en: 'property-tax-objection' },
    summary: {
      nl: 'Bent u het niet eens met het aanslagbiljet van de onroerende voorheffing voor een goed in Brussel? Dan kunt u bezwaar indienen bij Brussel Fiscaliteit.',
      fr: 'Vous contestez l’avertissement-extrait de rôle du précompte immobilier pour un bien situé à Bruxelles ? Vous pouvez introduire une réclamation auprès de Bruxelles Fiscalité.',
      en: 'If you disagree with the property tax bill for a property in Brussels, you can lodge an objection with Brussels Fiscality.',
    },
    body: {
      nl: [
        {
          p: 'Brussel Fiscaliteit vestigt en int de onroerende voorheffing voor de goederen in het Brussels Gewest. Denkt u dat er een fout in uw aanslagbiljet staat, of hebt u recht op een vermindering die niet toegepast is? Dien dan een bezwaarschrift in.',
        },
        { p: 'Lees op uw aanslagbiljet tot wanneer u bezwaar kunt indienen.' },
      ],
      fr: [
        {
          p: 'Bruxelles Fiscalité établit et perçoit le précompte immobilier pour les biens situés en Région bruxelloise. Vous pensez que votre avertissement-extrait de rôle contient une erreur, ou une réduction à laquelle vous avez droit n’a pas été appliquée ? Introduisez une réclamation.',
        },
        { p: 'Votre avertissement-extrait de rôle indique jusqu’à quand vous pouvez réclamer.' },
      ],
      en: [
        {
          p: 'Brussels Fiscality assesses and collects the property tax on properties in the Brussels Region. If you think your tax bill contains a mistake, or a reduction you are entitled to was not applied, lodge an objection.',
        },
        { p: 'Your tax bill says until when you can object.' },
      ],
    },
    eligibility: {
      nl: [{ p: 'Wie een aanslagbiljet van de onroerende voorheffing ontvangt voor een goed in het Brussels Hoofdstedelijk Gewest.' }],
      fr: [
        {
          p: 'Toute personne qui reçoit un avertissement-extrait de rôle du précompte immobilier pour un bien situé en Région de Bruxelles-Capitale.',
        },
      ],
      en: [{ p: 'Anyone who receives a property tax bill for a property in the Brussels-Capital Region.' }],
    },
    requirements: {
      nl: [
        {
          ul: [
            'uw aanslagbiljet;',
            'een ondertekend bezwaarschrift waarin u uitlegt waarom u het niet eens bent;',
            'de bewijsstukken die uw bezwaar staven.',
          ],
        },
      ],
      fr: [
        {
          ul: [
            'votre avertissement-extrait de rôle ;',
            'une réclamation signée qui explique pourquoi vous contestez ;',
            'les pièces qui appuient votre réclamation.',
          ],
        },
      ],
      en: [{ ul: ['your tax bill;', 'a signed objection that explains why you disagree;', 'the documents that support your objection.'] }],
    },
    cost: { nl: 'Bezwaar indienen is gratis.', fr: 'Introduire une réclamation est gratuit.', en: 'Lodging an objection is free.' },
    administration: 'fiscality',
    themes: ['public-finances'],
    audiences: ['citizens', 'entrepreneurs'],
  },
]
