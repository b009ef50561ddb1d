import type { PreparationView, VersionedPreparation } from '../ports/MusApiPort';
import { isStale, authorized, type MusPorts, type Outcome } from '../mus/musCall';

/** Text per topic id, as the preparation form holds it. */
export type PreparationAnswers = Readonly<Record<string, string>>;

/** My answers by topic, from what the service reported. Pure. */
export function answersOf(view: PreparationView): PreparationAnswers {
  return Object.fromEntries((view.mine?.value.answers ?? []).map((a) => [a.topicId, a.text]));
}

/** Whether I have handed in my preparation (then it is frozen). Pure. */
export const isSubmitted = (view: PreparationView): boolean =>
  (view.mine?.value.submittedAt ?? null) !== null;

/**
 * Save my preparation as a draft, or hand it in (`submit`). `etag` is my last saved version (none before
 * the first save). Only I write my preparation, so when the service reports it changed since (412, e.g. the
 * same person in a second tab) this takes the current version's eTag and writes once more: what I see on
 * screen is what I meant.
 */
export async function savePreparation(
  ports: MusPorts,
  conversationId: string,
  etag: string | undefined,
  answers: PreparationAnswers,
  submit: boolean,
): Promise<Outcome<VersionedPreparation>> {
  const write = (tag: string | undefined) =>
    authorized(ports, ports.musApi).writePreparation(conversationId, tag, {
      answers: { ...answers },
      submit,
    });
  const first = await write(etag);
  if (first.ok || !isStale(first.failure)) return first;
  const current = await authorized(ports, ports.musApi).preparation(conversationId);
  if (!current.ok) return current;
  return write(current.value.mine?.etag);
}
