import type { Translation } from './da';

/** English. Same keys as Danish (checked by the type). */
export const en: Translation = {
  app: {
    name: 'MUS',
    fullName: 'MUS – employee development conversations',
    loading: 'Loading MUS …',
  },
  intro: {
    outsideHost: 'You have opened MUS outside Microsoft Teams and Outlook.',
    tagline:
      'Plan, prepare, hold and follow up the yearly development conversation – inside Teams and Outlook.',
    whatTitle: 'What is MUS?',
    whatBody:
      'MUS (medarbejderudviklingssamtale) is the yearly development conversation between a leader and an employee. The app keeps the whole process in one place:',
    stepPlan: 'Plan: the leader books a whole MUS round from Outlook.',
    stepPrepare: 'Prepare: each of you prepares for the agreed topics.',
    stepHold: 'Hold the conversation: you see the conversation form side by side in the Teams meeting.',
    stepFollowUp: 'Follow up: you sign the conclusion and follow up the development goals during the year.',
    teamsTitle: 'Open MUS in Microsoft Teams',
    teamsBody:
      'Once your organisation has installed the app, you find MUS under Apps on the left side of Teams. Pin it to keep it at hand. In Outlook, the leader opens MUS from a meeting’s toolbar.',
    sandboxTitle: 'Try MUS with the local sandbox',
    sandboxBody:
      'Without a Microsoft 365 tenant you can try the whole product locally. Run the command below in the project folder and open the address in your browser:',
    sandboxLink: 'Open the local host page',
  },
  welcome: {
    title: 'Welcome to MUS, {{name}}',
    titleNoName: 'Welcome to MUS',
    body: 'Your MUS conversations, preparation and development goals will be shown here.',
    host: 'Opened in {{host}}.',
  },
  profile: {
    loading: 'Getting your details from MUS …',
    youTitle: 'You in MUS',
    rolesLabel: 'Your roles',
    roleLeader: 'Leader',
    roleEmployee: 'Employee',
    roleHr: 'HR',
    noRoles: 'You have no role in MUS yet: you have neither a leader nor employees in the organisation.',
    leaderLabel: 'Your leader',
    noLeader: 'You have no leader registered.',
    reportsTitle: 'Your employees',
    reportsIntro: 'You hold MUS conversations with {{count}} employees:',
    errorTitle: 'We can’t show your details',
    errorSignIn: 'You were not signed in to the MUS service on your own. Select Sign in to try again.',
    errorUnauthorized:
      'The MUS service refused your sign-in. Reload the tab; if that doesn’t help, contact your IT department.',
    errorUnavailable: 'The MUS service has a problem right now. Try again in a moment.',
    errorUnreachable: 'The MUS service can’t be reached. Check your connection and try again.',
    errorInvalidResponse:
      'The MUS service answered with something we don’t understand. Try again in a moment.',
    retry: 'Try again',
    signIn: 'Sign in',
  },
  meeting: {
    notInMeetingTitle: 'Not in a meeting',
    notInMeetingBody:
      'The side panel and the meeting stage work in a Teams meeting booked as a MUS conversation.',
    sidePanelTitle: 'The MUS conversation',
    stageTitle: 'The MUS conversation on stage',
    meetingBody: 'The agenda and the shared notes for the conversation will be shown here.',
  },
  settings: {
    notInTeamsTitle: 'Not in Teams',
    notInTeamsBody: 'This page is used when MUS is added to a meeting or a chat in Teams.',
    configureTitle: 'Add MUS to the meeting',
    configureBody: 'Select Save to add the MUS conversation to this meeting.',
    cannotSave: 'This Teams client cannot save the tab.',
  },
  taskpane: {
    notInOutlookTitle: 'Not in Outlook',
    notInOutlookBody:
      'The task pane works in Outlook when you open a meeting you organise. Open a meeting and select MUS round on the toolbar.',
    appointmentTitle: 'MUS round',
    appointmentBody:
      'Book a MUS conversation in this meeting: choose the employee and the topics, and MUS writes the agenda into the meeting.',
    subject: 'Meeting: {{subject}}',
    attendeesTitle: 'Attendees',
    noAttendees: 'The meeting has no attendees yet. Add your employees in Outlook.',
  },
  failure: {
    signIn: 'Teams could not sign you in to the MUS service. Reload the tab and try again.',
    unauthorized:
      'The MUS service refused your sign-in. Reload the tab; if that does not help, contact your IT department.',
    unavailable: 'The MUS service has a problem right now. Try again in a moment.',
    unreachable: 'The MUS service cannot be reached. Check your connection and try again.',
    invalidResponse: 'The MUS service answered something we don’t understand. Try again in a moment.',
    refused: 'The MUS service refused the change.',
    stale: 'The conversation changed since you opened it. We fetched the latest version – try again.',
    title: 'That didn’t work',
    retry: 'Try again',
  },
  auth: {
    signingInTitle: 'Signing in …',
    signingInBody: 'Please wait while you are signed in.',
    signedInTitle: 'You are signed in',
    signedInBody: 'You can close this window.',
  },
};
