// Reading the work library (IndexedDB) from a page, as the browser keeps it.
import type { Page } from 'playwright-core';

export interface StoredDocument {
  id: string;
  instrument: string;
  title: string;
  revision: number;
  format: number;
  state: unknown;
  damaged?: string;
  original?: string;
}

/** Every document in the library, in the order IndexedDB gives them. */
export function libraryDocuments(page: Page): Promise<StoredDocument[]> {
  return page.evaluate(
    () =>
      new Promise<StoredDocument[]>((resolve, reject) => {
        const open = indexedDB.open('partnerwijzer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('documents')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('documents').objectStore('documents').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredDocument[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Writes a document into the library as another version of the site (or another tab) would. */
export function putDocument(page: Page, doc: StoredDocument): Promise<void> {
  return page.evaluate(
    (stored) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('partnerwijzer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put(stored);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    doc,
  );
}
