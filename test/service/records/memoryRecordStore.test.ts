import { createMemoryRecordStore } from '../../../src/service/records/memoryRecordStore';
import { recordStoreContract } from './recordStoreContract';

recordStoreContract('the memory record store (the fake of unit tests)', async () => {
  const store = createMemoryRecordStore();
  return { store: () => store, close: async () => {} };
});
