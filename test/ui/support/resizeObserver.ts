// jsdom has no ResizeObserver; Fluent's MessageBar watches its own width with one. jsdom does no layout, so
// an observer that never reports is what a real one would do here.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (!('ResizeObserver' in globalThis)) {
  Object.defineProperty(globalThis, 'ResizeObserver', { configurable: true, value: NoLayoutResizeObserver });
}
