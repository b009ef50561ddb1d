export { RoundBooking } from './RoundBooking';
export type { RoundBookingProps } from './RoundBooking.types';
