// jsdom has no canvas; the charts measure their labels' text with one and do without when there is none.
// Answering "no 2D context" is what a browser without canvas support would do, and keeps the log quiet.
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => null });
