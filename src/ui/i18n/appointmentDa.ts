/** Danish texts of the Outlook task pane's booking (spread into `da`; `appointmentEn.ts` matches them). */
export const appointmentDa = {
  appointment: {
    employeeTitle: 'Medarbejder',
    employeeIntro: 'Vælg medarbejderen, du holder MUS-samtalen med. Inviterede står øverst.',
    invited: 'Inviteret',
    notInvited: 'Inviteres',
    noReports: 'Du har ingen medarbejdere, du kan holde MUS med.',
    write: 'Skriv dagsorden i mødet',
    writing: 'Skriver i mødet …',
    linked:
      'Samtalen med {{name}} er booket {{time}}. Dagsordenen står i mødet, og medarbejderen har fået besked i Teams.',
    written:
      'Dagsordenen til {{name}} står i mødet, og samtalen er oprettet. Send mødet: så bliver det samtalens møde.',
    checkAgain: 'Tjek igen',
    outlookFailed: 'Outlook kunne ikke ændre mødet (trin: {{step}}). Prøv igen.',
    openPlanner: 'Åbn rundeplanlæggeren',
    plannerIntro:
      'Skal du booke hele runden? Rundeplanlæggeren i Teams finder tider til alle dine medarbejdere.',
  },
};
