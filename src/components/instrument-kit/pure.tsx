import { Component, type ComponentChildren, type ComponentType } from 'preact';

/**
 * Skips re-rendering when the props are the same objects as last time. The instruments
 * update state immutably, so an untouched row keeps its props and is not rendered again
 * while another point is dragged. (Preact's own `memo` lives in preact/compat, which we do
 * not otherwise need.)
 */
export function pure<P extends object>(Inner: ComponentType<P>): ComponentType<P> {
  return class Pure extends Component<P & { children?: ComponentChildren }> {
    shouldComponentUpdate(next: P) {
      const current = this.props as Record<string, unknown>;
      const incoming = next as Record<string, unknown>;
      const keys = Object.keys(incoming);
      return (
        keys.length !== Object.keys(current).length ||
        keys.some((key) => current[key] !== incoming[key])
      );
    }
    render() {
      return <Inner {...(this.props as P)} />;
    }
  };
}
