import { act, render, screen } from '@testing-library/react';
import { useTopicTimers } from '../../src/ui/components/MeetingForm/useTopicTimers';

const MINUTE = 60_000;

/** What the side panel shows of the timers: whole minutes spent per topic. */
function Timers({ conversation, open }: { conversation: string; open: string | undefined }) {
  const spent = useTopicTimers(conversation, open);
  return (
    <ul>
      {['siden-sidst', 'trivsel'].map((topic) => (
        <li key={topic}>{`${topic}: ${Math.floor((spent[topic] ?? 0) / MINUTE)} min.`}</li>
      ))}
    </ul>
  );
}

describe('the timer per topic', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers();
    jest.setSystemTime(new Date('2026-12-02T09:00:00Z'));
  });
  afterEach(() => jest.useRealTimers());

  it('goes on from where it was after a reload of the side panel, for that conversation only', () => {
    const first = render(<Timers conversation="c-1" open="siden-sidst" />);
    act(() => jest.advanceTimersByTime(7 * MINUTE));
    first.rerender(<Timers conversation="c-1" open="trivsel" />);
    act(() => jest.advanceTimersByTime(3 * MINUTE));
    expect(screen.getByText('siden-sidst: 7 min.')).toBeInTheDocument();
    expect(screen.getByText('trivsel: 3 min.')).toBeInTheDocument();
    first.unmount(); // the reload

    const again = render(<Timers conversation="c-1" open="trivsel" />);
    expect(screen.getByText('siden-sidst: 7 min.')).toBeInTheDocument();
    expect(screen.getByText('trivsel: 3 min.')).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(2 * MINUTE));
    expect(screen.getByText('trivsel: 5 min.')).toBeInTheDocument();
    again.unmount();

    render(<Timers conversation="c-2" open={undefined} />);
    expect(screen.getByText('siden-sidst: 0 min.')).toBeInTheDocument();
    expect(screen.getByText('trivsel: 0 min.')).toBeInTheDocument();
  });

  it('counts the time up to a closing page, and starts again the next day', () => {
    const panel = render(<Timers conversation="c-1" open="trivsel" />);
    act(() => jest.advanceTimersByTime(4 * MINUTE + 4_000)); // the last tick at 4:00, closed at 4:04
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    panel.unmount();
    const kept = JSON.parse(localStorage.getItem('mus.topicTimers.c-1') ?? '{}') as {
      spent: Record<string, number>;
    };
    expect(kept.spent.trivsel).toBe(4 * MINUTE + 4_000);

    jest.setSystemTime(new Date('2026-12-03T09:00:00Z'));
    render(<Timers conversation="c-1" open={undefined} />);
    expect(screen.getByText('trivsel: 0 min.')).toBeInTheDocument();
  });

  it('starts from nothing when what is kept cannot be read', () => {
    localStorage.setItem('mus.topicTimers.c-1', '{not json');
    render(<Timers conversation="c-1" open={undefined} />);
    expect(screen.getByText('trivsel: 0 min.')).toBeInTheDocument();
  });
});
