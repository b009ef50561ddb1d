/**
 * The mark of an appointment booked from the Outlook add-in (src/service/jobs/appointment.ts): the add-in's
 * custom property `musConversationId`, which Outlook stores with the add-in's other custom properties as one
 * JSON object in the string named property `cecp-<add-in id>` of PS_PUBLIC_STRINGS
 * {00020329-0000-0000-C000-000000000046} ([MS-OXCEXT] 2.2.5); Graph reads and filters it as a single-value
 * extended property.
 */

/** The custom property the add-in marks an appointment with; its value is the conversation id. */
export const MARK_PROPERTY = 'musConversationId';

/** The extended property id under which Graph sees the add-in's custom properties. */
export function addInPropertyId(addInId: string): string {
  const id = addInId
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/^urn:uuid:/, '');
  return `String {00020329-0000-0000-C000-000000000046} Name cecp-${id}`;
}

/** The property's value when the mark is the add-in's only custom property (as office.js saves it). */
export const markValue = (conversationId: string): string =>
  JSON.stringify({ [MARK_PROPERTY]: conversationId });
