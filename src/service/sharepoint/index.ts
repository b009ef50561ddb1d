/** The MUS record store on SharePoint: schema, provisioning, typed list clients, typed errors. */
import type { GraphConnection } from '../graph/client';
import { ListClient } from './listClient';
import type { RecordCodec } from './mappers';
import type { ProvisionReport } from './provisioning';
import type { MusListKey } from './schema';

export * from './errors';
export * from './schema';
export type { ListRecord, NewRecord, RecordCodec } from './mappers';
export { ListClient, WHOLE_LIST_PAGE } from './listClient';
export type { ItemUpdate, QueryOptions, UpdateOutcome } from './listClient';
export { findMusSite, provisionMusSite, ProvisioningError } from './provisioning';
export type { ProvisionOptions, ProvisionReport } from './provisioning';

/** A typed client for one MUS list of a provisioned site. */
export function musList<K extends MusListKey, P>(
  connection: GraphConnection,
  site: Pick<ProvisionReport, 'siteId' | 'listIds'>,
  key: K,
  codec: RecordCodec<P>,
): ListClient<K, P> {
  return new ListClient(connection, site.siteId, site.listIds[key], key, codec);
}
