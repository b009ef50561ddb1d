import type { LoadState } from '../FailureBar';
import type {
  MyConversation,
  ProposalError,
  TopicProposal,
} from '../../../application/conversations/myConversation';
import type { MusFailure, MusPorts } from '../../../application/mus/musCall';

/** Props of "Mine MUS": the employee's next conversation. */
export interface MyConversationProps {
  readonly ports: MusPorts;
  /** The employee (the signed-in user). */
  readonly employeeId: string;
  /** Their leader's name, to say who the conversation is with. */
  readonly leaderName?: string;
}

/** What became of a proposal: sent, or not (with what to fix when it cannot be sent as typed). */
export interface ProposeResult {
  readonly sent: boolean;
  readonly invalid?: ProposalError;
}

/** What the section shows at a moment. */
export type MyConversationState =
  LoadState<{ readonly conversation: MyConversation }> | { readonly status: 'none' };

/** The state and what the employee can do. */
export interface MyConversationHookResult {
  readonly state: MyConversationState;
  /** A change is on its way to the service. */
  readonly busy: boolean;
  /** Why the last change did not happen. */
  readonly actionFailure: MusFailure | undefined;
  /** The last proposal reached the leader. */
  readonly proposalSent: boolean;
  readonly retry: () => void;
  /** "Jeg er enig i dagsordenen". */
  readonly agree: () => void;
  /** Send a proposal; resolves with whether it reached the leader, or what to fix before it can be sent. */
  readonly propose: (proposal: TopicProposal) => Promise<ProposeResult>;
}
