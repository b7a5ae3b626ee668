// The conversation on an agreement: who wrote what, on which version.
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../api/agreements.ts';
import { formatDateTime, type FormatContext } from '../i18n/format.ts';

export function CommentsList({ comments, formatContext, clientLabel, freelancerLabel }: { comments: Agreement['comments']; formatContext: FormatContext; clientLabel: string; freelancerLabel: string }) {
  const { t } = useTranslation();
  if (comments.length === 0) return <p className="muted">{t('agreements.comments.none')}</p>;
  return (
    <ol className="agreement-comments">
      {comments.map((comment) => (
        <li key={comment.id} className={`agreement-comment agreement-comment--${comment.author}`}>
          <p className="agreement-comment__meta">
            <strong>{comment.author === 'client' ? clientLabel : freelancerLabel}</strong>
            {' · '}
            <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, formatContext)}</time>
            {' · '}
            {t('agreements.versionN', { version: comment.versionNumber })}
          </p>
          <p className="agreement-comment__body">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}
