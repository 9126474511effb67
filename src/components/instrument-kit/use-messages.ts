import { useCallback, useState } from 'preact/hooks';
import type { KitMessage, MessageKind } from './Messages';

let nextMessageId = 1;
export type Say = (kind: MessageKind, text: string, extra?: Partial<KitMessage>) => number;

/** The instrument's message list: the newest five, each dismissable. */
export function useMessages() {
  const [messages, setMessages] = useState<KitMessage[]>([]);
  const say: Say = useCallback((kind, text, extra = {}) => {
    const message: KitMessage = { id: nextMessageId++, kind, text, ...extra };
    setMessages((current) => [...current.slice(-4), message]);
    return message.id;
  }, []);
  const dismiss = useCallback(
    (id: number) => setMessages((current) => current.filter((m) => m.id !== id)),
    [],
  );
  return { messages, say, dismiss };
}
