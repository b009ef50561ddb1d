/** Danish, the default language. The shape of this object is the set of keys; en.ts must match it. */
export const da = {
  app: {
    name: 'MUS',
    fullName: 'MUS – medarbejderudviklingssamtaler',
    loading: 'Indlæser MUS …',
  },
  intro: {
    outsideHost: 'Du har åbnet MUS uden for Microsoft Teams og Outlook.',
    tagline: 'Planlæg, forbered, hold og følg op på den årlige udviklingssamtale – inde i Teams og Outlook.',
    whatTitle: 'Hvad er MUS?',
    whatBody:
      'MUS er den årlige medarbejderudviklingssamtale mellem leder og medarbejder. Appen samler hele forløbet ét sted:',
    stepPlan: 'Planlæg: lederen booker en hel MUS-runde fra Outlook.',
    stepPrepare: 'Forbered: I forbereder jer hver især på de aftalte emner.',
    stepHold: 'Hold samtalen: I ser samtaleskemaet side om side i Teams-mødet.',
    stepFollowUp: 'Følg op: I underskriver konklusionen og følger op på udviklingsmålene i løbet af året.',
    teamsTitle: 'Åbn MUS i Microsoft Teams',
    teamsBody:
      'Når din organisation har installeret appen, finder du MUS under Apps i venstre side af Teams. Fastgør den, så er den altid ved hånden. I Outlook åbner lederen MUS fra et mødes værktøjslinje.',
    sandboxTitle: 'Prøv MUS med den lokale sandkasse',
    sandboxBody:
      'Uden en Microsoft 365-lejer kan du prøve hele produktet lokalt. Kør kommandoen herunder i projektmappen, og åbn adressen i din browser:',
    sandboxLink: 'Åbn den lokale værtsside',
  },
  welcome: {
    title: 'Velkommen til MUS, {{name}}',
    titleNoName: 'Velkommen til MUS',
    body: 'Her kommer dine MUS-samtaler, forberedelser og udviklingsmål til at stå.',
    host: 'Åbnet i {{host}}.',
  },
  profile: {
    loading: 'Henter dine oplysninger fra MUS …',
    youTitle: 'Dig i MUS',
    rolesLabel: 'Dine roller',
    roleLeader: 'Leder',
    roleEmployee: 'Medarbejder',
    roleHr: 'HR',
    noRoles: 'Du har ingen rolle i MUS endnu: du har hverken en leder eller medarbejdere i organisationen.',
    leaderLabel: 'Din leder',
    noLeader: 'Du har ingen leder registreret.',
    reportsTitle: 'Dine medarbejdere',
    reportsIntro: 'Du holder MUS med {{count}} medarbejdere:',
    errorTitle: 'Vi kan ikke vise dine oplysninger',
    errorSignIn: 'Du blev ikke logget ind hos MUS-tjenesten af dig selv. Vælg Log ind for at prøve igen.',
    errorUnauthorized:
      'MUS-tjenesten afviste dit login. Genindlæs fanen; hjælper det ikke, så kontakt din IT-afdeling.',
    errorUnavailable: 'MUS-tjenesten har en fejl lige nu. Prøv igen om lidt.',
    errorUnreachable: 'MUS-tjenesten kan ikke nås. Tjek din forbindelse, og prøv igen.',
    errorInvalidResponse: 'MUS-tjenesten svarede med noget, vi ikke forstår. Prøv igen om lidt.',
    retry: 'Prøv igen',
    signIn: 'Log ind',
  },
  meeting: {
    notInMeetingTitle: 'Ikke i et møde',
    notInMeetingBody: 'Sidepanelet og mødescenen virker i et Teams-møde, der er booket som en MUS-samtale.',
    sidePanelTitle: 'MUS-samtalen',
    stageTitle: 'MUS-samtalen på scenen',
    meetingBody: 'Her kommer dagsordenen og de fælles noter til samtalen til at stå.',
  },
  settings: {
    notInTeamsTitle: 'Ikke i Teams',
    notInTeamsBody: 'Denne side bruges, når MUS tilføjes til et møde eller en chat i Teams.',
    configureTitle: 'Tilføj MUS til mødet',
    configureBody: 'Vælg Gem for at tilføje MUS-samtalen til dette møde.',
    cannotSave: 'Denne Teams-klient kan ikke gemme fanen.',
  },
  taskpane: {
    notInOutlookTitle: 'Ikke i Outlook',
    notInOutlookBody:
      'Opgaveruden virker i Outlook, når du åbner et møde, du selv arrangerer. Åbn et møde og vælg MUS-runde på værktøjslinjen.',
    appointmentTitle: 'MUS-runde',
    appointmentBody:
      'Book en MUS-samtale i dette møde: vælg medarbejderen og emnerne, så skriver MUS dagsordenen i mødet.',
    subject: 'Møde: {{subject}}',
    attendeesTitle: 'Deltagere',
    noAttendees: 'Mødet har endnu ingen deltagere. Tilføj dine medarbejdere i Outlook.',
  },
  failure: {
    signIn: 'Teams kunne ikke logge dig ind hos MUS-tjenesten. Genindlæs fanen, og prøv igen.',
    unauthorized:
      'MUS-tjenesten afviste dit login. Genindlæs fanen; hjælper det ikke, så kontakt din IT-afdeling.',
    unavailable: 'MUS-tjenesten har en fejl lige nu. Prøv igen om lidt.',
    unreachable: 'MUS-tjenesten kan ikke nås. Tjek din forbindelse, og prøv igen.',
    invalidResponse: 'MUS-tjenesten svarede med noget, vi ikke forstår. Prøv igen om lidt.',
    refused: 'MUS-tjenesten afviste ændringen.',
    stale: 'Samtalen er ændret, siden du åbnede den. Vi har hentet den nyeste udgave – prøv igen.',
    title: 'Det lykkedes ikke',
    retry: 'Prøv igen',
  },
  auth: {
    signingInTitle: 'Logger ind …',
    signingInBody: 'Vent et øjeblik, mens du bliver logget ind.',
    signedInTitle: 'Du er logget ind',
    signedInBody: 'Du kan lukke dette vindue.',
  },
} as const;

/** The shape every translation must have: the same keys as Danish, any text. */
/** Texts in another language: the same sections and keys as `T` (Danish), each a string. */
export type Translated<T> = { [S in keyof T]: { [K in keyof T[S]]: string } };

export type Translation = Translated<typeof da>;
