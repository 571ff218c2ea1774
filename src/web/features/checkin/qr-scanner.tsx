import jsQR from 'jsqr';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SCAN_EVERY_MS = 200;
const MAX_WIDTH = 640;

type CameraState = 'off' | 'starting' | 'scanning' | 'paused' | 'failed';

/** Reads one QR code from the current video frame, or null. */
function decodeFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement): string | null {
  if (video.readyState < video.HAVE_CURRENT_DATA || video.videoWidth === 0) {
    return null;
  }
  const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
  canvas.width = Math.round(video.videoWidth * scale);
  canvas.height = Math.round(video.videoHeight * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) {
    return null;
  }
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/**
 * The camera with its preview: decodes QR codes from the frames and hands each one over once, then
 * pauses until staff ask for the next person, so a ticket held still is not counted twice.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation('checkin');
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [state, setState] = useState<CameraState>('off');

  const stop = useCallback(() => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setState('off');
  }, []);

  const start = async () => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setState('failed');
      return;
    }
    setState('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      streamRef.current = stream;
      if (videoRef.current) {
        videoRef.current.srcObject = stream;
        await videoRef.current.play();
      }
      setState('scanning');
    } catch {
      setState('failed');
    }
  };

  useEffect(() => {
    if (state !== 'scanning') {
      return;
    }
    // The interval may tick again before React re-renders with the paused state: hand over one code only.
    let handedOver = false;
    const timer = window.setInterval(() => {
      const video = videoRef.current;
      const canvas = canvasRef.current;
      const code = !handedOver && video && canvas ? decodeFrame(video, canvas) : null;
      if (code) {
        handedOver = true;
        window.clearInterval(timer);
        setState('paused');
        onCode(code);
      }
    }, SCAN_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [state, onCode]);

  useEffect(() => stop, [stop]);

  const running = state === 'scanning' || state === 'paused' || state === 'starting';
  return (
    <section aria-labelledby="camera-heading" className="qr-scanner">
      <h2 id="camera-heading">{t('camera.title')}</h2>
      <video
        ref={videoRef}
        className="camera-preview"
        muted
        playsInline
        aria-label={t('camera.preview')}
        hidden={!running}
      />
      <canvas ref={canvasRef} hidden />
      <p role="status" className="hint">
        {t(`camera.state.${state}`)}
      </p>
      <div className="actions">
        {!running && (
          <button type="button" onClick={() => void start()}>
            {t('camera.start')}
          </button>
        )}
        {state === 'paused' && (
          <button type="button" onClick={() => setState('scanning')}>
            {t('camera.next')}
          </button>
        )}
        {running && (
          <button type="button" className="secondary" onClick={stop}>
            {t('camera.stop')}
          </button>
        )}
      </div>
    </section>
  );
}
