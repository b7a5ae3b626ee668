// Typed calls for deliverables: the freelancer's list, uploads (with progress), links, release and delete, and the
// client's portal list. Files are downloaded by plain links (the browser saves them), never through fetch.
import type { z } from 'zod';
import type { CreateDeliverableBody, Deliverable, DeliverableList, PortalDeliverable, PortalDeliverableList } from '../../schemas/deliverables.ts';
import { ApiError, NetworkError, apiRequest, type ProblemBody } from './http.ts';

export type { Deliverable, DeliverableList, PortalDeliverable, PortalDeliverableList };
export type NewLink = z.input<typeof CreateDeliverableBody>;

export function listDeliverables(agreementId: string, signal?: AbortSignal): Promise<DeliverableList> {
  return apiRequest('GET', `/agreements/${encodeURIComponent(agreementId)}/deliverables`, { signal });
}

export function addLinkDeliverable(agreementId: string, body: NewLink): Promise<Deliverable> {
  return apiRequest('POST', `/agreements/${encodeURIComponent(agreementId)}/deliverables`, { body });
}

export type UploadInput = { title: string; isFinal: boolean; file: File; csrfToken: string; onProgress?(fraction: number): void; signal?: AbortSignal };

/**
 * Sends a file as multipart/form-data. XMLHttpRequest rather than fetch, because only it reports upload progress, which
 * a 100 MB file needs; errors come back as the same ApiError and NetworkError the JSON calls throw.
 */
export function uploadDeliverable(agreementId: string, input: UploadInput): Promise<Deliverable> {
  const form = new FormData();
  form.append('title', input.title);
  form.append('isFinal', String(input.isFinal));
  form.append('file', input.file, input.file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/agreements/${encodeURIComponent(agreementId)}/deliverables`);
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-csrf-token', input.csrfToken);
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) input.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      let data: unknown;
      try {
        data = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (request.status >= 200 && request.status < 300) resolve(data as Deliverable);
      else reject(new ApiError(request.status, (data ?? {}) as Partial<ProblemBody>));
    };
    request.onerror = () => reject(new NetworkError(new Error('upload failed')));
    request.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    input.signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}

export function releaseDeliverable(id: string): Promise<Deliverable> {
  return apiRequest('POST', `/deliverables/${encodeURIComponent(id)}/release`);
}

export function deleteDeliverable(id: string): Promise<void> {
  return apiRequest('DELETE', `/deliverables/${encodeURIComponent(id)}`);
}

export function deliverableFileUrl(id: string): string {
  return `/api/v1/deliverables/${encodeURIComponent(id)}/file`;
}

export function listPortalDeliverables(token: string, signal?: AbortSignal): Promise<PortalDeliverableList> {
  return apiRequest('GET', `/portal/${encodeURIComponent(token)}/deliverables`, { signal, isPublic: true });
}

export function portalDeliverableFileUrl(token: string, id: string): string {
  return `/api/v1/portal/${encodeURIComponent(token)}/deliverables/${encodeURIComponent(id)}/file`;
}
