import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Photo } from '../../../contract/retrospective.js';
import { ApiError } from '../../app/api.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { fieldId, TextField } from '../../components/form-fields.js';
import type { useRetrospectiveActions } from './api.js';
import { ActionButton } from '../../components/action-button.js';

type Actions = ReturnType<typeof useRetrospectiveActions>;
type Direction = 'up' | 'down';

const buttonId = (photoId: string, what: Direction | 'edit') => `photo-${photoId}-${what}`;

/** The photos in `order` (ids), then any the order does not know yet; unknown ids are dropped. */
function inOrder(photos: Photo[], order: string[] | null): Photo[] {
  if (!order) {
    return photos;
  }
  const byId = new Map(photos.map((p) => [p.id, p]));
  const listed = order.map((id) => byId.get(id)).filter((p): p is Photo => p !== undefined);
  return [...listed, ...photos.filter((p) => !order.includes(p.id))];
}

/** The API's field errors of one photo's form, named after that form's inputs ("alt" -> "photo-<id>.alt"). */
function forPhotoForm(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError)) {
    return error;
  }
  const fields = error.fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` }));
  return new ApiError(error.status, error.code, error.message, fields);
}

/** Alt text and caption of one photo, changed in place; the alt text stays required. */
function PhotoEditForm({
  photo,
  actions,
  onDone,
}: {
  photo: Photo;
  actions: Actions;
  onDone: (saved: Photo | null) => void;
}) {
  const { t } = useTranslation('retrospective');
  const [alt, setAlt] = useState(photo.alt);
  const [caption, setCaption] = useState(photo.caption);
  const prefix = `photo-${photo.id}`;
  const { error: rawError, isPending } = actions.editPhoto;
  const error = useMemo(() => forPhotoForm(rawError, prefix), [rawError, prefix]);
  const errors = error instanceof ApiError ? error.fields : [];
  useEffect(() => document.getElementById(fieldId(`${prefix}.alt`))?.focus(), [prefix]);

  function submit(event: FormEvent) {
    event.preventDefault();
    actions.editPhoto.mutate({ id: photo.id, fields: { alt, caption } }, { onSuccess: onDone });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      className="retro-photo-edit"
      aria-label={t('photos.editForm', { alt: photo.alt })}
    >
      <ErrorSummary error={error} />
      <TextField
        name={`${prefix}.alt`}
        label={t('photos.alt')}
        hint={t('photos.altHint')}
        value={alt}
        onChange={setAlt}
        errors={errors}
        required
      />
      <TextField
        name={`${prefix}.caption`}
        label={t('photos.caption')}
        value={caption}
        onChange={setCaption}
        errors={errors}
      />
      <div className="actions">
        <ActionButton type="submit" busy={isPending}>
          {t('photos.saveEdit')}
        </ActionButton>
        <button type="button" className="secondary" onClick={() => onDone(null)}>
          {t('photos.cancelEdit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The retrospective's photos in page order: edit alt text and caption in place, move up or down with
 * buttons (focus stays on the moved photo, the new place is announced politely), remove.
 */
export function PhotoList({ photos, actions }: { photos: Photo[]; actions: Actions }) {
  const { t } = useTranslation('retrospective');
  // The order shown while moves are on their way to the server; null: the server's order.
  const [order, setOrder] = useState<string[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const movesInFlight = useRef(0);
  const focusNext = useRef<{ photoId: string; prefer: Direction | 'edit' } | null>(null);
  const listed = inOrder(photos, order);

  // After a move or a closed form, the focus goes back to the same photo's control (React may have
  // moved or replaced its button), or to the other move button once the photo reached an end.
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (!target) {
      return;
    }
    focusNext.current = null;
    const candidates: (Direction | 'edit')[] =
      target.prefer === 'edit' ? ['edit'] : [target.prefer, target.prefer === 'up' ? 'down' : 'up', 'edit'];
    const button = candidates
      .map((what) => document.getElementById(buttonId(target.photoId, what)) as HTMLButtonElement | null)
      .find((b) => b !== null && !b.disabled);
    button?.focus();
  });

  function shift(index: number, direction: Direction) {
    const target = direction === 'up' ? index - 1 : index + 1;
    const photo = listed[index];
    if (!photo || target < 0 || target >= listed.length) {
      return;
    }
    const ids = listed.map((p) => p.id);
    [ids[index], ids[target]] = [ids[target]!, ids[index]!];
    focusNext.current = { photoId: photo.id, prefer: direction };
    setOrder(ids);
    setAnnouncement(t('photos.moved', { alt: photo.alt, position: target + 1, count: ids.length }));
    movesInFlight.current += 1;
    // Moves are sent one after another (the mutation's scope); the server's order is read back once
    // the last one has answered, so an earlier answer never undoes a later move on screen.
    actions.reorderPhotos
      .mutateAsync(ids)
      .catch(() => undefined)
      .finally(() => {
        movesInFlight.current -= 1;
        if (movesInFlight.current === 0) {
          void actions.refresh().then(() => setOrder(null));
        }
      });
  }

  function openEditor(photoId: string) {
    actions.editPhoto.reset();
    setEditing(photoId);
  }

  function closeEditor(photoId: string, saved: Photo | null) {
    setEditing(null);
    focusNext.current = { photoId, prefer: 'edit' };
    if (saved) {
      setAnnouncement(t('photos.saved', { alt: saved.alt }));
    }
  }

  return (
    <>
      <ErrorSummary error={actions.reorderPhotos.error} />
      {listed.length > 0 && (
        <>
          <p className="hint" id="photo-order-hint">
            {t('photos.orderHint')}
          </p>
          <ol className="retro-photo-list" aria-label={t('photos.list')} aria-describedby="photo-order-hint">
            {listed.map((photo, i) => (
              <li key={photo.id}>
                <img src={photo.url} alt={photo.alt} width={160} />
                {editing === photo.id ? (
                  <PhotoEditForm
                    photo={photo}
                    actions={actions}
                    onDone={(saved) => closeEditor(photo.id, saved)}
                  />
                ) : (
                  <div className="retro-photo-texts">
                    <p className="retro-photo-position">
                      {t('photos.position', { position: i + 1, count: listed.length })}
                    </p>
                    <p>{t('photos.altShown', { alt: photo.alt })}</p>
                    {photo.caption && <p>{t('photos.captionShown', { caption: photo.caption })}</p>}
                  </div>
                )}
                <div className="actions">
                  {editing !== photo.id && (
                    <button
                      type="button"
                      id={buttonId(photo.id, 'edit')}
                      className="secondary"
                      onClick={() => openEditor(photo.id)}
                      aria-label={t('photos.editLabel', { alt: photo.alt })}
                    >
                      {t('photos.edit')}
                    </button>
                  )}
                  <button
                    type="button"
                    id={buttonId(photo.id, 'up')}
                    className="secondary"
                    disabled={i === 0}
                    onClick={() => shift(i, 'up')}
                    aria-label={t('photos.upLabel', { alt: photo.alt })}
                  >
                    {t('photos.up')}
                  </button>
                  <button
                    type="button"
                    id={buttonId(photo.id, 'down')}
                    className="secondary"
                    disabled={i === listed.length - 1}
                    onClick={() => shift(i, 'down')}
                    aria-label={t('photos.downLabel', { alt: photo.alt })}
                  >
                    {t('photos.down')}
                  </button>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => actions.removePhoto.mutate(photo.id)}
                    aria-label={t('photos.removeLabel', { alt: photo.alt })}
                  >
                    {t('photos.remove')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      <p role="status" aria-live="polite" className="retro-visually-hidden">
        {announcement}
      </p>
    </>
  );
}
