/** Graph for the MUS service: the client factory and its middleware chain, tokens, batches, events. */
export {
  createGraphClient,
  createGraphClientFactory,
  graphFailure,
  odataQuery,
  relativeGraphPath,
} from './client';
export type { GraphClientFactory, GraphClientOptions, GraphConnection, GraphPipelineOptions } from './client';
export { GRAPH_STAGES, ChainedMiddleware } from './middleware/chain';
export type { GraphStage, GraphStages } from './middleware/chain';
export { GraphStats } from './middleware/logging';
export type { GraphLogEntry, GraphLogger } from './middleware/logging';
export { parseRetryAfter, RETRYABLE_STATUSES } from './middleware/retry';
export type { RetryOptions } from './middleware/retry';
export { TokenError, TokenService } from './tokens';
export type { TokenProvider } from './tokens';
export { MAX_BATCH_SIZE, sendBatch } from './batch';
export type { BatchItem, BatchOptions, BatchOutcome, BatchReport } from './batch';
export * from './events';
