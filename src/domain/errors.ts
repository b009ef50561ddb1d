/**
 * Every refusal of the domain is a DomainError with a stable `code`. The service maps codes to problem+json and
 * the UI maps them to translated messages, so codes never change meaning once published.
 */
export type DomainErrorCode =
  | 'conversation.illegalTransition'
  | 'conversation.invalidSlot'
  | 'conversation.slotInPast'
  | 'conversation.notStarted'
  | 'conversation.agendaNotAgreed'
  | 'conversation.conclusionNotSigned'
  | 'conversation.alreadyPrepared'
  | 'round.invalidWindow'
  | 'round.invalidTitle'
  | 'round.closed'
  | 'round.duplicateEmployee'
  | 'concept.invalid'
  | 'concept.unknownTopic'
  | 'concept.goalsTopicRequired'
  | 'concept.tooManyTopics'
  | 'concept.pastYear'
  | 'agenda.duplicateTopic'
  | 'agenda.unknownTopic'
  | 'agenda.goalsTopicRequired'
  | 'agenda.notAllowed'
  | 'agenda.pendingProposals'
  | 'agenda.notProposed'
  | 'preparation.submitted'
  | 'preparation.wrongAuthor'
  | 'notes.tooLong'
  | 'goal.invalid'
  | 'goal.alreadyAgreed'
  | 'conclusion.locked'
  | 'conclusion.notLocked'
  | 'conclusion.alreadySigned'
  | 'conclusion.empty'
  | 'conclusion.unknownTopic'
  | 'conclusion.wrongSigner'
  | 'conclusion.consentNotEmployee'
  | 'evaluation.invalid'
  | 'musTest.incomplete'
  | 'musTest.unknownStatement'
  | 'availability.invalidView'
  | 'scheduling.invalidRequest';

export type DomainErrorDetails = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
  }
}

export const isDomainError = (error: unknown, code?: DomainErrorCode): error is DomainError =>
  error instanceof DomainError && (code === undefined || error.code === code);
