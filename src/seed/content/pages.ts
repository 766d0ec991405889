import type { SeedPage } from './types'

export const pages: SeedPage[] = [
  {
    key: 'about',
    title: {
      nl: 'Over ons',
      fr: 'À propos',
      en: 'About us',
    },
    slug: {
      nl: 'over-ons',
      fr: 'a-propos',
      en: 'about',
    },
    summary: {
      nl: 'De Gewestelijke Overheidsdienst Brussel bereidt het beleid van de Brusselse Regering voor en voert het uit. Lees wie we zijn en wat we doen.',
      fr: 'Le Service public régional de Bruxelles prépare et met en œuvre la politique du Gouvernement bruxellois. Qui sommes-nous et que faisons-nous ?',
      en: 'The Brussels Regional Public Service prepares and carries out the policy of the Brussels Government. Find out who we are and what we do.',
    },
    body: {
      nl: [
        { h2: 'Wie we zijn' },
        {
          p: 'De Gewestelijke Overheidsdienst Brussel (GOB) is de administratie van het Brussels Hoofdstedelijk Gewest. We zijn het voornaamste instrument waarmee de Brusselse Regering haar beleid voorbereidt en in de praktijk brengt.',
        },
        { h2: 'Wat u van ons mag verwachten' },
        { p: 'Bij de GOB werken ongeveer 1.600 mensen, verdeeld over 8 administraties. Ze zetten hun kennis en ervaring in voor:' },
        {
          ul: ['burgers die in Brussel wonen of er naartoe komen', 'ondernemers', 'medewerkers van vzw’s en openbare instellingen'],
        },
        {
          p: 'We willen u een betrouwbare dienstverlening van goede kwaliteit bieden. Duurzame ontwikkeling is daarbij ons uitgangspunt: wat we vandaag doen, moet ook goed zijn voor het Brussel van morgen.',
        },
        { h2: 'Waarbij we u helpen' },
        { p: 'Vaak heeft u ons nodig op een bepaald moment in uw leven. Bijvoorbeeld als u:' },
        {
          ul: [
            'zich door het gewest verplaatst',
            'in Brussel werkt',
            'uw woning wilt renoveren',
            'gebruikmaakt van straten en pleinen',
            'een bedrijf wilt starten',
          ],
        },
        { h2: 'Meer over de GOB' },
        {
          ul: [
            '[Onze opdrachten](/nl/opdrachten): de zeven taken die het gewest ons toevertrouwt',
            '[Onze administraties](/nl/administraties): wie wat doet en hoe u ons bereikt',
            '[Ons strategisch plan 2021–2026](/nl/strategisch-plan): hoe we onze werking verbeteren',
          ],
        },
      ],
      fr: [
        { h2: 'Qui sommes-nous ?' },
        {
          p: 'Le Service public régional de Bruxelles (SPRB) est l’administration de la Région de Bruxelles-Capitale. Il est le principal outil dont dispose le Gouvernement bruxellois pour préparer sa politique et la traduire en actes.',
        },
        { h2: 'Nos engagements envers vous' },
        { p: 'Quelque 1 600 personnes travaillent au SPRB, dans 8 administrations. Elles mettent leur savoir-faire au service :' },
        {
          ul: [
            'des citoyens qui habitent Bruxelles ou s’y rendent',
            'des entrepreneurs',
            'du personnel des ASBL et des institutions publiques',
          ],
        },
        {
          p: 'Nous voulons vous offrir un service fiable et de qualité. Le développement durable guide notre action : ce que nous faisons aujourd’hui doit aussi profiter à la Bruxelles de demain.',
        },
        { h2: 'Comment nous pouvons vous aider' },
        { p: 'Vous avez souvent besoin de nous à un moment précis de votre vie. Par exemple, quand vous :' },
        {
          ul: [
            'vous déplacez dans la Région',
            'travaillez à Bruxelles',
            'souhaitez rénover votre logement',
            'profitez des rues et des places',
            'créez votre entreprise',
          ],
        },
        { h2: 'En savoir plus sur le SPRB' },
        {
          ul: [
            '[Nos missions](/fr/missions) : les sept tâches que la Région nous confie',
            '[Nos administrations](/fr/administrations) : qui fait quoi et comment nous joindre',
            '[Notre plan stratégique 2021–2026](/fr/plan-strategique) : comment nous améliorons notre fonctionnement',
          ],
        },
      ],
      en: [
        { h2: 'Who we are' },
        {
          p: 'The Brussels Regional Public Service is the administration of the Brussels-Capital Region. It is the main means by which the Brussels Government prepares its policy and puts it into practice.',
        },
        { h2: 'What you can expect from us' },
        { p: 'About 1,600 people work for us, in 8 administrations. They use their knowledge and experience to serve:' },
        {
          ul: ['people who live in Brussels or come to the city', 'entrepreneurs', 'staff of non-profit organisations and public bodies'],
        },
        {
          p: 'We aim to give you a reliable, high-quality service. Sustainable development guides everything we do: what we do today should also be good for the Brussels of tomorrow.',
        },
        { h2: 'How we can help' },
        { p: 'You often need us at a particular moment in your life. For example, when you:' },
        {
          ul: [
            'get around the region',
            'work in Brussels',
            'want to renovate your home',
            'use the streets and squares',
            'start a business',
          ],
        },
        { h2: 'More about us' },
        {
          ul: [
            '[Our missions](/en/missions): the seven tasks the region has given us',
            '[Our administrations](/en/administrations): who does what and how to contact us',
            '[Our strategic plan 2021–2026](/en/strategic-plan): how we are improving the way we work',
          ],
        },
      ],
    },
  },
  {
    key: 'strategic-plan',
    title: {
      nl: 'Strategisch plan 2021–2026',
      fr: 'Plan stratégique 2021–2026',
      en: 'Strategic plan 2021–2026',
    },
    slug: {
      nl: 'strategisch-plan',
      fr: 'plan-strategique',
      en: 'strategic-plan',
    },
    summary: {
      nl: 'Met ons plan ‘SAMEN bouwen aan een duurzame toekomst’ werken we tot 2026 aan betere kwaliteit, betere prestaties en goed bestuur.',
      fr: 'Avec notre plan « ENSEMBLE construire un avenir durable », nous améliorons jusqu’en 2026 notre qualité, nos performances et notre gouvernance.',
      en: 'Through our plan ‘building a sustainable future TOGETHER’, we are improving our quality, performance and governance up to 2026.',
    },
    body: {
      nl: [
        { h2: 'Een plan voor zes jaar' },
        {
          p: 'Ons strategisch plan legt vast waar de GOB van 2021 tot 2026 naartoe werkt. Het geeft richting aan het werk van alle administraties en helpt ons keuzes te maken.',
        },
        { h2: 'SAMEN bouwen aan een duurzame toekomst' },
        {
          p: 'Zo heet het plan. De naam zegt waar het om gaat: we willen bijdragen aan een duurzame toekomst voor Brussel, en dat lukt alleen als we samenwerken.',
        },
        { h2: 'Wat we willen bereiken' },
        { p: 'Met dit plan nemen we ons voor om onze werking voortdurend te verbeteren. We doen dat op drie vlakken:' },
        {
          ul: [
            'kwaliteit: betrouwbare diensten en duidelijke informatie',
            'prestaties: efficiënt werken en onze middelen goed inzetten',
            'goed bestuur: open, correct en controleerbaar handelen',
          ],
        },
        { h2: 'Voor wie we het doen' },
        {
          p: 'Het plan moet de belangen dienen van de burgers en van de economische en sociale actoren in het Brussels Hoofdstedelijk Gewest. Zij moeten de verbeteringen merken in hun contacten met ons.',
        },
        { h2: 'De plannen van de Regering' },
        {
          p: 'De GOB volgt ook de plannen van de Brusselse Regering op. Zo zorgt onze Cel Ondersteuning Regeringsplannen voor de administratieve en operationele opvolging van Go4Brussels 2030, het strategisch beleidsplan van de Regering.',
        },
        {
          p: 'Het Brussels Instituut voor Statistiek en Analyse (BISA) evalueert de maatregelen. Elk jaar maken de Regering en Brupartners op de Sociale top samen de balans op en leggen ze de prioriteiten voor het volgende jaar vast.',
        },
        {
          p: 'Wilt u weten hoe we georganiseerd zijn? Bekijk [onze opdrachten](/nl/opdrachten) en [onze administraties](/nl/administraties).',
        },
      ],
      fr: [
        { h2: 'Un plan sur six ans' },
        {
          p: 'Notre plan stratégique fixe le cap du SPRB de 2021 à 2026. Il oriente le travail de toutes les administrations et nous aide à faire des choix.',
        },
        { h2: 'ENSEMBLE construire un avenir durable' },
        {
          p: 'C’est le nom du plan, et il dit l’essentiel : nous voulons contribuer à un avenir durable pour Bruxelles, et nous n’y arriverons qu’en travaillant ensemble.',
        },
        { h2: 'Nos objectifs' },
        { p: 'Par ce plan, nous nous engageons à améliorer sans cesse notre fonctionnement, sur trois plans :' },
        {
          ul: [
            'la qualité : des services fiables et des informations claires',
            'la performance : travailler efficacement et bien utiliser nos moyens',
            'la bonne gouvernance : agir de façon transparente, correcte et vérifiable',
          ],
        },
        { h2: 'Pour qui ?' },
        {
          p: 'Le plan doit servir au mieux les intérêts des citoyens et des acteurs économiques et sociaux de la Région de Bruxelles-Capitale. C’est dans leurs contacts avec nous qu’ils doivent sentir la différence.',
        },
        { h2: 'Les plans du Gouvernement' },
        {
          p: 'Le SPRB assure aussi le suivi des plans du Gouvernement bruxellois. Notre cellule d’appui aux plans gouvernementaux se charge ainsi du suivi administratif et opérationnel de Go4Brussels 2030, le plan stratégique du Gouvernement.',
        },
        {
          p: 'L’Institut bruxellois de statistique et d’analyse (IBSA) évalue les mesures. Chaque année, le Gouvernement et Brupartners se retrouvent au Sommet social pour dresser le bilan et fixer les priorités de l’année suivante.',
        },
        {
          p: 'Vous voulez savoir comment nous sommes organisés ? Consultez [nos missions](/fr/missions) et [nos administrations](/fr/administrations).',
        },
      ],
      en: [
        { h2: 'A six-year plan' },
        {
          p: 'Our strategic plan sets out where the organisation is heading from 2021 to 2026. It gives direction to the work of all our administrations and helps us make choices.',
        },
        { h2: 'Building a sustainable future TOGETHER' },
        {
          p: 'That is the name of the plan, and it sums up the idea: we want to help build a sustainable future for Brussels, and we can only do that by working together.',
        },
        { h2: 'What we want to achieve' },
        { p: 'With this plan, we commit to improving the way we work, step by step, in three areas:' },
        {
          ul: [
            'quality: reliable services and clear information',
            'performance: working efficiently and making good use of our resources',
            'good governance: acting openly, fairly and accountably',
          ],
        },
        { h2: 'Who it is for' },
        {
          p: 'The plan is there to serve the interests of the people, businesses and social organisations of the Brussels-Capital Region as well as possible. They should notice the difference when they deal with us.',
        },
        { h2: 'The Government’s plans' },
        {
          p: 'We also follow up the plans of the Brussels Government. Our government plans support unit, for example, handles the administrative and operational follow-up of Go4Brussels 2030, the Government’s strategic policy plan.',
        },
        {
          p: 'The Brussels Institute for Statistics and Analysis evaluates the measures. Every year, the Government and Brupartners meet at the Social Summit to review progress and set the priorities for the following year.',
        },
        { p: 'Want to know how we are organised? See [our missions](/en/missions) and [our administrations](/en/administrations).' },
      ],
    },
  },
  {
    key: 'accessibility',
    title: {
      nl: 'Toegankelijkheidsverklaring',
      fr: 'Déclaration d’accessibilité',
      en: 'Accessibility statement',
    },
    slug: {
      nl: 'toegankelijkheid',
      fr: 'accessibilite',
      en: 'accessibility',
    },
    summary: {
      nl: 'In hoeverre is deze website toegankelijk, welke inhoud is dat nog niet en hoe meldt u een probleem?',
      fr: 'Dans quelle mesure ce site est-il accessible, quels contenus ne le sont pas encore et comment nous signaler un problème ?',
      en: 'How accessible this website is, which content is not yet accessible, and how to report a problem.',
    },
    body: {
      nl: [
        {
          p: 'De Gewestelijke Overheidsdienst Brussel wil dat iedereen zijn website kan gebruiken, ook mensen met een beperking. We volgen daarbij Richtlijn (EU) 2016/2102 over de toegankelijkheid van websites en mobiele applicaties van overheidsinstanties.',
        },
        { h2: 'Toepassingsgebied' },
        { p: 'Deze verklaring geldt voor deze website, in het Nederlands, het Frans en het Engels.' },
        { h2: 'Nalevingsstatus' },
        {
          p: 'Deze website voldoet gedeeltelijk aan de Web Content Accessibility Guidelines (WCAG) 2.2, niveau AA, en aan de Europese norm EN 301 549.',
        },
        {
          p: 'We testen alle openbare pagina’s automatisch, in de drie talen. Maar niet alle documenten in ons archief zijn toegankelijk. Daarom voldoet de website nog niet volledig.',
        },
        { h2: 'Niet-toegankelijke inhoud' },
        {
          p: 'Sommige oudere pdf-documenten zijn niet getagd. Een schermlezer kan de opbouw ervan, zoals titels, lijsten en tabellen, dan niet goed weergeven.',
        },
        {
          p: 'Heeft u zo’n document nodig in een andere vorm? Vraag het via [info@gob.brussels](mailto:info@gob.brussels). Vermeld welk document u zoekt en in welke vorm u het wilt ontvangen.',
        },
        { h2: 'Opstelling van deze verklaring' },
        {
          p: 'Deze verklaring is opgesteld op 23 november 2026. We hebben de website zelf beoordeeld en die beoordeling aangevuld met automatische tests.',
        },
        { h2: 'Feedback en contact' },
        {
          p: 'Stuit u op een probleem met de toegankelijkheid van deze website? Of heeft u een vraag? Schrijf ons op [info@gob.brussels](mailto:info@gob.brussels). U krijgt binnen 10 werkdagen een antwoord.',
        },
        { h2: 'Handhavingsprocedure' },
        {
          p: 'Bent u niet tevreden met ons antwoord, of heeft u binnen 10 werkdagen geen antwoord gekregen? Dan kunt u contact opnemen met de ombudsman van het Brussels Hoofdstedelijk Gewest.',
        },
      ],
      fr: [
        {
          p: 'Le Service public régional de Bruxelles veut que chacun puisse utiliser son site web, y compris les personnes en situation de handicap. Nous appliquons la directive (UE) 2016/2102 relative à l’accessibilité des sites internet et des applications mobiles des organismes du secteur public.',
        },
        { h2: 'Champ d’application' },
        { p: 'La présente déclaration s’applique à ce site web, en français, en néerlandais et en anglais.' },
        { h2: 'État de conformité' },
        {
          p: 'Ce site est partiellement conforme aux règles pour l’accessibilité des contenus web (WCAG) 2.2, niveau AA, et à la norme européenne EN 301 549.',
        },
        {
          p: 'Toutes les pages publiques sont testées automatiquement, dans les trois langues. En revanche, les documents de nos archives ne sont pas tous accessibles. C’est pourquoi le site n’est pas encore entièrement conforme.',
        },
        { h2: 'Contenus non accessibles' },
        {
          p: 'Certains documents PDF anciens ne sont pas balisés. Un lecteur d’écran ne peut alors pas restituer correctement leur structure : titres, listes ou tableaux.',
        },
        {
          p: 'Vous avez besoin d’un de ces documents sous une autre forme ? Demandez-le à [info@gob.brussels](mailto:info@gob.brussels) en précisant le document souhaité et le format qui vous convient.',
        },
        { h2: 'Établissement de cette déclaration' },
        {
          p: 'Cette déclaration a été établie le 23 novembre 2026. Nous avons évalué le site nous-mêmes et complété cette évaluation par des tests automatisés.',
        },
        { h2: 'Retour d’information et contact' },
        {
          p: 'Vous rencontrez un problème d’accessibilité sur ce site ou vous avez une question ? Écrivez-nous à [info@gob.brussels](mailto:info@gob.brussels). Nous vous répondrons dans un délai de 10 jours ouvrables.',
        },
        { h2: 'Procédure de recours' },
        {
          p: 'Si notre réponse ne vous satisfait pas, ou si vous n’avez rien reçu dans les 10 jours ouvrables, vous pouvez vous adresser au médiateur de la Région de Bruxelles-Capitale.',
        },
      ],
      en: [
        {
          p: 'The Brussels Regional Public Service wants everyone to be able to use its website, including disabled people. We follow Directive (EU) 2016/2102 on the accessibility of the websites and mobile applications of public sector bodies.',
        },
        { h2: 'Scope' },
        { p: 'This statement applies to this website, in English, Dutch and French.' },
        { h2: 'Compliance status' },
        {
          p: 'This website is partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA and with the European standard EN 301 549.',
        },
        {
          p: 'All public pages are tested automatically in all three languages. However, not every document in our archive is accessible. This is why the website is not yet fully compliant.',
        },
        { h2: 'Content that is not accessible' },
        {
          p: 'Some older PDF documents are not tagged. This means a screen reader cannot properly present their structure, such as headings, lists and tables.',
        },
        {
          p: 'If you need one of these documents in a different format, email [info@gob.brussels](mailto:info@gob.brussels). Tell us which document you need and which format works for you.',
        },
        { h2: 'Preparation of this statement' },
        {
          p: 'This statement was prepared on 23 November 2026. We assessed the website ourselves and added automated testing to that assessment.',
        },
        { h2: 'Feedback and contact information' },
        {
          p: 'If you find an accessibility problem on this website or have a question, email [info@gob.brussels](mailto:info@gob.brussels). We will reply within 10 working days.',
        },
        { h2: 'Enforcement procedure' },
        {
          p: 'If you are not happy with our reply, or you have not heard from us within 10 working days, you can contact the ombudsman of the Brussels-Capital Region.',
        },
      ],
    },
  },
  {
    key: 'privacy',
    title: {
      nl: 'Privacy',
      fr: 'Vie privée',
      en: 'Privacy',
    },
    slug: {
      nl: 'privacy',
      fr: 'vie-privee',
      en: 'privacy',
    },
    summary: {
      nl: 'Deze website plaatst geen cookies en volgt u niet. Lees welke gegevens we toch bewaren, hoe lang, en welke rechten u heeft.',
      fr: 'Ce site ne dépose aucun cookie et ne vous suit pas. Découvrez quelles données nous conservons malgré tout, combien de temps, et quels sont vos droits.',
      en: 'This website sets no cookies and does not track you. Find out what data we do keep, for how long, and what your rights are.',
    },
    body: {
      nl: [
        {
          p: 'De Gewestelijke Overheidsdienst Brussel is verantwoordelijk voor de persoonsgegevens die via deze website worden verwerkt. Hier leest u welke gegevens dat zijn, waarvoor we ze gebruiken en hoe lang we ze bewaren.',
        },
        { h2: 'In het kort' },
        {
          ul: [
            'We plaatsen geen cookies op uw toestel.',
            'We volgen uw surfgedrag niet en gebruiken geen meetinstrumenten voor bezoekersstatistieken.',
            'Onze pagina’s laden niets van andere websites. Geen enkele andere partij komt dus te weten dat u ons bezoekt.',
          ],
        },
        { h2: 'Serverlogboeken' },
        {
          p: 'Zoals elke webserver noteert onze server bij elk bezoek enkele technische gegevens: uw IP-adres, het tijdstip, de gevraagde pagina en het type browser. We gebruiken die gegevens alleen om de website te beveiligen en storingen op te sporen.',
        },
        { p: 'We bewaren de logboeken 30 dagen en wissen ze daarna. We geven ze aan niemand door.' },
        { h2: 'Contactformulier' },
        {
          p: 'Stuurt u ons een bericht via het contactformulier? Dan bewaren we de gegevens die u invult, zoals uw naam, uw e-mailadres en uw bericht. We gebruiken ze alleen om u te antwoorden.',
        },
        { p: 'Zodra uw vraag is afgehandeld, sluiten we het bericht af. We wissen het 12 maanden daarna.' },
        { h2: 'Is deze pagina nuttig?' },
        {
          p: 'Onder elke pagina kunt u zeggen of ze nuttig was en, zo niet, wat u zocht. We bewaren alleen uw antwoord, de pagina, de taal en het tijdstip: geen naam, geen IP-adres en geen cookie. E-mailadressen en telefoonnummers in uw opmerking maken we onleesbaar vóór we ze opslaan. Alleen de administratie die de pagina beheert en de redactie lezen deze feedback, om onze pagina’s te verbeteren.',
        },
        { h2: 'Volgen via e-mail' },
        {
          p: 'Volgt u nieuws, een thema of een pagina via e-mail? Dan bewaren we alleen uw e-mailadres, de taal waarin we u schrijven en wat u volgt (onderwerp, hoe vaak, en wanneer u het bevestigde). We gebruiken die gegevens alleen om u die e-mails te sturen. Alleen de beheerders van de website zien e-mailadressen.',
        },
        {
          ul: [
            'Een abonnement dat u niet binnen 7 dagen bevestigt, wissen we.',
            'Volgt u niets meer, dan wissen we meteen ook uw e-mailadres.',
            'De e-mails die we u over uw abonnement sturen, houden we na verzending nog 7 dagen bij en wissen we daarna.',
            'Via de link “Uw abonnementen beheren” in elke e-mail kunt u uw abonnementen wijzigen of opzeggen en alles wat we over u bewaren downloaden (JSON).',
          ],
        },
        { h2: 'Uw rechten' },
        { p: 'Volgens de Algemene Verordening Gegevensbescherming (AVG) heeft u het recht om:' },
        {
          ul: [
            'in te kijken welke gegevens we over u bewaren',
            'onjuiste gegevens te laten verbeteren',
            'uw gegevens te laten wissen',
            'bezwaar te maken tegen het gebruik van uw gegevens',
          ],
        },
        {
          p: 'Wilt u een van deze rechten uitoefenen? Schrijf dan naar onze functionaris voor gegevensbescherming op [info@gob.brussels](mailto:info@gob.brussels).',
        },
        {
          p: 'Bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen bij de Gegevensbeschermingsautoriteit, de Belgische toezichthouder voor de bescherming van persoonsgegevens.',
        },
        { h2: 'Contact' },
        {
          ul: [
            'Functionaris voor gegevensbescherming: [info@gob.brussels](mailto:info@gob.brussels)',
            'Per post: Gewestelijke Overheidsdienst Brussel, Sint-Lazarusplein 2, 1035 Brussel',
          ],
        },
      ],
      fr: [
        {
          p: 'Le Service public régional de Bruxelles est responsable des données à caractère personnel traitées par ce site. Cette page explique de quelles données il s’agit, à quoi elles servent et combien de temps nous les gardons.',
        },
        { h2: 'En bref' },
        {
          ul: [
            'Nous ne déposons aucun cookie sur votre appareil.',
            'Nous ne suivons pas votre navigation et n’utilisons aucun outil de mesure d’audience.',
            'Nos pages ne chargent aucun contenu depuis d’autres sites. Aucun tiers ne sait donc que vous nous rendez visite.',
          ],
        },
        { h2: 'Journaux du serveur' },
        {
          p: 'Comme tout serveur web, le nôtre enregistre quelques données techniques à chaque visite : votre adresse IP, l’heure, la page demandée et le type de navigateur. Nous les utilisons uniquement pour protéger le site et repérer les pannes.',
        },
        { p: 'Nous conservons ces journaux pendant 30 jours, puis nous les effaçons. Nous ne les transmettons à personne.' },
        { h2: 'Formulaire de contact' },
        {
          p: 'Vous nous écrivez via le formulaire de contact ? Nous conservons les données que vous y indiquez, comme votre nom, votre adresse e-mail et votre message. Elles servent uniquement à vous répondre.',
        },
        { p: 'Une fois votre demande traitée, nous clôturons le message. Il est effacé 12 mois plus tard.' },
        { h2: 'Cette page vous a-t-elle été utile ?' },
        {
          p: 'Sous chaque page, vous pouvez dire si elle vous a été utile et, sinon, ce que vous cherchiez. Nous conservons uniquement votre réponse, la page, la langue et l’heure : ni nom, ni adresse IP, ni cookie. Les adresses e-mail et numéros de téléphone figurant dans votre commentaire sont rendus illisibles avant l’enregistrement. Seuls l’administration qui gère la page et l’équipe de rédaction lisent ces avis, pour améliorer nos pages.',
        },
        { h2: 'Suivre par e-mail' },
        {
          p: 'Vous suivez les actualités, un thème ou une page par e-mail ? Nous conservons uniquement votre adresse e-mail, la langue dans laquelle nous vous écrivons et ce que vous suivez (le sujet, la fréquence et la date de votre confirmation). Ces données servent uniquement à vous envoyer ces e-mails. Seuls les administrateurs du site voient les adresses e-mail.',
        },
        {
          ul: [
            'Un abonnement que vous ne confirmez pas dans les 7 jours est effacé.',
            'Si vous ne suivez plus rien, votre adresse e-mail est aussitôt effacée.',
            'Les e-mails que nous vous envoyons au sujet de votre abonnement sont gardés 7 jours après leur envoi, puis effacés.',
            'Le lien « Gérer vos abonnements », dans chaque e-mail, vous permet de modifier ou de résilier vos abonnements et de télécharger tout ce que nous conservons sur vous (JSON).',
          ],
        },
        { h2: 'Vos droits' },
        { p: 'Le règlement général sur la protection des données (RGPD) vous donne le droit :' },
        {
          ul: [
            'de savoir quelles données nous conservons à votre sujet',
            'de faire corriger des données inexactes',
            'de faire effacer vos données',
            'de vous opposer à l’utilisation de vos données',
          ],
        },
        {
          p: 'Pour exercer l’un de ces droits, écrivez à notre délégué à la protection des données à l’adresse [info@gob.brussels](mailto:info@gob.brussels).',
        },
        {
          p: 'Notre réponse ne vous satisfait pas ? Vous pouvez introduire une plainte auprès de l’Autorité de protection des données, l’autorité belge de contrôle en matière de données personnelles.',
        },
        { h2: 'Contact' },
        {
          ul: [
            'Délégué à la protection des données : [info@gob.brussels](mailto:info@gob.brussels)',
            'Par courrier : Service public régional de Bruxelles, Place Saint-Lazare 2, 1035 Bruxelles',
          ],
        },
      ],
      en: [
        {
          p: 'The Brussels Regional Public Service is responsible for the personal data processed through this website. This page explains what data that is, what we use it for and how long we keep it.',
        },
        { h2: 'In short' },
        {
          ul: [
            'We do not set any cookies on your device.',
            'We do not track what you do on the site and we use no visitor analytics.',
            'Our pages load nothing from other websites, so no third party knows that you have visited us.',
          ],
        },
        { h2: 'Server logs' },
        {
          p: 'Like any web server, ours records some technical details of each visit: your IP address, the time, the page you asked for and the type of browser. We use these details only to keep the website secure and to find faults.',
        },
        { p: 'We keep the logs for 30 days and then delete them. We do not share them with anyone.' },
        { h2: 'Contact form' },
        {
          p: 'If you send us a message through the contact form, we keep the details you enter, such as your name, email address and message. We use them only to reply to you.',
        },
        { p: 'Once we have dealt with your question, we close the message. We delete it 12 months later.' },
        { h2: 'Is this page useful?' },
        {
          p: 'Under every page you can say whether it was useful and, if not, what you were looking for. We keep only your answer, the page, the language and the time: no name, no IP address and no cookie. Email addresses and phone numbers in your comment are made unreadable before they are stored. Only the administration that manages the page and the editorial team read this feedback, to improve our pages.',
        },
        { h2: 'Follow by email' },
        {
          p: 'Do you follow news, a theme or a page by email? Then we keep only your email address, the language we write to you in and what you follow (the subject, how often, and when you confirmed it). We use this only to send you those emails. Only the website’s administrators see email addresses.',
        },
        {
          ul: [
            'A subscription you do not confirm within 7 days is deleted.',
            'When you follow nothing any more, your email address is deleted straight away.',
            'The emails we send you about your subscription are kept for 7 days after they are sent, then deleted.',
            'With the “Manage your subscriptions” link in every email you can change or cancel your subscriptions and download everything we keep about you (JSON).',
          ],
        },
        { h2: 'Your rights' },
        { p: 'Under the General Data Protection Regulation (GDPR), you have the right to:' },
        {
          ul: [
            'find out what data we hold about you',
            'have incorrect data corrected',
            'have your data deleted',
            'object to the use of your data',
          ],
        },
        {
          p: 'To use any of these rights, email our data protection officer at [info@gob.brussels](mailto:info@gob.brussels).',
        },
        {
          p: 'If you are not happy with our reply, you can complain to the Data Protection Authority, the Belgian body that oversees the protection of personal data.',
        },
        { h2: 'Contact' },
        {
          ul: [
            'Data protection officer: [info@gob.brussels](mailto:info@gob.brussels)',
            'By post: Brussels Regional Public Service, Place Saint-Lazare 2, 1035 Brussels',
          ],
        },
      ],
    },
  },
  {
    key: 'go4brussels',
    title: {
      nl: 'De strategie Go4Brussels 2030',
      fr: 'La stratégie Go4Brussels 2030',
      en: 'The Go4Brussels 2030 strategy',
    },
    slug: {
      nl: 'go4brussels-2030',
      fr: 'go4brussels-2030',
      en: 'go4brussels-2030',
    },
    summary: {
      nl: 'Go4Brussels 2030 is het strategische beleidsplan van de Brusselse regering: samen met tientallen partners werkt het Gewest aan een economie en een arbeidsmarkt die klaar zijn voor 2030.',
      fr: 'Go4Brussels 2030 est le plan stratégique du gouvernement bruxellois : avec des dizaines de partenaires, la Région prépare son économie et son marché de l’emploi à l’horizon 2030.',
      en: 'Go4Brussels 2030 is the Brussels Government’s strategic policy plan: with dozens of partners, the Region is preparing its economy and its job market for 2030.',
    },
    body: {
      nl: [
        { h2: 'Wat de strategie is' },
        {
          p: 'Go4Brussels 2030 brengt de initiatieven van de Brusselse regering samen in één visie. Het plan werkt met partners en geeft hen gemeenschappelijke instrumenten om te sturen, op te volgen, overleg te plegen, te communiceren en te evalueren.',
        },
        {
          p: 'De basis ligt in het regeerakkoord 2019–2024. Het plan bouwt verder op Go4Brussels 2025, de vorige versie van de strategie.',
        },
        { h2: 'Twee pijlers' },
        {
          ul: [
            'de Brusselse economie tegen 2030 laten omschakelen: alle sectoren koolstofvrij maken en meer steun geven aan de circulaire en regeneratieve economie, aan sociaal en democratisch ondernemen en aan de digitalisering',
            'het beleid voor werk en opleiding richten op kwalificaties, en allianties tussen werk en leefmilieu steunen',
          ],
        },
        {
          p: 'Daaruit volgen doelstellingen en beleidswerven rond economische transitie, werk en opleiding, mobiliteit en andere thema’s.',
        },
        { h2: 'Wie eraan werkt' },
        {
          ul: [
            'tientallen publieke en private partners voeren de maatregelen uit',
            'het Brussels Instituut voor Statistiek en Analyse (BISA) evalueert ze',
            'de cel Ondersteuning Regeringsplannen van de GOB volgt ze administratief en operationeel op',
          ],
        },
        { h2: 'Overleg en de Sociale Top' },
        {
          p: 'De strategie kwam tot stand in overleg met Brupartners, waar de werkgevers, de zelfstandigen, de werkgevers uit de social-profitsector en de werknemers van het Gewest samenzitten. Over verschillende thema’s wordt ook overlegd met de Vlaamse en de Franstalige gemeenschap.',
        },
        {
          p: 'Elk jaar maken de regering en Brupartners op de Sociale Top de balans op van wat bereikt is en leggen ze de prioriteiten voor het volgende jaar vast.',
        },
        { h2: 'Meer lezen' },
        {
          p: 'Bekijk [hoe de maatregelen vandaag vorderen](/nl/opvolging), de [terugblik op de strategie sinds 2002](/nl/terugblik) en alle [documenten](/nl/documenten).',
        },
      ],
      fr: [
        { h2: 'Ce qu’est la stratégie' },
        {
          p: 'Go4Brussels 2030 réunit les initiatives du gouvernement bruxellois dans une même vision. Le plan s’appuie sur des partenaires et leur donne des outils communs pour piloter, suivre, se concerter, communiquer et évaluer.',
        },
        {
          p: 'Il trouve son fondement dans l’accord de gouvernement 2019–2024 et prolonge Go4Brussels 2025, la version précédente de la stratégie.',
        },
        { h2: 'Deux piliers' },
        {
          ul: [
            'faire évoluer l’économie bruxelloise d’ici 2030 : décarboner tous les secteurs et soutenir davantage l’économie circulaire et régénérative, l’entrepreneuriat social et démocratique et la numérisation',
            'orienter les politiques d’emploi et de formation vers les qualifications, et soutenir les alliances emploi-environnement',
          ],
        },
        {
          p: 'Il en découle des objectifs et des chantiers sur la transition économique, l’emploi et la formation, la mobilité et d’autres thèmes.',
        },
        { h2: 'Qui y travaille' },
        {
          ul: [
            'des dizaines de partenaires publics et privés mettent les mesures en œuvre',
            'l’Institut bruxellois de statistique et d’analyse (IBSA) les évalue',
            'la cellule d’appui aux plans gouvernementaux du SPRB en assure le suivi administratif et opérationnel',
          ],
        },
        { h2: 'La concertation et le Sommet social' },
        {
          p: 'La stratégie a été construite en concertation avec Brupartners, qui rassemble les employeurs, les indépendants, les employeurs du non-marchand et les travailleurs de la Région. Une concertation a lieu aussi avec les communautés flamande et française sur plusieurs thèmes.',
        },
        {
          p: 'Chaque année, au Sommet social, le gouvernement et Brupartners font le point sur les objectifs atteints et fixent les priorités de l’année suivante.',
        },
        { h2: 'En savoir plus' },
        {
          p: 'Consultez [où en sont les mesures aujourd’hui](/fr/suivi), la [rétrospective de la stratégie depuis 2002](/fr/retrospective) et tous les [documents](/fr/documents).',
        },
      ],
      en: [
        { h2: 'What the strategy is' },
        {
          p: 'Go4Brussels 2030 brings the Brussels Government’s initiatives together under one vision. It works through partners and gives them shared tools to steer, monitor, consult, communicate and evaluate.',
        },
        { p: 'It rests on the 2019–2024 government agreement and builds on Go4Brussels 2025, the previous version of the strategy.' },
        { h2: 'Two pillars' },
        {
          ul: [
            'move the Brussels economy on by 2030: take carbon out of every sector and give more support to the circular and regenerative economy, to social and democratic entrepreneurship and to digitalisation',
            'focus employment and training policies on qualifications, and support alliances between employment and the environment',
          ],
        },
        {
          p: 'From these follow objectives and policy worksites on the economic transition, employment and training, mobility and other subjects.',
        },
        { h2: 'Who works on it' },
        {
          ul: [
            'dozens of public and private partners carry out the measures',
            'the Brussels Institute for Statistics and Analysis (BISA) evaluates them',
            'the government-plans support cell of the Brussels Regional Public Service follows them up, administratively and operationally',
          ],
        },
        { h2: 'Consultation and the Social Summit' },
        {
          p: 'The strategy was drawn up in consultation with Brupartners, where the Region’s employers, self-employed, non-profit employers and workers meet. Several subjects are also discussed with the Flemish and French-speaking communities.',
        },
        {
          p: 'Every year, at the Social Summit, the Government and Brupartners take stock of what has been achieved and set the priorities for the next year.',
        },
        { h2: 'Read more' },
        {
          p: 'See [how the measures are progressing today](/en/follow-up), [the strategy’s history since 2002](/en/look-back) and all [documents](/en/documents).',
        },
      ],
    },
  },
]
