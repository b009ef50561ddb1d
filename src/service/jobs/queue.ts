/**
 * The job queue: Azure Storage queues (`@azure/storage-queue`), Azurite on the embedded default. A received
 * message stays invisible to every other instance for the visibility timeout; the worker renews it while it
 * works, so a killed process's message reappears and another instance (or the restarted one) resumes it.
 */
import { DefaultAzureCredential } from '@azure/identity';
import { QueueClient, QueueServiceClient } from '@azure/storage-queue';
import type { JobSettings } from './settings';

export interface ReceivedJob {
  readonly id: string;
  readonly text: string;
  /** How many times the message was received (1 the first time; more means an earlier attempt stopped). */
  readonly dequeueCount: number;
  readonly insertedOn: Date;
  popReceipt: string;
}

export interface JobQueue {
  send(text: string): Promise<void>;
  /** One message, hidden from others for `visibilitySeconds`; undefined when the queue is empty. */
  receive(visibilitySeconds: number): Promise<ReceivedJob | undefined>;
  /** Hides the message for another `visibilitySeconds` from now (a heartbeat, or a retry later). */
  hide(job: ReceivedJob, visibilitySeconds: number): Promise<void>;
  delete(job: ReceivedJob): Promise<void>;
}

/** The queue by connection string (Azurite, keys), or by URL with the managed identity (a tenant). */
export async function connectJobQueue(
  settings: Pick<JobSettings, 'connectionString' | 'queueUrl' | 'queueName'>,
): Promise<JobQueue> {
  const queue = settings.connectionString
    ? QueueServiceClient.fromConnectionString(settings.connectionString).getQueueClient(settings.queueName)
    : new QueueClient(settings.queueUrl ?? '', new DefaultAzureCredential());
  // Azurite's queue is made here; a tenant's comes with its storage account (infra/azure.bicep).
  if (settings.connectionString) await queue.createIfNotExists();
  const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const decode = (text: string) => Buffer.from(text, 'base64').toString('utf8');
  return {
    async send(text) {
      await queue.sendMessage(encode(text));
    },
    async receive(visibilitySeconds) {
      const answer = await queue.receiveMessages({
        numberOfMessages: 1,
        visibilityTimeout: visibilitySeconds,
      });
      const item = answer.receivedMessageItems[0];
      if (!item) return undefined;
      return {
        id: item.messageId,
        text: decode(item.messageText),
        dequeueCount: item.dequeueCount,
        insertedOn: item.insertedOn,
        popReceipt: item.popReceipt,
      };
    },
    async hide(job, visibilitySeconds) {
      const answer = await queue.updateMessage(job.id, job.popReceipt, undefined, visibilitySeconds);
      if (answer.popReceipt) job.popReceipt = answer.popReceipt;
    },
    async delete(job) {
      await queue.deleteMessage(job.id, job.popReceipt);
    },
  };
}
